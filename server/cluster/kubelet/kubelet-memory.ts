/**
 * Rebuilding the kubelet's working memory after a restart from what it wrote before: its own events
 * (a `Pulling` event not yet followed by `Pulled` means a pull in flight since then; the
 * "Failed to pull image" event's count and lastTimestamp are the pull back-off), and `Killing`
 * events for a pod already being stopped. Event timestamps have second precision, so a restored
 * pull may finish up to a second later than it would have.
 */
import type { KubeObject } from "../types";
import type { StoreLister } from "../store/store-hooks";
import { parseTime } from "../runtime/time-format";
import type { ContainerMemo } from "./container-runtime";
import { lookupImage, PULL_FAILURE_MS } from "./image-catalogue";
import { containerFieldPath } from "./kubelet-step";
import { nodeHasImage } from "./node-images";

function eventsFor(lister: StoreLister, pod: KubeObject, fieldPath?: string): KubeObject[] {
  return lister.scan("events", pod.metadata.namespace).filter((e) => {
    const io = e.involvedObject as { uid?: string; fieldPath?: string } | undefined;
    return io?.uid === pod.metadata.uid && (fieldPath === undefined || io?.fieldPath === fieldPath) && (e.source as { component?: string } | undefined)?.component === "kubelet";
  });
}

const last = (e: KubeObject | undefined) => parseTime((e?.lastTimestamp as string | undefined) ?? undefined) ?? -1;

/** The memo of a container that is still waiting, as far as the events tell. */
export function recallContainerMemo(lister: StoreLister, pod: KubeObject, spec: { name: string; image: string }, now: number): ContainerMemo {
  const events = eventsFor(lister, pod, containerFieldPath(pod, spec.name));
  const find = (reason: string, prefix = "") => events.filter((e) => e.reason === reason && String(e.message).startsWith(prefix)).sort((a, b) => last(a) - last(b)).pop();
  const pulling = find("Pulling");
  const pulled = find("Pulled");
  const failed = find("Failed", "Failed to pull image");
  const memo: ContainerMemo = { failures: 0 };
  if (failed) {
    memo.failures = (failed.count as number | undefined) ?? 1;
    memo.lastFailure = last(failed);
  }
  if (pulling && last(pulling) >= last(pulled) && last(pulling) > last(failed)) {
    const entry = lookupImage(spec.image);
    const start = last(pulling);
    // As planned at the time: a full pull unless the image was already there (a policy Always re-pull).
    const present = nodeHasImage(lister, pod.spec?.nodeName ?? "", spec.image);
    memo.pull = { start, end: start + (entry && !present ? entry.pullMs : PULL_FAILURE_MS), ok: !!entry };
  } else if (pulled && last(pulled) >= last(failed)) {
    memo.startAt = now;
  }
  return memo;
}

/** When the kubelet began stopping the pod (its first Killing event), if it had. */
export function recallKillingSince(lister: StoreLister, pod: KubeObject): number | undefined {
  const killing = eventsFor(lister, pod).filter((e) => e.reason === "Killing");
  if (!killing.length) return undefined;
  return Math.min(...killing.map((e) => parseTime(e.firstTimestamp as string | undefined) ?? Infinity));
}
