/**
 * The entry point of Podium's Kubernetes API: `handleKubeRequest(cluster, req)` answers one HTTP-shaped
 * request as a v1.20.2 kube-apiserver would (see types.ts for the request/response shapes). Routing
 * follows the apiserver's layout: non-resource paths (`/version`, health, `/openapi/v2`, discovery),
 * then resources by group/version/resource (registry.ts) and subresource. Every failure, thrown anywhere
 * below, becomes its Status reply here.
 */
import type { Cluster } from "@/server/cluster/contracts";
import { resourceByGVR, type ServedResource } from "@/server/cluster/kinds/registry";
import { methodNotAllowed, notFoundPath } from "./api-errors";
import { deleteCollection, deleteObject } from "./delete-handlers";
import { discoveryDocument, resourceList } from "./discovery/discovery";
import { VERSION_INFO } from "./discovery/version-info";
import { encodePretty, wantsPretty } from "./json-encoding";
import { namespaceFinalize } from "./namespace-finalize";
import { patchObject } from "./patch-handler";
import { bindPod, evictPod, streamingNotSupported } from "./pod-actions";
import { podLogs } from "./pod-log";
import { proxyRequest } from "./proxy-subresource";
import { refreshHeartbeatsBeforeRead } from "./heartbeat-before-read";
import { getObject, listObjects } from "./read-handlers";
import type { RequestContext } from "./request-context";
import { parseRequestInfo, type ResourceRequestInfo } from "./request-info";
import { errorResponse, jsonResponse, textResponse } from "./responses";
import { handleScale } from "./scale-subresource";
import type { KubeRequest, KubeResponse } from "./types";
import { watchObjects } from "./watch-handler";
import { createObject, updateObject } from "./write-handlers";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const HEALTH = /^\/(healthz|livez|readyz)(\/[^/]+)?$/;

/** Answers one request. Never throws: failures are Status replies. */
export async function handleKubeRequest(cluster: Cluster, req: KubeRequest): Promise<KubeResponse> {
  const pretty = wantsPretty(req.headers["user-agent"], req.query);
  try {
    const info = parseRequestInfo(req.method, req.path, req.query);
    if (info.kind === "nonresource") return nonResource(info.path, req, pretty);
    const resource = resolve(info);
    const key = resource.key;
    const ctx: RequestContext = { cluster, req, info, resource, key, pretty };
    refreshHeartbeatsBeforeRead(ctx);
    const reply = await dispatch(ctx);
    // Like etcd before the apiserver answers: a write is durable before its reply leaves.
    if (WRITES.has(req.method) && reply.status < 400) await cluster.flush();
    return reply;
  } catch (err) {
    return errorResponse(err, pretty);
  }
}

function nonResource(path: string, req: KubeRequest, pretty: boolean): KubeResponse {
  if (req.method !== "GET" && req.method !== "HEAD") throw methodNotAllowed();
  if (path === "/version") return { status: 200, headers: { "content-type": "application/json" }, body: encodePretty(VERSION_INFO) };
  if (HEALTH.test(path)) return textResponse(200, "ok");
  // kubectl's client-side validation accepts an empty document (KUBECTL_REFERENCE.md §1).
  if (path === "/openapi/v2") return { status: 200, headers: { "content-type": "application/octet-stream" }, body: "" };
  const doc = discoveryDocument(path);
  if (doc === undefined) throw notFoundPath();
  return jsonResponse(200, doc, pretty);
}

/** The served resource a path names; a group/version or resource that is not served is a 404. */
function resolve(info: ResourceRequestInfo): ServedResource {
  const gv = info.group ? `${info.group}/${info.version}` : info.version;
  if (!resourceList(gv)) throw notFoundPath();
  const resource = resourceByGVR(info.group, info.version, info.resource);
  if (!resource) throw notFoundPath();
  // Routes exist only at the right scope: no namespaced path for a cluster-scoped kind, and no
  // cluster-wide path for one object of a namespaced kind.
  if (!resource.namespaced && info.namespace) throw notFoundPath();
  if (resource.namespaced && !info.namespace && info.name) throw notFoundPath();
  if (info.subresource && !resource.subresources.some((s) => s.name === info.subresource)) throw notFoundPath();
  return resource;
}

function requireVerb(ctx: RequestContext, verb: string): void {
  if (!ctx.resource.verbs.includes(verb)) throw methodNotAllowed();
}

async function dispatch(ctx: RequestContext): Promise<KubeResponse> {
  const { verb, subresource } = ctx.info;
  switch (subresource) {
    case "":
      return mainResource(ctx);
    case "status":
      if (verb === "get") return getObject(ctx);
      if (verb === "update") return updateObject(ctx);
      if (verb === "patch") return patchObject(ctx);
      throw methodNotAllowed();
    case "scale":
      if (verb === "get" || verb === "update" || verb === "patch") return handleScale(ctx);
      throw methodNotAllowed();
    case "log":
      if (verb === "get") return podLogs(ctx);
      throw methodNotAllowed();
    case "proxy":
      return proxyRequest(ctx);
    case "binding":
      if (verb === "create") return bindPod(ctx);
      throw methodNotAllowed();
    case "eviction":
      if (verb === "create") return evictPod(ctx);
      throw methodNotAllowed();
    case "exec":
    case "attach":
    case "portforward":
      return streamingNotSupported(subresource);
    case "finalize":
      if (verb === "update") return namespaceFinalize(ctx);
      throw methodNotAllowed();
    default:
      throw notFoundPath();
  }
}

function mainResource(ctx: RequestContext): KubeResponse {
  requireVerb(ctx, ctx.info.verb);
  switch (ctx.info.verb) {
    case "get":
      return getObject(ctx);
    case "list":
      return listObjects(ctx);
    case "watch":
      return watchObjects(ctx);
    case "create":
      if (ctx.info.name) throw methodNotAllowed();
      return createObject(ctx);
    case "update":
      return updateObject(ctx);
    case "patch":
      return patchObject(ctx);
    case "delete":
      return deleteObject(ctx);
    case "deletecollection":
      return deleteCollection(ctx);
    default:
      throw methodNotAllowed();
  }
}
