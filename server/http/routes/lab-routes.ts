import type { Router } from "../router";
import type { LabService } from "../../lab/lab-service";

/** Sandbox controls of the lab page. */
export function labRoutes(lab: LabService) {
  return (router: Router): void => {
    router.on("POST", "/api/lab/reset", async (ctx) => {
      await lab.resetSandbox(ctx.user!.id, ctx.user!.id);
      return { ok: true };
    });

    /** A kubeconfig for the student's own kubectl; each download issues a new token and revokes the last. */
    router.on("GET", "/api/lab/kubeconfig", async (ctx) => {
      const base = ctx.services.config.publicUrl ?? `http://${ctx.req.headers.host ?? "localhost"}`;
      const yaml = await lab.kubeconfig(ctx.user!.id, base.replace(/\/$/, ""));
      ctx.res.writeHead(200, {
        "content-type": "application/yaml; charset=utf-8",
        "content-disposition": 'attachment; filename="podium-kubeconfig.yaml"',
        "cache-control": "no-store",
      });
      ctx.res.end(yaml);
    });
  };
}
