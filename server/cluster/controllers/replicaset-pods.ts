/**
 * Pod predicates and the scale-down ranking the ReplicaSet controller uses, as in
 * pkg/api/v1/pod/util.go (IsPodReady, IsPodAvailable) and pkg/controller/controller_utils.go
 * (IsPodActive, ActivePodsWithRanks.Less, v1.20 without the 1.21 LogarithmicScaleDown gate).
 */
import type { KubeObject } from "../types";
import { parseTime } from "../runtime/time-format";

type Condition = { type: string; status: string; lastTransitionTime?: string };

export function podCondition(pod: KubeObject, type: string): Condition | undefined {
  return (pod.status?.conditions as Condition[] | undefined)?.find((c) => c.type === type);
}

export function isPodReady(pod: KubeObject): boolean {
  return podCondition(pod, "Ready")?.status === "True";
}

/** Ready for at least minReadySeconds (IsPodAvailable). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const since = parseTime(podCondition(pod, "Ready")?.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 <= nowMs;
}

/** When a ready pod becomes available, for a requeue (undefined when it never will by time alone). */
export function podAvailableAt(pod: KubeObject, minReadySeconds: number): number | undefined {
  if (!isPodReady(pod)) return undefined;
  const since = parseTime(podCondition(pod, "Ready")?.lastTransitionTime);
  return since === undefined ? undefined : since + minReadySeconds * 1000;
}

/** Neither finished nor being deleted (IsPodActive). */
export function isPodActive(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed" && !pod.metadata.deletionTimestamp;
}

const phaseOrdinal: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function maxRestarts(pod: KubeObject): number {
  const statuses = (pod.status?.containerStatuses ?? []) as { restartCount?: number }[];
  return statuses.reduce((m, s) => Math.max(m, s.restartCount ?? 0), 0);
}

/** afterOrZero: a zero time counts as "after" everything. */
function afterOrZero(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  return a > b;
}

/**
 * ActivePodsWithRanks.Less: unassigned < assigned, Pending < Unknown < Running, not ready < ready,
 * more co-located related pods first, ready more recently first, more restarts first, newer first.
 */
export function lessForScaleDown(a: KubeObject, b: KubeObject, rankA: number, rankB: number): boolean {
  const na = a.spec?.nodeName ?? "";
  const nb = b.spec?.nodeName ?? "";
  if (na !== nb && (na === "" || nb === "")) return na === "";
  const pa = phaseOrdinal[a.status?.phase] ?? 0;
  const pb = phaseOrdinal[b.status?.phase] ?? 0;
  if (pa !== pb) return pa < pb;
  if (isPodReady(a) !== isPodReady(b)) return !isPodReady(a);
  if (rankA !== rankB) return rankA > rankB;
  if (isPodReady(a) && isPodReady(b)) {
    const ra = parseTime(podCondition(a, "Ready")?.lastTransitionTime);
    const rb = parseTime(podCondition(b, "Ready")?.lastTransitionTime);
    if (ra !== rb) return afterOrZero(ra, rb);
  }
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  const ca = parseTime(a.metadata.creationTimestamp);
  const cb = parseTime(b.metadata.creationTimestamp);
  if (ca !== cb) return afterOrZero(ca, cb);
  return false;
}

/**
 * getPodsToDelete (replica_set.go): ranks each pod by the number of active related pods (all pods of
 * the deployment's ReplicaSets) on its node, sorts with `lessForScaleDown` and takes the first `count`.
 * Go's sort is an insertion sort at these sizes, so ties keep their input order; we sort stably.
 */
export function podsToDelete(pods: KubeObject[], related: KubeObject[], count: number): KubeObject[] {
  if (count >= pods.length) return [...pods];
  const onNode = new Map<string, number>();
  for (const p of related) if (isPodActive(p)) onNode.set(p.spec?.nodeName ?? "", (onNode.get(p.spec?.nodeName ?? "") ?? 0) + 1);
  const ranked = pods.map((pod, i) => ({ pod, i, rank: onNode.get(pod.spec?.nodeName ?? "") ?? 0 }));
  ranked.sort((x, y) => (lessForScaleDown(x.pod, y.pod, x.rank, y.rank) ? -1 : lessForScaleDown(y.pod, x.pod, y.rank, x.rank) ? 1 : x.i - y.i));
  return ranked.slice(0, count).map((r) => r.pod);
}

/** Oldest first by creation, then name (the order controllers pick pods to keep). */
export function byOldest(a: KubeObject, b: KubeObject): number {
  const d = (parseTime(a.metadata.creationTimestamp) ?? 0) - (parseTime(b.metadata.creationTimestamp) ?? 0);
  return d || ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1);
}
