/**
 * A cohort's progress and command history as CSV files for the teacher's own records (csv.ts writes
 * them: UTF-8 with BOM, RFC 4180 quoting). One row per step a student reached, and one per command;
 * students who have not started yet still get a progress row so the roster is complete.
 */
import type { Db } from "../db/prisma";
import type { OutlineSource } from "./course-outlines";
import { stepKey } from "./course-outlines";
import { toCsv, type CsvCell } from "./csv";
import type { Locale } from "../auth/roles";

async function cohortStudents(db: Db, cohortId: string) {
  const members = await db.membership.findMany({
    where: { cohortId, role: "student" },
    orderBy: { user: { username: "asc" } },
    select: { user: { select: { id: true, username: true, displayName: true } } },
  });
  return members.map((m) => m.user);
}

export async function progressCsv(db: Db, cohortId: string, catalog: OutlineSource, locale: Locale): Promise<string> {
  const students = await cohortStudents(db, cohortId);
  const titles = new Map((await catalog()).flatMap((c) => c.steps).map((s) => [s.key, s]));
  const rows = await db.lessonProgress.findMany({ where: { userId: { in: students.map((s) => s.id) } }, orderBy: { startedAt: "asc" } });
  const out: CsvCell[][] = [];
  for (const s of students) {
    const mine = rows.filter((r) => r.userId === s.id);
    if (mine.length === 0) out.push([s.username, s.displayName, "", "", "", "", "", "", "", ""]);
    for (const r of mine) {
      const step = titles.get(stepKey(r.courseId, r.lessonId, r.stepId));
      out.push([s.username, s.displayName, r.courseId, r.lessonId, r.stepId, step?.stepTitle[locale] ?? "", r.startedAt, r.completedAt, r.attempts, r.hintsUsed]);
    }
  }
  return toCsv(["username", "display_name", "course", "lesson", "step", "step_title", "started_at", "completed_at", "attempts", "hints_used"], out);
}

export async function commandsCsv(db: Db, cohortId: string): Promise<string> {
  const students = await cohortStudents(db, cohortId);
  const byId = new Map(students.map((s) => [s.id, s]));
  const rows = await db.commandLog.findMany({
    where: { userId: { in: students.map((s) => s.id) } },
    orderBy: [{ userId: "asc" }, { id: "asc" }],
    select: { userId: true, tabId: true, command: true, exitCode: true, startedAt: true, durationMs: true },
  });
  return toCsv(
    ["username", "display_name", "started_at", "tab", "exit_code", "duration_ms", "command"],
    rows.map((r) => [byId.get(r.userId)!.username, byId.get(r.userId)!.displayName, r.startedAt, r.tabId, r.exitCode, r.durationMs, r.command]),
  );
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266), since cohort names may be Chinese. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
