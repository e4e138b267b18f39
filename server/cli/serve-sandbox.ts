/**
 * Serves a sandbox's Kubernetes API over plain HTTP on a loopback address, without authentication, so a
 * real kubectl or client library can be pointed at it (`npm run -s sandbox -- --serve 127.0.0.1:PORT`,
 * the kubectl compatibility tests, bench/kube-api.ts). Two forms:
 *
 *   serveSandbox(sandbox, "127.0.0.1:8443")   the CLI sandbox's cluster, once `minikube start` has run
 *   serveSandbox("127.0.0.1", 8443, { speed }) a fresh cluster as `minikube start` leaves it, on a
 *                                              SystemClock at `speed`
 *
 * Both listen until SIGINT (or `close()`).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Cluster } from "../cluster/contracts";
import { createCluster, type SimulatedCluster } from "../cluster/create-cluster";
import { simulatedNode } from "../cluster/kubelet/simulated-node";
import { createKubeApiHttpHandler, type ResolveResult } from "../kube-api/http-adapter";
import type { Sandbox } from "../sandbox/sandbox";
import { SystemClock } from "../sandbox/system-clock";

export interface ServedSandbox {
  /** `http://127.0.0.1:PORT`, for a kubeconfig's `server:`. */
  url: string;
  server: Server;
  /** The fresh cluster (form 2 only). */
  cluster?: SimulatedCluster;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Simulated seconds per real second for a fresh cluster (default 1). */
  speed?: number;
  /** Stop on SIGINT (default true; tests pass false and call close()). */
  untilSigint?: boolean;
}

/** A fresh minikube-like cluster: the core controllers plus the simulated node, bootstrapped. */
export function createMinikubeCluster(speed = 1): SimulatedCluster {
  const clock = new SystemClock(speed);
  const node = simulatedNode({ clock });
  return createCluster({ clock, controllers: node.controllers, network: node.network, logs: node.logs });
}

function listen(resolve: () => Promise<ResolveResult>, host: string, port: number, opts: ServeOptions): Promise<ServedSandbox> {
  const handler = createKubeApiHttpHandler({ resolve });
  const server = createServer((req, res) => void handler(req, res));
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const served: ServedSandbox = {
        url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
        server,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      };
      if (opts.untilSigint !== false) {
        process.once("SIGINT", () => {
          void served.close().then(() => process.exit(0));
        });
      }
      done(served);
    });
  });
}

function splitAddress(address: string): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(address);
  if (!m) throw new Error(`serve: expected HOST:PORT, got "${address}"`);
  return { host: m[1], port: Number(m[2]) };
}

export function serveSandbox(sandbox: Sandbox, address: string, opts?: ServeOptions): Promise<ServedSandbox>;
export function serveSandbox(host: string, port: number, opts?: ServeOptions): Promise<ServedSandbox>;
export async function serveSandbox(target: Sandbox | string, where: string | number, opts: ServeOptions = {}): Promise<ServedSandbox> {
  if (typeof target === "string") {
    const cluster = createMinikubeCluster(opts.speed);
    const served = await listen(async () => ({ cluster }), target, Number(where), opts);
    const close = served.close;
    return {
      ...served,
      cluster,
      close: async () => {
        await close();
        cluster.stop();
      },
    };
  }
  const { host, port } = splitAddress(String(where));
  return listen(
    async (): Promise<ResolveResult> => {
      const cluster: Cluster | null = await target.runningCluster();
      // A stopped minikube refuses connections; 503 is the nearest an open socket can say.
      return cluster ? { cluster } : { status: 503, message: "the sandbox's cluster is not running: run `minikube start` first" };
    },
    host,
    port,
    opts,
  );
}
