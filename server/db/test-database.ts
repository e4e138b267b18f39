/**
 * A throw-away migrated SQLite database for tests: the same migrations as production, in a temp folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "./migrate";
import { createPrismaClient, type Db } from "./prisma";

export async function createTestDatabase(): Promise<{ db: Db; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const db = createPrismaClient(`file:${file}`);
  return {
    db,
    file,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
