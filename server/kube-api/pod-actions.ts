/**
 * Pod subresources that act rather than read: `binding` (what the scheduler posts,
 * pkg/registry/core/pod/storage/storage.go BindingREST) and `eviction` (EvictionREST, without
 * PodDisruptionBudgets since none are served). Both answer 201 with a Success Status. `exec`,
 * `attach` and `portforward` need SPDY or websocket streams, which this sandbox does not offer.
 */
import type { ObjectStore } from "@/server/cluster/contracts";
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { methodNotAllowed, successStatus } from "./api-errors";
import { writeOptions, type RequestContext } from "./request-context";
import { parseBody } from "./request-body";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

/* eslint-disable @typescript-eslint/no-explicit-any */

export function bindPod(ctx: RequestContext): KubeBodyResponse {
  const binding = parseBody(ctx.req.body, ctx.req.headers["content-type"], "Binding") as any;
  const node: string | undefined = binding?.target?.name;
  if (binding?.metadata?.name && binding.metadata.name !== ctx.info.name) {
    throw newBadRequest(`the name of the object (${binding.metadata.name}) does not match the name on the URL (${ctx.info.name})`);
  }
  if (!node) throw newBadRequest("Binding.target.name: Required value");
  // A plain pod update may not change spec.nodeName; the store's binding operation (assignPod) may.
  const store = ctx.cluster.store as ObjectStore & { bindPod?(namespace: string, name: string, nodeName: string): KubeObject };
  if (!store.bindPod) throw methodNotAllowed();
  store.bindPod(ctx.info.namespace, ctx.info.name, node);
  return jsonResponse(201, successStatus(undefined, 201), ctx.pretty);
}

export function evictPod(ctx: RequestContext): KubeBodyResponse {
  const eviction = parseBody(ctx.req.body, ctx.req.headers["content-type"], "Eviction") as any;
  if (eviction?.metadata?.name && eviction.metadata.name !== ctx.info.name) {
    throw newBadRequest("name in URL does not match name in Eviction object");
  }
  const opts = eviction?.deleteOptions ?? {};
  ctx.cluster.store.delete("pods", ctx.info.namespace, ctx.info.name, {
    ...(typeof opts.gracePeriodSeconds === "number" ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}),
    ...(opts.preconditions ? { preconditions: opts.preconditions } : {}),
    ...writeOptions(ctx),
  });
  return jsonResponse(201, successStatus(undefined, 201), ctx.pretty);
}

/** exec, attach, portforward. */
export function streamingNotSupported(subresource: string): never {
  throw newBadRequest(
    `${subresource} is not supported by this sandbox yet: it needs a streaming (SPDY/websocket) connection, which the simulated API server does not offer`,
  );
}
