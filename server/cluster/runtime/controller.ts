/**
 * A controller, shaped after kubernetes/sample-controller: it watches resources, turns each change
 * into keys ("namespace/name", or "name" for cluster-scoped objects, as cache.MetaNamespaceKeyFunc),
 * and `reconcile(key)` re-reads the store by key (level-triggered), so a missed or duplicated key
 * does no harm. A controller never keeps state that cannot be rebuilt from the objects: after a
 * restart every watched object is offered again and timed transitions are recomputed from timestamps.
 */
import type { Clock } from "../clock";
import type { ObjectStore } from "../contracts";
import type { StoreLister, ChangeType } from "../store/store-hooks";
import type { KubeObject } from "../types";
import type { ClusterLimits } from "../store/limits";
import type { EventRecorder } from "./event-recorder";

export interface ControllerWatch {
  /** Store key of the watched resource ("pods", "deployments.apps"). */
  resource: string;
  /**
   * The keys a change should enqueue. Default: the object's own key. An owner-driven controller maps
   * a pod to its controller's key (see `ownerKey`). `old` is set for MODIFIED.
   */
  keysFor?(object: KubeObject, type: ChangeType, old?: KubeObject): string[];
}

export interface Controller {
  /** Used in errors and as the default event source component ("deployment-controller"). */
  readonly name: string;
  readonly watches: ControllerWatch[];
  /** Brings the world in line with the object behind `key`. Throwing retries the key later. */
  reconcile(key: string): void;
}

/** The store as controllers see it: the API plus the subresources only controllers use. */
export interface ControllerStore extends ObjectStore {
  /** The namespaces/finalize subresource: replaces spec.finalizers (namespace controller). */
  finalizeNamespace(ns: KubeObject): KubeObject;
  /** The pods/binding subresource: sets spec.nodeName and PodScheduled=True (scheduler). */
  bindPod(namespace: string, name: string, nodeName: string): KubeObject;
}

export interface ControllerContext {
  readonly clock: Clock;
  /** Writes (and reads that must be fresh). Returns copies. */
  readonly store: ControllerStore;
  /** Read-only, uncopied views of stored objects (the informer cache). Never mutate them. */
  readonly lister: StoreLister;
  readonly recorder: EventRecorder;
  readonly limits: ClusterLimits;
  /** Reconcile `key` of this controller again once the clock reaches `atMs` (earliest wins). */
  requeueAt(key: string, atMs: number): void;
  /**
   * Forgets a timed requeue of `key` that no longer matters (a deadline the object has left behind),
   * so that an idle cluster holds no timer for it. Reconciles are level-triggered, so this only saves
   * a wake-up that would have changed nothing.
   */
  cancelRequeue(key: string): void;
}

export type ControllerFactory = (ctx: ControllerContext) => Controller;

/** cache.MetaNamespaceKeyFunc: "namespace/name", or "name" for cluster-scoped objects. */
export function keyOf(obj: { metadata: { namespace?: string; name?: string } }): string {
  const ns = obj.metadata.namespace;
  return ns ? `${ns}/${obj.metadata.name}` : `${obj.metadata.name}`;
}

/** cache.SplitMetaNamespaceKey. */
export function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf("/");
  return slash < 0 ? { namespace: "", name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** The key of the controlling owner of `kind` (metav1.GetControllerOf), or none. */
export function ownerKey(obj: KubeObject, kind: string): string[] {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller && r.kind === kind);
  if (!ref) return [];
  return [obj.metadata.namespace ? `${obj.metadata.namespace}/${ref.name}` : ref.name];
}
