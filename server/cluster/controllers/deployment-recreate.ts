/**
 * The Recreate strategy (pkg/controller/deployment/recreate.go, v1.20): scale every old ReplicaSet
 * to 0, wait until none of their pods exists any more (terminating ones included), then create or
 * scale up the new ReplicaSet.
 */
import type { KubeObject } from "../types";
import { activeReplicaSets, actualReplicaCount, specReplicas } from "./deployment-replicas";
import { deploymentComplete } from "./deployment-conditions";
import { scaleReplicaSet, syncRolloutStatus, type DeploymentSync } from "./deployment-sync";
import { newAndOld } from "./deployment-new-replicaset";
import { cleanupDeployment } from "./deployment-scaling";

/** oldPodsRunning: old ReplicaSets still report pods, or a pod outside the new ReplicaSet is not finished. */
function oldPodsRunning(newRS: KubeObject | undefined, oldRSs: KubeObject[], pods: KubeObject[]): boolean {
  if (actualReplicaCount(oldRSs) > 0) return true;
  return pods.some((p) => {
    const owner = p.metadata.ownerReferences?.find((r) => r.controller);
    if (newRS && owner?.uid === newRS.metadata.uid) return false;
    return p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
  });
}

export function rolloutRecreate(s: DeploymentSync, rsList: KubeObject[], pods: KubeObject[]): void {
  let { newRS, oldRSs } = newAndOld(s, rsList, false);
  let allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) scaledDown = scaleReplicaSet(s, rs, 0).scaled || scaledDown;
  if (scaledDown) return syncRolloutStatus(s, allRSs, newRS);
  if (oldPodsRunning(newRS, oldRSs, pods)) return syncRolloutStatus(s, allRSs, newRS);
  if (!newRS) {
    ({ newRS, oldRSs } = newAndOld(s, rsList, true));
    allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
  }
  if (newRS && specReplicas(newRS) !== specReplicas(s.d)) scaleReplicaSet(s, newRS, specReplicas(s.d));
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}
