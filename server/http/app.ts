/**
 * The request pipeline in front of Next: request id and log line, session lookup, CSRF origin check, the
 * access policy, Podium's JSON API, and finally Next's pages with the signed-in user passed along.
 */
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "../log";
import type { Services } from "../services";
import { decide } from "../auth/access-policy";
import { isForeignOrigin } from "../auth/origin-check";
import { readCookie, SESSION_COOKIE, userForToken } from "../auth/sessions";
import type { CurrentUser } from "../auth/roles";
import { AppError } from "./app-error";
import { sendJson, type RequestContext } from "./context";
import { respondWithError, Router } from "./router";
import { healthRoutes } from "./routes/health-routes";
import { authRoutes } from "./routes/auth-routes";
import { adminRoutes } from "./routes/admin-routes";
import { cohortRoutes } from "./routes/cohort-routes";
import { forbiddenPage } from "./forbidden-page";
import { needsSetup } from "../accounts/users";
import { readSiteSettings } from "../teaching/site-settings";

/** Header through which Next's server components learn who is signed in; never accepted from clients. */
export const USER_HEADER = "x-podium-user";
/** Header carrying the installation's default language to pages for signed-out visitors. */
export const DEFAULT_LOCALE_HEADER = "x-podium-default-locale";

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type ExtraRoutes = (router: Router) => void;
/** Handlers that take whole path prefixes before the access policy (the Kubernetes API mount); true when handled. */
export type Mounts = (ctx: RequestContext) => Promise<boolean>;

export function createRequestHandler(services: Services, pages: PageHandler, extraRoutes: ExtraRoutes[] = []) {
  const router = new Router();
  for (const add of [healthRoutes, authRoutes, adminRoutes, cohortRoutes, ...extraRoutes]) add(router);

  // The admin's default language for visitors, re-read at most every 15 s.
  let localeCache = { value: "en", until: 0 };
  const defaultLocale = async () => {
    if (Date.now() > localeCache.until) localeCache = { value: (await readSiteSettings(services.db)).defaultLocale, until: Date.now() + 15_000 };
    return localeCache.value;
  };

  // Once an account exists it always will (the last admin cannot be deleted), so the check is cached.
  let setupDone = false;

  return async function handle(req: IncomingMessage, res: ServerResponse, mounts?: Mounts) {
    const started = performance.now();
    const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || crypto.randomUUID();
    res.setHeader("x-request-id", id);
    const url = new URL(req.url ?? "/", "http://localhost");
    const reqLog = log.child({ reqId: id });
    const ctx: RequestContext = { req, res, url, params: {}, user: null, ip: req.socket.remoteAddress ?? "unknown", log: reqLog, services };
    res.on("finish", () => {
      if (url.pathname.startsWith("/_next/")) return;
      reqLog.info({ method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }, "request");
    });
    try {
      delete req.headers[USER_HEADER];
      delete req.headers[DEFAULT_LOCALE_HEADER];
      const isStatic = url.pathname.startsWith("/_next/") || url.pathname === "/favicon.ico";
      if (!isStatic && !url.pathname.startsWith("/k8s/")) {
        ctx.user = await userForToken(services.db, readCookie(req.headers.cookie, SESSION_COOKIE));
        if (isForeignOrigin(req.method ?? "GET", req.headers, services.config.publicUrl)) {
          throw new AppError(403, "foreign_origin", "Requests from other sites are not accepted.");
        }
      }
      if (mounts && (await mounts(ctx))) return;
      const decision = decide(url.pathname, ctx.user);
      if (url.pathname.startsWith("/api/")) {
        if (decision === "login") throw new AppError(401, "unauthorized", "Sign in first.");
        if (decision === "forbidden") throw new AppError(403, "forbidden", "You are not allowed to do this.");
        if (!(await router.handle(ctx))) sendJson(res, 404, { error: { code: "not_found", message: `No API route ${url.pathname}.` } });
        return;
      }
      if (isStatic) return await pages(req, res);
      if (!setupDone) setupDone = !(await needsSetup(services.db));
      if (!setupDone && url.pathname !== "/setup") {
        res.writeHead(303, { location: "/setup" }).end();
        return;
      }
      if (setupDone && url.pathname === "/setup") {
        res.writeHead(303, { location: ctx.user ? "/" : "/login" }).end();
        return;
      }
      if (decision === "login") {
        res.writeHead(303, { location: `/login?next=${encodeURIComponent(url.pathname + url.search)}` }).end();
        return;
      }
      if (decision === "forbidden") {
        res.writeHead(403, { "content-type": "text/html; charset=utf-8" }).end(forbiddenPage(ctx.user));
        return;
      }
      if (ctx.user) req.headers[USER_HEADER] = encodeUserHeader(ctx.user);
      else req.headers[DEFAULT_LOCALE_HEADER] = await defaultLocale();
      await pages(req, res);
    } catch (err) {
      respondWithError(ctx, err);
    }
  };
}

/** The value of USER_HEADER; components/i18n/server-context.ts decodes it. */
export function encodeUserHeader(user: CurrentUser): string {
  return Buffer.from(JSON.stringify(user)).toString("base64url");
}
