/**
 * `kubectl proxy` (kubectl/pkg/proxy/proxy_server.go): holds a host port and forwards each request to
 * the API server, keeping the caller's User-Agent so curl gets indented JSON. Default filters as
 * upstream: exec/attach paths refused. The port is bound first and kubectl announces it only then
 * (proxy.go RunProxy), so a port in use prints just the listen error.
 */
import type { Sandbox } from "../../sandbox/sandbox";
import type { HostResult } from "../../sandbox/host-ports";
import type { ProxyListener, ProxyRequest } from "../kubectl/io";
import { toApiRequest, type KubeApiHandler } from "./in-process-transport";
import { isStreamResponse } from "../../kube-api/types";

const REJECT_PATHS = [/^\/api\/.*\/pods\/.*\/exec/, /^\/api\/.*\/pods\/.*\/attach/];

export async function listenProxy(sandbox: Sandbox, handle: KubeApiHandler, req: ProxyRequest, signal: AbortSignal): Promise<ProxyListener> {
  const prefix = req.apiPrefix.endsWith("/") ? req.apiPrefix : `${req.apiPrefix}/`;
  const release = sandbox.ports.listen({
    port: req.port,
    address: req.address,
    owner: "kubectl proxy",
    handler: async (hreq): Promise<HostResult> => {
      if (!hreq.path.startsWith(prefix)) return { ok: true, status: 404, headers: { "content-type": "text/plain; charset=utf-8" }, body: "404 page not found\n" };
      const path = `/${hreq.path.slice(prefix.length)}`;
      if (REJECT_PATHS.some((re) => re.test(path))) return { ok: true, status: 403, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Forbidden\n" };
      const cluster = await sandbox.runningCluster();
      if (!cluster) {
        const body = "Error trying to reach service: 'dial tcp 192.168.49.2:8443: connect: connection refused'";
        return { ok: true, status: 503, headers: { "content-type": "text/plain; charset=utf-8" }, body };
      }
      const res = await handle(cluster, toApiRequest(hreq.method, path, hreq.headers, hreq.body, hreq.signal));
      if (isStreamResponse(res)) return { ok: true, status: res.status, headers: res.headers, stream: res.stream };
      return { ok: true, status: res.status, headers: res.headers, body: res.body };
    },
  });
  if (!release) throw new Error(`listen tcp ${req.address}:${req.port}: bind: address already in use`);
  return {
    address: `${req.address}:${req.port}`,
    async serve() {
      await sandbox.waitingOn(signal, untilAborted(signal));
      release();
      return 130;
    },
  };
}

export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
