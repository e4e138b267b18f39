import { z } from "zod";
import type { Router } from "../router";
import { parseBody } from "../router";
import { createUser } from "../../accounts/users";
import { displayNameSchema, passwordSchema, usernameSchema } from "../../accounts/usernames";
import { LOCALES, ROLES } from "../../auth/roles";
import { parseCourses } from "../../cohorts/cohort-settings";
import { readSiteSettings, siteSettingsSchema, writeSiteSettings } from "../../teaching/site-settings";
import { updateUser } from "../../teaching/user-admin";

const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: z.enum(["admin", "teacher"]),
  locale: z.enum(LOCALES).optional(),
});

const userPatchSchema = z.object({
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  displayName: displayNameSchema.optional(),
});

/** Admin-only routes; the access policy has already refused everyone else. */
export function adminRoutes(router: Router): void {
  router.on("GET", "/api/admin/users", async (ctx) => {
    const users = await ctx.services.db.user.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, username: true, displayName: true, role: true, disabled: true, createdAt: true },
    });
    return { users };
  });

  router.on("POST", "/api/admin/users", async (ctx) => {
    const input = await parseBody(ctx, newUserSchema);
    const user = await createUser(ctx.services.db, input);
    ctx.res.statusCode = 201;
    return { user: { id: user.id, username: user.username, role: user.role } };
  });

  router.on("PATCH", "/api/admin/users/:id", async (ctx) => {
    const patch = await parseBody(ctx, userPatchSchema);
    return { user: await updateUser(ctx.services.db, ctx.user!, ctx.params.id, patch) };
  });

  router.on("GET", "/api/admin/cohorts", async (ctx) => {
    const cohorts = await ctx.services.db.cohort.findMany({
      orderBy: { createdAt: "desc" },
      include: { memberships: { select: { role: true, user: { select: { displayName: true, username: true } } } } },
    });
    return {
      cohorts: cohorts.map((c) => ({
        id: c.id, name: c.name, archived: c.archived, courses: parseCourses(c.courses), createdAt: c.createdAt,
        teachers: c.memberships.filter((m) => m.role === "teacher").map((m) => m.user.displayName),
        students: c.memberships.filter((m) => m.role === "student").length,
      })),
    };
  });

  router.on("GET", "/api/admin/settings", async (ctx) => ({ settings: await readSiteSettings(ctx.services.db) }));

  router.on("PUT", "/api/admin/settings", async (ctx) => {
    const settings = await parseBody(ctx, siteSettingsSchema);
    await writeSiteSettings(ctx.services.db, settings);
    return { settings };
  });
}
