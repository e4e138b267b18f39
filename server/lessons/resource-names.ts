/**
 * Turns what a lesson author writes (`Deployment`, `deploy`, `deployments`) into the store's resource
 * name (`deployments.apps`). The short names are the ones discovery advertises on v1.20
 * (../shared/k8s-fixtures/discovery), so authors can use the spelling they type in kubectl.
 */

interface KnownResource {
  resource: string;
  kind: string;
  namespaced: boolean;
  aliases: string[];
}

const KNOWN: KnownResource[] = [
  { resource: "pods", kind: "Pod", namespaced: true, aliases: ["pod", "po"] },
  { resource: "services", kind: "Service", namespaced: true, aliases: ["service", "svc"] },
  { resource: "endpoints", kind: "Endpoints", namespaced: true, aliases: ["ep"] },
  { resource: "nodes", kind: "Node", namespaced: false, aliases: ["node", "no"] },
  { resource: "namespaces", kind: "Namespace", namespaced: false, aliases: ["namespace", "ns"] },
  { resource: "events", kind: "Event", namespaced: true, aliases: ["event", "ev"] },
  { resource: "configmaps", kind: "ConfigMap", namespaced: true, aliases: ["configmap", "cm"] },
  { resource: "secrets", kind: "Secret", namespaced: true, aliases: ["secret"] },
  { resource: "deployments.apps", kind: "Deployment", namespaced: true, aliases: ["deployments", "deployment", "deploy"] },
  { resource: "replicasets.apps", kind: "ReplicaSet", namespaced: true, aliases: ["replicasets", "replicaset", "rs"] },
  { resource: "daemonsets.apps", kind: "DaemonSet", namespaced: true, aliases: ["daemonsets", "daemonset", "ds"] },
  { resource: "statefulsets.apps", kind: "StatefulSet", namespaced: true, aliases: ["statefulsets", "statefulset", "sts"] },
  { resource: "jobs.batch", kind: "Job", namespaced: true, aliases: ["jobs", "job"] },
];

export interface ResolvedResource {
  resource: string;
  kind: string;
  namespaced: boolean;
}

/** Resolves a kind, plural, singular or short name; unknown names pass through as given (the store decides). */
export function resolveResource(target: { resource?: string; kind?: string }): ResolvedResource {
  const wanted = (target.resource ?? target.kind ?? "").trim();
  const lower = wanted.toLowerCase();
  const hit = KNOWN.find(
    (r) => r.resource === lower || r.kind.toLowerCase() === lower || r.aliases.includes(lower),
  );
  if (hit) return { resource: hit.resource, kind: hit.kind, namespaced: hit.namespaced };
  return { resource: lower, kind: wanted, namespaced: true };
}
