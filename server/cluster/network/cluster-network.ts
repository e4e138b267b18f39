/**
 * The simulated network (ClusterNetwork of contracts.ts): HTTP requests from the minikube host or from
 * inside a pod reach the simulated app listening on a pod IP and port — directly, through a
 * ClusterIP, through nodeIP:nodePort, through a service name (from pods), or through localhost
 * (inside a pod). Failures look like curl's: nothing listening on a live address is "Connection
 * refused", a service port without ready endpoints is refused by kube-proxy's REJECT rule, an
 * address nobody owns on the pod bridge is "No route to host" (ARP gets no answer), an unknown
 * ClusterIP port or an address outside the cluster times out, and an unknown name does not resolve.
 */
import type { ClusterNetwork, NetworkRequest, NetworkResult } from "../contracts";
import type { StoreLister } from "../store/store-hooks";
import type { NodeRuntime } from "../kubelet/container-runtime";
import { POD_GATEWAY } from "../kubelet/ip-allocator";
import { resolveService, serviceForName } from "./service-dns";
import { ServiceProxy } from "./service-proxy";

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const CURL_USER_AGENT = "curl/7.68.0";

export interface ClusterNetworkOptions {
  lister: StoreLister;
  runtime: NodeRuntime;
  /** Load-balancing choice in [0,1) (kube-proxy's random statistic); injectable for tests. */
  random?: () => number;
}

const fail = (error: "refused" | "timeout" | "unresolved" | "unreachable", host: string, port: number): NetworkResult => {
  const why = { refused: "Connection refused", timeout: "Connection timed out", unreachable: "No route to host", unresolved: "" }[error];
  return { ok: false, error, message: error === "unresolved" ? `Could not resolve host: ${host}` : `Failed to connect to ${host} port ${port}: ${why}` };
};

export class SimulatedClusterNetwork implements ClusterNetwork {
  private readonly proxy: ServiceProxy;

  constructor(private readonly opts: ClusterNetworkOptions) {
    this.proxy = new ServiceProxy(opts.lister, opts.random ?? Math.random);
  }

  nodeIP(): string {
    return this.opts.runtime.nodeIP;
  }

  async request(req: NetworkRequest): Promise<NetworkResult> {
    const from = req.fromPod ? this.opts.lister.peek("pods", req.fromPod.namespace, req.fromPod.name) : undefined;
    const sourceIP: string = from?.status?.podIP ?? POD_GATEWAY;
    const host = req.host.toLowerCase();
    let ip: string | undefined;
    if (host === "localhost" || host === "127.0.0.1") ip = from ? from.status?.podIP : "127.0.0.1";
    else if (IPV4.test(host)) ip = host;
    else if (host === "minikube" || host === "host.minikube.internal") ip = this.nodeIP();
    else if (req.fromPod) {
      const svc = serviceForName(this.opts.lister, host, req.fromPod.namespace);
      const addrs = svc ? resolveService(this.opts.lister, svc) : [];
      ip = addrs[0];
    }
    if (!ip) return fail("unresolved", req.host, req.port);
    return this.route(req, ip, sourceIP);
  }

  private route(req: NetworkRequest, ip: string, sourceIP: string): NetworkResult {
    if (ip === "127.0.0.1") return fail("refused", req.host, req.port);
    if (ip === this.nodeIP() || ip === POD_GATEWAY) {
      const route = this.proxy.viaNodePort(req.port, sourceIP);
      // NodePort traffic is masqueraded to the node's bridge address (externalTrafficPolicy Cluster).
      if (route.kind === "backend") return this.deliver(req, route.ip, route.port, POD_GATEWAY);
      return fail("refused", req.host, req.port);
    }
    const viaService = this.proxy.viaClusterIP(ip, req.port, sourceIP);
    if (viaService) {
      if (viaService.kind === "backend") return this.deliver(req, viaService.ip, viaService.port, sourceIP);
      return fail(viaService.kind === "reject" ? "refused" : "timeout", req.host, req.port);
    }
    if (ip.startsWith("172.17.")) {
      if (!this.opts.runtime.ips.isUsed(ip)) return fail("unreachable", req.host, req.port);
      return this.deliver(req, ip, req.port, sourceIP);
    }
    return fail("timeout", req.host, req.port);
  }

  private deliver(req: NetworkRequest, ip: string, port: number, clientIP: string): NetworkResult {
    const listener = this.opts.runtime.listener(ip, port);
    if (!listener) return fail("refused", req.host, req.port);
    if (!listener.process.handle) {
      // A TCP server that does not speak HTTP closes the connection: curl's "Empty reply from server".
      return { ok: false, error: "refused", message: "Empty reply from server" };
    }
    const headers: Record<string, string> = {
      host: req.port === 80 ? req.host : `${req.host}:${req.port}`,
      "user-agent": CURL_USER_AGENT,
      accept: "*/*",
    };
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    const res = listener.process.handle({ method: req.method, path: req.path || "/", headers, body: req.body, clientIP, port });
    return { ok: true, status: res.status, headers: res.headers, body: res.body };
  }
}
