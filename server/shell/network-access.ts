/**
 * Where a request from `curl` goes. On the host: `localhost` is the host's own ports (kubectl proxy,
 * port-forward); everything else is the cluster's network when minikube runs. In a pod: the cluster's
 * network, with `localhost` meaning the pod itself.
 */
import { isIP } from "node:net";
import type { Sandbox } from "../sandbox/sandbox";
import type { CurlNetwork } from "./curl/curl-command";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"]);

export function hostNetwork(sandbox: Sandbox): CurlNetwork {
  return async (req, signal) => {
    if (LOOPBACK.has(req.host)) {
      const listener = sandbox.ports.get(req.port);
      if (!listener) return { ok: false, error: "refused", message: "connection refused" };
      return listener.handler({ method: req.method, path: req.path, headers: req.headers, body: req.body, signal });
    }
    const cluster = await sandbox.runningCluster();
    if (!cluster) {
      // Without the minikube container there is nothing behind its network, and no DNS for names.
      return isIP(req.host) ? { ok: false, error: "unreachable", message: "no route to host" } : { ok: false, error: "unresolved", message: "could not resolve host" };
    }
    return cluster.network.request({ method: req.method, host: req.host, port: req.port, path: req.path, headers: req.headers, body: req.body });
  };
}

export function podNetwork(sandbox: Sandbox, pod: { namespace: string; name: string }): CurlNetwork {
  return async (req) => {
    const cluster = await sandbox.runningCluster();
    if (!cluster) return { ok: false, error: "unreachable", message: "no route to host" };
    const host = req.host === "[::1]" || req.host === "::1" ? "localhost" : req.host;
    return cluster.network.request({ fromPod: pod, method: req.method, host, port: req.port, path: req.path, headers: req.headers, body: req.body });
  };
}
