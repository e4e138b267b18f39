import { runPersistenceConformance } from "../cluster/persistence/persistence-conformance.case";
import { SqliteClusterDatabase } from "./sqlite-cluster-persistence";
import { createTestDatabase } from "./test-database";

runPersistenceConformance("better-sqlite3", {
  async open() {
    const { db, file, cleanup } = await createTestDatabase();
    const user = await db.user.create({ data: { username: "u", displayName: "U", role: "student", passwordHash: "x" } });
    const sandbox = await db.sandbox.create({ data: { userId: user.id } });
    const first = new SqliteClusterDatabase(file);
    const reopened: SqliteClusterDatabase[] = [];
    return {
      persistence: first.persistenceFor(sandbox.id),
      // A new connection over the same file: nothing is shared with the first but the database.
      reopen: () => {
        const again = new SqliteClusterDatabase(file);
        reopened.push(again);
        return again.persistenceFor(sandbox.id);
      },
      cleanup: async () => {
        for (const c of [first, ...reopened]) c.close();
        await cleanup();
      },
    };
  },
});
