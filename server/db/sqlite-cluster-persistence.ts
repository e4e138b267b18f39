/**
 * A cluster's objects in SQLite through better-sqlite3 directly: the same tables and rows as
 * PrismaClusterPersistence (ClusterObject, Sandbox.resourceVersion), but each batch is one synchronous
 * transaction of prepared statements. Measured with bench/engine.ts: Prisma's driver-adapter round trips
 * cost tens of milliseconds per command here, this path well under one, which is what keeps a command's
 * prompt within its budget. PrismaClusterPersistence remains the implementation for PostgreSQL.
 */
import Database from "better-sqlite3";
import type { ChangeBatch, ClusterPersistence, ClusterSnapshot } from "../cluster/persistence/cluster-persistence";

export class SqliteClusterDatabase {
  readonly db: Database.Database;
  private readonly upsert: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly counter: Database.Statement;
  private readonly rows: Database.Statement;
  private readonly readCounter: Database.Statement;
  private readonly clearAll: Database.Statement;
  private readonly checkpoints: NodeJS.Timeout;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // WAL + NORMAL: a commit survives a process crash (kill -9); only an OS crash may lose the last one.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    // SQLite's automatic WAL checkpoint runs inside whichever commit crosses the threshold and costs
    // about 3 ms there (measured: most of the p99 of a command). Checkpoint on a timer instead, off the
    // command path; PASSIVE never waits for readers or writers.
    this.db.pragma("wal_autocheckpoint = 0");
    this.checkpoints = setInterval(() => this.db.pragma("wal_checkpoint(PASSIVE)"), 10_000);
    this.checkpoints.unref();
    this.upsert = this.db.prepare(
      `INSERT INTO "ClusterObject" ("sandboxId", "resource", "namespace", "name", "json") VALUES (?, ?, ?, ?, ?) ` +
        `ON CONFLICT ("sandboxId", "resource", "namespace", "name") DO UPDATE SET "json" = excluded."json"`,
    );
    this.remove = this.db.prepare(`DELETE FROM "ClusterObject" WHERE "sandboxId" = ? AND "resource" = ? AND "namespace" = ? AND "name" = ?`);
    this.counter = this.db.prepare(`UPDATE "Sandbox" SET "resourceVersion" = ? WHERE "id" = ?`);
    this.rows = this.db.prepare(`SELECT "resource", "json" FROM "ClusterObject" WHERE "sandboxId" = ?`);
    this.readCounter = this.db.prepare(`SELECT "resourceVersion" FROM "Sandbox" WHERE "id" = ?`);
    this.clearAll = this.db.prepare(`DELETE FROM "ClusterObject" WHERE "sandboxId" = ?`);
  }

  persistenceFor(sandboxId: string): ClusterPersistence {
    return new SqliteClusterPersistence(this, sandboxId);
  }

  save(sandboxId: string, batch: ChangeBatch): void {
    this.db.transaction(() => {
      for (const d of batch.deletes) this.remove.run(sandboxId, d.resource, d.namespace, d.name);
      for (const u of batch.upserts) {
        this.upsert.run(sandboxId, u.resource, u.object.metadata.namespace ?? "", u.object.metadata.name ?? "", JSON.stringify(u.object));
      }
      this.counter.run(batch.resourceVersion, sandboxId);
    })();
  }

  load(sandboxId: string): ClusterSnapshot | undefined {
    const rows = this.rows.all(sandboxId) as { resource: string; json: string }[];
    if (!rows.length) return undefined;
    let resourceVersion = (this.readCounter.get(sandboxId) as { resourceVersion: number } | undefined)?.resourceVersion ?? 0;
    const objects = rows.map((r) => ({ resource: r.resource, object: JSON.parse(r.json) }));
    for (const { object } of objects) resourceVersion = Math.max(resourceVersion, Number(object.metadata?.resourceVersion ?? 0));
    return { objects, resourceVersion };
  }

  clear(sandboxId: string): void {
    this.db.transaction(() => {
      this.clearAll.run(sandboxId);
      this.counter.run(0, sandboxId);
    })();
  }

  has(sandboxId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM "ClusterObject" WHERE "sandboxId" = ? LIMIT 1`).get(sandboxId) !== undefined;
  }

  close(): void {
    clearInterval(this.checkpoints);
    this.db.pragma("wal_checkpoint(PASSIVE)");
    this.db.close();
  }
}

class SqliteClusterPersistence implements ClusterPersistence {
  constructor(
    private readonly store: SqliteClusterDatabase,
    private readonly sandboxId: string,
  ) {}

  async load(): Promise<ClusterSnapshot | undefined> {
    return this.store.load(this.sandboxId);
  }

  async save(batch: ChangeBatch): Promise<void> {
    this.store.save(this.sandboxId, batch);
  }
}
