import { expect, it } from "vitest";
import { createTestDatabase } from "./test-database";
import { SqliteCommandLog } from "./sqlite-command-log";

it("stores a command row at once, readable through Prisma with its dates intact", async () => {
  const { db, file, cleanup } = await createTestDatabase();
  const user = await db.user.create({ data: { username: "u", displayName: "U", role: "student", passwordHash: "x" } });
  const log = new SqliteCommandLog(file);
  const startedAt = new Date(Date.UTC(2026, 10, 27, 9, 51, 28, 306));
  log.insert({ userId: user.id, sandboxId: "s1", tabId: "1", command: "kubectl get pods", exitCode: 0, output: "No resources found", startedAt, durationMs: 3 });
  const rows = await db.commandLog.findMany({ where: { userId: user.id }, orderBy: { startedAt: "desc" } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ command: "kubectl get pods", exitCode: 0, tabId: "1", durationMs: 3 });
  expect(rows[0].startedAt.toISOString()).toBe(startedAt.toISOString());
  // Dates sort and filter like Prisma's own rows.
  await db.commandLog.create({ data: { userId: user.id, sandboxId: "s1", tabId: "1", command: "later", exitCode: 1, startedAt: new Date(startedAt.getTime() + 1000), durationMs: 1 } });
  const since = await db.commandLog.findMany({ where: { startedAt: { gt: startedAt } } });
  expect(since.map((r) => r.command)).toEqual(["later"]);
  log.close();
  await cleanup();
});
