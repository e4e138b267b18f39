/**
 * The StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go UpdateStatefulSet,
 * v1.20): pods named `<set>-<ordinal>` with stable hostnames (hostname = pod name, subdomain =
 * serviceName). OrderedReady creates ordinals one by one, each once the previous ones are Running
 * and Ready, deletes surplus ones from the highest ordinal, one at a time, and rolls a new template
 * out from the highest ordinal down to the partition; Parallel creates and deletes without waiting.
 * Failed pods are deleted and recreated under the same name.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { splitKey } from "../runtime/controller";
import { isNotFound } from "../errors/status-error";
import { computeTemplateHash } from "./deployment-template-hash";
import { podFromTemplate } from "./replicaset-controller";
import { claimPods, controllerRefTo, ownerKeysForPod } from "./replicaset-pod-claims";
import { isPodReady } from "./replicaset-pods";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

const STS = "statefulsets.apps";
const SOURCE = { component: "statefulset-controller" };
const REVISION_LABEL = "controller-revision-hash";

const ordinalOf = (sts: KubeObject, pod: KubeObject): number => {
  const m = new RegExp(`^${sts.metadata.name}-(\\d+)$`).exec(pod.metadata.name ?? "");
  return m ? Number(m[1]) : -1;
};
const healthy = (p: KubeObject) => p.status?.phase === "Running" && isPodReady(p) && !p.metadata.deletionTimestamp;

function newPod(sts: KubeObject, ordinal: number, revision: string): KubeObject {
  const pod = podFromTemplate(sts, controllerRefTo(sts));
  const name = `${sts.metadata.name}-${ordinal}`;
  delete pod.metadata.generateName;
  pod.metadata.name = name;
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [REVISION_LABEL]: revision, "statefulset.kubernetes.io/pod-name": name };
  pod.spec.hostname = name;
  if (sts.spec?.serviceName) pod.spec.subdomain = sts.spec.serviceName;
  return pod;
}

/** One step of UpdateStatefulSet; returns after the first action under OrderedReady. */
function reconcilePods(ctx: ControllerContext, sts: KubeObject, pods: KubeObject[], revision: string): void {
  const ns = sts.metadata.namespace ?? "";
  const want = sts.spec?.replicas ?? 1;
  const monotonic = (sts.spec?.podManagementPolicy ?? "OrderedReady") !== "Parallel";
  const byOrdinal = new Map(pods.map((p) => [ordinalOf(sts, p), p] as const));
  const create = (i: number) => {
    ctx.store.create("pods", ns, newPod(sts, i, revision));
    ctx.recorder.recordEvent(sts, "Normal", "SuccessfulCreate", `create Pod ${sts.metadata.name}-${i} in StatefulSet ${sts.metadata.name} successful`, SOURCE);
  };
  const remove = (p: KubeObject) => {
    try {
      ctx.store.delete("pods", ns, p.metadata.name ?? "");
      ctx.recorder.recordEvent(sts, "Normal", "SuccessfulDelete", `delete Pod ${p.metadata.name} in StatefulSet ${sts.metadata.name} successful`, SOURCE);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  };
  for (let i = 0; i < want; i++) {
    const p = byOrdinal.get(i);
    if (!p) {
      create(i);
      if (monotonic) return;
      continue;
    }
    if (p.status?.phase === "Failed" && !p.metadata.deletionTimestamp) {
      remove(p);
      if (monotonic) return;
      continue;
    }
    if (monotonic && !healthy(p)) return;
  }
  const condemned = pods.filter((p) => ordinalOf(sts, p) >= want).sort((a, b) => ordinalOf(sts, b) - ordinalOf(sts, a));
  for (const p of condemned) {
    if (p.metadata.deletionTimestamp) {
      if (monotonic) return;
      continue;
    }
    remove(p);
    if (monotonic) return;
  }
  if ((sts.spec?.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") return;
  const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  for (let i = want - 1; i >= partition; i--) {
    const p = byOrdinal.get(i);
    if (!p) return;
    if (p.metadata.labels?.[REVISION_LABEL] !== revision && !p.metadata.deletionTimestamp) return remove(p);
    if (!healthy(p)) return;
  }
}

function syncStatefulSet(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek(STS, namespace, name);
  if (!stored) return;
  const sts = clone(stored) as KubeObject;
  // The StatefulSet status always carries collisionCount (0 at first), so the hash includes it from the start.
  const revision = `${name}-${computeTemplateHash(sts.spec.template, sts.status?.collisionCount ?? 0)}`;
  const pods = claimPods(ctx, sts).filter((p) => ordinalOf(sts, p) >= 0);
  if (!sts.metadata.deletionTimestamp) reconcilePods(ctx, sts, pods, revision);
  const now = ctx.lister.scan("pods", namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === sts.metadata.uid));
  const updated = now.filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision).length;
  const previous = sts.status?.currentRevision as string | undefined;
  const currentRevision = updated === (sts.spec?.replicas ?? 1) && now.length === updated ? revision : previous ?? revision;
  const status: Record<string, unknown> = { observedGeneration: sts.metadata.generation, replicas: now.length };
  const ready = now.filter(healthy).length;
  if (ready) status.readyReplicas = ready;
  const current = now.filter((p) => p.metadata.labels?.[REVISION_LABEL] === currentRevision).length;
  if (current) status.currentReplicas = current;
  if (updated) status.updatedReplicas = updated;
  status.currentRevision = currentRevision;
  status.updateRevision = revision;
  status.collisionCount = sts.status?.collisionCount ?? 0;
  const latest = ctx.lister.peek(STS, namespace, name);
  if (latest && !semanticEqual(latest.status ?? {}, status)) {
    const copy = clone(latest) as KubeObject;
    copy.status = status;
    ctx.store.updateStatus(STS, copy);
  }
}

/** Creates the StatefulSet controller for a ControllerManager. */
export function statefulSetController(ctx: ControllerContext): Controller {
  return {
    name: "statefulset-controller",
    watches: [{ resource: STS }, { resource: "pods", keysFor: (pod, _t, old) => ownerKeysForPod(ctx, STS, "StatefulSet", pod, old) }],
    reconcile: (key) => syncStatefulSet(ctx, key),
  };
}
