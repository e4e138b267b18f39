/**
 * The DaemonSet controller (pkg/controller/daemon/daemon_controller.go and update.go, v1.20): one pod
 * per node that should run it (node selector, required node affinity and taints against the pod's
 * tolerations plus the ones AddOrUpdateDaemonPodTolerations adds), created unscheduled with a
 * matchFields affinity for its node and bound by the scheduler (ScheduleDaemonSetPods). Pods on nodes
 * that should not run them, duplicates and failed pods are deleted; a changed template rolls out by
 * deleting outdated pods while at most maxUnavailable are unavailable. Pods carry
 * controller-revision-hash (ComputeHash of the template, as update.go names the ControllerRevision)
 * and pod-template-generation.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { keyOf, splitKey } from "../runtime/controller";
import { isNotFound } from "../errors/status-error";
import { computeTemplateHash } from "./deployment-template-hash";
import { scaledValue } from "./deployment-replicas";
import { podFromTemplate } from "./replicaset-controller";
import { claimPods, controllerRefTo, ownerKeysForPod } from "./replicaset-pod-claims";
import { isPodAvailable, isPodReady, podAvailableAt, byOldest } from "./replicaset-pods";
import { unfitReasons } from "./scheduler-fit";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

const DS = "daemonsets.apps";
const SOURCE = { component: "daemonset-controller" };

/** AddOrUpdateDaemonPodTolerations (pkg/controller/daemon/util). */
function daemonTolerations(spec: Record<string, unknown> & { hostNetwork?: boolean; tolerations?: unknown[] }): unknown[] {
  const extra = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
    ...(spec.hostNetwork ? [{ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" }] : []),
  ];
  const own = (spec.tolerations ?? []) as { key?: string; effect?: string }[];
  return [...own, ...extra.filter((t) => !own.some((o) => o.key === t.key && o.effect === t.effect))];
}

/** The pod the DaemonSet would run on `node` (before the API server's admission). */
function daemonPod(ds: KubeObject, node: string, hash: string): KubeObject {
  const pod = podFromTemplate(ds, controllerRefTo(ds));
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), "controller-revision-hash": hash, "pod-template-generation": String(ds.metadata.generation ?? 1) };
  pod.spec.tolerations = daemonTolerations(pod.spec);
  pod.spec.affinity = { ...(pod.spec.affinity ?? {}), nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [node] }] }] } } };
  return pod;
}

/** GetTargetNodeName: the bound node, or the node its affinity names. */
function targetNode(pod: KubeObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === "metadata.name" && f.values?.length === 1) return f.values[0];
  return undefined;
}

/** IsPodUpdated: the revision hash or the template generation matches. */
const isUpdated = (ds: KubeObject, hash: string, pod: KubeObject) =>
  pod.metadata.labels?.["controller-revision-hash"] === hash || pod.metadata.labels?.["pod-template-generation"] === String(ds.metadata.generation);

