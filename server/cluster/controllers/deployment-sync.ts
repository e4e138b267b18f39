/**
 * The deployment controller's shared steps (pkg/controller/deployment/sync.go, v1.20): finding or
 * creating the new ReplicaSet with its revision, scaling ReplicaSets with ScalingReplicaSet events,
 * proportional scaling (`scale`), history cleanup and the status writes.
 */
import type { KubeObject } from "../types";
import type { ControllerContext } from "../runtime/controller";
import { isAlreadyExists, isNotFound } from "../errors/status-error";
import { computeTemplateHash } from "./deployment-template-hash";
import { equalIgnoreHash, findNewReplicaSet, maxRevision, POD_TEMPLATE_HASH, revisionOf, setNewReplicaSetAnnotations } from "./deployment-revisions";
import {
  activeReplicaSets, byCreation, bySize, desiredReplicasAnnotation, isRollingUpdate, isSaturated, maxSurge, newRSNewReplicas, proportion,
  replicaCount, replicasAnnotationsNeedUpdate, REVISION, setReplicasAnnotations, specReplicas,
} from "./deployment-replicas";
import { applyProgress, calculateStatus, getCondition, hasProgressDeadline, newCondition, progressDeadlineAt, Reasons, removeCondition, setCondition, type DeploymentStatus } from "./deployment-conditions";

export const RS = "replicasets.apps";
export const DEPLOY = "deployments.apps";
const SOURCE = { component: "deployment-controller" };

/** One sync of one Deployment: `d` is replaced by each write's result so later writes carry its resourceVersion. */
export interface DeploymentSync {
  ctx: ControllerContext;
  d: KubeObject;
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
  const copy = structuredClone(rs) as KubeObject;
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
 * (deploymentStatusStrategy keeps annotations), so the generation does not move. A store whose
 * updateStatus drops metadata gets a normal update instead (which bumps generation).
 */
function writeDeploymentRevision(s: DeploymentSync, revision: string): void {
  if (s.d.metadata.annotations?.[REVISION] === revision) return;
  const copy = structuredClone(s.d) as KubeObject;
  (copy.metadata.annotations ??= {})[REVISION] = revision;
  const viaStatus = s.ctx.store.updateStatus(DEPLOY, copy);
  s.d = viaStatus.metadata.annotations?.[REVISION] === revision ? viaStatus : s.ctx.store.update(DEPLOY, { ...copy, metadata: { ...copy.metadata, resourceVersion: viaStatus.metadata.resourceVersion } });
}

export function writeStatus(s: DeploymentSync, status: DeploymentStatus): void {
  if (canonical(s.d.status ?? {}) === canonical(status)) return;
  const copy = structuredClone(s.d) as KubeObject;
  copy.status = status;
  s.d = s.ctx.store.updateStatus(DEPLOY, copy);
}

/** The pod template of a new ReplicaSet: the deployment's, labelled with its hash. */
function newReplicaSetObject(d: KubeObject, hash: string): KubeObject {
  const template = structuredClone(d.spec.template);
  template.metadata ??= {};
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const selector = structuredClone(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: d.metadata.name ?? "", uid: d.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
  };
}

/**
 * getAllReplicaSetsAndSyncRevision + getNewReplicaSet: splits the ReplicaSets into new and old,
 * brings an existing new ReplicaSet's revision annotations up to date (a rollback by template match
 * gets max+1 and a revision-history), or creates it when `create` is set.
 */
export function newAndOld(s: DeploymentSync, rsList: KubeObject[], create: boolean): { newRS?: KubeObject; oldRSs: KubeObject[] } {
  const existing = findNewReplicaSet(s.d, rsList);
  const oldRSs = rsList.filter((rs) => rs !== existing);
  const newRevision = maxRevision(oldRSs) + 1;
  const d = s.d;
  const max = specReplicas(d) + maxSurge(d);
  if (existing) {
    const copy = structuredClone(existing) as KubeObject;
    const changed = setNewReplicaSetAnnotations(d, copy, newRevision, true, specReplicas(d), max);
    if (changed || (copy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)) {
      copy.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      const updated = s.ctx.store.update(RS, copy);
      return { newRS: updated, oldRSs };
    }
    writeDeploymentRevision(s, copy.metadata.annotations?.[REVISION] ?? String(revisionOf(copy)));
    if (hasProgressDeadline(s.d) && !getCondition(s.d.status, "Progressing")) {
      const status = structuredClone(s.d.status ?? {});
      setCondition(status, newCondition("Progressing", "True", Reasons.FoundNewReplicaSet, `Found new replica set "${copy.metadata.name}"`, s.ctx.clock.now()));
      writeStatus(s, status);
    }
    return { newRS: existing, oldRSs };
  }
  if (!create) return { oldRSs };
  return { newRS: createNewReplicaSet(s, oldRSs, newRevision), oldRSs };
}

function createNewReplicaSet(s: DeploymentSync, oldRSs: KubeObject[], newRevision: number): KubeObject | undefined {
  const d = s.d;
  const hash = computeTemplateHash(d.spec.template, d.status?.collisionCount);
  const rs = newReplicaSetObject(d, hash);
  rs.spec.replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
  setNewReplicaSetAnnotations(d, rs, newRevision, false, specReplicas(d), specReplicas(d) + maxSurge(d));
  let created: KubeObject;
  let alreadyExisted = false;
  try {
    created = s.ctx.store.create(RS, d.metadata.namespace ?? "", rs);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    alreadyExisted = true;
    const found = s.ctx.store.get(RS, d.metadata.namespace ?? "", rs.metadata.name ?? "");
    const ref = found.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref || ref.uid !== d.metadata.uid || !equalIgnoreHash(d.spec.template, found.spec?.template)) {
      // A hash collision: bump collisionCount and let the next sync try another name.
      const status = structuredClone(d.status ?? {});
      status.collisionCount = (status.collisionCount ?? 0) + 1;
      writeStatus(s, status);
      throw err;
    }
    created = found;
  }
  if (!alreadyExisted && specReplicas(created) > 0) {
    s.ctx.recorder.recordEvent(s.d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${created.metadata.name} to ${specReplicas(created)}`, SOURCE);
  }
  writeDeploymentRevision(s, String(newRevision));
  if (!alreadyExisted && hasProgressDeadline(s.d)) {
    const status = structuredClone(s.d.status ?? {});
    setCondition(status, newCondition("Progressing", "True", Reasons.NewReplicaSetCreated, `Created new replica set "${created.metadata.name}"`, s.ctx.clock.now()));
    writeStatus(s, status);
  }
  return created;
}

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

/** syncRolloutStatus: status plus the Progressing condition, and a requeue for the progress deadline. */
export function syncRolloutStatus(s: DeploymentSync, allRSs: KubeObject[], newRS: KubeObject | undefined): void {
  const now = s.ctx.clock.now();
  const status = applyProgress(s.d, calculateStatus(allRSs, newRS, s.d, now), newRS, now);
  copyReplicaFailure(status, allRSs, newRS);
  writeStatus(s, status);
  const deadline = progressDeadlineAt(s.d, s.d.status ?? {});
  // requeueStuckDeployment: come back just after the deadline to report ProgressDeadlineExceeded.
  if (deadline !== undefined) s.ctx.requeueAt(`${s.d.metadata.namespace}/${s.d.metadata.name}`, deadline + 1000);
}
