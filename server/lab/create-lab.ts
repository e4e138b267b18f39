/**
 * Assembles the lab for a running server: sandboxes persisted in the database, their command history,
 * the course catalogue and the LabService over them.
 */
import type { Db } from "../db/prisma";
import type { Logger } from "../log";
import { ClassroomEvents } from "../classroom/classroom-events";
import { SandboxManager } from "../sandbox/sandbox-manager";
import { clusterProvider } from "../sandbox/cluster-provider";
import { CourseCatalog } from "./course-catalog";
import { SandboxDirectory } from "./sandbox-directory";
import { CommandHistory } from "./command-history";
import { PrismaSandboxStateStore } from "./prisma-sandbox-state-store";
import { PrismaClusterStorage } from "./prisma-cluster-storage";
import { LabService } from "./lab-service";
import { createKubeApiMount } from "./kube-api-mount";

export async function createLab(opts: { db: Db; log: Logger; timeSpeed: number; events?: ClassroomEvents }) {
  const events = opts.events ?? new ClassroomEvents();
  const directory = new SandboxDirectory(opts.db);
  const history = new CommandHistory(opts.db, events, (id) => directory.ownerOf(id), opts.log);
  const sandboxes = new SandboxManager({
    clusters: clusterProvider(new PrismaClusterStorage(opts.db)),
    store: new PrismaSandboxStateStore(opts.db),
    history,
    speed: opts.timeSpeed,
  });
  sandboxes.startEviction();
  const catalog = await CourseCatalog.load();
  const lab = new LabService({ db: opts.db, log: opts.log, events, catalog, sandboxes, directory, history });
  const kubeApi = createKubeApiMount(opts.db, directory, sandboxes);
  return {
    lab,
    events,
    sandboxes,
    kubeApi,
    async close() {
      lab.close();
      await sandboxes.close();
    },
  };
}
