/**
 * A cluster's objects in the database: one `ClusterObject` row per object (JSON text) and the
 * resourceVersion counter on its `Sandbox` row. Each batch of the PersistenceWriter is one
 * transaction, so a restart sees either all of a command's effects or none.
 *
 * Saving uses at most three raw statements per batch (a multi-row upsert, a multi-key delete, the
 * counter): Prisma's model API costs about 10 ms per statement here, which would put a command's
 * prompt over the few-millisecond budget. The SQL is standard and runs on SQLite and PostgreSQL.
 */
import type { ChangeBatch, ClusterPersistence, ClusterSnapshot } from "../cluster/persistence/cluster-persistence";

/** The calls made on the Prisma client, typed loosely so this file does not depend on generated types. */
export interface ClusterObjectDb {
  clusterObject: {
    findMany(args: { where: { sandboxId: string }; select: { resource: true; json: true } }): Promise<{ resource: string; json: string }[]>;
    upsert(args: {
      where: { sandboxId_resource_namespace_name: { sandboxId: string; resource: string; namespace: string; name: string } };
      create: { sandboxId: string; resource: string; namespace: string; name: string; json: string };
      update: { json: string };
    }): unknown;
    deleteMany(args: { where: { sandboxId: string; resource?: string; namespace?: string; name?: string } }): unknown;
  };
  sandbox: {
    findUnique(args: { where: { id: string }; select: { resourceVersion: true } }): Promise<{ resourceVersion: number } | null>;
  };
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  $transaction(operations: any[]): Promise<unknown>;
}

export interface PrismaClusterPersistenceOptions {
  /** Placeholder style of the database: `?` (SQLite, the default) or `$1` (PostgreSQL). */
  dialect?: "sqlite" | "postgresql";
}

/** Rows per INSERT, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

export class PrismaClusterPersistence implements ClusterPersistence {
  private readonly dialect: "sqlite" | "postgresql";

  constructor(
    private readonly db: ClusterObjectDb,
    private readonly sandboxId: string,
    opts: PrismaClusterPersistenceOptions = {},
  ) {
    this.dialect = opts.dialect ?? "sqlite";
  }

  /** Numbered placeholders from `start` (1-based), in the dialect's style. */
  private params(count: number, start: number): string[] {
    return Array.from({ length: count }, (_, i) => (this.dialect === "postgresql" ? `$${start + i}` : "?"));
  }

  /** Undefined when the sandbox has no saved objects (a cluster that was never started or was deleted). */
  async load(): Promise<ClusterSnapshot | undefined> {
    const rows = await this.db.clusterObject.findMany({ where: { sandboxId: this.sandboxId }, select: { resource: true, json: true } });
    if (!rows.length) return undefined;
    const sandbox = await this.db.sandbox.findUnique({ where: { id: this.sandboxId }, select: { resourceVersion: true } });
    let resourceVersion = sandbox?.resourceVersion ?? 0;
    const objects = rows.map((r) => ({ resource: r.resource, object: JSON.parse(r.json) }));
    // Never hand out a resourceVersion lower than one already stored (the counter row could lag in a crash-free world only by a bug).
    for (const { object } of objects) resourceVersion = Math.max(resourceVersion, Number(object.metadata?.resourceVersion ?? 0));
    return { objects, resourceVersion };
  }

  async save(batch: ChangeBatch): Promise<void> {
    const ops: PromiseLike<number>[] = [];
    for (let i = 0; i < batch.deletes.length; i += CHUNK) {
      const chunk = batch.deletes.slice(i, i + CHUNK);
      const values: unknown[] = [this.sandboxId];
      const terms = chunk.map((d) => {
        const [r, ns, n] = this.params(3, values.length + 1);
        values.push(d.resource, d.namespace, d.name);
        return `("resource" = ${r} AND "namespace" = ${ns} AND "name" = ${n})`;
      });
      const [sb] = this.params(1, 1);
      ops.push(this.db.$executeRawUnsafe(`DELETE FROM "ClusterObject" WHERE "sandboxId" = ${sb} AND (${terms.join(" OR ")})`, ...values));
    }
    for (let i = 0; i < batch.upserts.length; i += CHUNK) {
      const chunk = batch.upserts.slice(i, i + CHUNK);
      const values: unknown[] = [];
      const rows = chunk.map((u) => {
        const p = this.params(5, values.length + 1);
        values.push(this.sandboxId, u.resource, u.object.metadata.namespace ?? "", u.object.metadata.name ?? "", JSON.stringify(u.object));
        return `(${p.join(", ")})`;
      });
      ops.push(
        this.db.$executeRawUnsafe(
          `INSERT INTO "ClusterObject" ("sandboxId", "resource", "namespace", "name", "json") VALUES ${rows.join(", ")} ` +
            `ON CONFLICT ("sandboxId", "resource", "namespace", "name") DO UPDATE SET "json" = excluded."json"`,
          ...values,
        ),
      );
    }
    const [rv, id] = this.params(2, 1);
    ops.push(this.db.$executeRawUnsafe(`UPDATE "Sandbox" SET "resourceVersion" = ${rv} WHERE "id" = ${id}`, batch.resourceVersion, this.sandboxId));
    await this.db.$transaction(ops);
  }

  /** Removes every stored object of the sandbox (`minikube delete`). */
  async clear(): Promise<void> {
    const [a] = this.params(1, 1);
    const [rv, id] = this.params(2, 1);
    await this.db.$transaction([
      this.db.$executeRawUnsafe(`DELETE FROM "ClusterObject" WHERE "sandboxId" = ${a}`, this.sandboxId),
      this.db.$executeRawUnsafe(`UPDATE "Sandbox" SET "resourceVersion" = ${rv} WHERE "id" = ${id}`, 0, this.sandboxId),
    ]);
  }
}
