/**
 * `PUT namespaces/<name>/finalize` (pkg/registry/core/namespace/storage FinalizeREST, v1.20): replaces
 * only `spec.finalizers`, which is how a namespace stuck in Terminating is released by hand. The main
 * resource's update cannot do it (the namespace strategy keeps the old finalizers), so this uses the
 * store's finalize operation when it offers one.
 */
import type { ObjectStore, WriteOptions } from "@/server/cluster/contracts";
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { methodNotAllowed } from "./api-errors";
import { writeOptions, type RequestContext } from "./request-context";
import { decodeObject } from "./request-body";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

type FinalizingStore = ObjectStore & { finalizeNamespace?(obj: KubeObject, opts?: WriteOptions): KubeObject };

export function namespaceFinalize(ctx: RequestContext): KubeBodyResponse {
  const body = decodeObject(ctx.req.body, ctx.req.headers["content-type"], ctx.resource);
  if (body.metadata.name !== ctx.info.name) {
    throw newBadRequest(`the name of the object (${body.metadata.name ?? ""}) does not match the name on the URL (${ctx.info.name})`);
  }
  const store = ctx.cluster.store as FinalizingStore;
  if (!store.finalizeNamespace) throw methodNotAllowed();
  return jsonResponse(200, store.finalizeNamespace(body, writeOptions(ctx)), ctx.pretty);
}
