/**
 * GET of one object and of collections (apiserver handlers/get.go `GetResource` and `ListResource`,
 * v1.20): label and field selectors, limit/continue pagination, Table or JSON replies.
 */
import type { ListOptions } from "@/server/cluster/contracts";
import { newBadRequest } from "@/server/cluster/errors/status-error";
import { listMeta, partialList, partialOf, tableOf, typedList } from "./list-response";
import { negotiate } from "./negotiation";
import type { RequestContext } from "./request-context";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

export function getObject(ctx: RequestContext): KubeBodyResponse {
  const neg = negotiate(ctx.req.headers.accept, ctx.req.query, true);
  const obj = ctx.cluster.store.get(ctx.key, ctx.info.namespace, ctx.info.name);
  if (neg.table) {
    return jsonResponse(200, tableOf(ctx, neg, [obj], { resourceVersion: obj.metadata.resourceVersion }), ctx.pretty);
  }
  if (neg.partial) return jsonResponse(200, partialOf(obj, neg.partial), ctx.pretty);
  return jsonResponse(200, obj, ctx.pretty);
}

/** The list options of the query string; a malformed `limit` is a 400 as in ParseQueryParameters. */
export function listOptionsOf(query: URLSearchParams): ListOptions {
  const opts: ListOptions = {};
  const labelSelector = query.get("labelSelector");
  const fieldSelector = query.get("fieldSelector");
  if (labelSelector) opts.labelSelector = labelSelector;
  if (fieldSelector) opts.fieldSelector = fieldSelector;
  const limit = query.get("limit");
  if (limit) {
    if (!/^-?\d+$/.test(limit)) throw newBadRequest(`strconv.ParseInt: parsing "${limit}": invalid syntax`);
    const n = Number(limit);
    if (n > 0) opts.limit = n;
  }
  const cont = query.get("continue");
  if (cont) opts.continue = cont;
  const rv = query.get("resourceVersion");
  if (rv) opts.resourceVersion = rv;
  return opts;
}

export function listObjects(ctx: RequestContext): KubeBodyResponse {
  const neg = negotiate(ctx.req.headers.accept, ctx.req.query, true);
  // The items are only serialised: the store's frozen objects do, without a copy of each.
  const result = ctx.cluster.store.list(ctx.key, ctx.info.namespace || undefined, { ...listOptionsOf(ctx.req.query), shared: true });
  const meta = listMeta(result);
  if (neg.table) return jsonResponse(200, tableOf(ctx, neg, result.items, meta), ctx.pretty);
  if (neg.partial) return jsonResponse(200, partialList(result.items, meta, neg.partial), ctx.pretty);
  return jsonResponse(200, typedList(ctx, result.items, meta), ctx.pretty);
}
