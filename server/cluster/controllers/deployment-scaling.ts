/**
 * Scaling without a rollout (pkg/controller/deployment/sync.go isScalingEvent, scale, cleanupDeployment,
 * v1.20): resize the only active ReplicaSet, or spread a change proportionally over the active ones
 * during a rollout; delete history beyond revisionHistoryLimit.
 */
import type { KubeObject } from "../types";
import { isNotFound } from "../errors/status-error";
import { revisionOf } from "./deployment-revisions";
import { activeReplicaSets, byCreation, bySize, desiredReplicasAnnotation, isRollingUpdate, isSaturated, maxSurge, proportion, replicaCount, specReplicas } from "./deployment-replicas";
import { newAndOld } from "./deployment-new-replicaset";
import { RS, scaleReplicaSet, type DeploymentSync } from "./deployment-sync";

/** isScalingEvent: an active ReplicaSet's desired-replicas annotation differs from spec.replicas. */
export function isScalingEvent(s: DeploymentSync, rsList: KubeObject[]): boolean {
  const { newRS, oldRSs } = newAndOld(s, rsList, false);
  return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
    const desired = desiredReplicasAnnotation(rs);
    return desired !== undefined && desired !== specReplicas(s.d);
  });
}

/** FindActiveOrLatest. */
function activeOrLatest(newRS: KubeObject | undefined, oldRSs: KubeObject[]): KubeObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const sorted = [...oldRSs].sort(byCreation).reverse();
  const active = activeReplicaSets([...sorted, newRS]);
  if (active.length === 0) return newRS ?? sorted[0];
  return active.length === 1 ? active[0] : undefined;
}

/** `scale`: resize the only active ReplicaSet, or spread a change proportionally during a rollout. */
export function scale(s: DeploymentSync, newRS: KubeObject | undefined, oldRSs: KubeObject[]): void {
  const d = s.d;
  const target = activeOrLatest(newRS, oldRSs);
  if (target) {
    if (specReplicas(target) !== specReplicas(d)) scaleReplicaSet(s, target, specReplicas(d));
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of activeReplicaSets(oldRSs)) scaleReplicaSet(s, old, 0);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = activeReplicaSets([...oldRSs, newRS]);
  const allowed = specReplicas(d) > 0 ? specReplicas(d) + maxSurge(d) : 0;
  const toAdd = allowed - replicaCount(all);
  const op = toAdd > 0 ? "up" : toAdd < 0 ? "down" : undefined;
  if (toAdd !== 0) all.sort(bySize(toAdd > 0));
  let added = 0;
  const sizes = all.map((rs) => {
    if (toAdd === 0) return specReplicas(rs);
    const p = proportion(rs, d, toAdd, added);
    added += p;
    return specReplicas(rs) + p;
  });
  all.forEach((rs, i) => {
    let size = sizes[i];
    if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
    scaleReplicaSet(s, rs, size, op);
  });
}

/** cleanupDeployment: deletes the oldest fully scaled-down ReplicaSets beyond revisionHistoryLimit. */
export function cleanupDeployment(s: DeploymentSync, oldRSs: KubeObject[]): void {
  const limit = s.d.spec?.revisionHistoryLimit ?? 10;
  if (limit === null || limit === undefined) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
  for (const rs of cleanable.slice(0, diff)) {
    if ((rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    try {
      s.ctx.store.delete(RS, rs.metadata.namespace ?? "", rs.metadata.name ?? "");
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}
