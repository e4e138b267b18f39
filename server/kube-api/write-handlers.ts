/**
 * Create, update (PUT) and the status subresource's PUT (apiserver handlers/create.go and update.go,
 * v1.20). The store runs the kind's strategy (defaults, generateName, validation, admission); this layer
 * decodes the body and enforces what the HTTP handlers check against the URL.
 */
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { methodNotAllowed } from "./api-errors";
import { negotiate } from "./negotiation";
import { writeOptions, type RequestContext } from "./request-context";
import { decodeObject } from "./request-body";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

/**
 * rest.go/create.go: a namespaced object takes the URL's namespace (a different one in the body is a
 * 400); a cluster-scoped object never carries one.
 */
export function settleNamespace(ctx: RequestContext, obj: KubeObject): void {
  if (!ctx.resource.namespaced) {
    delete obj.metadata.namespace;
    return;
  }
  const inBody = obj.metadata.namespace;
  if (inBody && inBody !== ctx.info.namespace) {
    throw newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
  }
  obj.metadata.namespace = ctx.info.namespace;
}

export function createObject(ctx: RequestContext): KubeBodyResponse {
  if (ctx.resource.namespaced && !ctx.info.namespace) throw methodNotAllowed();
  negotiate(ctx.req.headers.accept, ctx.req.query, false);
  const obj = decodeObject(ctx.req.body, ctx.req.headers["content-type"], ctx.resource);
  settleNamespace(ctx, obj);
  const created = ctx.cluster.store.create(ctx.key, ctx.resource.namespaced ? ctx.info.namespace : "", obj, writeOptions(ctx));
  return jsonResponse(201, created, ctx.pretty);
}

/** update.go: the body names the object of the URL. */
export function checkNameMatches(ctx: RequestContext, obj: KubeObject): void {
  const name = obj.metadata.name;
  if (name !== ctx.info.name) {
    throw newBadRequest(`the name of the object (${name ?? ""}) does not match the name on the URL (${ctx.info.name})`);
  }
}

/** PUT of the object itself, or of its `status` subresource. */
export function updateObject(ctx: RequestContext): KubeBodyResponse {
  negotiate(ctx.req.headers.accept, ctx.req.query, false);
  const obj = decodeObject(ctx.req.body, ctx.req.headers["content-type"], ctx.resource);
  checkNameMatches(ctx, obj);
  settleNamespace(ctx, obj);
  const store = ctx.cluster.store;
  const updated =
    ctx.info.subresource === "status"
      ? store.updateStatus(ctx.key, obj, writeOptions(ctx))
      : store.update(ctx.key, obj, writeOptions(ctx));
  return jsonResponse(200, updated, ctx.pretty);
}
