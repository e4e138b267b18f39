/**
 * A small method + path router for Podium's JSON API. Route files stay thin: they validate input with a zod
 * schema and call the domain modules. Every error becomes a JSON answer here, in one place.
 */
import { ZodError, type ZodType } from "zod";
import { AppError, badRequest } from "./app-error";
import { readJson, sendJson, type RequestContext } from "./context";

export type Handler = (ctx: RequestContext) => Promise<unknown>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      "^" + path.replace(/:([a-zA-Z]+)/g, (_, k: string) => (keys.push(k), "([^/]+)")) + "/?$",
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  /** Returns false when no route matches the path (so the caller can answer 404). */
  async handle(ctx: RequestContext): Promise<boolean> {
    const pathMatches = this.routes.filter((r) => r.pattern.test(ctx.url.pathname));
    if (pathMatches.length === 0) return false;
    const route = pathMatches.find((r) => r.method === ctx.req.method);
    try {
      if (!route) throw new AppError(405, "method_not_allowed", `${ctx.req.method} is not allowed here.`);
      const m = route.pattern.exec(ctx.url.pathname)!;
      route.keys.forEach((k, i) => (ctx.params[k] = decodeURIComponent(m[i + 1])));
      const result = await route.handler(ctx);
      // A handler may have chosen the status (201 Created); the default is 200.
      if (!ctx.res.headersSent) sendJson(ctx.res, ctx.res.statusCode || 200, result ?? { ok: true });
    } catch (err) {
      respondWithError(ctx, err);
    }
    return true;
  }
}

export function respondWithError(ctx: RequestContext, err: unknown): void {
  if (ctx.res.headersSent) {
    ctx.res.destroy();
    return;
  }
  if (err instanceof AppError) {
    const headers: Record<string, string> = {};
    if (err.details?.retryAfterSeconds) headers["retry-after"] = String(err.details.retryAfterSeconds);
    sendJson(ctx.res, err.status, { error: { code: err.code, message: err.message, ...err.details } }, headers);
    return;
  }
  ctx.log.error({ err }, "request failed");
  sendJson(ctx.res, 500, { error: { code: "internal", message: "Something went wrong on the server." } });
}

/** Reads and validates a JSON body against a schema; the first problem becomes a 400 message. */
export async function parseBody<T>(ctx: RequestContext, schema: ZodType<T>): Promise<T> {
  const raw = await readJson(ctx);
  try {
    return schema.parse(raw);
  } catch (err) {
    if (err instanceof ZodError) {
      const issue = err.issues[0];
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      throw badRequest(`${where}${issue.message}`, { field: issue.path.join(".") });
    }
    throw err;
  }
}
