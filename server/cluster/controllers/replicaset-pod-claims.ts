/**
 * ControllerRefManager.ClaimPods (pkg/controller/controller_ref_manager.go): the pods a workload
 * controls — its own that still match the selector, plus matching orphans it adopts — releasing
 * owned pods whose labels no longer match. Shared by the ReplicaSet, DaemonSet, StatefulSet and
 * Job controllers.
 */
import type { KubeObject, OwnerReference } from "../types";
import type { ControllerContext } from "../runtime/controller";
import { labelSelectorFromSpec, matchesLabels } from "../store/label-selector";
import { isPodActive } from "./replicaset-pods";
import { clone } from "../store/deep-freeze";

/** metav1.NewControllerRef. */
export function controllerRefTo(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name ?? "", uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion: true };
}

export function selectorMatches(owner: KubeObject, labels: Record<string, string> | undefined): boolean {
  try {
    return matchesLabels(labelSelectorFromSpec(owner.spec?.selector), labels);
  } catch {
    return false;
  }
}

export function claimPods(ctx: ControllerContext, owner: KubeObject): KubeObject[] {
  const owned: KubeObject[] = [];
  for (const pod of ctx.lister.scan("pods", owner.metadata.namespace)) {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
    const matches = selectorMatches(owner, pod.metadata.labels);
    if (ref && ref.uid !== owner.metadata.uid) continue;
    if (ref && matches) owned.push(pod);
    else if (ref) {
      const copy = clone(pod) as KubeObject;
      copy.metadata.ownerReferences = copy.metadata.ownerReferences?.filter((r) => r.uid !== owner.metadata.uid);
      ctx.store.update("pods", copy);
    } else if (matches && isPodActive(pod) && !owner.metadata.deletionTimestamp) {
      const copy = clone(pod) as KubeObject;
      copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerRefTo(owner)];
      owned.push(ctx.store.update("pods", copy));
    }
  }
  return owned;
}

/** Keys of the owners of `kind` a pod change concerns: its controller, or (for orphans) every matching owner. */
export function ownerKeysForPod(ctx: ControllerContext, resource: string, kind: string, pod: KubeObject, old?: KubeObject): string[] {
  const keys = new Set<string>();
  for (const p of [pod, old]) {
    const ref = p?.metadata.ownerReferences?.find((r) => r.controller && r.kind === kind);
    if (ref) keys.add(`${pod.metadata.namespace}/${ref.name}`);
  }
  if (keys.size === 0 && isPodActive(pod)) {
    for (const o of ctx.lister.scan(resource, pod.metadata.namespace)) if (selectorMatches(o, pod.metadata.labels)) keys.add(`${o.metadata.namespace}/${o.metadata.name}`);
  }
  return [...keys];
}
