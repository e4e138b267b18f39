/**
 * Persistence in memory, serialised to JSON like the database implementation so a reload returns
 * equal but unshared objects. For tests and for clusters nobody needs to keep.
 */
import type { ChangeBatch, ClusterPersistence, ClusterSnapshot } from "./cluster-persistence";

const rowKey = (resource: string, namespace: string, name: string) => `${resource}\u0000${namespace}\u0000${name}`;

export class MemoryClusterPersistence implements ClusterPersistence {
  private rows = new Map<string, { resource: string; json: string }>();
  private resourceVersion: number | undefined;
  /** Number of batches saved (for tests). */
  saves = 0;

  async load(): Promise<ClusterSnapshot | undefined> {
    if (this.resourceVersion === undefined) return undefined;
    return {
      resourceVersion: this.resourceVersion,
      objects: [...this.rows.values()].map((r) => ({ resource: r.resource, object: JSON.parse(r.json) })),
    };
  }

  async save(batch: ChangeBatch): Promise<void> {
    for (const d of batch.deletes) this.rows.delete(rowKey(d.resource, d.namespace, d.name));
    for (const u of batch.upserts) {
      const m = u.object.metadata;
      this.rows.set(rowKey(u.resource, m.namespace ?? "", m.name ?? ""), { resource: u.resource, json: JSON.stringify(u.object) });
    }
    this.resourceVersion = batch.resourceVersion;
    this.saves++;
  }
}
