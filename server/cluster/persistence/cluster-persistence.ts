/**
 * The persistence port of a cluster: load everything once, then save change batches. Implementations:
 * `MemoryClusterPersistence` (tests, ephemeral sandboxes) and server/db/prisma-cluster-persistence.ts.
 * One instance serves one cluster (sandbox).
 */
import type { KubeObject, ObjectKey } from "../types";

export interface PersistedEntry {
  resource: string;
  object: KubeObject;
}

export interface ClusterSnapshot {
  objects: PersistedEntry[];
  /** The cluster's resourceVersion counter. */
  resourceVersion: number;
}

/** Changes since the previous batch: the latest state of each touched object, or its deletion. */
export interface ChangeBatch {
  upserts: PersistedEntry[];
  deletes: ObjectKey[];
  resourceVersion: number;
}

export interface ClusterPersistence {
  /** The saved cluster, or undefined when nothing was ever saved. */
  load(): Promise<ClusterSnapshot | undefined>;
  /** Applies one batch atomically; resolves once it is durable. Batches arrive one at a time, in order. */
  save(batch: ChangeBatch): Promise<void>;
}
