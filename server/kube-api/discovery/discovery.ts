/**
 * Discovery documents (`/api`, `/api/v1`, `/apis`, `/apis/<g>`, `/apis/<g>/<v>`), byte-compatible with a
 * real v1.20.2 API server: the JSON files beside this module are the real server's replies
 * (k8s-fixtures/discovery), filtered down to the resources the simulated cluster serves
 * (server/cluster/kinds/registry.ts), so kubectl's RESTMapper, shortNames and `get all` categories
 * behave as against minikube while never offering a resource that would 404.
 */
import { RESOURCES, resourceByGVR } from "@/server/cluster/kinds/registry";
import api from "./api.json";
import apiV1 from "./api_v1.json";
import apis from "./apis.json";
import appsV1 from "./apis_apps_v1.json";
import batchV1 from "./apis_batch_v1.json";
import coordinationV1 from "./apis_coordination.k8s.io_v1.json";
import eventsV1 from "./apis_events.k8s.io_v1.json";

interface APIResource {
  name: string;
  [field: string]: unknown;
}

interface APIResourceList {
  kind: string;
  apiVersion?: string;
  groupVersion: string;
  resources: APIResource[];
}

interface GroupVersion {
  groupVersion: string;
  version: string;
}

interface APIGroup {
  name: string;
  versions: GroupVersion[];
  preferredVersion: GroupVersion;
}

const RESOURCE_LISTS: APIResourceList[] = [apiV1, appsV1, batchV1, coordinationV1, eventsV1] as APIResourceList[];

function splitGroupVersion(gv: string): { group: string; version: string } {
  const slash = gv.indexOf("/");
  return slash < 0 ? { group: "", version: gv } : { group: gv.slice(0, slash), version: gv.slice(slash + 1) };
}

/** True when the registry serves `name` ("pods" or "pods/log") in that group/version. */
function isServed(group: string, version: string, name: string): boolean {
  const [base, sub] = name.split("/");
  const r = resourceByGVR(group, version, base);
  if (!r) return false;
  return sub === undefined || r.subresources.some((s) => s.name === sub);
}

function filteredList(list: APIResourceList): APIResourceList {
  const { group, version } = splitGroupVersion(list.groupVersion);
  return { ...list, resources: list.resources.filter((r) => isServed(group, version, r.name)) };
}

const servedGroupVersions = new Set(RESOURCES.map((r) => r.apiVersion));

function filteredGroups(): APIGroup[] {
  const groups: APIGroup[] = [];
  for (const g of (apis as { groups: APIGroup[] }).groups) {
    const versions = g.versions.filter((v) => servedGroupVersions.has(v.groupVersion));
    if (versions.length === 0) continue;
    const preferred = versions.some((v) => v.groupVersion === g.preferredVersion.groupVersion)
      ? g.preferredVersion
      : versions[0];
    groups.push({ ...g, versions, preferredVersion: preferred });
  }
  return groups;
}

const GROUPS = filteredGroups();
const LISTS = new Map(
  RESOURCE_LISTS.filter((l) => servedGroupVersions.has(l.groupVersion)).map((l) => [l.groupVersion, filteredList(l)]),
);

/** `/api`: APIVersions (minikube's serverAddressByClientCIDRs included). */
export function coreVersions(): unknown {
  return api;
}

/** `/apis`: APIGroupList of the served groups. */
export function groupList(): unknown {
  return { kind: "APIGroupList", apiVersion: "v1", groups: GROUPS };
}

/** `/apis/<group>`: one APIGroup, or undefined when the group is not served. */
export function apiGroup(name: string): unknown | undefined {
  const g = GROUPS.find((x) => x.name === name);
  return g && { kind: "APIGroup", apiVersion: "v1", ...g };
}

/** `/api/v1` or `/apis/<g>/<v>`: the APIResourceList, or undefined when that group/version is not served. */
export function resourceList(groupVersion: string): APIResourceList | undefined {
  return LISTS.get(groupVersion);
}

/** `/`: the root paths index (metav1.RootPaths), sorted as the apiserver's index handler sorts them. */
export function rootPaths(): { paths: string[] } {
  const paths = ["/api", "/api/v1", "/apis", "/healthz", "/livez", "/openapi/v2", "/readyz", "/version"];
  for (const g of GROUPS) {
    paths.push(`/apis/${g.name}`);
    for (const v of g.versions) paths.push(`/apis/${v.groupVersion}`);
  }
  return { paths: paths.sort() };
}

/** The discovery document for a non-resource path, or undefined. */
export function discoveryDocument(path: string): unknown | undefined {
  if (path === "/") return rootPaths();
  if (path === "/api") return coreVersions();
  if (path === "/apis") return groupList();
  if (path === "/api/v1") return resourceList("v1");
  const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (!m) return undefined;
  return m[2] ? resourceList(`${m[1]}/${m[2]}`) : apiGroup(m[1]);
}
