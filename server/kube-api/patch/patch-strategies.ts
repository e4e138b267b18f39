/**
 * The `patchStrategy` / `patchMergeKey` struct tags of the k8s.io/api v1.20 types that strategic merge
 * patch honours, for the kinds Podium serves. Only lists need an entry: maps always merge, and a list
 * without a strategy is replaced whole (strategicpatch/patch.go `mergeSlice` via PatchMetaFromStruct).
 * Paths are field names from the object root with list indices left out.
 */

export interface ListStrategy {
  merge: boolean;
  /** The merge key for lists of objects; undefined for merged lists of scalars (finalizers). */
  mergeKey?: string;
}

const REPLACE: ListStrategy = { merge: false };

/** PodSpec lists (core/v1 types.go). */
const POD_SPEC_LISTS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  imagePullSecrets: "name",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey",
};

/** Container lists (core/v1 Container). */
const CONTAINER_LISTS: Record<string, string> = {
  env: "name",
  ports: "containerPort",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
};

/** status lists merged by key: conditions everywhere, node addresses, pod IPs. */
const STATUS_LISTS: Record<string, string> = { conditions: "type", addresses: "type", podIPs: "ip" };

const CONTAINER_FIELDS = new Set(["containers", "initContainers", "ephemeralContainers"]);

/** The strategy for the list at `path` in an object of `kind`. */
export function listStrategy(kind: string, path: readonly string[]): ListStrategy {
  const n = path.length;
  const field = path[n - 1];
  const parent = path[n - 2];
  if (n === 2 && parent === "metadata") {
    if (field === "finalizers") return { merge: true };
    if (field === "ownerReferences") return { merge: true, mergeKey: "uid" };
    return REPLACE;
  }
  if (parent !== undefined && CONTAINER_FIELDS.has(parent) && CONTAINER_LISTS[field]) {
    return { merge: true, mergeKey: CONTAINER_LISTS[field] };
  }
  if (parent === "spec" && POD_SPEC_LISTS[field] && isPodSpecPath(kind, path.slice(0, -1))) {
    return { merge: true, mergeKey: POD_SPEC_LISTS[field] };
  }
  if (kind === "Service" && n === 2 && parent === "spec" && field === "ports") return { merge: true, mergeKey: "port" };
  if (n === 2 && parent === "status" && STATUS_LISTS[field]) return { merge: true, mergeKey: STATUS_LISTS[field] };
  return REPLACE;
}

/** Where each served kind keeps its PodSpec. */
function isPodSpecPath(kind: string, specPath: readonly string[]): boolean {
  const p = specPath.join(".");
  if (kind === "Pod") return p === "spec";
  if (kind === "PodTemplate") return p === "template.spec";
  if (kind === "CronJob") return p === "spec.jobTemplate.spec.template.spec";
  return p === "spec.template.spec";
}
