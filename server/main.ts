/**
 * Podium's one process: a Node HTTP server carrying Next's pages, Podium's JSON API, socket.io and the
 * Kubernetes API of every sandbox, on one port. Start-up applies pending database migrations first.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import next from "next";
import { loadConfig } from "./config";
import { log } from "./log";
import { applyMigrations } from "./db/migrate";
import { closeDb, db } from "./db/prisma";
import { sqlitePath } from "./db/database-url";
import { createLoginLimiters } from "./auth/rate-limit";
import { createRequestHandler } from "./http/app";
import { createSocketServer } from "./realtime/socket-server";
import type { Services } from "./services";
import { createLab } from "./lab/create-lab";
import { createTeachingDeps } from "./teaching/teaching-deps";
import { dashboardSocket } from "./realtime/dashboard-socket";
import { mirrorSocket } from "./realtime/mirror-socket";
import { teacherMessagesSocket } from "./realtime/teacher-messages-socket";
import { adminLiveRoutes } from "./http/routes/admin-live-routes";

async function main() {
  const config = loadConfig();
  const applied = applyMigrations(sqlitePath());
  if (applied.length) log.info({ applied }, "database migrated");

  const version = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")).version as string;
  const services: Services = { config, db: db(), dbFile: sqlitePath(), limiters: createLoginLimiters(), version };

  const nextApp = next({ dev: config.dev, dir: process.cwd(), hostname: config.host, port: config.port });
  await nextApp.prepare();
  const nextHandle = nextApp.getRequestHandler();
  const lab = await createLab({ db: services.db, dbFile: services.dbFile, log, timeSpeed: config.timeSpeed });
  const teaching = createTeachingDeps({ db: services.db, events: lab.events, runtime: lab.lab });
  const handle = createRequestHandler(services, (req, res) => nextHandle(req, res), [...lab.routes, adminLiveRoutes(lab.lab)]);
  const server = http.createServer((req, res) => void handle(req, res, lab.mounts));
  const io = createSocketServer(server, services, [
    ...lab.sockets,
    dashboardSocket(teaching),
    mirrorSocket(teaching),
    teacherMessagesSocket(teaching),
  ]);
  lab.attach(io);
  if (config.dev) {
    const upgrade = nextApp.getUpgradeHandler();
    server.on("upgrade", (req, socket, head) => {
      if (req.url?.startsWith("/_next/")) void upgrade(req, socket, head);
    });
  }

  void lab.resumeRecent().then((n) => n && log.info({ sandboxes: n }, "resumed recently used sandboxes"));
  server.listen(config.port, config.host, () => {
    log.info({ url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`, dev: config.dev }, "Podium is listening");
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.close();
    io.close();
    server.closeIdleConnections?.();
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await lab.close().catch((err: unknown) => log.error({ err }, "could not flush sandboxes"));
    await closeDb();
    log.flush?.();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  log.fatal({ err }, "Podium failed to start");
  process.exit(1);
});
