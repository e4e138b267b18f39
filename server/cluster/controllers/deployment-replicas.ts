/**
 * Replica arithmetic of the deployment controller (pkg/controller/deployment/util/deployment_util.go,
 * v1.20): fenceposts, counts over ReplicaSets, the replicas annotations and proportional scaling.
 */
import type { KubeObject } from "../types";
import { parseTime } from "../runtime/time-format";

export const REVISION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
export const DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";

/** spec.replicas with the API default of 1 (a ReplicaSet or Deployment). */
export const specReplicas = (o: KubeObject): number => (o.spec?.replicas ?? 1) as number;

/** intstr.GetScaledValueFromIntOrPercent: "25%" of `total`, rounded up or down; plain ints as is. */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number") return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) return Number.parseInt(value, 10) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

export const isRollingUpdate = (d: KubeObject): boolean => (d.spec?.strategy?.type ?? "RollingUpdate") === "RollingUpdate";

/** ResolveFenceposts: surge rounds up, unavailable rounds down; both 0 makes unavailable 1. */
export function resolveFenceposts(maxSurge: number | string | undefined, maxUnavailable: number | string | undefined, desired: number): [number, number] {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

function fenceposts(d: KubeObject): [number, number] {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  return resolveFenceposts(ru.maxSurge ?? "25%", ru.maxUnavailable ?? "25%", specReplicas(d));
}

/** MaxSurge: 0 unless rolling. */
export const maxSurge = (d: KubeObject): number => (isRollingUpdate(d) ? fenceposts(d)[0] : 0);

/** MaxUnavailable: 0 unless rolling with replicas, never above replicas. */
export function maxUnavailable(d: KubeObject): number {
  if (!isRollingUpdate(d) || specReplicas(d) === 0) return 0;
  return Math.min(fenceposts(d)[1], specReplicas(d));
}

const sum = (rss: (KubeObject | undefined)[], f: (rs: KubeObject) => number) => rss.reduce((n, rs) => n + (rs ? f(rs) : 0), 0);
/** GetReplicaCountForReplicaSets: sum of spec.replicas. */
export const replicaCount = (rss: (KubeObject | undefined)[]) => sum(rss, specReplicas);
/** GetActualReplicaCountForReplicaSets: sum of status.replicas. */
export const actualReplicaCount = (rss: (KubeObject | undefined)[]) => sum(rss, (rs) => rs.status?.replicas ?? 0);
export const readyReplicaCount = (rss: (KubeObject | undefined)[]) => sum(rss, (rs) => rs.status?.readyReplicas ?? 0);
export const availableReplicaCount = (rss: (KubeObject | undefined)[]) => sum(rss, (rs) => rs.status?.availableReplicas ?? 0);

/** FilterActiveReplicaSets: those with spec.replicas > 0. */
export const activeReplicaSets = (rss: (KubeObject | undefined)[]): KubeObject[] => rss.filter((rs): rs is KubeObject => !!rs && specReplicas(rs) > 0);

const created = (o: KubeObject) => parseTime(o.metadata.creationTimestamp) ?? 0;

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  return created(a) - created(b) || ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1);
}

/** ReplicaSetsBySizeOlder (larger first, older first on ties) and ...Newer (newer first on ties). */
export function bySize(newerFirst: boolean) {
  return (a: KubeObject, b: KubeObject): number => {
    if (specReplicas(a) !== specReplicas(b)) return specReplicas(b) - specReplicas(a);
    return newerFirst ? byCreation(b, a) : byCreation(a, b);
  };
}

/** NewRSNewReplicas: how far the new ReplicaSet may grow now. */
export function newRSNewReplicas(d: KubeObject, allRSs: KubeObject[], newRS: KubeObject): number {
  if (!isRollingUpdate(d)) return specReplicas(d);
  const maxTotal = specReplicas(d) + maxSurge(d);
  const current = replicaCount(allRSs);
  if (current >= maxTotal) return specReplicas(newRS);
  return specReplicas(newRS) + Math.min(maxTotal - current, specReplicas(d) - specReplicas(newRS));
}

function intAnnotation(rs: KubeObject, key: string): number | undefined {
  const v = rs.metadata.annotations?.[key];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? undefined : n;
}
export const desiredReplicasAnnotation = (rs: KubeObject) => intAnnotation(rs, DESIRED_REPLICAS);

/** ReplicasAnnotationsNeedUpdate. */
export function replicasAnnotationsNeedUpdate(rs: KubeObject, desired: number, max: number): boolean {
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS] !== String(desired) || a[MAX_REPLICAS] !== String(max);
}

/** SetReplicasAnnotations (mutates the copy). */
export function setReplicasAnnotations(rs: KubeObject, desired: number, max: number): boolean {
  const a = (rs.metadata.annotations ??= {});
  const changed = a[DESIRED_REPLICAS] !== String(desired) || a[MAX_REPLICAS] !== String(max);
  a[DESIRED_REPLICAS] = String(desired);
  a[MAX_REPLICAS] = String(max);
  return changed;
}

/** IsSaturated: the new ReplicaSet runs exactly the desired count, all available. */
export function isSaturated(d: KubeObject, rs: KubeObject | undefined): boolean {
  if (!rs) return false;
  const desired = desiredReplicasAnnotation(rs);
  return desired === specReplicas(d) && specReplicas(rs) === specReplicas(d) && (rs.status?.availableReplicas ?? 0) === specReplicas(d);
}

/** GetProportion / getReplicaSetFraction: a ReplicaSet's share of a proportional scale. */
export function proportion(rs: KubeObject, d: KubeObject, toAdd: number, added: number): number {
  if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  let fraction: number;
  if (specReplicas(d) === 0) fraction = -specReplicas(rs);
  else {
    const annotated = intAnnotation(rs, MAX_REPLICAS) ?? (d.status?.replicas ?? 0);
    // integer.RoundToInt32 rounds half away from zero.
    const size = (specReplicas(rs) * (specReplicas(d) + maxSurge(d))) / annotated;
    fraction = Math.sign(size) * Math.round(Math.abs(size)) - specReplicas(rs);
  }
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
