import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase } from "../db/test-database";
import type { Db } from "../db/prisma";
import { Sandbox } from "../sandbox/sandbox";
import { SystemClock } from "../sandbox/system-clock";
import { clusterProvider, MemoryClusterStorage } from "../sandbox/cluster-provider";
import { TerminalHub } from "./terminal-hub";
import { PrismaScreenStore } from "./prisma-screen-store";

/** A terminal's screen outlives the process: the hub saves it to the database and a new hub shows it again. */
let db: Db;
let cleanup: () => Promise<void>;
let sandboxId: string;

beforeAll(async () => {
  ({ db, cleanup } = await createTestDatabase());
  const user = await db.user.create({ data: { username: "s", displayName: "S", role: "student", passwordHash: "x" } });
  sandboxId = (await db.sandbox.create({ data: { userId: user.id } })).id;
});
afterAll(async () => cleanup());

const newSandbox = () => new Sandbox({ id: sandboxId, clock: new SystemClock(), clusters: clusterProvider(new MemoryClusterStorage()) });

it("restores a tab's screen after the hub (the server) is closed and recreated", async () => {
  const first = new TerminalHub(new PrismaScreenStore(db));
  const session = await first.open(newSandbox(), "1", 80, 24);
  session.write("echo before-the-restart\r");
  await session.settled();
  await first.close();

  const second = new TerminalHub(new PrismaScreenStore(db));
  const restored = await second.open(newSandbox(), "1", 80, 24);
  expect(await restored.screenText()).toMatch(/^before-the-restart$/m);
  expect(restored.snapshot()).toContain("before-the-restart");
  await second.close();
});

it("forgets the screens of a sandbox that is reset", async () => {
  const hub = new TerminalHub(new PrismaScreenStore(db));
  await hub.closeAll(sandboxId);
  const fresh = await hub.open(newSandbox(), "1", 80, 24);
  expect(await fresh.screenText()).not.toContain("before-the-restart");
  await hub.close();
});
