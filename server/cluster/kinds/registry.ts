/**
 * The resources the simulated cluster stores and serves, with the discovery facts kubectl relies on
 * (names, shortNames, verbs, categories), copied from a real v1.20.2 API server's discovery documents
 * (`/work/shared/k8s-fixtures/discovery/`). Discovery in 1.20 sends `singularName: ""`; `singular` here
 * is what kubectl derives (lower-cased kind) for resolving `kubectl get pod`.
 */
import type { ResourceType } from "../types";

export interface Subresource {
  name: string; // "status", "scale", "log"
  kind: string;
  verbs: string[];
}

export interface ServedResource extends ResourceType {
  /** The store key: plural, group-qualified outside the core group ("pods", "deployments.apps"). */
  key: string;
  /** "v1", "apps/v1". */
  apiVersion: string;
  singular: string;
  shortNames: string[];
  verbs: string[];
  categories: string[];
  storageVersionHash: string;
  subresources: Subresource[];
  /**
   * Set when the objects live under another key: events.k8s.io/v1 Events are the core/v1 Events seen
   * through a conversion, as upstream (both are one etcd resource).
   */
  storageKey?: string;
}

const CRUD = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
const NO_COLLECTION = ["create", "delete", "get", "list", "patch", "update", "watch"];
const STATUS = ["get", "patch", "update"];

type Def = Omit<ServedResource, "key" | "apiVersion" | "singular" | "shortNames" | "categories" | "subresources" | "verbs"> &
  Partial<Pick<ServedResource, "shortNames" | "categories" | "subresources" | "verbs" | "storageKey">>;

function served(d: Def): ServedResource {
  return {
    ...d,
    key: d.group ? `${d.resource}.${d.group}` : d.resource,
    apiVersion: d.group ? `${d.group}/${d.version}` : d.version,
    singular: d.kind.toLowerCase(),
    shortNames: d.shortNames ?? [],
    verbs: d.verbs ?? CRUD,
    categories: d.categories ?? [],
    subresources: d.subresources ?? [],
  };
}

const core = (d: Omit<Def, "group" | "version">) => served({ group: "", version: "v1", ...d });
const apps = (d: Omit<Def, "group" | "version">) => served({ group: "apps", version: "v1", ...d });
const scale = { name: "scale", kind: "Scale", verbs: STATUS };

