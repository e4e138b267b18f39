/**
 * What the controller runtime and persistence see of the in-memory store besides the public
 * ObjectStore contract: committed changes, the end of each write batch, and read-only access to the
 * stored objects without copying (the informer cache of client-go; "NEVER modify objects from the
 * store. It's a read-only, local cache." — sample-controller). Stored objects are deep-frozen.
 */
import type { KubeObject } from "../types";

export type ChangeType = "ADDED" | "MODIFIED" | "DELETED";

/** One committed change. `object` is the stored (frozen) object; for DELETED it is the last state. */
export interface StoreChange {
  resource: string;
  type: ChangeType;
  object: KubeObject;
  old?: KubeObject;
}

/** Read-only views of stored objects: never mutate them (they are frozen). */
export interface StoreLister {
  peek(resource: string, namespace: string, name: string): KubeObject | undefined;
  /** Objects of `resource`, in one namespace or all (undefined), in key order. */
  scan(resource: string, namespace?: string): KubeObject[];
}

/** Whether a store also offers the uncopied views (the in-memory store does; test doubles may not). */
export function isStoreLister(store: object): store is StoreLister {
  const s = store as Partial<StoreLister>;
  return typeof s.peek === "function" && typeof s.scan === "function";
}

export interface StoreHooks {
  /** Called synchronously for every committed change, in commit order. */
  onCommit(listener: (change: StoreChange) => void): () => void;
  /** Called after the outermost write returns (a "batch": one API call plus its nested writes). */
  onBatchEnd(listener: () => void): () => void;
}
