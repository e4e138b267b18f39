/**
 * Assembles the lab for a running server: sandboxes persisted in the database, their command history,
 * the course catalogue and the LabService over them.
 */
import type { Db } from "../db/prisma";
import type { Logger } from "../log";
import { ClassroomEvents } from "../classroom/classroom-events";
import { SandboxManager } from "../sandbox/sandbox-manager";
import { clusterProvider, minikubeAssembly, type ClusterAssembly } from "../sandbox/cluster-provider";
import { CourseCatalog } from "./course-catalog";
import { SandboxDirectory } from "./sandbox-directory";
import { CommandHistory } from "./command-history";
import { PrismaSandboxStateStore } from "./prisma-sandbox-state-store";
import { SqliteClusterStorage } from "./sqlite-cluster-storage";
import { SqliteCommandLog } from "../db/sqlite-command-log";
import { LabService } from "./lab-service";
import { createKubeApiMount } from "./kube-api-mount";
import type { Server } from "socket.io";
import type { Mounts } from "../http/app";
import { courseRoutes } from "../http/routes/course-routes";
import { labRoutes } from "../http/routes/lab-routes";
import { labSocket } from "../realtime/lab-socket";

export async function createLab(opts: { db: Db; dbFile: string; log: Logger; timeSpeed: number; events?: ClassroomEvents }) {
  const events = opts.events ?? new ClassroomEvents();
  const directory = new SandboxDirectory(opts.db);
  const commandLog = new SqliteCommandLog(opts.dbFile);
  const history = new CommandHistory(opts.db, events, (id) => directory.ownerOf(id), opts.log, (row) => commandLog.insert(row));
  const clusterStorage = new SqliteClusterStorage(opts.dbFile);
  // A failing controller is logged and retried, never thrown out of a student's command.
  const assembly: ClusterAssembly = (clock) => ({
    ...minikubeAssembly(clock),
    onControllerError: (err, controller, key) => opts.log.error({ err, controller, key }, "controller failed"),
  });
  const sandboxes = new SandboxManager({
    clusters: clusterProvider(clusterStorage, assembly),
    store: new PrismaSandboxStateStore(opts.db),
    history,
    speed: opts.timeSpeed,
  });
  sandboxes.startEviction();
  const catalog = await CourseCatalog.load();
  const lab = new LabService({ db: opts.db, log: opts.log, events, catalog, sandboxes, directory, history });
  const kubeApi = createKubeApiMount(opts.db, directory, sandboxes);
  const mounts: Mounts = async (ctx) => {
    if (!kubeApi.matches(ctx.url.pathname)) return false;
    await kubeApi.handle(ctx.req, ctx.res);
    return true;
  };
  return {
    lab,
    events,
    sandboxes,
    /** What the HTTP server needs: JSON routes, socket features, the /k8s/ mount. */
    routes: [courseRoutes(lab), labRoutes(lab)],
    sockets: [labSocket(lab)],
    mounts,
    /** Connects the lab's outgoing events to socket.io rooms once the server exists. */
    attach(io: Server) {
      lab.setOutlets({ toUser: (userId, event, payload) => io.to(`user:${userId}`).emit(event, payload) });
    },
    /**
     * Brings back, in the background, the clusters of students who were working shortly before the
     * server stopped, so their pods and rollouts carry on without waiting for a visit. Others load on
     * first use; idle ones are evicted again by the manager.
     */
    async resumeRecent(withinMs = 15 * 60_000) {
      const since = new Date(Date.now() - withinMs);
      const active = await opts.db.commandLog.findMany({ where: { startedAt: { gt: since } }, select: { sandboxId: true }, distinct: ["sandboxId"] });
      const recent = await opts.db.sandbox.findMany({
        where: { state: "running", OR: [{ updatedAt: { gt: since } }, { id: { in: active.map((a) => a.sandboxId) } }] },
        select: { id: true },
      });
      for (const s of recent) {
        await directory.ownerOfStored(s.id);
        await sandboxes.get(s.id).catch((err: unknown) => opts.log.error({ err, sandbox: s.id }, "could not resume a sandbox"));
      }
      return recent.length;
    },
    async close() {
      await lab.close();
      await sandboxes.close();
      clusterStorage.close();
      commandLog.close();
    },
  };
}
