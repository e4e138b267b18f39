import type { KubeObject } from "../../cluster/types";

/** Ready as kubectl's READY column and the endpoints controller see it: the pod's Ready condition is True. */
export function isPodReady(pod: KubeObject): boolean {
  const conditions = (pod.status?.conditions ?? []) as Array<{ type?: string; status?: string }>;
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

export function isTerminating(obj: KubeObject): boolean {
  return Boolean(obj.metadata.deletionTimestamp);
}

export function podImages(pod: KubeObject): string[] {
  return ((pod.spec?.containers ?? []) as Array<{ image?: string }>).map((c) => c.image ?? "");
}

/**
 * A short status word as `kubectl get pods` shows it (phase, else the waiting/terminated reason of the
 * last container that has one; printers.go printPod), enough to explain a pod that is not ready.
 */
export function podStatusWord(pod: KubeObject): string {
  if (isTerminating(pod)) return "Terminating";
  let word = String(pod.status?.phase ?? "Pending");
  const statuses = (pod.status?.containerStatuses ?? []) as Array<{
    state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
  }>;
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason ?? s.state?.terminated?.reason;
    if (reason) word = reason;
  }
  return word;
}
