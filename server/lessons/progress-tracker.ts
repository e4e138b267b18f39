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
  /** null until `minikube start`; follow changes with `resolveCluster` or `setCluster`. */
  cluster: Cluster | null;
  /**
   * Asked for the current cluster after each new history record (e.g. `() => sandbox.runningCluster()`),
   * so `minikube start`, `stop` and `delete` are followed without extra wiring.
   */
  resolveCluster?: () => Cluster | null | Promise<Cluster | null>;
  history: HistoryFeed;
  /** Step ids already completed (from the database): completion is sticky. */
  completed?: Iterable<string>;
  /** Only records that started at or after this time count (e.g. when the student opened the lesson). */
  since?: number;
  /** Quiet period before evaluating after a burst of changes: one `scale` sets off dozens of watch events. */
  debounceMs?: number;
  /** Time stamps for events (epoch ms); defaults to the wall clock, which is what the database records. */
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
 * Level-triggered like a controller: any change only schedules a re-evaluation of the current state,
 * so a missed or duplicated event does no harm.
 */
export function createProgressTracker(opts: ProgressTrackerOptions): ProgressTracker {
  return new LessonProgressTracker(opts);
}

class LessonProgressTracker implements ProgressTracker {
  private readonly completed: Set<string>;
  private readonly resources: string[];
  private readonly unsubscribe: () => void;
  private cluster: Cluster | null;
  private watchers: Watcher[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastStatus = "";
  private lessonDoneSent: boolean;
  private clusterMayHaveChanged = false;
  private stopped = false;

  constructor(private readonly opts: ProgressTrackerOptions) {
    const { lesson } = opts;
    this.completed = new Set(opts.completed ?? []);
    this.lessonDoneSent = lesson.steps.every((s) => this.completed.has(s.id));
    this.resources = [...new Set(lesson.steps.flatMap((s) => s.checks.flatMap(resourcesWatchedBy)))];
    this.cluster = opts.cluster;
    this.unsubscribe = opts.history.subscribe(() => {
      this.clusterMayHaveChanged = true;
      this.schedule();
    });
    this.watchCluster();
  }

  evaluateNow(): ProgressSnapshot {
    const { lesson, since } = this.opts;
    const records = this.opts.history.records().filter((r) => since === undefined || r.startedAt === undefined || r.startedAt >= since);
    const ctx = { cluster: this.cluster, history: records };
    let current: string | undefined;
    let currentResult: StepResult | undefined;
    for (const step of lesson.steps) {
      if (this.completed.has(step.id)) continue;
      const result = evaluateStep(step, ctx);
      if (result.done) {
        this.complete(step.id);
        continue;
      }
      if (current === undefined) [current, currentResult] = [step.id, result];
      if (lesson.kind !== "sandbox") break;
    }
    const lessonDone = lesson.steps.every((s) => this.completed.has(s.id));
    if (lessonDone && !this.lessonDoneSent) {
      this.lessonDoneSent = true;
      this.opts.onEvent({ type: "lesson-completed", ...this.ids(), at: this.now() });
    }
    const status = JSON.stringify([current, currentResult]);
    if (current && currentResult && status !== this.lastStatus) {
      this.opts.onEvent({ type: "step-status", ...this.ids(), stepId: current, result: currentResult });
    }
    this.lastStatus = status;
    return { completed: lesson.steps.map((s) => s.id).filter((id) => this.completed.has(id)), current, currentResult, lessonDone };
  }

  acknowledge(stepId: string): void {
    const step = this.opts.lesson.steps.find((s) => s.id === stepId);
    if (!step || step.checks.length > 0 || this.completed.has(stepId)) return;
    this.complete(stepId);
    this.evaluateNow();
  }

  setCluster(next: Cluster | null): void {
    this.cluster = next;
    this.watchCluster();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    this.stopWatches();
  }

  /** Debounces: one `scale` sets off dozens of watch events, and one evaluation covers them all. */
  private schedule = (): void => {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Stay synchronous unless a new record may have started or deleted the cluster.
      if (!this.opts.resolveCluster || !this.clusterMayHaveChanged) return void this.evaluateNow();
      void this.refreshCluster().then(() => {
        if (!this.stopped) this.evaluateNow();
      });
    }, this.opts.debounceMs ?? 200);
    this.timer.unref?.();
  };

  private async refreshCluster(): Promise<void> {
    this.clusterMayHaveChanged = false;
    const next = await this.opts.resolveCluster?.();
    if (next === undefined || next === this.cluster || this.stopped) return;
    this.cluster = next;
    this.watchCluster();
  }

  private watchCluster(): void {
    this.stopWatches();
    const store = this.cluster?.store;
    if (!store) return;
    for (const resource of this.resources) {
      try {
        this.watchers.push(store.watch(resource, undefined, { resourceVersion: store.currentResourceVersion() }, this.schedule));
      } catch {
        // A kind this cluster does not serve: checks on it report that themselves.
      }
    }
  }

  private stopWatches(): void {
    for (const w of this.watchers) w.stop();
    this.watchers = [];
  }

  private complete(stepId: string): void {
    this.completed.add(stepId);
    this.opts.onEvent({ type: "step-completed", ...this.ids(), stepId, at: this.now() });
  }

  private ids(): { courseId: string; lessonId: string } {
    return { courseId: this.opts.lesson.courseId, lessonId: this.opts.lesson.id };
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }
}
