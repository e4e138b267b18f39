/**
 * Writes CommandLog rows through better-sqlite3 synchronously, so a command's history row is durable
 * before its prompt returns, like its cluster writes (a `kill -9` right after a command keeps both).
 * Reads stay with Prisma; dates are stored as Prisma stores them in SQLite (ISO 8601 text, `+00:00`).
 */
import Database from "better-sqlite3";

export interface CommandLogRow {
  userId: string;
  sandboxId: string;
  tabId: string;
  command: string;
  exitCode: number;
  output: string;
  startedAt: Date;
  durationMs: number;
}

/** Prisma's SQLite DateTime text: `2026-11-27T09:51:28.306+00:00`. */
export function prismaSqliteDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

export class SqliteCommandLog {
  private readonly db: Database.Database;
  private readonly insertRow: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("busy_timeout = 5000");
    this.insertRow = this.db.prepare(
      `INSERT INTO "CommandLog" ("userId", "sandboxId", "tabId", "command", "exitCode", "output", "startedAt", "durationMs") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  insert(row: CommandLogRow): void {
    this.insertRow.run(row.userId, row.sandboxId, row.tabId, row.command, row.exitCode, row.output, prismaSqliteDate(row.startedAt), row.durationMs);
  }

  close(): void {
    this.db.close();
  }
}
