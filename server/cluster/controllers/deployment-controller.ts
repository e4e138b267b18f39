/**
 * The deployment controller (pkg/controller/deployment/deployment_controller.go syncDeployment,
 * v1.20): adopts matching ReplicaSets, then runs the paused/scaling `sync`, or the rollout of the
 * deployment's strategy. Keys come from deployments, their ReplicaSets and deleted pods (Recreate
 * waits for old pods to be gone).
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { keyOf, ownerKey, splitKey } from "../runtime/controller";
import { labelSelectorFromSpec, matchesLabels } from "../store/label-selector";
import { canonical, DEPLOY, RS, syncDeploymentStatus, writeStatus, type DeploymentSync } from "./deployment-sync";
import { newAndOld } from "./deployment-new-replicaset";
import { cleanupDeployment, isScalingEvent, scale } from "./deployment-scaling";
import { getCondition, hasProgressDeadline, newCondition, Reasons, setCondition } from "./deployment-conditions";
import { rolloutRolling } from "./deployment-rolling";
import { rolloutRecreate } from "./deployment-recreate";
import { clone } from "../store/deep-freeze";

const SOURCE = { component: "deployment-controller" };

function selects(d: KubeObject, labels: Record<string, string> | undefined): boolean {
  try {
    return matchesLabels(labelSelectorFromSpec(d.spec?.selector), labels);
  } catch {
    return false;
  }
}

/** getReplicaSetsForDeployment: owned ReplicaSets that still match, after adopting orphans and releasing strays. */
function replicaSetsFor(s: DeploymentSync): KubeObject[] {
  const { ctx, d } = s;
  const out: KubeObject[] = [];
  for (const rs of ctx.lister.scan(RS, d.metadata.namespace)) {
    const ref = rs.metadata.ownerReferences?.find((r) => r.controller);
    const matches = selects(d, rs.metadata.labels);
    if (ref && ref.uid !== d.metadata.uid) continue;
    if (ref && matches) out.push(rs);
    else if (ref && !matches) {
      const copy = clone(rs) as KubeObject;
      copy.metadata.ownerReferences = copy.metadata.ownerReferences?.filter((r) => r.uid !== d.metadata.uid);
      ctx.store.update(RS, copy);
    } else if (!ref && matches && !d.metadata.deletionTimestamp && !rs.metadata.deletionTimestamp) {
      const copy = clone(rs) as KubeObject;
      copy.metadata.ownerReferences = [
        ...(copy.metadata.ownerReferences ?? []),
        { apiVersion: "apps/v1", kind: "Deployment", name: d.metadata.name ?? "", uid: d.metadata.uid ?? "", controller: true, blockOwnerDeletion: true },
      ];
      out.push(ctx.store.update(RS, copy));
    }
  }
  return out;
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed. */
function checkPausedConditions(s: DeploymentSync): void {
  if (!hasProgressDeadline(s.d)) return;
  const cond = getCondition(s.d.status, "Progressing");
  if (cond?.reason === Reasons.ProgressDeadlineExceeded) return;
  const pausedCond = cond?.reason === Reasons.DeploymentPaused;
  const paused = !!s.d.spec?.paused;
  if (paused === pausedCond) return;
  const status = clone(s.d.status ?? {});
  const now = s.ctx.clock.now();
  if (paused) setCondition(status, newCondition("Progressing", "Unknown", Reasons.DeploymentPaused, "Deployment is paused", now));
  else setCondition(status, newCondition("Progressing", "Unknown", Reasons.DeploymentResumed, "Deployment is resumed", now));
  writeStatus(s, status);
}

/** `sync`: scaling only (paused deployments and scaling events). */
function syncScale(s: DeploymentSync, rsList: KubeObject[]): void {
  const { newRS, oldRSs } = newAndOld(s, rsList, false);
  scale(s, newRS, oldRSs);
  if (s.d.spec?.paused) cleanupDeployment(s, oldRSs);
  const fresh = (rs: KubeObject) => s.ctx.lister.peek(RS, rs.metadata.namespace ?? "", rs.metadata.name ?? "") ?? rs;
  syncDeploymentStatus(s, [...oldRSs, ...(newRS ? [newRS] : [])].map(fresh), newRS && fresh(newRS));
}

function syncDeployment(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek(DEPLOY, namespace, name);
  // Gone: a progress-deadline check of it would find nothing.
  if (!stored) return ctx.cancelRequeue(key);
  const s: DeploymentSync = { ctx, d: stored };
  if (canonical(s.d.spec?.selector ?? {}) === "{}") {
    ctx.recorder.recordEvent(s.d, "Warning", "SelectingAll", "This deployment is selecting all pods. A non-empty selector is required.", SOURCE);
    if ((s.d.status?.observedGeneration ?? 0) < (s.d.metadata.generation ?? 0)) writeStatus(s, { ...(s.d.status ?? {}), observedGeneration: s.d.metadata.generation });
    return;
  }
  const rsList = replicaSetsFor(s);
  if (s.d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = newAndOld(s, rsList, false);
    return syncDeploymentStatus(s, [...oldRSs, ...(newRS ? [newRS] : [])], newRS);
  }
  checkPausedConditions(s);
  if (s.d.spec?.paused) return syncScale(s, rsList);
  if (isScalingEvent(s, rsList)) return syncScale(s, rsList);
  if (s.d.spec?.strategy?.type === "Recreate") {
    const pods = ctx.lister.scan("pods", namespace).filter((p) => selects(s.d, p.metadata.labels));
    return rolloutRecreate(s, rsList, pods);
  }
  rolloutRolling(s, rsList);
}

/** Creates the deployment controller for a ControllerManager. */
export function deploymentController(ctx: ControllerContext): Controller {
  const deploymentsSelecting = (rs: KubeObject): string[] => {
    const owner = ownerKey(rs, "Deployment");
    if (owner.length) return owner;
    return ctx.lister.scan(DEPLOY, rs.metadata.namespace).filter((d) => selects(d, rs.metadata.labels)).map(keyOf);
  };
  return {
    name: "deployment-controller",
    watches: [
      { resource: DEPLOY },
      { resource: RS, keysFor: (rs) => deploymentsSelecting(rs) },
      {
        resource: "pods",
        keysFor: (pod, type) => {
          if (type !== "DELETED") return [];
          const rsKey = ownerKey(pod, "ReplicaSet")[0];
          if (!rsKey) return [];
          const { namespace, name } = splitKey(rsKey);
          const rs = ctx.lister.peek(RS, namespace, name);
          return rs ? ownerKey(rs, "Deployment") : [];
        },
      },
    ],
    reconcile: (key) => syncDeployment(ctx, key),
  };
}
