/**
 * Resolves what a user types (`po`, `pods`, `pod`, `Pod`, `deployments.apps`, `deploy.v1.apps`) to a
 * served resource, like kubectl's shortcut expander plus the discovery RESTMapper
 * (client-go/restmapper/discovery.go, shortcut.go): short names first, then plural, singular or kind,
 * case-insensitively, preferred versions in discovery order (core first).
 */
import { DISCOVERED_GROUPS, DISCOVERED_RESOURCES, type DiscoveredResource } from "./discovery-data";
import { KubectlError } from "./errors";

export interface Mapping {
  group: string;
  version: string;
  /** plural, lower case */
  resource: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames: string[];
  categories: string[];
}

function toMapping(r: DiscoveredResource): Mapping {
  return {
    group: r.g,
    version: r.v,
    resource: r.n,
    kind: r.k,
    namespaced: r.ns,
    verbs: r.verbs,
    shortNames: r.short ?? [],
    categories: r.cat ?? [],
  };
}

/** Every top-level resource at its group's preferred version, in discovery order. */
export function preferredResources(): Mapping[] {
  const preferred = new Map(DISCOVERED_GROUPS.map((g) => [g.name, g.preferred]));
  return DISCOVERED_RESOURCES.filter((r) => !r.n.includes("/") && preferred.get(r.g) === r.v).map(toMapping);
}

/** Finds a resource type, or undefined when the server does not serve it. */
export function findMapping(typed: string): Mapping | undefined {
  const input = typed.toLowerCase();
  const dot = input.indexOf(".");
  let name = input;
  let group: string | undefined;
  let version: string | undefined;
  if (dot > 0) {
    name = input.slice(0, dot);
    const rest = input.slice(dot + 1);
    const parts = rest.split(".");
    // `deployments.v1.apps`: a version segment first when it looks like one.
    if (parts.length > 1 && /^v\d+((alpha|beta)\d+)?$/.test(parts[0])) {
      version = parts[0];
      group = parts.slice(1).join(".");
    } else group = rest;
  }
  const all = DISCOVERED_RESOURCES.filter((r) => !r.n.includes("/"));
  const inScope = (r: DiscoveredResource) =>
    (group === undefined || r.g === group || (group === "core" && r.g === "")) && (version === undefined || r.v === version);
  const preferred = new Map(DISCOVERED_GROUPS.map((g) => [g.name, g.preferred]));
  const ordered = [...all.filter((r) => preferred.get(r.g) === r.v), ...all.filter((r) => preferred.get(r.g) !== r.v)];
  const candidates = ordered.filter(inScope);
  const match =
    candidates.find((r) => r.short?.includes(name)) ??
    candidates.find((r) => r.n === name) ??
    candidates.find((r) => r.k.toLowerCase() === name);
  return match ? toMapping(match) : undefined;
}

/** findMapping, failing as kubectl does for a type the server does not have. */
export function mustFindMapping(typed: string): Mapping {
  const m = findMapping(typed);
  if (!m) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
  return m;
}

/** `deployment.apps`, `pod`: how kubectl names a kind in `kind/name` output. */
export function kindPrefix(m: { kind: string; group: string }): string {
  return m.group ? `${m.kind.toLowerCase()}.${m.group}` : m.kind.toLowerCase();
}

/** `deployments.apps`, `pods`: the group-qualified resource, as Status messages name it. */
export function qualifiedResource(m: Mapping): string {
  return m.group ? `${m.resource}.${m.group}` : m.resource;
}

/** The REST path of a collection or of one object. */
export function resourcePath(m: Mapping, namespace: string | undefined, name?: string, sub?: string): string {
  let p = m.group ? `/apis/${m.group}/${m.version}` : `/api/${m.version}`;
  if (m.namespaced && namespace) p += `/namespaces/${namespace}`;
  p += `/${m.resource}`;
  if (name !== undefined) p += `/${name}`;
  if (sub) p += `/${sub}`;
  return p;
}

/** The resources of a category (`all`), in the order kubectl's category expander lists them. */
export function categoryMembers(category: string): Mapping[] | undefined {
  // kubectl 1.20 expands `all` with its legacy built-in list, not discovery (categories.go legacyUserResources).
  if (category !== "all") return undefined;
  const legacy = [
    "pods",
    "replicationcontrollers",
    "services",
    "daemonsets.apps",
    "deployments.apps",
    "replicasets.apps",
    "statefulsets.apps",
    "horizontalpodautoscalers.autoscaling",
    "jobs.batch",
    "cronjobs.batch",
  ];
  return legacy.map((t) => {
    const m = findMapping(t) as Mapping;
    // cronjobs are served as batch/v1beta1 only on 1.20.
    return m;
  });
}
