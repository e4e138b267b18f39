/**
 * Reads what a cohort's dashboard needs from the database and hands it to buildDashboard. Live state
 * (presence, events since) arrives over the dashboard socket (server/realtime/dashboard-socket.ts).
 */
import type { Db } from "../db/prisma";
import { parseCourses } from "../cohorts/cohort-settings";
import type { OutlineSource } from "./course-outlines";
import { buildDashboard, type Dashboard } from "./dashboard-aggregation";

/** Commands older than this say nothing about whether a student is stuck now. */
const RECENT_WINDOW_MS = 2 * 3_600_000;
const MAX_RECENT_COMMANDS = 20_000;

export async function loadDashboard(db: Db, cohortId: string, catalog: OutlineSource, now = Date.now()): Promise<Dashboard> {
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  const courses = parseCourses(cohort.courses);
  const members = await db.membership.findMany({
    where: { cohortId, role: "student" },
    orderBy: { user: { displayName: "asc" } },
    select: { user: { select: { id: true, username: true, displayName: true } } },
  });
  const students = members.map((m) => m.user);
  const ids = students.map((s) => s.id);
  // One query after another rather than Promise.all: the SQLite driver is synchronous, and the gaps between
  // queries let the live dashboard events through (bench/dashboard.ts measures their delay).
  const outlines = await catalog();
  const progress = await db.lessonProgress.findMany({
    where: { userId: { in: ids }, courseId: { in: courses } },
    select: { userId: true, courseId: true, lessonId: true, stepId: true, startedAt: true, completedAt: true, hintsUsed: true },
  });
  const commands = await db.commandLog.findMany({
    where: { userId: { in: ids }, startedAt: { gte: new Date(now - RECENT_WINDOW_MS) } },
    orderBy: { startedAt: "desc" },
    take: MAX_RECENT_COMMANDS,
    select: { userId: true, command: true, exitCode: true, startedAt: true },
  });
  const failing = await db.commandLog.groupBy({
    by: ["command", "userId"],
    where: { userId: { in: ids }, exitCode: { not: 0 } },
    _count: { _all: true },
  });
  return buildDashboard({
    cohort: { id: cohort.id, name: cohort.name, courses },
    outline: outlines.flatMap((c) => c.steps),
    students,
    progress,
    commands,
    failing: failing.map((f) => ({ command: f.command, userId: f.userId, failures: f._count._all })),
    now,
  });
}
