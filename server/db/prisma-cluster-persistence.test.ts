import { describe, expect, it } from "vitest";
import { FakeClock } from "../cluster/clock";
import { createCluster } from "../cluster/create-cluster";
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


describe("PrismaClusterPersistence speed", () => {
  it("makes a small write durable in well under 5 ms (median)", async () => {
    const { db, cleanup } = await createTestDatabase();
    const user = await db.user.create({ data: { username: "u", displayName: "U", role: "student", passwordHash: "x" } });
    const sandbox = await db.sandbox.create({ data: { userId: user.id } });
    const cluster = createCluster({ clock: new FakeClock(), persistence: new PrismaClusterPersistence(db, sandbox.id) });
    await cluster.flush();
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      cluster.store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: `c${i}` }, data: { k: "v" } });
      await cluster.flush();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[15]).toBeLessThan(5);
    await cleanup();
  });
});
