/**
 * Lesson progress in the database: one row per student and step, with when it started and completed,
 * how many attempts (commands run while it was current) and how many hints were revealed.
 */
import type { Db } from "../db/prisma";

export interface StepKey {
  userId: string;
  courseId: string;
  lessonId: string;
  stepId: string;
}

const unique = (k: StepKey) => ({ userId_courseId_lessonId_stepId: k });

export class ProgressStore {
  constructor(private readonly db: Db) {}

  async completedSteps(userId: string, courseId: string, lessonId: string): Promise<string[]> {
    const rows = await this.db.lessonProgress.findMany({
      where: { userId, courseId, lessonId, completedAt: { not: null } },
      select: { stepId: true },
    });
    return rows.map((r) => r.stepId);
  }

  /** When the student first opened this lesson (its earliest step row), or undefined for a first visit. */
  async lessonStartedAt(userId: string, courseId: string, lessonId: string): Promise<Date | undefined> {
    const first = await this.db.lessonProgress.findFirst({ where: { userId, courseId, lessonId }, orderBy: { startedAt: "asc" }, select: { startedAt: true } });
    return first?.startedAt;
  }

  async forCourse(userId: string, courseId: string) {
    return this.db.lessonProgress.findMany({ where: { userId, courseId } });
  }

  /** Marks a step started (idempotent); returns true when this call created it. */
  async start(k: StepKey, at = new Date()): Promise<boolean> {
    const existing = await this.db.lessonProgress.findUnique({ where: unique(k) });
    if (existing) return false;
    await this.db.lessonProgress.create({ data: { ...k, startedAt: at } }).catch(() => undefined);
    return true;
  }

  /** Completion is sticky: a later change to the cluster never un-completes a step. */
  async complete(k: StepKey, at = new Date()): Promise<boolean> {
    const existing = await this.db.lessonProgress.findUnique({ where: unique(k) });
    if (existing?.completedAt) return false;
    await this.db.lessonProgress.upsert({
      where: unique(k),
      create: { ...k, startedAt: at, completedAt: at },
      update: { completedAt: at },
    });
    return true;
  }

  async countAttempt(k: StepKey): Promise<void> {
    await this.db.lessonProgress.upsert({ where: unique(k), create: { ...k, attempts: 1 }, update: { attempts: { increment: 1 } } });
  }

  /** Records one more revealed hint and returns how many the student has now seen. */
  async useHint(k: StepKey): Promise<number> {
    const row = await this.db.lessonProgress.upsert({ where: unique(k), create: { ...k, hintsUsed: 1 }, update: { hintsUsed: { increment: 1 } } });
    return row.hintsUsed;
  }
}
