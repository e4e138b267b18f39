import { runPersistenceConformance } from "../cluster/persistence/persistence-conformance.case";
import { PrismaClusterPersistence } from "./prisma-cluster-persistence";
import { createPrismaClient } from "./prisma";
import { createTestDatabase } from "./test-database";

runPersistenceConformance("prisma + SQLite", {
  async open() {
    const { db, file, cleanup } = await createTestDatabase();
    const user = await db.user.create({ data: { username: "u", displayName: "U", role: "student", passwordHash: "x" } });
    const sandbox = await db.sandbox.create({ data: { userId: user.id } });
    const reopened: ReturnType<typeof createPrismaClient>[] = [];
    return {
      persistence: new PrismaClusterPersistence(db, sandbox.id),
      // A new client over the same file: nothing is shared with the first but the database.
      reopen: () => {
        const client = createPrismaClient(`file:${file}`);
        reopened.push(client);
        return new PrismaClusterPersistence(client, sandbox.id);
      },
      cleanup: async () => {
        for (const c of reopened) await c.$disconnect();
        await cleanup();
      },
    };
  },
});
