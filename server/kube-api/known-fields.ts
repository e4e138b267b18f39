/**
 * Unknown fields are dropped, as decoding into the typed Go structs did in v1.20 (no strict field
 * validation yet). This layer knows the top level of each served kind and ObjectMeta; deeper unknown
 * fields are left for the store's kind strategies.
 */
import type { KubeObject } from "@/server/cluster/types";

const WORKLOAD = ["spec", "status"];

/** Top-level fields besides kind, apiVersion and metadata (k8s.io/api v1.20 types.go). */
const TOP_LEVEL: Record<string, string[]> = {
  "v1/ConfigMap": ["data", "binaryData", "immutable"],
  "v1/Secret": ["data", "stringData", "type", "immutable"],
  "v1/ServiceAccount": ["secrets", "imagePullSecrets", "automountServiceAccountToken"],
  "v1/Endpoints": ["subsets"],
  "v1/Event": [
    "involvedObject", "reason", "message", "source", "firstTimestamp", "lastTimestamp", "count", "type", "eventTime",
    "series", "action", "related", "reportingComponent", "reportingInstance",
  ],
  "events.k8s.io/v1/Event": [
    "eventTime", "series", "reportingController", "reportingInstance", "action", "reason", "regarding", "related", "note",
    "type", "deprecatedSource", "deprecatedFirstTimestamp", "deprecatedLastTimestamp", "deprecatedCount",
  ],
  "coordination.k8s.io/v1/Lease": ["spec"],
};

const OBJECT_META = new Set([
  "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
  "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
  "clusterName", "managedFields",
]);

/** A copy of `obj` without the top-level and metadata fields its kind does not have. */
export function dropUnknownFields(obj: KubeObject): KubeObject {
  const allowed = new Set(["kind", "apiVersion", "metadata", ...(TOP_LEVEL[`${obj.apiVersion}/${obj.kind}`] ?? WORKLOAD)]);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (allowed.has(k)) out[k] = v;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj.metadata ?? {})) if (OBJECT_META.has(k)) meta[k] = v;
  out.metadata = meta;
  return out as KubeObject;
}
