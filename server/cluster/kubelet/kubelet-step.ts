/**
 * What every stage of the simulated kubelet shares (pkg/kubelet, v1.20): the step context, events
 * about a container (source kubelet/<node>, fieldPath spec.containers{c}), the flowcontrol back-off,
 * the pod worker's re-sync, and starting a container's process (Created/Started).
 */
import type { KubeObject } from "../types";
import type { ControllerContext } from "../runtime/controller";
import { objectReference, type EventType } from "../runtime/event-recorder";
import { formatTime, parseTime } from "../runtime/time-format";
import { containerIdFor, type NodeRuntime } from "./container-runtime";
import { lookupImage } from "./image-catalogue";
import { familiarName, familiarRepo, parseImage } from "./image-reference";
import type { ContainerStatus } from "./pod-status";

/** Container create + start in dockershim. */
export const START_MS = 600;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 300_000;

export interface KubeletStep {
  ctx: ControllerContext;
  /** The restart policy for this container: the pod's, except that init containers never rerun after success. */
  restartPolicy?: string;
  runtime: NodeRuntime;
  pod: KubeObject;
  podIP: string;
  now: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Spec = Record<string, any> & { name: string; image: string };

/** The fieldPath of a container (ref.GetPartialReference / fieldpath): init containers have their own list. */
export function containerFieldPath(pod: KubeObject, name: string): string {
  const init = (pod.spec?.initContainers ?? []).some((c: { name: string }) => c.name === name);
  return `spec.${init ? "initContainers" : "containers"}{${name}}`;
}

export function recordContainerEvent(k: KubeletStep, name: string, type: EventType, reason: string, message: string): void {
  k.ctx.recorder.recordEvent(objectReference(k.pod, containerFieldPath(k.pod, name)), type, reason, message, { component: "kubelet", host: k.runtime.nodeName });
}

/** flowcontrol.Backoff: 10s doubling per failure, capped at 300s. */
export const backoffMs = (failures: number): number => Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);

/**
 * The pod worker's re-sync after an error: wait.Jitter(10s, 0.5). The jitter is derived from the time
 * instead of a random source so that a run (and a restored cluster) replays the same way.
 */
export function resyncMs(_podUid: string, at: number): number {
  let h = 2166136261;
  for (const ch of String(Math.floor(at / 1000))) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 10_000 + (h % 5000);
}

export function startContainer(k: KubeletStep, spec: Spec, cs: ContainerStatus, at: number): void {
  const ref = parseImage(spec.image);
  const entry = lookupImage(spec.image);
  const id = containerIdFor(k.pod.metadata.uid ?? "", spec.name, cs.restartCount);
  k.runtime.start({
    podUid: k.pod.metadata.uid ?? "", namespace: k.pod.metadata.namespace ?? "", podName: k.pod.metadata.name ?? "", podIP: k.podIP,
    container: spec.name, id, startedAt: at, app: entry?.app ?? "", tag: ref.tag, command: { command: spec.command, args: spec.args },
  });
  recordContainerEvent(k, spec.name, "Normal", "Created", `Created container ${spec.name}`);
  recordContainerEvent(k, spec.name, "Normal", "Started", `Started container ${spec.name}`);
  cs.state = { running: { startedAt: formatTime(at) } };
  cs.image = familiarName(ref);
  cs.imageID = entry ? `docker-pullable://${familiarRepo(ref)}@sha256:${entry.digest}` : "";
  cs.containerID = `docker://${id}`;
  cs.started = true;
  cs.ready = false;
}

/** The running process of a container, re-adopted after a restart: the app starts again as it was at startedAt. */
export function adoptRunning(k: KubeletStep, spec: Spec, cs: ContainerStatus) {
  const existing = k.runtime.get(cs.containerID);
  if (existing) return existing;
  const ref = parseImage(spec.image);
  return k.runtime.start({
    podUid: k.pod.metadata.uid ?? "", namespace: k.pod.metadata.namespace ?? "", podName: k.pod.metadata.name ?? "", podIP: k.podIP,
    container: spec.name, id: String(cs.containerID).replace("docker://", ""), startedAt: parseTime(cs.state.running?.startedAt) ?? k.now,
    app: lookupImage(spec.image)?.app ?? "", tag: ref.tag, command: { command: spec.command, args: spec.args },
  });
}
