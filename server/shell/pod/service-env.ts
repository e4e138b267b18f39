/**
 * The service environment variables the kubelet gives a container (pkg/kubelet/envvars/envvars.go
 * FromServices; kubelet_pods.go getServiceEnvVarMap): every service of the pod's namespace that existed
 * when the pod was created, plus `kubernetes` from default, each with a ClusterIP. Within one service
 * the order is the one the seed's `kubectl exec POD -- env` shows.
 */
import type { KubeObject } from "../../cluster/types";

interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
}

export function serviceEnv(services: KubeObject[], podCreated: string | null | undefined): [string, string][] {
  const created = podCreated ? Date.parse(podCreated) : Infinity;
  const env: [string, string][] = [];
  for (const svc of services) {
    const ip = svc.spec?.clusterIP as string | undefined;
    if (!ip || ip === "None") continue;
    const svcCreated = svc.metadata.creationTimestamp ? Date.parse(svc.metadata.creationTimestamp) : 0;
    if (svcCreated > created) continue;
    const name = (svc.metadata.name ?? "").toUpperCase().replace(/-/g, "_");
    const ports = (svc.spec?.ports ?? []) as ServicePort[];
    if (ports.length === 0) continue;
    const url = (p: ServicePort) => `${(p.protocol ?? "TCP").toLowerCase()}://${ip}:${p.port}`;
    for (const p of ports) {
      const prefix = `${name}_PORT_${p.port}_${p.protocol ?? "TCP"}`;
      env.push([`${prefix}_PROTO`, (p.protocol ?? "TCP").toLowerCase()], [`${prefix}_PORT`, String(p.port)], [`${prefix}_ADDR`, ip]);
    }
    env.push([`${name}_SERVICE_HOST`, ip], [`${name}_SERVICE_PORT`, String(ports[0].port)]);
    for (const p of ports) if (p.name) env.push([`${name}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, "_")}`, String(p.port)]);
    env.push([`${name}_PORT`, url(ports[0])]);
    for (const p of ports) env.push([`${name}_PORT_${p.port}_${p.protocol ?? "TCP"}`, url(p)]);
  }
  return env;
}
