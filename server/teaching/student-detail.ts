/**
 * One student as their teacher sees them on the detail page: progress per step and the command history
 * (searchable, newest first, paged by id). The live parts (terminal, cluster) come over the mirror socket.
 */
import type { Db } from "../db/prisma";

export const HISTORY_PAGE = 200;

export async function studentProgress(db: Db, userId: string) {
  return db.lessonProgress.findMany({
    where: { userId },
    orderBy: { startedAt: "asc" },
    select: { courseId: true, lessonId: true, stepId: true, startedAt: true, completedAt: true, attempts: true, hintsUsed: true },
  });
}

/**
 * Commands matching `query` (a substring of the command line; SQLite's LIKE is case-insensitive for
 * ASCII), older than the id `before` when paging back.
 */
export async function commandHistory(db: Db, userId: string, opts: { query?: string; failedOnly?: boolean; before?: number } = {}) {
  const rows = await db.commandLog.findMany({
    where: {
      userId,
      ...(opts.query ? { command: { contains: opts.query } } : {}),
      ...(opts.failedOnly ? { exitCode: { not: 0 } } : {}),
      ...(opts.before ? { id: { lt: opts.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: HISTORY_PAGE + 1,
    select: { id: true, tabId: true, command: true, exitCode: true, startedAt: true, durationMs: true, output: true },
  });
  const page = rows.slice(0, HISTORY_PAGE);
  return {
    commands: page.map((r) => ({ ...r, output: r.output.slice(0, 2000) })),
    nextBefore: rows.length > HISTORY_PAGE ? page[page.length - 1].id : null,
  };
}
