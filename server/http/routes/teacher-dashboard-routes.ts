/**
 * The persisted half of the live dashboard and of a student's detail page; the live half (presence,
 * completions as they happen, the terminal) comes over socket.io. Registered by cohort-routes.ts.
 */
import type { Router } from "../router";
import { requireCohortStudent, requireCohortTeacher } from "../../cohorts/cohort-access";
import { defaultCourseOutlines } from "../../teaching/course-outlines";
import { loadDashboard } from "../../teaching/dashboard-loader";
import { parseCourses } from "../../cohorts/cohort-settings";
import { commandHistory, studentProgress } from "../../teaching/student-detail";

export function teacherDashboardRoutes(router: Router): void {
  router.on("GET", "/api/teach/cohorts/:id/dashboard", async (ctx) => {
    await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    return loadDashboard(ctx.services.db, ctx.params.id, defaultCourseOutlines);
  });

  router.on("GET", "/api/teach/cohorts/:id/students/:userId", async (ctx) => {
    const { db } = ctx.services;
    const { cohort, student } = await requireCohortStudent(db, ctx.user, ctx.params.id, ctx.params.userId);
    const { courses } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { courses: true } });
    const assigned = parseCourses(courses);
    const steps = (await defaultCourseOutlines()).filter((c) => assigned.includes(c.id)).flatMap((c) => c.steps);
    return { cohort, student, steps, progress: await studentProgress(db, student.id) };
  });

  /** ?q= filters by a substring of the command, ?failed=1 keeps failures, ?before=<id> pages back. */
  router.on("GET", "/api/teach/cohorts/:id/students/:userId/commands", async (ctx) => {
    const { db } = ctx.services;
    await requireCohortStudent(db, ctx.user, ctx.params.id, ctx.params.userId);
    const q = ctx.url.searchParams;
    const before = Number(q.get("before"));
    return commandHistory(db, ctx.params.userId, {
      query: q.get("q")?.slice(0, 200) || undefined,
      failedOnly: q.get("failed") === "1",
      before: Number.isInteger(before) && before > 0 ? before : undefined,
    });
  });
}
