/**
 * Content negotiation of the apiserver (apiserver/pkg/endpoints/handlers/negotiation, v1.20) reduced to
 * what clients of a JSON-only server send: `as=Table` media types ask for server-side printing, the
 * rest must accept JSON (or anything).
 */
import { notAcceptable } from "./api-errors";
import type { IncludeObject } from "./table/build-table";
import { newBadRequest } from "@/server/cluster/errors/status-error";

export interface Negotiated {
  /** Table apiVersion when the client asked for a Table ("meta.k8s.io/v1" or "meta.k8s.io/v1beta1"). */
  table?: string;
  /** PartialObjectMetadata(List) apiVersion when the client asked for metadata only (client-go's metadata client). */
  partial?: string;
  includeObject: IncludeObject;
}

interface MediaType {
  type: string;
  params: Record<string, string>;
}

function parseAccept(accept: string): MediaType[] {
  return accept
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part)
    .map((part) => {
      const [type, ...params] = part.split(";").map((s) => s.trim());
      const p: Record<string, string> = {};
      for (const kv of params) {
        const eq = kv.indexOf("=");
        if (eq > 0) p[kv.slice(0, eq).trim()] = kv.slice(eq + 1).trim();
      }
      return { type: type.toLowerCase(), params: p };
    });
}

const JSONISH = new Set(["application/json", "*/*", "application/*"]);

/**
 * Chooses the reply format. The first acceptable entry wins, as the negotiator walks Accept in order;
 * a Table entry is acceptable only for a meta.k8s.io v1/v1beta1 Table.
 */
export function negotiate(accept: string | undefined, query: URLSearchParams, tableAllowed: boolean): Negotiated {
  const include = query.get("includeObject") ?? "";
  if (!["", "Metadata", "Object", "None"].includes(include)) {
    throw newBadRequest(`unrecognized includeObject value: "${include}"`);
  }
  const includeObject = (include || "Metadata") as IncludeObject;
  const entries = parseAccept(accept ?? "");
  if (entries.length === 0) return { includeObject };
  for (const e of entries) {
    if (e.params.as === "Table") {
      if (!tableAllowed || e.type !== "application/json") continue;
      if (e.params.g !== "meta.k8s.io") continue;
      if (e.params.v === "v1" || e.params.v === "v1beta1") return { table: `meta.k8s.io/${e.params.v}`, includeObject };
      continue;
    }
    if (e.params.as === "PartialObjectMetadata" || e.params.as === "PartialObjectMetadataList") {
      if (e.type !== "application/json" || e.params.g !== "meta.k8s.io") continue;
      if (e.params.v === "v1" || e.params.v === "v1beta1") return { partial: `meta.k8s.io/${e.params.v}`, includeObject };
      continue;
    }
    if (e.params.as) continue; // no other conversions exist
    if (JSONISH.has(e.type)) return { includeObject };
  }
  throw notAcceptable();
}
