/**
 * The deployment controller's writes (pkg/controller/deployment/sync.go and progress.go, v1.20):
 * scaling one ReplicaSet with its ScalingReplicaSet event, the revision annotation, and the status
 * (syncDeploymentStatus, syncRolloutStatus with the progress deadline requeue).
 */
import type { KubeObject } from "../types";
import type { ControllerContext } from "../runtime/controller";
import { maxSurge, replicasAnnotationsNeedUpdate, REVISION, setReplicasAnnotations, specReplicas } from "./deployment-replicas";
import { applyProgress, calculateStatus, progressDeadlineAt, removeCondition, setCondition, type DeploymentStatus } from "./deployment-conditions";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

export const RS = "replicasets.apps";
export const DEPLOY = "deployments.apps";
const SOURCE = { component: "deployment-controller" };

/**
 * One sync of one Deployment. `d` is the stored, frozen object (never mutated: writes copy it), replaced
 * after each write by the stored result, so later writes carry its resourceVersion and the renderings
 * cached per stored template (deployment-revisions.ts) keep being found.
 */
export interface DeploymentSync {
  ctx: ControllerContext;
  d: KubeObject;
}

/** Writes the deployment's status subresource and makes the stored result the sync's `d`. */
function updateDeploymentStatus(s: DeploymentSync, copy: KubeObject): void {
  const written = s.ctx.store.updateStatus(DEPLOY, copy);
  s.d = s.ctx.lister.peek(DEPLOY, written.metadata.namespace ?? "", written.metadata.name ?? "") ?? written;
}

/** JSON with sorted keys, standing in for reflect.DeepEqual. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val) => (val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1))) : val));
}

/** scaleReplicaSet: writes the size and replicas annotations; records ScalingReplicaSet when the size changed. */
export function scaleReplicaSet(s: DeploymentSync, rs: KubeObject, newScale: number, operation?: "up" | "down"): { scaled: boolean; rs: KubeObject } {
  const d = s.d;
  const sizeChanged = specReplicas(rs) !== newScale;
  const max = specReplicas(d) + maxSurge(d);
  if (!sizeChanged && !replicasAnnotationsNeedUpdate(rs, specReplicas(d), max)) return { scaled: false, rs };
  const copy = clone(rs) as KubeObject;
  copy.spec.replicas = newScale;
  setReplicasAnnotations(copy, specReplicas(d), max);
  const updated = s.ctx.store.update(RS, copy);
  if (sizeChanged) {
    const op = operation ?? (specReplicas(rs) < newScale ? "up" : "down");
    s.ctx.recorder.recordEvent(d, "Normal", "ScalingReplicaSet", `Scaled ${op} replica set ${rs.metadata.name} to ${newScale}`, SOURCE);
  }
  return { scaled: sizeChanged, rs: updated };
}

/**
 * SetDeploymentRevision + UpdateStatus: upstream writes the annotation through the status endpoint
 * (deploymentStatusStrategy keeps annotations), so the generation does not move.
 */
export function writeDeploymentRevision(s: DeploymentSync, revision: string): void {
  if (s.d.metadata.annotations?.[REVISION] === revision) return;
  const copy = clone(s.d) as KubeObject;
  (copy.metadata.annotations ??= {})[REVISION] = revision;
  updateDeploymentStatus(s, copy);
}

export function writeStatus(s: DeploymentSync, status: DeploymentStatus): void {
  if (semanticEqual(s.d.status ?? {}, status)) return;
  const copy = clone(s.d) as KubeObject;
  copy.status = status;
  updateDeploymentStatus(s, copy);
}

/** syncDeploymentStatus (no progress estimate): used for paused deployments and scaling events. */
export function syncDeploymentStatus(s: DeploymentSync, allRSs: KubeObject[], newRS: KubeObject | undefined): void {
  writeStatus(s, calculateStatus(allRSs, newRS, s.d, s.ctx.clock.now()));
}

/**
 * getReplicaFailures (progress.go): the new ReplicaSet's ReplicaFailure condition (else an old one's)
 * becomes the deployment's, with lastUpdateTime = lastTransitionTime.
 */
function copyReplicaFailure(status: DeploymentStatus, allRSs: KubeObject[], newRS: KubeObject | undefined): void {
  const candidates = [...(newRS ? [newRS] : []), ...allRSs.filter((rs) => rs !== newRS)];
  for (const rs of candidates) {
    const c = ((rs.status?.conditions ?? []) as Record<string, string>[]).find((x) => x.type === "ReplicaFailure");
    if (!c) continue;
    setCondition(status, { type: "ReplicaFailure", status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message });
    return;
  }
  removeCondition(status, "ReplicaFailure");
}

/** syncRolloutStatus: status plus the Progressing condition, and a requeue for the progress deadline (progress.go requeueStuckDeployment). */
export function syncRolloutStatus(s: DeploymentSync, allRSs: KubeObject[], newRS: KubeObject | undefined): void {
  const now = s.ctx.clock.now();
  const status = applyProgress(s.d, calculateStatus(allRSs, newRS, s.d, now), newRS, now);
  copyReplicaFailure(status, allRSs, newRS);
  writeStatus(s, status);
  const deadline = progressDeadlineAt(s.d, s.d.status ?? {});
  const key = `${s.d.metadata.namespace}/${s.d.metadata.name}`;
  // requeueStuckDeployment: come back just after the deadline to report ProgressDeadlineExceeded.
  if (deadline !== undefined) s.ctx.requeueAt(key, deadline + 1000);
  // Upstream requeues only while the rollout progresses (not once complete or timed out) and its
  // delaying queue cannot take a requeue back; the wake-up would be a no-op sync, so drop it here.
  else s.ctx.cancelRequeue(key);
}