function deletePod(ctx: ControllerContext, ds: KubeObject, pod: KubeObject): void {
  try {
    ctx.store.delete("pods", pod.metadata.namespace ?? "", pod.metadata.name ?? "");
    ctx.recorder.recordEvent(ds, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, SOURCE);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

function syncDaemonSet(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek(DS, namespace, name);
  if (!stored) return;
  const ds = clone(stored) as KubeObject;
  // From the stored (frozen) template: its hash is computed once per version of it.
  const hash = computeTemplateHash(stored.spec.template, stored.status?.collisionCount);
  const pods = claimPods(ctx, ds).filter((p) => !p.metadata.deletionTimestamp);
  const byNode = new Map<string, KubeObject[]>();
  for (const p of pods) {
    const n = targetNode(p) ?? "";
    byNode.set(n, [...(byNode.get(n) ?? []), p]);
  }
  const nodes = ctx.lister.scan("nodes");
  const shouldRun = new Set<string>();
  for (const node of nodes) {
    const proto = daemonPod(ds, node.metadata.name ?? "", hash);
    if (unfitReasons(proto, node, []).every((r) => r.startsWith("Insufficient") || r === "Too many pods")) shouldRun.add(node.metadata.name ?? "");
  }
  if (!ds.metadata.deletionTimestamp) {
    for (const [node, list] of byNode) {
      const sorted = [...list].sort(byOldest);
      const failed = sorted.filter((p) => p.status?.phase === "Failed");
      for (const p of failed) deletePod(ctx, ds, p);
      const alive = sorted.filter((p) => p.status?.phase !== "Failed");
      if (!shouldRun.has(node)) alive.forEach((p) => deletePod(ctx, ds, p));
      else alive.slice(1).forEach((p) => deletePod(ctx, ds, p));
    }
    for (const node of shouldRun) {
      if ((byNode.get(node) ?? []).some((p) => p.status?.phase !== "Failed")) continue;
      const pod = ctx.store.create("pods", namespace, daemonPod(ds, node, hash));
      ctx.recorder.recordEvent(ds, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, SOURCE);
    }
    rollingUpdate(ctx, ds, hash, pods.filter((p) => shouldRun.has(targetNode(p) ?? "")), shouldRun.size);
  }
  updateStatus(ctx, key, ds, hash, shouldRun);
}

/** rollingUpdate (update.go): delete outdated pods, oldest first, while fewer than maxUnavailable are unavailable. */
function rollingUpdate(ctx: ControllerContext, ds: KubeObject, hash: string, pods: KubeObject[], desired: number): void {
  if ((ds.spec?.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") return;
  const maxUnavailable = Math.max(1, scaledValue(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, desired, true));
  const now = ctx.clock.now();
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let unavailable = pods.filter((p) => !isPodAvailable(p, minReady, now)).length + Math.max(0, desired - pods.length);
  for (const p of [...pods].sort(byOldest)) {
    if (isUpdated(ds, hash, p)) continue;
    if (!isPodAvailable(p, minReady, now)) {
      deletePod(ctx, ds, p);
      continue;
    }
    if (unavailable >= maxUnavailable) break;
    deletePod(ctx, ds, p);
    unavailable++;
  }
}

function updateStatus(ctx: ControllerContext, key: string, ds: KubeObject, hash: string, shouldRun: Set<string>): void {
  const now = ctx.clock.now();
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const pods = ctx.lister.scan("pods", ds.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === ds.metadata.uid) && !p.metadata.deletionTimestamp);
  const scheduled = pods.filter((p) => p.spec?.nodeName);
  const on = scheduled.filter((p) => shouldRun.has(p.spec.nodeName));
  const ready = on.filter(isPodReady);
  const available = on.filter((p) => isPodAvailable(p, minReady, now));
  const status: Record<string, unknown> = {
    currentNumberScheduled: new Set(on.map((p) => p.spec.nodeName)).size,
    numberMisscheduled: new Set(scheduled.filter((p) => !shouldRun.has(p.spec.nodeName)).map((p) => p.spec.nodeName)).size,
    desiredNumberScheduled: shouldRun.size,
    numberReady: ready.length,
    observedGeneration: ds.metadata.generation,
  };
  const updated = on.filter((p) => isUpdated(ds, hash, p)).length;
  if (updated) status.updatedNumberScheduled = updated;
  if (available.length) status.numberAvailable = available.length;
  if (shouldRun.size - available.length > 0) status.numberUnavailable = shouldRun.size - available.length;
  if (ds.status?.collisionCount !== undefined) status.collisionCount = ds.status.collisionCount;
  const current = ctx.lister.peek(DS, ds.metadata.namespace ?? "", ds.metadata.name ?? "");
  if (current && !semanticEqual(current.status ?? {}, status)) {
    const copy = clone(current) as KubeObject;
    copy.status = status;
    ctx.store.updateStatus(DS, copy);
  }
  for (const p of ready) {
    const at = podAvailableAt(p, minReady);
    if (at !== undefined && at > now) ctx.requeueAt(key, at);
  }
}

/** nodeInSameCondition (daemon_controller.go, v1.20): the same condition types are True on both. */
function sameTrueConditions(a: KubeObject, b: KubeObject): boolean {
  const trueTypes = (n: KubeObject) => new Set(((n.status?.conditions ?? []) as { type: string; status: string }[]).filter((c) => c.status === "True").map((c) => c.type));
  const x = trueTypes(a);
  const y = trueTypes(b);
  return x.size === y.size && [...x].every((t) => y.has(t));
}

/**
 * shouldIgnoreNodeUpdate (daemon_controller.go, v1.20): an update that moves only condition times
 * (the kubelet's heartbeats) or the resourceVersion cannot change where daemon pods belong.
 */
function ignoredNodeUpdate(old: KubeObject, cur: KubeObject): boolean {
  if (!sameTrueConditions(old, cur)) return false;
  const rest = (n: KubeObject) => ({ ...n, metadata: { ...n.metadata, resourceVersion: undefined }, status: { ...n.status, conditions: undefined } });
  return semanticEqual(rest(old), rest(cur));
}

/** Creates the DaemonSet controller for a ControllerManager. */
export function daemonSetController(ctx: ControllerContext): Controller {
  return {
    name: "daemonset-controller",
    watches: [
      { resource: DS },
      { resource: "pods", keysFor: (pod, _t, old) => ownerKeysForPod(ctx, DS, "DaemonSet", pod, old) },
      {
        resource: "nodes",
        keysFor: (node, type, old) => (type === "MODIFIED" && old && ignoredNodeUpdate(old, node) ? [] : ctx.lister.scan(DS).map(keyOf)),
      },
    ],
    reconcile: (key) => syncDaemonSet(ctx, key),
  };
}
