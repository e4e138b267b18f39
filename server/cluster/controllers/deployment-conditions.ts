/**
 * Deployment status: conditions and calculateStatus (deployment_util.go SetDeploymentCondition,
 * sync.go calculateStatus, progress.go syncRolloutStatus / requeueStuckDeployment, v1.20).
 */
import type { KubeObject } from "../types";
import { formatTime, parseTime } from "../runtime/time-format";
import { actualReplicaCount, availableReplicaCount, maxUnavailable, readyReplicaCount, replicaCount, specReplicas } from "./deployment-replicas";

export interface DeploymentCondition {
  type: string;
  status: string;
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DeploymentStatus = Record<string, any> & { conditions?: DeploymentCondition[] };

export const Reasons = {
  ReplicaSetUpdated: "ReplicaSetUpdated",
  NewReplicaSetCreated: "NewReplicaSetCreated",
  FoundNewReplicaSet: "FoundNewReplicaSet",
  NewReplicaSetAvailable: "NewReplicaSetAvailable",
  ProgressDeadlineExceeded: "ProgressDeadlineExceeded",
  DeploymentPaused: "DeploymentPaused",
  DeploymentResumed: "DeploymentResumed",
  MinimumReplicasAvailable: "MinimumReplicasAvailable",
  MinimumReplicasUnavailable: "MinimumReplicasUnavailable",
} as const;

export function newCondition(type: string, status: string, reason: string, message: string, nowMs: number): DeploymentCondition {
  const t = formatTime(nowMs);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

export const getCondition = (s: DeploymentStatus | undefined, type: string) => s?.conditions?.find((c) => c.type === type);

export function removeCondition(s: DeploymentStatus, type: string): void {
  if (s.conditions) s.conditions = s.conditions.filter((c) => c.type !== type);
}

/** SetDeploymentCondition: same status and reason is a no-op; same status keeps lastTransitionTime; the condition moves to the end. */
export function setCondition(s: DeploymentStatus, cond: DeploymentCondition): void {
  const current = getCondition(s, cond.type);
  if (current && current.status === cond.status && current.reason === cond.reason) return;
  if (current && current.status === cond.status) cond.lastTransitionTime = current.lastTransitionTime;
  s.conditions = [...(s.conditions ?? []).filter((c) => c.type !== cond.type), cond];
}

export const hasProgressDeadline = (d: KubeObject): boolean => {
  const p = d.spec?.progressDeadlineSeconds ?? 600;
  return p !== null && p !== 2147483647;
};

/** Writes the status fields in DeploymentStatus order, leaving out zero values (all are omitempty). */
function orderedStatus(s: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = {};
  for (const k of ["observedGeneration", "replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"]) {
    if (s[k]) out[k] = s[k];
  }
  if (s.conditions?.length) out.conditions = s.conditions;
  if (s.collisionCount !== undefined && s.collisionCount !== null) out.collisionCount = s.collisionCount;
  return out;
}

/** calculateStatus: counts over all ReplicaSets plus the Available condition. */
export function calculateStatus(allRSs: KubeObject[], newRS: KubeObject | undefined, d: KubeObject, nowMs: number): DeploymentStatus {
  const available = availableReplicaCount(allRSs);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation ?? 0,
    replicas: actualReplicaCount(allRSs),
    updatedReplicas: actualReplicaCount([newRS]),
    readyReplicas: readyReplicaCount(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, replicaCount(allRSs) - available),
    conditions: (d.status?.conditions ?? []).map((c: DeploymentCondition) => ({ ...c })),
    collisionCount: d.status?.collisionCount,
  };
  if (available >= specReplicas(d) - maxUnavailable(d)) {
    setCondition(status, newCondition("Available", "True", Reasons.MinimumReplicasAvailable, "Deployment has minimum availability.", nowMs));
  } else {
    setCondition(status, newCondition("Available", "False", Reasons.MinimumReplicasUnavailable, "Deployment does not have minimum availability.", nowMs));
  }
  return orderedStatus(status);
}

/** DeploymentComplete. */
export function deploymentComplete(d: KubeObject, s: DeploymentStatus): boolean {
  const r = specReplicas(d);
  return (s.updatedReplicas ?? 0) === r && (s.replicas ?? 0) === r && (s.availableReplicas ?? 0) === r && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** DeploymentProgressing: more updated/ready/available replicas or fewer old ones than before. */
export function deploymentProgressing(d: KubeObject, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld || (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** When the Progressing condition runs out (lastUpdateTime + progressDeadlineSeconds), if it can. */
export function progressDeadlineAt(d: KubeObject, s: DeploymentStatus): number | undefined {
  if (!hasProgressDeadline(d)) return undefined;
  const c = getCondition(s, "Progressing");
  if (!c || c.reason === Reasons.NewReplicaSetAvailable || c.reason === Reasons.ProgressDeadlineExceeded) return undefined;
  const from = parseTime(c.lastUpdateTime);
  return from === undefined ? undefined : from + (d.spec?.progressDeadlineSeconds ?? 600) * 1000;
}

/** DeploymentTimedOut: `from.Add(deadline).Before(now)`. */
export function deploymentTimedOut(d: KubeObject, s: DeploymentStatus, nowMs: number): boolean {
  const c = getCondition(s, "Progressing");
  if (!hasProgressDeadline(d) || !c || c.reason === Reasons.NewReplicaSetAvailable) return false;
  if (c.reason === Reasons.ProgressDeadlineExceeded) return true;
  const at = progressDeadlineAt(d, s);
  return at !== undefined && at < nowMs;
}

/** syncRolloutStatus's condition logic (mutates and returns `s`). */
export function applyProgress(d: KubeObject, s: DeploymentStatus, newRS: KubeObject | undefined, nowMs: number): DeploymentStatus {
  if (!hasProgressDeadline(d)) {
    removeCondition(s, "Progressing");
    return s;
  }
  const current = getCondition(d.status, "Progressing");
  const complete = s.replicas === s.updatedReplicas && current?.reason === Reasons.NewReplicaSetAvailable;
  if (complete) return s;
  const rsName = newRS?.metadata.name;
  if (deploymentComplete(d, s)) {
    const msg = rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
    setCondition(s, newCondition("Progressing", "True", Reasons.NewReplicaSetAvailable, msg, nowMs));
  } else if (deploymentProgressing(d, s)) {
    const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
    const cond = newCondition("Progressing", "True", Reasons.ReplicaSetUpdated, msg, nowMs);
    if (current) {
      if (current.status === "True") cond.lastTransitionTime = current.lastTransitionTime;
      removeCondition(s, "Progressing");
    }
    setCondition(s, cond);
  } else if (deploymentTimedOut(d, s, nowMs)) {
    const msg = rsName ? `ReplicaSet "${rsName}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`;
    setCondition(s, newCondition("Progressing", "False", Reasons.ProgressDeadlineExceeded, msg, nowMs));
  }
  return s;
}
