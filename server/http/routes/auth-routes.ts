import { z } from "zod";
import type { Router } from "../router";
import { parseBody } from "../router";
import { checkCredentials, createUser, needsSetup } from "../../accounts/users";
import { displayNameSchema, passwordSchema, usernameSchema } from "../../accounts/usernames";
import { clearedSessionCookie, createSession, deleteSession, readCookie, SESSION_COOKIE, sessionCookie } from "../../auth/sessions";
import { AppError, forbidden, tooManyRequests, unauthorized } from "../app-error";
import type { RequestContext } from "../context";
import { LOCALES } from "../../auth/roles";
import { joinCohortAsStudent } from "../../cohorts/join-codes";
import { readSiteSettings } from "../../teaching/site-settings";

const localeSchema = z.enum(LOCALES).optional();
const loginSchema = z.object({ username: z.string().trim().toLowerCase().max(100), password: z.string().max(200) });
const setupSchema = z.object({ username: usernameSchema, displayName: displayNameSchema, password: passwordSchema, locale: localeSchema });
const joinSchema = setupSchema.extend({ code: z.string().trim().toUpperCase().min(4).max(32) });

async function startSession(ctx: RequestContext, userId: string) {
  const { config, db } = ctx.services;
  const { sessionDays } = await readSiteSettings(db);
  const { token, expiresAt } = await createSession(db, userId, sessionDays * 86_400_000, {
    userAgent: ctx.req.headers["user-agent"],
    ip: ctx.ip,
  });
  ctx.res.setHeader("set-cookie", sessionCookie(token, expiresAt, config.secureCookies));
}

export function authRoutes(router: Router): void {
  router.on("GET", "/api/auth/state", async (ctx) => ({
    needsSetup: await needsSetup(ctx.services.db),
    user: ctx.user,
  }));

  /** First run: creates the admin, only while no user exists. */
  router.on("POST", "/api/auth/setup", async (ctx) => {
    const input = await parseBody(ctx, setupSchema);
    if (!(await needsSetup(ctx.services.db))) throw forbidden("Podium is already set up.");
    const user = await createUser(ctx.services.db, { ...input, role: "admin" });
    await startSession(ctx, user.id);
    return { ok: true, role: user.role };
  });

  router.on("POST", "/api/auth/login", async (ctx) => {
    const { username, password } = await parseBody(ctx, loginSchema);
    const { perAccount, perIp } = ctx.services.limiters;
    const wait = Math.max(perAccount.retryAfter(username), perIp.retryAfter(ctx.ip));
    if (wait > 0) throw tooManyRequests(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.`, wait);
    const user = await checkCredentials(ctx.services.db, username, password);
    if (!user) {
      perAccount.fail(username);
      perIp.fail(ctx.ip);
      throw new AppError(401, "bad_credentials", "Wrong username or password.");
    }
    perAccount.reset(username);
    await startSession(ctx, user.id);
    return { ok: true, role: user.role };
  });

  router.on("POST", "/api/auth/logout", async (ctx) => {
    const token = readCookie(ctx.req.headers.cookie, SESSION_COOKIE);
    if (token) await deleteSession(ctx.services.db, token);
    ctx.res.setHeader("set-cookie", clearedSessionCookie(ctx.services.config.secureCookies));
    return { ok: true };
  });

  /** Sign-up is only by a cohort's join code. */
  router.on("POST", "/api/auth/join", async (ctx) => {
    const input = await parseBody(ctx, joinSchema);
    const user = await joinCohortAsStudent(ctx.services.db, input);
    await startSession(ctx, user.id);
    return { ok: true, role: user.role };
  });

  router.on("PATCH", "/api/me", async (ctx) => {
    if (!ctx.user) throw unauthorized();
    const { locale } = await parseBody(ctx, z.object({ locale: z.enum(LOCALES) }));
    await ctx.services.db.user.update({ where: { id: ctx.user.id }, data: { locale } });
    return { ok: true, locale };
  });

  router.on("GET", "/api/me", async (ctx) => {
    if (!ctx.user) throw unauthorized();
    return { user: ctx.user };
  });
}
