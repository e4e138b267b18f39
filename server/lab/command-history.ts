/**
 * Where every command a student runs goes: the CommandLog table (kept), the classroom bus (teachers'
 * dashboards) and the in-memory feed that lesson checks read.
 */
import type { Db } from "../db/prisma";
import type { ClassroomEvents } from "../classroom/classroom-events";
import type { CommandHistorySink, CommandRecord } from "../sandbox/sandbox-types";
import type { Logger } from "../log";
import type { CommandLogRow } from "../db/sqlite-command-log";

/** Output kept per command: enough for checks ("the output showed …") and for teachers, bounded for the DB. */
export const STORED_OUTPUT_CHARS = 4096;

export class CommandHistory implements CommandHistorySink {
  private listeners = new Set<(sandboxId: string, record: CommandRecord) => void>();

  constructor(
    private readonly db: Db,
    private readonly events: ClassroomEvents,
    private readonly ownerOf: (sandboxId: string) => string | undefined,
    private readonly log: Logger,
    /** Stores a row before the command's prompt returns (server/db/sqlite-command-log.ts). */
    private readonly store: (row: CommandLogRow) => void,
  ) {}

  onCommand(record: CommandRecord): void {
    const userId = this.ownerOf(record.sandboxId);
    for (const listener of this.listeners) listener(record.sandboxId, record);
    if (!userId) return;
    this.events.emit("command-ran", {
      userId, sandboxId: record.sandboxId, tabId: record.tabId, command: record.command,
      exitCode: record.exitCode, startedAt: new Date(record.startedAt), durationMs: record.durationMs,
    });
    try {
      this.store({
        userId, sandboxId: record.sandboxId, tabId: record.tabId, command: record.command.slice(0, 10_000),
        exitCode: record.exitCode, output: record.output.slice(0, STORED_OUTPUT_CHARS),
        startedAt: new Date(record.startedAt), durationMs: Math.round(record.durationMs),
      });
    } catch (err) {
      this.log.error({ err }, "could not store a command");
    }
  }

  /** Live feed of records, for the lesson trackers of open labs. */
  subscribe(listener: (sandboxId: string, record: CommandRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async recent(sandboxId: string, limit = 500): Promise<CommandRecord[]> {
    const rows = await this.db.commandLog.findMany({ where: { sandboxId }, orderBy: { startedAt: "desc" }, take: limit });
    return rows.reverse().map((r) => ({
      sandboxId: r.sandboxId, tabId: r.tabId, command: r.command, exitCode: r.exitCode,
      startedAt: r.startedAt.getTime(), durationMs: r.durationMs, output: r.output, shell: "host",
    }));
  }
}
