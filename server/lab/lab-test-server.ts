/**
 * The test server with the whole lab wired in, as server/main.ts wires it (routes, sockets, the
 * Kubernetes API mount), over a throw-away database.
 */
import { startTestServer, type TestServer } from "../http/test-server";
import { log } from "../log";
import { createLab } from "./create-lab";

export type LabTestServer = TestServer & { lab: Awaited<ReturnType<typeof createLab>> };

export async function startLabTestServer(timeSpeed = 50): Promise<LabTestServer> {
  let lab: Awaited<ReturnType<typeof createLab>> | undefined;
  const server = await startTestServer({
    prepare: async (services) => {
      const l = (lab = await createLab({ db: services.db, dbFile: services.dbFile, log, timeSpeed }));
      return { routes: l.routes, sockets: l.sockets, mounts: l.mounts, listening: (io) => l.attach(io), close: () => l.close() };
    },
  });
  return Object.assign(server, { lab: lab! });
}
