import type { Router } from "../router";
import { sendJson } from "../context";

export function healthRoutes(router: Router): void {
  /** Load balancers and the host's monitoring poll this; 503 when the database does not answer. */
  router.on("GET", "/api/health", async (ctx) => {
    let dbOk = true;
    try {
      await ctx.services.db.$queryRawUnsafe("SELECT 1");
    } catch {
      dbOk = false;
    }
    sendJson(ctx.res, dbOk ? 200 : 503, { status: dbOk ? "ok" : "degraded", db: dbOk ? "ok" : "unreachable", version: ctx.services.version });
  });
}
