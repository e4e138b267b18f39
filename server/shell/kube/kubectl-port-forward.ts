/**
 * `kubectl port-forward` (kubectl/pkg/cmd/portforward, client-go/tools/portforward): holds each local
 * port and relays requests to the pod's port through the cluster network, printing upstream's
 * "Handling connection for" lines (kubectl prints the "Forwarding from" ones before calling this hook).
 */
import type { Sandbox } from "../../sandbox/sandbox";
import type { PortForwardRequest } from "../kubectl/io";
import type { CommandOutput } from "../run-context";
import { untilAborted } from "./kubectl-proxy";

export async function servePortForward(sandbox: Sandbox, req: PortForwardRequest, out: CommandOutput, signal: AbortSignal): Promise<number> {
  const releases: (() => void)[] = [];
  for (const { local, remote } of req.ports) {
    const release = sandbox.ports.listen({
      port: local,
      address: req.addresses[0] ?? "127.0.0.1",
      owner: "kubectl port-forward",
      handler: async (hreq) => {
        out.out(`Handling connection for ${local}\n`);
        const cluster = await sandbox.runningCluster();
        if (!cluster) return { ok: false, error: "refused", message: "connection refused" };
        return cluster.network.request({
          fromPod: { namespace: req.namespace, name: req.pod },
          method: hreq.method,
          host: "localhost",
          port: remote,
          path: hreq.path,
          headers: hreq.headers,
          body: hreq.body,
        });
      },
    });
    if (!release) {
      releases.forEach((r) => r());
      out.err(`Unable to listen on port ${local}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${local}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${local}: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{${local} ${remote}}]\n`);
      return 1;
    }
    releases.push(release);
  }
  await sandbox.waitingOn(signal, untilAborted(signal));
  releases.forEach((r) => r());
  return 130;
}
