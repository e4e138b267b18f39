/**
 * Plays a lesson the way a diligent student would: runs the setup, then each step's commands in order,
 * re-running a step's commands after a pause when its checks do not pass yet (pods take time to start,
 * an image pull takes time to fail), and reports every step whose checks never passed. Used by
 * `npm run lessons:check` with a fresh headless sandbox per lesson.
 */
import type { Cluster } from "../cluster/contracts";
import { evaluateStep } from "./evaluate-step";
import { createProgressTracker } from "./progress-tracker";
import type { CommandRecord, Lesson, LessonCommand, LocalizedText, Step } from "./types";

/** What the runner needs from a sandbox: a terminal per tab, simulated time, and what checks read. */
export interface LessonSandbox {
  /** Runs one line in a terminal tab; resolves when its prompt returns. */
  run(line: string, tab: number): Promise<{ exitCode: number; output: string }>;
  /** Starts a line that keeps running (kubectl proxy) in a tab, without waiting for it. */
  start(line: string, tab: number): Promise<void>;
  /** Lets simulated time pass. */
  wait(ms: number): Promise<void>;
  cluster(): Promise<Cluster | null>;
  /** The records the shell wrote, oldest first. */
  history(): CommandRecord[];
  dispose(): Promise<void>;
}

export interface RunOptions {
  /** How many times a step's commands are run before giving up. */
  attempts?: number;
  /** Simulated time between attempts. */
  pauseMs?: number;
  /** Called after every command, for a verbose transcript. */
  onCommand?: (tab: number, line: string, result: { exitCode: number; output: string }) => void;
}

export interface StepReport {
  stepId: string;
  done: boolean;
  attempts: number;
  reasons: LocalizedText[];
  /** Commands that exited non-zero on the last attempt (often the cause of a failure). */
  failedCommands: Array<{ line: string; exitCode: number; output: string }>;
}

export interface LessonReport {
  lessonId: string;
  ok: boolean;
  setupFailures: Array<{ line: string; exitCode: number; output: string }>;
  steps: StepReport[];
  /** Problems found by replaying the same history through a progress tracker. */
  trackerProblems: string[];
}

export async function runLesson(lesson: Lesson, sandbox: LessonSandbox, opts: RunOptions = {}): Promise<LessonReport> {
  const attempts = opts.attempts ?? 8;
  const pauseMs = opts.pauseMs ?? 10_000;
  const started = new Set<string>();
  const exec = async (c: LessonCommand) => {
    if (c.longRunning) {
      const key = `${c.tab}:${c.run}`;
      if (!started.has(key)) await sandbox.start(c.run, c.tab);
      started.add(key);
      return { exitCode: 0, output: "" };
    }
    const result = await sandbox.run(c.run, c.tab);
    opts.onCommand?.(c.tab, c.run, result);
    return result;
  };

  const setupFailures = [];
  for (const c of lesson.setup) {
    const r = await exec(c);
    // Setup is idempotent on purpose ("already exists" is fine); only report what looks broken.
    if (r.exitCode !== 0 && !/already exists|AlreadyExists/.test(r.output)) setupFailures.push({ line: c.run, ...r });
  }

  // Checks see only what the student did in this lesson, not the setup that prepared it.
  const offset = sandbox.history().length;
  const history = () => sandbox.history().slice(offset);
  const live = await liveTracker(lesson, sandbox, history);

  const steps: StepReport[] = [];
  const trackerProblems: string[] = [];
  for (const step of lesson.steps) {
    if (step.checks.length === 0) {
      live.tracker.acknowledge(step.id);
      continue;
    }
    const report = await playStep(step, exec, sandbox, history, { attempts, pauseMs, afterAttempt: live.sync });
    steps.push(report);
    if (report.done && !live.completed.has(step.id)) {
      trackerProblems.push(`step "${step.id}" passed its checks but the progress tracker did not complete it`);
    }
    if (!report.done) break; // later steps build on this one: their failures would only be noise
  }
  live.tracker.stop();

  const ok = setupFailures.length === 0 && steps.every((s) => s.done) && trackerProblems.length === 0;
  return { lessonId: lesson.id, ok, setupFailures, steps, trackerProblems };
}

/** Runs a step's commands, then its checks; pauses and retries while they do not pass. */
async function playStep(
  step: Step,
  exec: (c: LessonCommand) => Promise<{ exitCode: number; output: string }>,
  sandbox: LessonSandbox,
  history: () => CommandRecord[],
  opts: { attempts: number; pauseMs: number; afterAttempt: (cluster: Cluster | null) => Promise<void> },
): Promise<StepReport> {
  let report: StepReport = { stepId: step.id, done: false, attempts: 0, reasons: [], failedCommands: [] };
  for (let attempt = 1; attempt <= opts.attempts && !report.done; attempt++) {
    if (attempt > 1) await sandbox.wait(opts.pauseMs);
    const failedCommands = [];
    for (const c of step.commands.filter((x) => !x.skipInCheck)) {
      const r = await exec(c);
      if (r.exitCode !== 0) failedCommands.push({ line: c.run, ...r });
    }
    const cluster = await sandbox.cluster();
    const result = evaluateStep(step, { cluster, history: history() });
    report = { stepId: step.id, done: result.done, attempts: attempt, reasons: result.reasons, failedCommands };
    await opts.afterAttempt(cluster);
  }
  return report;
}

/**
 * A progress tracker following the run live, as one would follow a student: the CLI then also proves
 * that the tracker's sequential evaluation completes every step at the moment its checks pass.
 */
async function liveTracker(lesson: Lesson, sandbox: LessonSandbox, history: () => CommandRecord[]) {
  const completed = new Set<string>();
  let cluster = await sandbox.cluster();
  const tracker = createProgressTracker({
    lesson,
    cluster,
    history: { records: history, subscribe: () => () => undefined },
    onEvent: (e) => {
      if (e.type === "step-completed") completed.add(e.stepId);
    },
  });
  return {
    tracker,
    completed,
    async sync(current: Cluster | null) {
      if (current !== cluster) tracker.setCluster((cluster = current));
      tracker.evaluateNow();
    },
  };
}
