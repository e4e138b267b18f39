/**
 * Where sandboxes keep their clusters in production: the ClusterObject table of the SQLite database,
 * written through better-sqlite3 directly (server/db/sqlite-cluster-persistence.ts explains why).
 */
import { SqliteClusterDatabase } from "../db/sqlite-cluster-persistence";
import type { ClusterStorage } from "../sandbox/cluster-provider";

export class SqliteClusterStorage implements ClusterStorage {
  private readonly database: SqliteClusterDatabase;

  constructor(file: string) {
    this.database = new SqliteClusterDatabase(file);
  }

  persistenceFor(sandboxId: string) {
    return this.database.persistenceFor(sandboxId);
  }

  async clear(sandboxId: string): Promise<void> {
    this.database.clear(sandboxId);
  }

  async has(sandboxId: string): Promise<boolean> {
    return this.database.has(sandboxId);
  }

  close(): void {
    this.database.close();
  }
}
