/**
 * The ReplicaSet controller (pkg/controller/replicaset/replica_set.go, replica_set_utils.go, v1.20):
 * claims pods by selector (adopting orphans, releasing pods whose labels no longer match), creates
 * pods from the template named by generateName `<rs>-` (the API server adds 5 random characters),
 * deletes the lowest-ranked pods when there are too many (getPodsToDelete), and writes status.
 * Terminating pods do not count (FilterActivePods), so replacements start at once.
 */
import type { KubeObject, OwnerReference } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { splitKey } from "../runtime/controller";
import { isNotFound } from "../errors/status-error";
import { formatTime } from "../runtime/time-format";
import { isPodActive, isPodAvailable, isPodReady, podAvailableAt, podsToDelete } from "./replicaset-pods";
import { claimPods, controllerRefTo, ownerKeysForPod } from "./replicaset-pod-claims";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

const RS = "replicasets.apps";
const SOURCE = { component: "replicaset-controller" };

/** GetPodFromTemplate (controller_utils.go). */
export function podFromTemplate(owner: KubeObject, ownerRef: OwnerReference): KubeObject {
  const template = owner.spec?.template ?? {};
  const meta = template.metadata ?? {};
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { generateName: `${owner.metadata.name}-`, namespace: owner.metadata.namespace, ownerReferences: [ownerRef] },
    spec: clone(template.spec ?? {}),
  };
  if (meta.labels) pod.metadata.labels = { ...meta.labels };
  if (meta.annotations) pod.metadata.annotations = { ...meta.annotations };
  if (meta.finalizers) pod.metadata.finalizers = [...meta.finalizers];
  return pod;
}

/** Pods of every ReplicaSet with the same controller (getIndirectlyRelatedPods). */
function relatedPods(ctx: ControllerContext, rs: KubeObject): KubeObject[] {
  const owner = rs.metadata.ownerReferences?.find((r) => r.controller);
  const siblings = owner
    ? new Set(ctx.lister.scan(RS, rs.metadata.namespace).filter((x) => x.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.uid)).map((x) => x.metadata.uid))
    : new Set([rs.metadata.uid]);
  return ctx.lister.scan("pods", rs.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && siblings.has(r.uid)));
}

function manageReplicas(ctx: ControllerContext, rs: KubeObject, active: KubeObject[]): void {
  const want = (rs.spec?.replicas ?? 1) as number;
  const diff = active.length - want;
  const ns = rs.metadata.namespace ?? "";
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      let pod: KubeObject;
      try {
        pod = ctx.store.create("pods", ns, podFromTemplate(rs, controllerRefTo(rs)));
      } catch (err) {
        // RealPodControl.createPods: the refusal becomes a FailedCreate event; the sync is retried.
        ctx.recorder.recordEvent(rs, "Warning", "FailedCreate", `Error creating: ${(err as Error).message}`, SOURCE);
        throw err;
      }
      ctx.recorder.recordEvent(rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, SOURCE);
    }
  } else if (diff > 0) {
    for (const pod of podsToDelete(active, relatedPods(ctx, rs), diff)) {
      try {
        ctx.store.delete("pods", ns, pod.metadata.name ?? "");
        ctx.recorder.recordEvent(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, SOURCE);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
  }
}

/** calculateStatus + updateReplicaSetStatus; returns when a ready pod becomes available (minReadySeconds). */
/**
 * The ReplicaFailure condition (replica_set_utils.go calculateStatus): set with reason FailedCreate /
 * FailedDelete when managing replicas failed, removed once it works again.
 */
function replicaFailure(rs: KubeObject, failure: unknown, nowMs: number): Record<string, unknown>[] {
  const others = ((rs.status?.conditions ?? []) as Record<string, unknown>[]).filter((c) => c.type !== "ReplicaFailure");
  if (!failure) return others;
  const existing = ((rs.status?.conditions ?? []) as Record<string, unknown>[]).find((c) => c.type === "ReplicaFailure");
  if (existing) return [...others, existing];
  const reason = (failure as { deleting?: boolean }).deleting ? "FailedDelete" : "FailedCreate";
  return [...others, { type: "ReplicaFailure", status: "True", lastTransitionTime: formatTime(nowMs), reason, message: (failure as Error).message }];
}

function updateStatus(ctx: ControllerContext, key: string, pods: KubeObject[], failure?: unknown): void {
  const { namespace, name } = splitKey(key);
  const rs = ctx.lister.peek(RS, namespace, name);
  if (!rs) return;
  const minReady = (rs.spec?.minReadySeconds ?? 0) as number;
  const now = ctx.clock.now();
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  const status: Record<string, unknown> = { replicas: pods.length };
  const fully = pods.filter((p) => Object.entries(templateLabels).every(([k, v]) => p.metadata.labels?.[k] === v)).length;
  const ready = pods.filter(isPodReady);
  const available = ready.filter((p) => isPodAvailable(p, minReady, now)).length;
  if (fully) status.fullyLabeledReplicas = fully;
  if (ready.length) status.readyReplicas = ready.length;
  if (available) status.availableReplicas = available;
  status.observedGeneration = rs.metadata.generation ?? 1;
  const conditions = replicaFailure(rs, failure, now);
  if (conditions.length) status.conditions = conditions;
  if (!semanticEqual(rs.status ?? {}, status)) {
    const copy = clone(rs) as KubeObject;
    copy.status = status;
    ctx.store.updateStatus(RS, copy);
  }
  for (const p of ready) {
    const at = podAvailableAt(p, minReady);
    if (at !== undefined && at > now) ctx.requeueAt(key, at);
  }
}

function syncReplicaSet(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek(RS, namespace, name);
  if (!stored) return;
  const rs = clone(stored) as KubeObject;
  const active = claimPods(ctx, rs).filter(isPodActive);
  let failure: unknown;
  try {
    if (!rs.metadata.deletionTimestamp) manageReplicas(ctx, rs, active);
  } catch (err) {
    failure = err;
  }
  // The status is written even when managing replicas failed (syncReplicaSet), then the error retries the key.
  const after = ctx.lister.scan("pods", namespace).filter((p) => isPodActive(p) && p.metadata.ownerReferences?.some((r) => r.controller && r.uid === rs.metadata.uid));
  updateStatus(ctx, key, after, failure);
  if (failure) throw failure;
}

/** Creates the ReplicaSet controller for a ControllerManager. */
export function replicaSetController(ctx: ControllerContext): Controller {
  return {
    name: "replicaset-controller",
    watches: [{ resource: RS }, { resource: "pods", keysFor: (pod, _type, old) => ownerKeysForPod(ctx, RS, "ReplicaSet", pod, old) }],
    reconcile: (key) => syncReplicaSet(ctx, key),
  };
}
