import type { Router } from "../router";
import { notFound } from "../app-error";
import type { RequestContext } from "../context";
import type { LabService } from "../../lab/lab-service";

/** Course pages and the lesson pane: content, the student's progress, hints on request. */
export function courseRoutes(lab: LabService) {
  return (router: Router): void => {
    router.on("GET", "/api/courses", async (ctx) => {
      const user = ctx.user!;
      const courses = await Promise.all(
        lab.catalog.courses.map(async (course) => {
          const rows = await lab.progress.forCourse(user.id, course.id);
          const done = new Set(rows.filter((r) => r.completedAt).map((r) => `${r.lessonId}/${r.stepId}`));
          return {
            id: course.id,
            title: course.title,
            description: course.description,
            lessons: course.lessons.map((l) => ({
              id: l.id, kind: l.kind, title: l.title, summary: l.summary, minutes: l.minutes,
              steps: l.steps.length,
              done: l.steps.filter((s) => done.has(`${l.id}/${s.id}`)).length,
            })),
          };
        }),
      );
      return { courses };
    });

    router.on("GET", "/api/courses/:courseId/lessons/:lessonId", async (ctx) => {
      const { course, lesson } = lessonOf(ctx, lab);
      const rendered = lab.catalog.renderedLesson(course.id, lesson.id)!;
      const rows = (await lab.progress.forCourse(ctx.user!.id, course.id)).filter((r) => r.lessonId === lesson.id);
      const hints = Object.fromEntries(
        rows.filter((r) => r.hintsUsed > 0).map((r) => {
          const step = lesson.steps.find((s) => s.id === r.stepId);
          return [r.stepId, step ? step.hints.slice(0, r.hintsUsed) : []];
        }),
      );
      const index = course.lessons.indexOf(lesson);
      return {
        lesson: rendered,
        completed: rows.filter((r) => r.completedAt).map((r) => r.stepId),
        hints,
        previous: course.lessons[index - 1]?.id ?? null,
        next: course.lessons[index + 1]?.id ?? null,
      };
    });

    /** Reveals the next hint of a step (hints are only sent when asked for, and counted). */
    router.on("POST", "/api/courses/:courseId/lessons/:lessonId/steps/:stepId/hint", async (ctx) => {
      const { course, lesson } = lessonOf(ctx, lab);
      const step = lesson.steps.find((s) => s.id === ctx.params.stepId);
      if (!step) throw notFound(`Lesson "${lesson.id}" has no step "${ctx.params.stepId}".`);
      const key = { userId: ctx.user!.id, courseId: course.id, lessonId: lesson.id, stepId: step.id };
      const rows = await lab.progress.forCourse(key.userId, course.id);
      const seen = rows.find((r) => r.lessonId === lesson.id && r.stepId === step.id)?.hintsUsed ?? 0;
      if (seen >= step.hints.length) return { hints: step.hints, more: false };
      const count = await lab.progress.useHint(key);
      lab.events.emit("hint-used", key);
      return { hints: step.hints.slice(0, count), more: count < step.hints.length };
    });
  };
}

function lessonOf(ctx: RequestContext, lab: LabService) {
  const course = lab.catalog.course(ctx.params.courseId);
  if (!course) throw notFound(`There is no course "${ctx.params.courseId}".`);
  const lesson = course.lessons.find((l) => l.id === ctx.params.lessonId);
  if (!lesson) throw notFound(`Course "${course.id}" has no lesson "${ctx.params.lessonId}".`);
  return { course, lesson };
}
