/**
 * The RollingUpdate strategy (pkg/controller/deployment/rolling.go, v1.20): scale the new ReplicaSet
 * up to replicas+maxSurge pods in total, then scale old ones down, unhealthy replicas first, while
 * keeping replicas-maxUnavailable available.
 */
import type { KubeObject } from "../types";
import { availableReplicaCount, byCreation, maxUnavailable, newRSNewReplicas, replicaCount, specReplicas, activeReplicaSets } from "./deployment-replicas";
import { deploymentComplete } from "./deployment-conditions";
import { scaleReplicaSet, syncRolloutStatus, type DeploymentSync } from "./deployment-sync";
import { newAndOld } from "./deployment-new-replicaset";
import { cleanupDeployment } from "./deployment-scaling";

/** reconcileNewReplicaSet. */
function reconcileNewReplicaSet(s: DeploymentSync, allRSs: KubeObject[], newRS: KubeObject): boolean {
  const want = specReplicas(s.d);
  if (specReplicas(newRS) === want) return false;
  if (specReplicas(newRS) > want) return scaleReplicaSet(s, newRS, want).scaled;
  return scaleReplicaSet(s, newRS, newRSNewReplicas(s.d, allRSs, newRS)).scaled;
}

/** cleanupUnhealthyReplicas: scale old ReplicaSets down by their unavailable replicas, oldest first. */
function cleanupUnhealthyReplicas(s: DeploymentSync, oldRSs: KubeObject[], maxCleanup: number): { oldRSs: KubeObject[]; count: number } {
  const sorted = [...oldRSs].sort(byCreation);
  let total = 0;
  for (let i = 0; i < sorted.length && total < maxCleanup; i++) {
    const rs = sorted[i];
    const available = rs.status?.availableReplicas ?? 0;
    if (specReplicas(rs) === 0 || specReplicas(rs) === available) continue;
    const count = Math.min(maxCleanup - total, specReplicas(rs) - available);
    sorted[i] = scaleReplicaSet(s, rs, specReplicas(rs) - count).rs;
    total += count;
  }
  return { oldRSs: sorted, count: total };
}

/** scaleDownOldReplicaSetsForRollingUpdate: only while more than replicas-maxUnavailable are available. */
function scaleDownOld(s: DeploymentSync, allRSs: KubeObject[], oldRSs: KubeObject[]): number {
  const minAvailable = specReplicas(s.d) - maxUnavailable(s.d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return 0;
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= toScaleDown) break;
    if (specReplicas(rs) === 0) continue;
    const count = Math.min(specReplicas(rs), toScaleDown - total);
    scaleReplicaSet(s, rs, specReplicas(rs) - count);
    total += count;
  }
  return total;
}

/** reconcileOldReplicaSets. */
function reconcileOldReplicaSets(s: DeploymentSync, allRSs: KubeObject[], oldRSs: KubeObject[], newRS: KubeObject): boolean {
  if (replicaCount(oldRSs) === 0) return false;
  const minAvailable = specReplicas(s.d) - maxUnavailable(s.d);
  const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = replicaCount(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOld(s, [...cleaned.oldRSs, newRS], cleaned.oldRSs);
  return cleaned.count + scaledDown > 0;
}

/** rolloutRolling. */
export function rolloutRolling(s: DeploymentSync, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = newAndOld(s, rsList, true);
  if (!newRS) return;
  const allRSs = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(s, allRSs, newRS)) return syncRolloutStatus(s, allRSs, newRS);
  if (reconcileOldReplicaSets(s, allRSs, activeReplicaSets(oldRSs), newRS)) return syncRolloutStatus(s, allRSs, newRS);
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}
