/**
 * Binding a pod to a node through the pods/binding subresource (pkg/registry/core/pod/storage/
 * storage.go BindingREST.assignPod): it sets spec.nodeName, which a plain pod update may not change
 * (ValidatePodUpdate), and the PodScheduled condition. The ObjectStore contract does not list it, so
 * the scheduler reaches it on the in-memory store (MemoryObjectStore.bindPod).
 */
import type { ObjectStore } from "../contracts";
import type { KubeObject } from "../types";

interface BindingStore {
  bindPod(namespace: string, name: string, nodeName: string): KubeObject;
}

export function bindPod(store: ObjectStore, pod: KubeObject, nodeName: string): KubeObject {
  const binding = store as ObjectStore & Partial<BindingStore>;
  if (typeof binding.bindPod !== "function") throw new Error("the store offers no pods/binding subresource");
  return binding.bindPod(pod.metadata.namespace ?? "", pod.metadata.name ?? "", nodeName);
}
