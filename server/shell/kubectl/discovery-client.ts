/**
 * Discovery as kubectl does it (client-go discovery + the disk cache of ~/.kube/cache/discovery):
 * GET /api and /apis, then every group version, all with `?timeout=32s`; the result is reused for ten
 * minutes. Podium keeps the cache per cluster clock (the one object that lives as long as a sandbox's
 * cluster, while the shell builds a transport per command). A server that serves no discovery
 * gets minikube's full list. An unknown type throws the cache away and asks again once, as kubectl's
 * deferred mapper does before saying `the server doesn't have a resource type`.
 */
import type { DiscoveredGroup, DiscoveredResource } from "./discovery-data";
import { RestMapper, STATIC_REST_MAPPER } from "./rest-mapper";
import { ANY_ACCEPT, type KubeTransport } from "./transport";

const TTL_MS = 10 * 60 * 1000;
const cache = new WeakMap<object, { mapper: RestMapper; at: number; fromServer: boolean }>();

async function getJSON<T>(t: KubeTransport, path: string): Promise<T | undefined> {
  const res = await t.request({ method: "GET", path: `${path}?timeout=32s`, headers: { Accept: ANY_ACCEPT } });
  if (res.status !== 200) return undefined;
  return JSON.parse(res.body) as T;
}

interface ResourceList {
  resources: { name: string; kind: string; namespaced: boolean; verbs: string[]; shortNames?: string[]; categories?: string[] }[];
}

async function fetchMapper(t: KubeTransport): Promise<RestMapper | undefined> {
  const core = await getJSON<{ versions: string[] }>(t, "/api");
  const apis = await getJSON<{ groups: { name: string; versions: { version: string }[]; preferredVersion: { version: string } }[] }>(t, "/apis");
  if (!core || !apis) return undefined;
  const groups: DiscoveredGroup[] = [
    { name: "", versions: core.versions, preferred: core.versions[0] },
    ...apis.groups.map((g) => ({ name: g.name, versions: g.versions.map((v) => v.version), preferred: g.preferredVersion.version })),
  ];
  const lists = await Promise.all(
    groups.flatMap((g) => g.versions.map(async (v) => ({ g: g.name, v, list: await getJSON<ResourceList>(t, g.name ? `/apis/${g.name}/${v}` : `/api/${v}`) }))),
  );
  const resources: DiscoveredResource[] = [];
  for (const { g, v, list } of lists) {
    for (const r of list?.resources ?? []) {
      resources.push({ g, v, n: r.name, k: r.kind, ns: r.namespaced, verbs: r.verbs, short: r.shortNames, cat: r.categories });
    }
  }
  return new RestMapper(groups, resources);
}

/** The RESTMapper for the server behind `t`, cached under `key` (the cluster's clock). */
export async function restMapperFor(key: object, t: KubeTransport, nowMs: number, refresh = false): Promise<RestMapper> {
  const hit = cache.get(key);
  if (hit && !refresh && nowMs - hit.at < TTL_MS) return hit.mapper;
  if (hit && refresh && !hit.fromServer) return hit.mapper;
  const fetched = await fetchMapper(t).catch(() => undefined);
  const entry = { mapper: fetched ?? STATIC_REST_MAPPER, at: nowMs, fromServer: !!fetched };
  cache.set(key, entry);
  return entry.mapper;
}

/** Marks the cache warm (tests that compare request logs without discovery, like a warm ~/.kube/cache). */
export function primeDiscovery(key: object, mapper: RestMapper, nowMs: number): void {
  cache.set(key, { mapper, at: nowMs, fromServer: false });
}
