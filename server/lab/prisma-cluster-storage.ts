/**
 * Where sandboxes keep their clusters in production: the ClusterObject table, through the cluster's
 * persistence port (server/db/prisma-cluster-persistence.ts).
 */
import type { Db } from "../db/prisma";
import { PrismaClusterPersistence } from "../db/prisma-cluster-persistence";
import type { ClusterStorage } from "../sandbox/cluster-provider";

export class PrismaClusterStorage implements ClusterStorage {
  constructor(private readonly db: Db) {}

  persistenceFor(sandboxId: string) {
    return new PrismaClusterPersistence(this.db, sandboxId);
  }

  async clear(sandboxId: string): Promise<void> {
    await this.db.$transaction([
      this.db.clusterObject.deleteMany({ where: { sandboxId } }),
      this.db.sandbox.updateMany({ where: { id: sandboxId }, data: { resourceVersion: 0 } }),
    ]);
  }

  async has(sandboxId: string): Promise<boolean> {
    return (await this.db.clusterObject.count({ where: { sandboxId } })) > 0;
  }
}
