/**
 * Reading request bodies as the apiserver's create/update handlers do (handlers/create.go, update.go,
 * rest.go `limitedReadBody`, v1.20): at most 3 MiB, JSON or YAML, kind and apiVersion defaulted from
 * the URL when missing and checked against it when present. Unknown fields are dropped silently
 * (known-fields.ts): v1.20 had no strict field validation.
 */
import { parse as parseYaml } from "yaml";
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { ServedResource } from "@/server/cluster/kinds/registry";
import type { KubeObject } from "@/server/cluster/types";
import { requestEntityTooLarge, unsupportedMediaType } from "./api-errors";
import { checkJsonTypes } from "./api-schema/check-json-types";
import { dropUnknownFields } from "./known-fields";

/** apiserver's MaxRequestBodyBytes default (3 MiB). */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

const MEDIA_TYPES = "application/json, application/yaml, application/vnd.kubernetes.protobuf";

export function checkBodySize(body: string | undefined): void {
  if (body !== undefined && Buffer.byteLength(body) > MAX_REQUEST_BODY_BYTES) {
    throw requestEntityTooLarge(MAX_REQUEST_BODY_BYTES);
  }
}

/** summarizeData (handlers/rest.go): the start of the body, for decode errors. */
function summarize(body: string): string {
  if (body.length === 0) return "<empty>";
  if (body[0] === "{") return body.length > 30 ? `${body.slice(0, 30)} ...` : body;
  const hex = Buffer.from(body.slice(0, 30)).toString("hex");
  return body.length > 30 ? `${hex} ...` : hex;
}

/** Go's encoding/json wording for the common syntax errors JSON.parse reports. */
export function goJsonSyntaxMessage(err: unknown, body: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/end of JSON input/i.test(message) || body.trim() === "") return "unexpected end of JSON input";
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : body.search(/\S/);
  const ch = body[at] ?? "";
  return `invalid character '${ch}' looking for beginning of value`;
}

/** Parses a JSON or YAML body into a plain value; syntax errors throw the decoder's 400. */
export function parseBody(body: string | undefined, contentType: string | undefined, expectedKind: string): unknown {
  checkBodySize(body);
  const text = body ?? "";
  const type = (contentType ?? "application/json").split(";")[0].trim().toLowerCase();
  if (type === "application/yaml" || type === "application/x-yaml" || type === "text/yaml") {
    try {
      return parseYaml(text);
    } catch (err) {
      throw newBadRequest(
        `the object provided is unrecognized (must be of type ${expectedKind}): couldn't get version/kind; json parse error: ${
          err instanceof Error ? err.message.split("\n")[0] : String(err)
        } (${summarize(text)})`,
      );
    }
  }
  if (type !== "application/json" && type !== "" && type !== "*/*") {
    throw unsupportedMediaType(`the body of the request was in an unknown format - accepted media types include: ${MEDIA_TYPES}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw newBadRequest(
      `the object provided is unrecognized (must be of type ${expectedKind}): couldn't get version/kind; json parse error: ${goJsonSyntaxMessage(
        err,
        text,
      )} (${summarize(text)})`,
    );
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Decodes the object of a create or update: defaults kind/apiVersion from the URL, rejects another
 * group/version or kind with the messages of create.go and transformDecodeError.
 */
export function decodeObject(
  body: string | undefined,
  contentType: string | undefined,
  resource: ServedResource,
): KubeObject {
  const value = parseBody(body, contentType, resource.kind);
  if (!isRecord(value)) {
    const got = Array.isArray(value) ? "array" : typeof value;
    throw newBadRequest(
      `the object provided is unrecognized (must be of type ${resource.kind}): couldn't get version/kind; json parse error: json: cannot unmarshal ${got} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" } (${summarize(body ?? "")})`,
    );
  }
  const apiVersion = typeof value.apiVersion === "string" && value.apiVersion ? value.apiVersion : resource.apiVersion;
  const kind = typeof value.kind === "string" && value.kind ? value.kind : resource.kind;
  if (apiVersion !== resource.apiVersion) {
    throw newBadRequest(
      `the API version in the data (${apiVersion}) does not match the expected API version (${resource.apiVersion})`,
    );
  }
  if (kind !== resource.kind) {
    throw newBadRequest(
      `${kind} in version "${resource.version}" cannot be handled as a ${resource.kind}: no kind "${kind}" is registered for version "${resource.apiVersion}" in scheme "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30"`,
    );
  }
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const obj = { ...value, apiVersion, kind, metadata } as KubeObject;
  checkJsonTypes(obj);
  return dropUnknownFields(obj);
}
