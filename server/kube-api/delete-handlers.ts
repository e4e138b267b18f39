/**
 * DELETE of one object and of a collection (apiserver handlers/delete.go, registry/generic/registry
 * store.go, v1.20). DeleteOptions come from the body (kubectl sends `{"propagationPolicy":"Background"}`)
 * or the query. Pods answer with the Pod (ReturnDeletedObject); an object whose deletion is still under
 * way (graceful, finalizers) answers with itself; any other finished deletion answers with a Success Status.
 */
import type { DeleteOptions } from "@/server/cluster/contracts";
import { isNotFound, newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { successStatus } from "./api-errors";
import { listMeta, typedList } from "./list-response";
import { listOptionsOf } from "./read-handlers";
import { detailsOf, isDryRun, type RequestContext } from "./request-context";
import { parseBody } from "./request-body";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

const POLICIES = ["Background", "Foreground", "Orphan"];

/* eslint-disable @typescript-eslint/no-explicit-any */

/** DeleteOptions from the body, then the query (query parameters fill what the body leaves unset). */
export function deleteOptionsOf(ctx: RequestContext): DeleteOptions {
  const body = ctx.req.body?.trim() ? (parseBody(ctx.req.body, ctx.req.headers["content-type"], "DeleteOptions") as any) : {};
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw newBadRequest("the body of the request could not be decoded as DeleteOptions");
  }
  const q = ctx.req.query;
  const opts: DeleteOptions = {};
  const grace = body.gracePeriodSeconds ?? (q.get("gracePeriodSeconds") !== null ? Number(q.get("gracePeriodSeconds")) : undefined);
  if (grace !== undefined) {
    if (!Number.isInteger(grace)) throw newBadRequest(`invalid gracePeriodSeconds: ${String(grace)}`);
    opts.gracePeriodSeconds = grace;
  }
  let policy = body.propagationPolicy ?? q.get("propagationPolicy") ?? undefined;
  const orphan = body.orphanDependents ?? (q.get("orphanDependents") !== null ? q.get("orphanDependents") === "true" : undefined);
  if (policy === undefined && orphan !== undefined) policy = orphan ? "Orphan" : "Background";
  if (policy !== undefined) {
    if (!POLICIES.includes(policy)) {
      throw newBadRequest(`DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`);
    }
    opts.propagationPolicy = policy;
  }
  if (body.preconditions) opts.preconditions = body.preconditions;
  const dryRun: string[] = Array.isArray(body.dryRun) ? body.dryRun : [];
  if (dryRun.includes("All") || isDryRun(q)) opts.dryRun = true;
  return opts;
}

function deletedReply(ctx: RequestContext, object: KubeObject, finished: boolean): unknown {
  if (ctx.resource.key === "pods" || !finished) return object;
  return successStatus(detailsOf(ctx, object.metadata.name ?? ctx.info.name, object.metadata.uid));
}

export function deleteObject(ctx: RequestContext): KubeBodyResponse {
  const opts = deleteOptionsOf(ctx);
  const { object, finished } = ctx.cluster.store.delete(ctx.key, ctx.info.namespace, ctx.info.name, opts);
  return jsonResponse(200, deletedReply(ctx, object, finished), ctx.pretty);
}

/** deletecollection: every object the selectors match is deleted; the reply lists them. */
export function deleteCollection(ctx: RequestContext): KubeBodyResponse {
  const opts = deleteOptionsOf(ctx);
  const store = ctx.cluster.store;
  const { limit: _limit, continue: _continue, ...selectors } = listOptionsOf(ctx.req.query);
  const listed = store.list(ctx.key, ctx.info.namespace || undefined, selectors);
  const deleted: KubeObject[] = [];
  for (const item of listed.items) {
    try {
      deleted.push(store.delete(ctx.key, item.metadata.namespace ?? "", item.metadata.name ?? "", opts).object);
    } catch (err) {
      // Gone in the meantime (a controller or garbage collection was faster): nothing left to delete.
      if (!isNotFound(err)) throw err;
    }
  }
  return jsonResponse(200, typedList(ctx, deleted, listMeta({ resourceVersion: store.currentResourceVersion() })), ctx.pretty);
}
