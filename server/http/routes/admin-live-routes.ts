/**
 * The admin page's live figures: who is connected, how many clusters are in memory, the process' memory
 * and the database's size. Needs the student runtime, so server/main.ts passes it in.
 */
import type { Router } from "../router";
import type { StudentRuntime } from "../../classroom/student-runtime";
import { databaseBytes } from "../../teaching/user-admin";

export function adminLiveRoutes(runtime: Pick<StudentRuntime, "liveFigures">) {
  return (router: Router): void => {
    router.on("GET", "/api/admin/live", async (ctx) => {
      const memory = process.memoryUsage();
      return {
        ...runtime.liveFigures(),
        memory: { rss: memory.rss, heapUsed: memory.heapUsed },
        databaseBytes: await databaseBytes(ctx.services.db),
        uptimeSeconds: Math.round(process.uptime()),
      };
    });
  };
}
