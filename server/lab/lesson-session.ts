/**
 * One student working on one lesson: a progress tracker over their cluster and command history whose
 * completions are stored (LessonProgress) and announced (ClassroomEvents, the student's own sockets).
 */
import type { Cluster } from "../cluster/contracts";
import { createHistoryFeed, type MemoryHistoryFeed } from "../lessons/history-feed";
import { createProgressTracker, type ProgressEvent, type ProgressTracker } from "../lessons/progress-tracker";
import type { Lesson, StepResult } from "../lessons/types";
import type { CommandRecord } from "../sandbox/sandbox-types";
import type { ProgressStore } from "./progress-store";
import type { ClassroomEvents } from "../classroom/classroom-events";
import type { Logger } from "../log";

export interface LessonSessionDeps {
  progress: ProgressStore;
  events: ClassroomEvents;
  log: Logger;
  /** Sends to every socket of the student. */
  toStudent: (event: string, payload: unknown) => void;
}

export class LessonSession {
  private readonly tracker: ProgressTracker;
  private readonly feed: MemoryHistoryFeed;
  private cluster: Cluster | null;
  private lastStatus: { stepId: string; result: StepResult } | null = null;

  constructor(
    readonly userId: string,
    readonly lesson: Lesson,
    cluster: Cluster | null,
    history: CommandRecord[],
    completed: string[],
    since: number,
    private readonly deps: LessonSessionDeps,
  ) {
    this.cluster = cluster;
    this.feed = createHistoryFeed(history);
    this.tracker = createProgressTracker({
      lesson,
      cluster,
      history: this.feed,
      completed,
      since,
      onEvent: (e) => void this.onProgress(e),
    });
  }

  get key(): string {
    return `${this.lesson.courseId}/${this.lesson.id}`;
  }

  /** Where the student stands now (evaluated at once). */
  snapshot() {
    const s = this.tracker.evaluateNow();
    return {
      completed: s.completed,
      status: s.current && s.currentResult ? { stepId: s.current, ...s.currentResult } : null,
    };
  }

  onCommand(record: CommandRecord, cluster: Cluster | null): void {
    this.useCluster(cluster);
    this.feed.push(record);
    const current = this.lastStatus?.stepId;
    if (current) {
      const key = { userId: this.userId, courseId: this.lesson.courseId, lessonId: this.lesson.id, stepId: current };
      this.deps.progress.countAttempt(key).catch((err: unknown) => this.deps.log.error({ err }, "could not count an attempt"));
    }
  }

  useCluster(cluster: Cluster | null): void {
    if (cluster === this.cluster) return;
    this.cluster = cluster;
    this.tracker.setCluster(cluster);
  }

  acknowledge(stepId: string): void {
    this.tracker.acknowledge(stepId);
  }

  stop(): void {
    this.tracker.stop();
  }

  private async onProgress(e: ProgressEvent): Promise<void> {
    const base = { userId: this.userId, courseId: e.courseId, lessonId: e.lessonId };
    try {
      if (e.type === "step-status") {
        this.lastStatus = { stepId: e.stepId, result: e.result };
        if (await this.deps.progress.start({ ...base, stepId: e.stepId })) {
          this.deps.events.emit("step-started", { ...base, stepId: e.stepId, startedAt: new Date() });
        }
        this.deps.toStudent("progress:status", { lessonId: e.lessonId, stepId: e.stepId, ...e.result });
      } else if (e.type === "step-completed") {
        const at = new Date();
        if (await this.deps.progress.complete({ ...base, stepId: e.stepId }, at)) {
          this.deps.events.emit("step-completed", { ...base, stepId: e.stepId, completedAt: at });
        }
        this.deps.toStudent("progress:completed", { courseId: e.courseId, lessonId: e.lessonId, stepId: e.stepId });
      }
    } catch (err) {
      this.deps.log.error({ err }, "could not record progress");
    }
  }
}
