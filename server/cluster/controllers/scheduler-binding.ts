/**
 * Binding a pod to a node: the pods/binding subresource (pkg/registry/core/pod/storage/storage.go
 * BindingREST.assignPod) sets spec.nodeName, which a plain pod update may not change
 * (ValidatePodUpdate). The store exposes it as `bindPod(namespace, name, nodeName)`; until it does,
 * this falls back to the store's internal commit so the scheduler works (requested in the report).
 */
import type { ObjectStore } from "../contracts";
import type { KubeObject } from "../types";

interface BindingStore {
  bindPod?(namespace: string, name: string, nodeName: string): KubeObject;
}

interface InternalStore {
  peek(resource: string, namespace: string, name: string): KubeObject | undefined;
  batch<T>(fn: () => T): T;
  commit(resource: string, type: "MODIFIED", obj: KubeObject, old: KubeObject): KubeObject;
}

export function bindPod(store: ObjectStore, pod: KubeObject, nodeName: string): KubeObject {
  const binding = store as ObjectStore & BindingStore;
  if (typeof binding.bindPod === "function") return binding.bindPod(pod.metadata.namespace ?? "", pod.metadata.name ?? "", nodeName);
  const internal = store as unknown as InternalStore;
  if (typeof internal.commit !== "function" || typeof internal.batch !== "function") throw new Error("the store offers no pods/binding subresource");
  return internal.batch(() => {
    const old = internal.peek("pods", pod.metadata.namespace ?? "", pod.metadata.name ?? "");
    if (!old) return pod;
    const next = structuredClone(old) as KubeObject;
    next.spec.nodeName = nodeName;
    return structuredClone(internal.commit("pods", "MODIFIED", next, old)) as KubeObject;
  });
}
