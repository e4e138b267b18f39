/**
 * The shapes of Kubernetes objects as the simulated cluster stores them: plain JSON, exactly as the
 * v1.20 API server would serialise them. Kinds stay loosely typed (spec/status are records) because the
 * API accepts any kind's JSON; controllers narrow what they read with the typed views in `kinds/`.
 */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string | null;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  managedFields?: unknown[];
  selfLink?: string;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any;
  [field: string]: unknown;
}

/** A served resource, as discovery lists it (`pods`, `deployments.apps`, …). */
export interface ResourceType {
  group: string; // "" for the core group
  version: string;
  resource: string; // plural, lower case: "pods"
  kind: string; // "Pod"
  namespaced: boolean;
}

/** The identity of one stored object. `namespace` is "" for cluster-scoped kinds. */
export interface ObjectKey {
  resource: string; // plural with group for non-core: "pods", "deployments.apps"
  namespace: string;
  name: string;
}

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}
