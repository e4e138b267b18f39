/**
 * kube-proxy in iptables mode (pkg/proxy/iptables/proxier.go syncProxyRules, v1.20), as routing
 * decisions: a ClusterIP:port or nodeIP:nodePort of a service with ready endpoints is DNATed to one
 * of them chosen at random (`-m statistic --mode random`), sticky per client IP with
 * sessionAffinity ClientIP; a service port without endpoints has a `has no endpoints` REJECT rule
 * (icmp-port-unreachable, which curl reports as "Connection refused"); a ClusterIP port that no
 * service declares has no rule at all, so the packet leaves by the default route and times out.
 */
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";

export type ServiceRoute =
  | { kind: "backend"; ip: string; port: number; service: KubeObject }
  | { kind: "reject" }
  | { kind: "none" };

type ServicePort = { name?: string; port: number; nodePort?: number; protocol?: string };

/** The ready (ip, port) pairs behind one service port, from its Endpoints (ports matched by name). */
export function readyBackends(lister: StoreLister, svc: KubeObject, sp: ServicePort): { ip: string; port: number }[] {
  const ep = lister.peek("endpoints", svc.metadata.namespace ?? "", svc.metadata.name ?? "");
  const out: { ip: string; port: number }[] = [];
  for (const subset of (ep?.subsets ?? []) as { addresses?: { ip: string }[]; ports?: ServicePort[] }[]) {
    const port = subset.ports?.find((p) => (p.name ?? "") === (sp.name ?? "") && (p.protocol ?? "TCP") === (sp.protocol ?? "TCP"));
    if (!port) continue;
    for (const a of subset.addresses ?? []) out.push({ ip: a.ip, port: port.port });
  }
  return out;
}

export class ServiceProxy {
  private readonly affinity = new Map<string, string>();

  constructor(
    private readonly lister: StoreLister,
    private readonly random: () => number,
  ) {}

  private pick(svc: KubeObject, sp: ServicePort, clientIP: string): ServiceRoute {
    const backends = readyBackends(this.lister, svc, sp);
    if (!backends.length) return { kind: "reject" };
    const stickyKey = `${svc.metadata.uid}/${sp.port}/${clientIP}`;
    if (svc.spec?.sessionAffinity === "ClientIP") {
      const prev = this.affinity.get(stickyKey);
      const found = backends.find((b) => `${b.ip}:${b.port}` === prev);
      if (found) return { kind: "backend", ...found, service: svc };
    }
    const chosen = backends[Math.min(backends.length - 1, Math.floor(this.random() * backends.length))];
    if (svc.spec?.sessionAffinity === "ClientIP") this.affinity.set(stickyKey, `${chosen.ip}:${chosen.port}`);
    return { kind: "backend", ...chosen, service: svc };
  }

  /** Traffic to a ClusterIP. */
  viaClusterIP(ip: string, port: number, clientIP: string): ServiceRoute | undefined {
    const svc = this.lister.scan("services").find((s) => s.spec?.clusterIP === ip);
    if (!svc) return undefined;
    const sp = ((svc.spec?.ports ?? []) as ServicePort[]).find((p) => p.port === port && (p.protocol ?? "TCP") === "TCP");
    return sp ? this.pick(svc, sp, clientIP) : { kind: "none" };
  }

  /** Traffic to nodeIP:nodePort (NodePort and LoadBalancer services). */
  viaNodePort(port: number, clientIP: string): ServiceRoute {
    for (const svc of this.lister.scan("services")) {
      const sp = ((svc.spec?.ports ?? []) as ServicePort[]).find((p) => p.nodePort === port && (p.protocol ?? "TCP") === "TCP");
      if (sp) return this.pick(svc, sp, clientIP);
    }
    return { kind: "none" };
  }
}
