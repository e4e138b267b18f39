import type { Cluster, Watcher } from "../cluster/contracts";
import { evaluateStep } from "./evaluate-step";
import { resourcesWatchedBy } from "./run-check";
import type { CommandRecord, Lesson, StepResult } from "./types";

/** The student's command history as the shell records it, with a way to hear about new records. */
export interface HistoryFeed {
  /** Every record so far, oldest first. */
  records(): CommandRecord[];
  /** Calls `onRecord` after each new record; returns the unsubscribe function. */
  subscribe(onRecord: () => void): () => void;
}

export type ProgressEvent =
  | { type: "step-completed"; courseId: string; lessonId: string; stepId: string; at: number }
  | { type: "lesson-completed"; courseId: string; lessonId: string; at: number }
  /** The current step's result changed (new reasons, or it became the current one). For the lesson pane. */
  | { type: "step-status"; courseId: string; lessonId: string; stepId: string; result: StepResult };

export interface ProgressTrackerOptions {
  lesson: Lesson;
  /** null until `minikube start`; change it later with `setCluster`. */
  cluster: Cluster | null;
  history: HistoryFeed;
  /** Step ids already completed (from the database): completion is sticky. */
  completed?: Iterable<string>;
  /** Only records that started at or after this time count (e.g. when the student opened the lesson). */
  since?: number;
  /** Quiet period before evaluating after a burst of changes: one `scale` sets off dozens of watch events. */
  debounceMs?: number;
  /** Time stamps for events; defaults to the cluster clock, else the wall clock. */
  now?: () => number;
  onEvent: (event: ProgressEvent) => void;
}

export interface ProgressSnapshot {
  completed: string[];
  /** The step the student is on (guided lessons), undefined once all are done. */
  current?: string;
  currentResult?: StepResult;
  lessonDone: boolean;
}

export interface ProgressTracker {
  /** Evaluates at once (skipping the debounce) and returns where the student stands. */
  evaluateNow(): ProgressSnapshot;
  /** Completes a reading step (one without checks) when the student clicks "Next". */
  acknowledge(stepId: string): void;
  /** Follows the cluster after `minikube start`/`minikube delete`. */
  setCluster(cluster: Cluster | null): void;
  stop(): void;
}

/**
 * Watches one student's cluster and history for one lesson and emits completions. Guided lessons are
 * sequential (a step is judged only once the ones before it are done: "curl fails after deleting the
 * service" means nothing earlier); in sandbox lessons every challenge is judged on its own.
 * Level-triggered like a controller: any change just schedules a re-evaluation of the current state.
 */
export function createProgressTracker(opts: ProgressTrackerOptions): ProgressTracker {
  const { lesson, history, onEvent } = opts;
  const completed = new Set(opts.completed ?? []);
  const debounceMs = opts.debounceMs ?? 200;
  const resources = [...new Set(lesson.steps.flatMap((s) => s.checks.flatMap(resourcesWatchedBy)))];
  let cluster = opts.cluster;
  let watchers: Watcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStatus = "";
  let lessonDoneSent = lesson.steps.every((s) => completed.has(s.id));
  let stopped = false;
  const now = () => opts.now?.() ?? cluster?.clock.now() ?? Date.now();
  const base = { courseId: lesson.courseId, lessonId: lesson.id };

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      evaluateNow();
    }, debounceMs);
    timer.unref?.();
  };

  function watchCluster(): void {
    watchers.forEach((w) => w.stop());
    watchers = [];
    if (!cluster) return;
    for (const resource of resources) {
      try {
        const store = cluster.store;
        watchers.push(store.watch(resource, undefined, { resourceVersion: store.currentResourceVersion() }, schedule));
      } catch {
        // A kind this cluster does not serve: checks on it report that themselves.
      }
    }
  }

  function complete(stepId: string): void {
    completed.add(stepId);
    onEvent({ type: "step-completed", ...base, stepId, at: now() });
  }

  function evaluateNow(): ProgressSnapshot {
    const since = opts.since;
    const records = history.records().filter((r) => since === undefined || r.startedAt === undefined || r.startedAt >= since);
    const ctx = { cluster, history: records };
    let current: string | undefined;
    let currentResult: StepResult | undefined;
    for (const step of lesson.steps) {
      if (completed.has(step.id)) continue;
      const result = evaluateStep(step, ctx);
      if (result.done) {
        complete(step.id);
        continue;
      }
      if (current === undefined) [current, currentResult] = [step.id, result];
      if (lesson.kind !== "sandbox") break;
    }
    const lessonDone = lesson.steps.every((s) => completed.has(s.id));
    if (lessonDone && !lessonDoneSent) {
      lessonDoneSent = true;
      onEvent({ type: "lesson-completed", ...base, at: now() });
    }
    const status = JSON.stringify([current, currentResult]);
    if (current && currentResult && status !== lastStatus) {
      onEvent({ type: "step-status", ...base, stepId: current, result: currentResult });
    }
    lastStatus = status;
    return { completed: lesson.steps.map((s) => s.id).filter((id) => completed.has(id)), current, currentResult, lessonDone };
  }

  const unsubscribe = history.subscribe(schedule);
  watchCluster();

  return {
    evaluateNow,
    acknowledge(stepId) {
      const step = lesson.steps.find((s) => s.id === stepId);
      if (!step || step.checks.length > 0 || completed.has(stepId)) return;
      complete(stepId);
      evaluateNow();
    },
    setCluster(next) {
      cluster = next;
      watchCluster();
      schedule();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      watchers.forEach((w) => w.stop());
      watchers = [];
    },
  };
}
