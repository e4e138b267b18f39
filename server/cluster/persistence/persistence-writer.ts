/**
 * Writes a store's committed changes to a ClusterPersistence: changes are collected per object
 * (only the latest state matters), written once per tick (a microtask after the write batch, so
 * the dozens of writes a controller pass makes become one transaction), one save at a time, and
 * `flush()` resolves when everything committed so far is durable. A failed save keeps its changes
 * for the next attempt and rejects the flush that waited for it.
 */
import type { KubeObject } from "../types";
import type { StoreHooks } from "../store/store-hooks";
import type { ChangeBatch, ClusterPersistence } from "./cluster-persistence";

interface Dirty {
  resource: string;
  namespace: string;
  name: string;
  object?: KubeObject; // undefined: deleted
}

export class PersistenceWriter {
  private dirty = new Map<string, Dirty>();
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    hooks: StoreHooks,
    private readonly port: ClusterPersistence,
    private readonly currentResourceVersion: () => number,
  ) {
    this.unsubscribe.push(
      hooks.onCommit((c) => {
        const namespace = c.object.metadata.namespace ?? "";
        const name = c.object.metadata.name ?? "";
        this.dirty.set(`${c.resource}\u0000${namespace}\u0000${name}`, {
          resource: c.resource,
          namespace,
          name,
          object: c.type === "DELETED" ? undefined : c.object,
        });
      }),
      hooks.onBatchEnd(() => this.schedule()),
    );
  }

  /** Resolves when every change committed before the call is durable. */
  flush(): Promise<void> {
    this.writeOut();
    return this.chain;
  }

  /** Whether changes are waiting to be written. */
  get pending(): boolean {
    return this.dirty.size > 0;
  }

  detach(): void {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  private schedule(): void {
    if (this.scheduled || !this.dirty.size) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.writeOut();
    });
  }

  private writeOut(): void {
    if (!this.dirty.size) return;
    const taken = this.dirty;
    this.dirty = new Map();
    const batch: ChangeBatch = { upserts: [], deletes: [], resourceVersion: this.currentResourceVersion() };
    for (const d of taken.values()) {
      if (d.object) batch.upserts.push({ resource: d.resource, object: d.object });
      else batch.deletes.push({ resource: d.resource, namespace: d.namespace, name: d.name });
    }
    this.chain = this.chain
      .catch(() => undefined) // an earlier failure was reported to its own flush
      .then(() => this.port.save(batch))
      .catch((err: unknown) => {
        // Keep the changes (unless newer ones superseded them) for the next flush.
        for (const [k, d] of taken) if (!this.dirty.has(k)) this.dirty.set(k, d);
        throw err;
      });
    this.chain.catch(() => undefined); // avoid an unhandled rejection when nobody flushes
  }
}
