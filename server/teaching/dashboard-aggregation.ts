/**
 * Turns a cohort's persisted progress and command history into what the live dashboard draws: the
 * students × steps grid, each student's current step, hints, recent failures and stuck flag, the
 * per-step completion figures and the commands that fail most. Pure: the loader (dashboard-loader.ts)
 * reads the rows, this arranges them, the tests feed it rows directly.
 */
import type { StepOutline } from "./course-outlines";
import { stepKey } from "./course-outlines";
import { DEFAULT_STUCK_POLICY, median, stuckReason, type StuckPolicy, type StuckReason } from "./stuck-detection";

export interface ProgressRow {
  userId: string;
  courseId: string;
  lessonId: string;
  stepId: string;
  startedAt: Date;
  completedAt: Date | null;
  hintsUsed: number;
}

export interface CommandRow {
  userId: string;
  command: string;
  exitCode: number;
  startedAt: Date;
}

export interface DashboardStudent {
  id: string;
  username: string;
  displayName: string;
  /** step key → completion time (ISO). */
  completed: Record<string, string>;
  current: { key: string; startedAt: string } | null;
  hintsUsed: number;
  recentFailures: { command: string; exitCode: number; at: string }[];
  lastCommandAt: string | null;
  stuck: StuckReason | null;
}

export interface StepStats {
  key: string;
  completed: number;
  medianMs: number | null;
}

export interface Dashboard {
  cohort: { id: string; name: string; courses: string[] };
  steps: StepOutline[];
  students: DashboardStudent[];
  stepStats: StepStats[];
  failingCommands: { command: string; failures: number; students: number }[];
  generatedAt: string;
}

const RECENT_FAILURES = 5;
const TOP_FAILING = 10;

export function buildDashboard(input: {
  cohort: { id: string; name: string; courses: string[] };
  outline: StepOutline[];
  students: { id: string; username: string; displayName: string }[];
  progress: ProgressRow[];
  /** Recent commands of the cohort's students, newest first. */
  commands: CommandRow[];
  failing: { command: string; userId: string; failures: number }[];
  now: number;
  policy?: StuckPolicy;
}): Dashboard {
  const steps = withReachedSteps(input.outline, input.progress, input.cohort.courses);
  const durations = new Map<string, number[]>();
  for (const p of input.progress) {
    if (!p.completedAt) continue;
    const key = stepKey(p.courseId, p.lessonId, p.stepId);
    durations.set(key, [...(durations.get(key) ?? []), Math.max(0, p.completedAt.getTime() - p.startedAt.getTime())]);
  }
  const stepStats = steps.map((s) => ({ key: s.key, completed: durations.get(s.key)?.length ?? 0, medianMs: median(durations.get(s.key) ?? []) }));
  const medians = new Map(stepStats.map((s) => [s.key, { medianMs: s.medianMs, samples: s.completed }]));

  const byUser = groupBy(input.progress, (p) => p.userId);
  const commandsByUser = groupBy(input.commands, (c) => c.userId);
  const students = input.students.map((s): DashboardStudent => {
    const rows = byUser.get(s.id) ?? [];
    const commands = commandsByUser.get(s.id) ?? [];
    const completed: Record<string, string> = {};
    for (const r of rows) if (r.completedAt) completed[stepKey(r.courseId, r.lessonId, r.stepId)] = r.completedAt.toISOString();
    const open = rows.filter((r) => !r.completedAt).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
    const current = open ? { key: stepKey(open.courseId, open.lessonId, open.stepId), startedAt: open.startedAt.toISOString() } : null;
    const stuck = stuckReason(
      { current: current ? { stepKey: current.key, startedAt: open!.startedAt.getTime() } : undefined, recentCommands: commands },
      medians, input.now, input.policy ?? DEFAULT_STUCK_POLICY,
    );
    return {
      ...s,
      completed,
      current,
      hintsUsed: rows.reduce((n, r) => n + r.hintsUsed, 0),
      recentFailures: commands.filter((c) => c.exitCode !== 0).slice(0, RECENT_FAILURES)
        .map((c) => ({ command: c.command, exitCode: c.exitCode, at: c.startedAt.toISOString() })),
      lastCommandAt: commands[0]?.startedAt.toISOString() ?? null,
      stuck,
    };
  });

  return {
    cohort: input.cohort,
    steps,
    students,
    stepStats,
    failingCommands: topFailing(input.failing),
    generatedAt: new Date(input.now).toISOString(),
  };
}

/** The course outline, plus steps students reached that the outline lacks (a course that failed to load). */
function withReachedSteps(outline: StepOutline[], progress: ProgressRow[], courses: string[]): StepOutline[] {
  const steps = outline.filter((s) => courses.includes(s.courseId));
  const known = new Set(steps.map((s) => s.key));
  for (const p of progress) {
    const key = stepKey(p.courseId, p.lessonId, p.stepId);
    if (known.has(key) || !courses.includes(p.courseId)) continue;
    known.add(key);
    const plain = (text: string) => ({ en: text, "zh-CN": text });
    steps.push({ key, courseId: p.courseId, lessonId: p.lessonId, stepId: p.stepId, lessonTitle: plain(p.lessonId), stepTitle: plain(p.stepId) });
  }
  return steps;
}

function topFailing(rows: { command: string; userId: string; failures: number }[]) {
  const byCommand = new Map<string, { failures: number; students: Set<string> }>();
  for (const r of rows) {
    const command = r.command.trim().replace(/\s+/g, " ");
    const entry = byCommand.get(command) ?? { failures: 0, students: new Set<string>() };
    entry.failures += r.failures;
    entry.students.add(r.userId);
    byCommand.set(command, entry);
  }
  return [...byCommand]
    .map(([command, e]) => ({ command, failures: e.failures, students: e.students.size }))
    .sort((a, b) => b.failures - a.failures || b.students - a.students || a.command.localeCompare(b.command))
    .slice(0, TOP_FAILING);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
