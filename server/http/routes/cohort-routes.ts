/**
 * The teaching API: cohorts (create, rename, archive, courses, join code) and, through the files it
 * registers, roster and co-teachers (teacher-roster-routes.ts), the dashboard and student detail
 * (teacher-dashboard-routes.ts) and CSV exports (export-routes.ts). The access policy admits teachers and
 * admins to /api/teach; every route naming a cohort checks it with requireCohortTeacher.
 */
import type { Router } from "../router";
import { parseBody } from "../router";
import { requireCohortTeacher, taughtCohortsWhere } from "../../cohorts/cohort-access";
import { listMembers } from "../../cohorts/cohort-members";
import { cohortPatchSchema, createCohort, joinCodePatchSchema, newCohortSchema, parseCourses, updateCohort, updateJoinCode } from "../../cohorts/cohort-settings";
import { defaultCourseOutlines } from "../../teaching/course-outlines";
import { teacherRosterRoutes } from "./teacher-roster-routes";
import { teacherDashboardRoutes } from "./teacher-dashboard-routes";
import { exportRoutes } from "./export-routes";

type CohortRow = { id: string; name: string; joinCode: string; archived: boolean; courses: string; codeExpires: Date | null; codeMaxUses: number | null; codeUses: number; createdAt: Date };

function cohortView(c: CohortRow) {
  return {
    id: c.id, name: c.name, joinCode: c.joinCode, archived: c.archived, courses: parseCourses(c.courses),
    codeExpires: c.codeExpires, codeMaxUses: c.codeMaxUses, codeUses: c.codeUses, createdAt: c.createdAt,
  };
}

const knownCourseIds = async () => (await defaultCourseOutlines()).map((c) => c.id);

export function cohortRoutes(router: Router): void {
  router.on("GET", "/api/teach/courses", async () => ({
    courses: (await defaultCourseOutlines()).map((c) => ({ id: c.id, title: c.title, steps: c.steps.length })),
  }));

  router.on("GET", "/api/teach/cohorts", async (ctx) => {
    const cohorts = await ctx.services.db.cohort.findMany({
      where: taughtCohortsWhere(ctx.user!),
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { memberships: { where: { role: "student" } } } } },
    });
    return { cohorts: cohorts.map((c) => ({ ...cohortView(c), students: c._count.memberships })) };
  });

  router.on("POST", "/api/teach/cohorts", async (ctx) => {
    const input = await parseBody(ctx, newCohortSchema);
    const cohort = await createCohort(ctx.services.db, ctx.user!, input, await knownCourseIds());
    return { cohort: cohortView(cohort) };
  });

  router.on("GET", "/api/teach/cohorts/:id", async (ctx) => {
    await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    const cohort = await ctx.services.db.cohort.findUniqueOrThrow({ where: { id: ctx.params.id } });
    return { cohort: cohortView(cohort), ...(await listMembers(ctx.services.db, cohort.id)) };
  });

  router.on("PATCH", "/api/teach/cohorts/:id", async (ctx) => {
    await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    const patch = await parseBody(ctx, cohortPatchSchema);
    return { cohort: cohortView(await updateCohort(ctx.services.db, ctx.params.id, patch, await knownCourseIds())) };
  });

  router.on("POST", "/api/teach/cohorts/:id/join-code", async (ctx) => {
    await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    const patch = await parseBody(ctx, joinCodePatchSchema);
    return { cohort: cohortView(await updateJoinCode(ctx.services.db, ctx.params.id, patch)) };
  });

  teacherRosterRoutes(router);
  teacherDashboardRoutes(router);
  exportRoutes(router);
}
