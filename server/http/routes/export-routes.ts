/**
 * CSV downloads of a cohort's progress and command history. Registered by cohort-routes.ts.
 */
import type { Router } from "../router";
import type { RequestContext } from "../context";
import { requireCohortTeacher } from "../../cohorts/cohort-access";
import { attachmentHeader, commandsCsv, progressCsv } from "../../teaching/cohort-exports";
import { defaultCourseOutlines } from "../../teaching/course-outlines";

function sendCsv(ctx: RequestContext, filename: string, csv: string) {
  ctx.res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": attachmentHeader(filename),
    "cache-control": "no-store",
  });
  ctx.res.end(csv);
}

const day = () => new Date().toISOString().slice(0, 10);

export function exportRoutes(router: Router): void {
  router.on("GET", "/api/teach/cohorts/:id/export/progress.csv", async (ctx) => {
    const cohort = await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    sendCsv(ctx, `${cohort.name} progress ${day()}.csv`, await progressCsv(ctx.services.db, cohort.id, defaultCourseOutlines, ctx.user!.locale));
  });

  router.on("GET", "/api/teach/cohorts/:id/export/commands.csv", async (ctx) => {
    const cohort = await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    sendCsv(ctx, `${cohort.name} commands ${day()}.csv`, await commandsCsv(ctx.services.db, cohort.id));
  });
}
