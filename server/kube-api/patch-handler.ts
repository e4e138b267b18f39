/**
 * PATCH (apiserver handlers/patch.go, v1.20): JSON patch, merge patch and strategic merge patch are
 * applied to the current object, then written back as an update carrying the resourceVersion that was
 * read (or the one the patch sets, which then acts as a precondition). The `status` subresource writes
 * only status; `scale` is handled by scale-subresource.ts through `patchDocument`.
 */
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { unprocessablePatch, unsupportedMediaType } from "./api-errors";
import { applyJsonPatch, JsonPatchError, parseJsonPatch } from "./patch/json-patch";
import { applyMergePatch, isObject, type Json } from "./patch/merge-patch";
import { applyStrategicMergePatch, StrategicMergePatchError } from "./patch/strategic-merge-patch";
import { negotiate } from "./negotiation";
import { writeOptions, type RequestContext } from "./request-context";
import { checkBodySize, goJsonSyntaxMessage } from "./request-body";
import { checkJsonTypes } from "./api-schema/check-json-types";
import { dropUnknownFields } from "./known-fields";
import { jsonResponse } from "./responses";
import type { KubeBodyResponse } from "./types";

export type PatchType = "json" | "merge" | "strategic";

const PATCH_TYPES: Record<string, PatchType> = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
};

/** The patch flavour named by Content-Type; server-side apply and anything else are 415. */
export function patchTypeOf(contentType: string | undefined): PatchType {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  const t = PATCH_TYPES[type];
  if (!t) {
    throw unsupportedMediaType(
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
    );
  }
  return t;
}

function parsePatchObject(body: string): Record<string, Json> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw newBadRequest(goJsonSyntaxMessage(err, body));
  }
  if (!isObject(value)) throw newBadRequest("json: cannot unmarshal array into Go value of type map[string]interface {}");
  return value;
}

/** Applies a patch body of `type` to `doc` (an object of `kind`). */
export function patchDocument(doc: Record<string, Json>, body: string, type: PatchType, kind: string): Record<string, Json> {
  checkBodySize(body);
  let patched: Json;
  try {
    if (type === "json") patched = applyJsonPatch(doc, parseJsonPatch(body));
    else if (type === "merge") patched = applyMergePatch(doc, parsePatchObject(body));
    else patched = applyStrategicMergePatch(doc, parsePatchObject(body), kind);
  } catch (err) {
    if (err instanceof JsonPatchError) throw err.malformed ? newBadRequest(err.message) : unprocessablePatch(err.message);
    if (err instanceof StrategicMergePatchError) throw newBadRequest(err.message);
    throw err;
  }
  if (!isObject(patched)) throw newBadRequest("the patched object is not a JSON object");
  return patched;
}

export function patchObject(ctx: RequestContext): KubeBodyResponse {
  negotiate(ctx.req.headers.accept, ctx.req.query, false);
  const type = patchTypeOf(ctx.req.headers["content-type"]);
  const store = ctx.cluster.store;
  const current = store.get(ctx.key, ctx.info.namespace, ctx.info.name);
  const patched = patchDocument(current as unknown as Record<string, Json>, ctx.req.body ?? "", type, ctx.resource.kind);
  if (!isObject(patched.metadata)) patched.metadata = {};
  checkJsonTypes(patched as unknown as KubeObject);
  const obj = dropUnknownFields(patched as unknown as KubeObject);
  if (obj.metadata.name !== ctx.info.name) {
    throw newBadRequest(`the name of the object (${obj.metadata.name ?? ""}) does not match the name on the URL (${ctx.info.name})`);
  }
  if (ctx.resource.namespaced && obj.metadata.namespace !== ctx.info.namespace) {
    throw newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
  }
  if (obj.apiVersion !== current.apiVersion || obj.kind !== current.kind) {
    throw newBadRequest(`the API version in the data (${String(obj.apiVersion)}) does not match the expected API version (${current.apiVersion})`);
  }
  const updated =
    ctx.info.subresource === "status"
      ? store.updateStatus(ctx.key, obj, writeOptions(ctx))
      : store.update(ctx.key, obj, writeOptions(ctx));
  return jsonResponse(200, updated, ctx.pretty);
}
