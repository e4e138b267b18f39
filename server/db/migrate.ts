/**
 * Applies prisma/migrations at start-up without Prisma's native schema engine. Each migration.sql runs
 * once, in order, inside a transaction, and is recorded in `_prisma_migrations` the way Prisma records it
 * (checksum = sha256 of the file), so `prisma migrate deploy` on an online machine sees the same history.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function migrationsDirectory(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export function applyMigrations(dbFile: string, dir = migrationsDirectory()): string[] {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const db = new Database(dbFile);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(CREATE_HISTORY);
    const done = new Set(
      db.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all()
        .map((r) => (r as { migration_name: string }).migration_name),
    );
    const pending = fs.readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !done.has(d.name))
      .map((d) => d.name)
      .sort();
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      db.transaction(() => {
        db.exec(sql);
        db.prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(crypto.randomUUID(), checksum, name);
      })();
    }
    return pending;
  } finally {
    db.close();
  }
}
