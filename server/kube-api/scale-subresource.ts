/**
 * The `scale` subresource of deployments, replicasets and statefulsets: an autoscaling/v1 Scale view of
 * the object (pkg/registry/apps/deployment/storage/storage.go `scaleFromDeployment` and the replicaset /
 * statefulset equivalents, v1.20). Writes set spec.replicas on the object, with the Scale's
 * resourceVersion as the precondition; a negative count is the registry's 422.
 */
import { newBadRequest, newInvalid } from "@/server/cluster/errors/status-error";
import { fieldInvalid } from "@/server/cluster/errors/field-error";
import type { ServedResource } from "@/server/cluster/kinds/registry";
import type { KubeObject } from "@/server/cluster/types";
import { patchDocument, patchTypeOf } from "./patch-handler";
import type { Json } from "./patch/merge-patch";
import { negotiate } from "./negotiation";
import { writeOptions, type RequestContext } from "./request-context";
import { decodeObject } from "./request-body";
import { jsonResponse } from "./responses";
import { labelSelectorString } from "./table/label-selector-string";
import type { KubeBodyResponse } from "./types";

/** What the body of a Scale write must be. */
const SCALE_RESOURCE = { kind: "Scale", apiVersion: "autoscaling/v1", group: "autoscaling", version: "v1" } as ServedResource;

/** The Scale of an object, fields in autoscaling/v1 order, `spec.replicas` omitted when 0 (omitempty). */
export function scaleOf(obj: KubeObject): KubeObject {
  const m = obj.metadata;
  const metadata: Record<string, unknown> = { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion };
  metadata.creationTimestamp = m.creationTimestamp ?? null;
  const replicas: number = obj.spec?.replicas ?? 0;
  const status: Record<string, unknown> = { replicas: obj.status?.replicas ?? 0 };
  const selector = labelSelectorString(obj.spec?.selector);
  if (selector) status.selector = selector;
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: metadata as KubeObject["metadata"],
    spec: replicas ? { replicas } : {},
    status,
  };
}

function applyScale(ctx: RequestContext, current: KubeObject, scale: KubeObject): KubeBodyResponse {
  if (scale.metadata?.name !== ctx.info.name) {
    throw newBadRequest(`the name of the object (${scale.metadata?.name ?? ""}) does not match the name on the URL (${ctx.info.name})`);
  }
  const replicas = scale.spec?.replicas ?? 0;
  if (typeof replicas !== "number" || !Number.isInteger(replicas)) {
    throw newBadRequest(`Scale in version "v1" cannot be handled as a Scale: v1.Scale.Spec: v1.ScaleSpec.Replicas: readUint32: unexpected character`);
  }
  if (replicas < 0) {
    throw newInvalid({ group: "autoscaling", kind: "Scale" }, ctx.info.name, [
      fieldInvalid("spec.replicas", replicas, "must be greater than or equal to 0"),
    ]);
  }
  const next: KubeObject = { ...current, metadata: { ...current.metadata }, spec: { ...current.spec, replicas } };
  if (scale.metadata.resourceVersion) next.metadata.resourceVersion = scale.metadata.resourceVersion;
  const updated = ctx.cluster.store.update(ctx.key, next, writeOptions(ctx));
  return jsonResponse(200, scaleOf(updated), ctx.pretty);
}

/** GET, PUT and PATCH of `<resource>/<name>/scale`. */
export function handleScale(ctx: RequestContext): KubeBodyResponse {
  negotiate(ctx.req.headers.accept, ctx.req.query, false);
  const current = ctx.cluster.store.get(ctx.key, ctx.info.namespace, ctx.info.name);
  if (ctx.info.verb === "get") return jsonResponse(200, scaleOf(current), ctx.pretty);
  if (ctx.info.verb === "update") {
    const scale = decodeObject(ctx.req.body, ctx.req.headers["content-type"], SCALE_RESOURCE);
    return applyScale(ctx, current, scale);
  }
  const type = patchTypeOf(ctx.req.headers["content-type"]);
  const patched = patchDocument(scaleOf(current) as unknown as Record<string, Json>, ctx.req.body ?? "", type, "Scale");
  return applyScale(ctx, current, patched as unknown as KubeObject);
}
