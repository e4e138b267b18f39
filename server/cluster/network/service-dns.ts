/**
 * Name resolution inside the simulated cluster (CoreDNS's kubernetes plugin with the pod's
 * resolv.conf search path `<ns>.svc.cluster.local svc.cluster.local cluster.local`): `svc`,
 * `svc.ns`, `svc.ns.svc` and `svc.ns.svc.cluster.local` name a service; a ClusterIP service resolves
 * to its clusterIP, a headless one to its ready endpoint addresses. The minikube host resolves none
 * of them (its resolver is not the cluster's DNS).
 */
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";

const DOMAIN = "cluster.local";

/** The service a name refers to from a pod in `namespace`, if any. */
export function serviceForName(lister: StoreLister, name: string, namespace: string): KubeObject | undefined {
  const host = name.toLowerCase().replace(/\.$/, "");
  const parts = host.split(".");
  let svc: string | undefined;
  let ns = namespace;
  if (parts.length === 1) svc = parts[0];
  else if (parts.length === 2) [svc, ns] = parts;
  else if (parts.length === 3 && parts[2] === "svc") [svc, ns] = parts;
  else if (parts.length >= 4 && parts[2] === "svc" && parts.slice(3).join(".") === DOMAIN) [svc, ns] = parts;
  if (!svc) return undefined;
  return lister.peek("services", ns, svc);
}

/** Addresses a service name resolves to: its clusterIP, or for a headless service its ready endpoints. */
export function resolveService(lister: StoreLister, svc: KubeObject): string[] {
  const ip = svc.spec?.clusterIP;
  if (ip && ip !== "None") return [ip];
  if (svc.spec?.type === "ExternalName") return [];
  const ep = lister.peek("endpoints", svc.metadata.namespace ?? "", svc.metadata.name ?? "");
  return ((ep?.subsets ?? []) as { addresses?: { ip: string }[] }[]).flatMap((s) => (s.addresses ?? []).map((a) => a.ip));
}