/** The served resources, in the order the discovery documents list them. */
export const RESOURCES: readonly ServedResource[] = [
  core({ resource: "configmaps", kind: "ConfigMap", namespaced: true, shortNames: ["cm"], storageVersionHash: "qFsyl6wFWjQ=" }),
  core({ resource: "endpoints", kind: "Endpoints", namespaced: true, shortNames: ["ep"], storageVersionHash: "fWeeMqaN/OA=" }),
  core({ resource: "events", kind: "Event", namespaced: true, shortNames: ["ev"], storageVersionHash: "r2yiGXH7wu8=" }),
  core({
    resource: "namespaces", kind: "Namespace", namespaced: false, shortNames: ["ns"], verbs: NO_COLLECTION,
    storageVersionHash: "Q3oi5N2YM8M=",
    subresources: [{ name: "finalize", kind: "Namespace", verbs: ["update"] }, { name: "status", kind: "Namespace", verbs: STATUS }],
  }),
  core({
    resource: "nodes", kind: "Node", namespaced: false, shortNames: ["no"], storageVersionHash: "XwShjMxG9Fs=",
    subresources: [
      { name: "proxy", kind: "NodeProxyOptions", verbs: ["create", "delete", "get", "patch", "update"] },
      { name: "status", kind: "Node", verbs: STATUS },
    ],
  }),
  core({
    resource: "pods", kind: "Pod", namespaced: true, shortNames: ["po"], categories: ["all"], storageVersionHash: "xPOwRZ+Yhw8=",
    subresources: [
      { name: "attach", kind: "PodAttachOptions", verbs: ["create", "get"] },
      { name: "binding", kind: "Binding", verbs: ["create"] },
      { name: "eviction", kind: "Eviction", verbs: ["create"] },
      { name: "exec", kind: "PodExecOptions", verbs: ["create", "get"] },
      { name: "log", kind: "Pod", verbs: ["get"] },
      { name: "portforward", kind: "PodPortForwardOptions", verbs: ["create", "get"] },
      { name: "proxy", kind: "PodProxyOptions", verbs: ["create", "delete", "get", "patch", "update"] },
      { name: "status", kind: "Pod", verbs: STATUS },
    ],
  }),
  core({ resource: "secrets", kind: "Secret", namespaced: true, storageVersionHash: "S6u1pOWzb84=" }),
  core({
    resource: "serviceaccounts", kind: "ServiceAccount", namespaced: true, shortNames: ["sa"], storageVersionHash: "pbx9ZvyFpBE=",
    subresources: [{ name: "token", kind: "TokenRequest", verbs: ["create"] }],
  }),
  core({
    resource: "services", kind: "Service", namespaced: true, shortNames: ["svc"], categories: ["all"], verbs: NO_COLLECTION,
    storageVersionHash: "0/CO1lhkEBI=",
    subresources: [
      { name: "proxy", kind: "ServiceProxyOptions", verbs: ["create", "delete", "get", "patch", "update"] },
      { name: "status", kind: "Service", verbs: STATUS },
    ],
  }),
  apps({
    resource: "daemonsets", kind: "DaemonSet", namespaced: true, shortNames: ["ds"], categories: ["all"],
    storageVersionHash: "dd7pWHUlMKQ=", subresources: [{ name: "status", kind: "DaemonSet", verbs: STATUS }],
  }),
  apps({
    resource: "deployments", kind: "Deployment", namespaced: true, shortNames: ["deploy"], categories: ["all"],
    storageVersionHash: "8aSe+NMegvE=", subresources: [scale, { name: "status", kind: "Deployment", verbs: STATUS }],
  }),
  apps({
    resource: "replicasets", kind: "ReplicaSet", namespaced: true, shortNames: ["rs"], categories: ["all"],
    storageVersionHash: "P1RzHs8/mWQ=", subresources: [scale, { name: "status", kind: "ReplicaSet", verbs: STATUS }],
  }),
  apps({
    resource: "statefulsets", kind: "StatefulSet", namespaced: true, shortNames: ["sts"], categories: ["all"],
    storageVersionHash: "H+vl74LkKdo=", subresources: [scale, { name: "status", kind: "StatefulSet", verbs: STATUS }],
  }),
  served({
    group: "batch", version: "v1", resource: "jobs", kind: "Job", namespaced: true, categories: ["all"],
    storageVersionHash: "mudhfqk/qZY=", subresources: [{ name: "status", kind: "Job", verbs: STATUS }],
  }),
  served({ group: "coordination.k8s.io", version: "v1", resource: "leases", kind: "Lease", namespaced: true, storageVersionHash: "/sY7hl8ol1U=" }),
  served({
    group: "events.k8s.io", version: "v1", resource: "events", kind: "Event", namespaced: true, shortNames: ["ev"],
    storageVersionHash: "r2yiGXH7wu8=", storageKey: "events",
  }),
];

const byKey = new Map(RESOURCES.map((r) => [r.key, r]));
const byKind = new Map(RESOURCES.map((r) => [`${r.apiVersion}/${r.kind}`, r]));

/** The resource stored under `key` ("pods", "deployments.apps"), or undefined. */
export function resourceByKey(key: string): ServedResource | undefined {
  return byKey.get(key);
}

/** The resource serving `kind` in `apiVersion` ("Deployment", "apps/v1"), or undefined. */
export function resourceByKind(kind: string, apiVersion: string): ServedResource | undefined {
  return byKind.get(`${apiVersion}/${kind}`);
}

/** The resource for a group/version/plural, as an API path names it. */
export function resourceByGVR(group: string, version: string, resource: string): ServedResource | undefined {
  const r = byKey.get(group ? `${resource}.${group}` : resource);
  return r && r.version === version ? r : undefined;
}

/**
 * Resolves what a user types (`po`, `pod`, `pods`, `deploy`, `deployments.apps`, `deployment.apps`)
 * the way kubectl's RESTMapper does over discovery: core and the preferred groups win over events.k8s.io.
 */
export function resolveResourceName(arg: string): ServedResource | undefined {
  const lower = arg.toLowerCase();
  const dot = lower.indexOf(".");
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  return RESOURCES.find(
    (r) =>
      (group === undefined || r.group === group) &&
      (r.resource === name || r.singular === name || r.shortNames.includes(name)),
  );
}

/** The storage key of a resource key (differs only for views such as events.events.k8s.io). */
export function storageKeyOf(key: string): string {
  return byKey.get(key)?.storageKey ?? key;
}
