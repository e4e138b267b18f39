/**
 * A cohort's people: CSV roster import, removing or moving a student, resetting a student's password,
 * adding and removing co-teachers. Registered by cohort-routes.ts.
 */
import { z } from "zod";
import type { Router } from "../router";
import { parseBody } from "../router";
import { requireCohortStudent, requireCohortTeacher } from "../../cohorts/cohort-access";
import { addCoTeacher, moveStudent, removeCoTeacher, removeStudent, resetStudentPassword } from "../../cohorts/cohort-members";
import { passwordSchema } from "../../accounts/usernames";
import { importRoster } from "../../teaching/roster-import";
import { readSiteSettings } from "../../teaching/site-settings";

const rosterSchema = z.object({ csv: z.string().min(1, "Paste or upload a CSV file.").max(60_000) });

export function teacherRosterRoutes(router: Router): void {
  router.on("POST", "/api/teach/cohorts/:id/roster", async (ctx) => {
    const { db } = ctx.services;
    await requireCohortTeacher(db, ctx.user, ctx.params.id);
    const { csv } = await parseBody(ctx, rosterSchema);
    return importRoster(db, ctx.params.id, csv, (await readSiteSettings(db)).defaultLocale);
  });

  router.on("DELETE", "/api/teach/cohorts/:id/students/:userId", async (ctx) => {
    await requireCohortStudent(ctx.services.db, ctx.user, ctx.params.id, ctx.params.userId);
    await removeStudent(ctx.services.db, ctx.params.id, ctx.params.userId);
    return { ok: true };
  });

  /** Both cohorts must be the caller's. */
  router.on("POST", "/api/teach/cohorts/:id/students/:userId/move", async (ctx) => {
    const { db } = ctx.services;
    const { toCohortId } = await parseBody(ctx, z.object({ toCohortId: z.string().min(1).max(40) }));
    await requireCohortStudent(db, ctx.user, ctx.params.id, ctx.params.userId);
    await requireCohortTeacher(db, ctx.user, toCohortId);
    await moveStudent(db, ctx.params.id, toCohortId, ctx.params.userId);
    return { ok: true };
  });

  /** Without a password in the body one is generated and returned once. */
  router.on("POST", "/api/teach/cohorts/:id/students/:userId/password", async (ctx) => {
    const { db } = ctx.services;
    const { password } = await parseBody(ctx, z.object({ password: passwordSchema.optional() }));
    await requireCohortStudent(db, ctx.user, ctx.params.id, ctx.params.userId);
    const next = await resetStudentPassword(db, ctx.params.userId, password);
    return password ? { ok: true } : { ok: true, generatedPassword: next };
  });

  router.on("POST", "/api/teach/cohorts/:id/teachers", async (ctx) => {
    const { db } = ctx.services;
    await requireCohortTeacher(db, ctx.user, ctx.params.id);
    const { username } = await parseBody(ctx, z.object({ username: z.string().trim().min(1).max(40) }));
    const teacher = await addCoTeacher(db, ctx.params.id, username);
    return { teacher: { id: teacher.id, username: teacher.username, displayName: teacher.displayName } };
  });

  router.on("DELETE", "/api/teach/cohorts/:id/teachers/:userId", async (ctx) => {
    await requireCohortTeacher(ctx.services.db, ctx.user, ctx.params.id);
    await removeCoTeacher(ctx.services.db, ctx.params.id, ctx.params.userId);
    return { ok: true };
  });
}
