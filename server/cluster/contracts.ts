/**
 * The contracts between the simulated cluster and its clients (server/kube-api, server/shell, lessons,
 * the cluster view). Implementations live beside this file; clients depend only on these shapes.
 */
import type { Clock } from "./clock";
import type { KubeObject, WatchEvent } from "./types";

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
  resourceVersion?: string;
  /**
   * The items may be the store's own deep-frozen objects instead of copies, for a caller that only
   * reads or serialises them (the API server's list). Never mutate them. A store may ignore it.
   */
  shared?: boolean;
}

export interface ListResult {
  items: KubeObject[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
}

export interface DeleteOptions extends WriteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: "Background" | "Foreground" | "Orphan";
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface WatchOptions {
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  allowWatchBookmarks?: boolean;
  /** Event objects may be the store's own deep-frozen objects instead of copies (as ListOptions.shared). */
  shared?: boolean;
}

export interface Watcher {
  stop(): void;
}

/**
 * The etcd + registry part of an API server. `resource` is the plural, group-qualified for non-core
 * groups: "pods", "services", "deployments.apps", "jobs.batch". `namespace` is "" for cluster-scoped
 * kinds; for list and watch, undefined or "" means all namespaces. Every failure is a StatusError.
 * Returned objects are copies: callers may mutate them freely (unless they asked for `shared` ones).
 */
export interface ObjectStore {
  /** The cluster-wide resourceVersion counter, as a string. */
  currentResourceVersion(): string;
  create(resource: string, namespace: string, obj: KubeObject, opts?: WriteOptions): KubeObject;
  get(resource: string, namespace: string, name: string): KubeObject;
  list(resource: string, namespace: string | undefined, opts?: ListOptions): ListResult;
  /** Replaces spec/metadata (status is ignored, as for the main resource upstream). Stale resourceVersion → Conflict. */
  update(resource: string, obj: KubeObject, opts?: WriteOptions): KubeObject;
  /** Replaces status only (the `status` subresource). */
  updateStatus(resource: string, obj: KubeObject, opts?: WriteOptions): KubeObject;
  /**
   * Deletes, or starts a graceful deletion (pods with a grace period, objects with finalizers), in
   * which case the returned object carries deletionTimestamp and `finished` is false.
   */
  delete(resource: string, namespace: string, name: string, opts?: DeleteOptions): { object: KubeObject; finished: boolean };
  /** Streams changes after `opts.resourceVersion` (410 Gone StatusError when that is too old). */
  watch(resource: string, namespace: string | undefined, opts: WatchOptions, onEvent: (event: WatchEvent) => void): Watcher;
}

/** What an HTTP request inside the simulated network came to. */
export type NetworkResult =
  | { ok: true; status: number; headers: Record<string, string>; body: string }
  | { ok: false; error: "refused" | "timeout" | "unresolved" | "unreachable"; message: string };

export interface NetworkRequest {
  /** The pod the request comes from (for `localhost` inside a pod), or undefined for the minikube host. */
  fromPod?: { namespace: string; name: string };
  method: string;
  host: string; // IP or DNS name (service names resolve inside pods)
  port: number;
  path: string; // with query string
  headers?: Record<string, string>;
  body?: string;
}

export interface ClusterNetwork {
  request(req: NetworkRequest): Promise<NetworkResult>;
  /** The node's InternalIP, as `minikube ip` prints it. */
  nodeIP(): string;
}

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
}

/** Container logs kept by the simulated kubelet. Errors are StatusErrors (BadRequest for waiting containers). */
export interface ContainerLogs {
  read(namespace: string, pod: string, opts: LogOptions): string;
  /** Calls `onData` with each new chunk until the returned handle is stopped or the container ends. */
  follow(namespace: string, pod: string, opts: LogOptions, onData: (chunk: string) => void, onEnd: () => void): Watcher;
}

/** A whole running cluster: what kube-api, the shell and lessons are given. */
export interface Cluster {
  readonly clock: Clock;
  readonly store: ObjectStore;
  readonly network: ClusterNetwork;
  readonly logs: ContainerLogs;
  /** Resolves once every write so far is durable (a command's prompt waits for this). */
  flush(): Promise<void>;
}
