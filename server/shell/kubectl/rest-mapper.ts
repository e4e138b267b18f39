/**
 * Resolves what a user types (`po`, `pods`, `pod`, `Pod`, `deployments.apps`, `deploy.v1.apps`) to a
 * served resource, like kubectl's shortcut expander plus the discovery RESTMapper
 * (client-go/restmapper/discovery.go, shortcut.go, category_expansion.go): short names first, then
 * plural, singular or kind, case-insensitively, preferred versions in discovery order (core first).
 * A RestMapper is built from the server's discovery documents (discovery-client.ts); the static one
 * holds minikube v1.20.2's full discovery for well-known lookups and servers without discovery.
 */
import { DISCOVERED_GROUPS, DISCOVERED_RESOURCES, type DiscoveredGroup, type DiscoveredResource } from "./discovery-data";
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

export class RestMapper {
  private readonly preferred: Map<string, string>;
  private readonly topLevel: DiscoveredResource[];

  constructor(
    readonly groups: DiscoveredGroup[],
    readonly resources: DiscoveredResource[],
  ) {
    this.preferred = new Map(groups.map((g) => [g.name, g.preferred]));
    this.topLevel = resources.filter((r) => !r.n.includes("/"));
  }

  /** Every top-level resource at its group's preferred version, in discovery order. */
  preferredResources(): Mapping[] {
    return this.topLevel.filter((r) => this.preferred.get(r.g) === r.v).map(toMapping);
  }

  /** Finds a resource type, or undefined when the server does not serve it. */
  find(typed: string): Mapping | undefined {
    const input = typed.toLowerCase();
    const dot = input.indexOf(".");
    let name = input;
    let group: string | undefined;
    let version: string | undefined;
    if (dot > 0) {
      name = input.slice(0, dot);
      const parts = input.slice(dot + 1).split(".");
      // `deployments.v1.apps`: a version segment first when it looks like one.
      if (parts.length > 1 && /^v\d+((alpha|beta)\d+)?$/.test(parts[0])) {
        version = parts[0];
        group = parts.slice(1).join(".");
      } else group = parts.join(".");
    }
    const inScope = (r: DiscoveredResource) =>
      (group === undefined || r.g === group || (group === "core" && r.g === "")) && (version === undefined || r.v === version);
    const isPreferred = (r: DiscoveredResource) => this.preferred.get(r.g) === r.v;
    const candidates = [...this.topLevel.filter(isPreferred), ...this.topLevel.filter((r) => !isPreferred(r))].filter(inScope);
    const match =
      candidates.find((r) => r.short?.includes(name)) ??
      candidates.find((r) => r.n === name) ??
      candidates.find((r) => r.k.toLowerCase() === name);
    return match ? toMapping(match) : undefined;
  }

  /** find, failing as kubectl does for a type the server does not have. */
  mustFind(typed: string): Mapping {
    const m = this.find(typed);
    if (!m) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
    return m;
  }

  /** The mapping of an object's apiVersion + kind. */
  forKind(apiVersion: string, kind: string): Mapping | undefined {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
    const r = this.topLevel.find((x) => x.g === group && x.v === version && x.k === kind);
    return r ? toMapping(r) : undefined;
  }

  /**
   * The members of a category (`all`), as the discovery category expander lists them: every group
   * version in discovery order, each group/resource once, mapped to its preferred version.
   */
  categoryMembers(category: string): Mapping[] | undefined {
    const seen = new Set<string>();
    const out: Mapping[] = [];
    for (const r of this.topLevel) {
      if (!r.cat?.includes(category)) continue;
      const key = `${r.n}.${r.g}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(this.find(r.g ? `${r.n}.${r.g}` : r.n) ?? toMapping(r));
    }
    return out.length ? out : undefined;
  }
}

/** minikube v1.20.2's full discovery (k8s-fixtures/discovery). */
export const STATIC_REST_MAPPER = new RestMapper(DISCOVERED_GROUPS, DISCOVERED_RESOURCES);

/** A well-known built-in type (pods, services, deployments.apps...), always served. */
export function findMapping(typed: string): Mapping | undefined {
  return STATIC_REST_MAPPER.find(typed);
}

export function mustFindMapping(typed: string): Mapping {
  return STATIC_REST_MAPPER.mustFind(typed);
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
