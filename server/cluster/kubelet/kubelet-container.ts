/**
 * One container's life on the simulated kubelet, as a state machine stepped at the times it computes
 * (nothing polls): image (present → "already present on machine"; absent → Pulling, then Pulled after
 * the catalogue's pull time, or Failed/ErrImagePull and ImagePullBackOff with flowcontrol.NewBackOff(10s,
 * 300s) between retries, pkg/kubelet/images/image_manager.go), create and start (Created/Started,
 * kuberuntime_container.go startContainer), exits of processes that end, and restarts with the crash
 * back-off (CrashLoopBackOff, kuberuntime_manager.go doBackOff). Event texts are upstream's (events/event.go).
 */
import type { KubeObject } from "../types";
import type { ControllerContext } from "../runtime/controller";
import { objectReference, type EventType } from "../runtime/event-recorder";
import { formatTime, parseTime } from "../runtime/time-format";
import { containerIdFor, type ContainerMemo, type NodeRuntime } from "./container-runtime";
import { lookupImage, pullErrorMessage, PULL_FAILURE_MS } from "./image-catalogue";
import { familiarName, familiarRepo, parseImage } from "./image-reference";
import { addNodeImage, nodeHasImage } from "./node-images";
import { goDuration } from "./go-duration";
import type { ContainerStatus } from "./pod-status";

/** Container create + start in dockershim. */
export const START_MS = 600;
/** PLEG relist period: how long a dead container shows before the kubelet acts on it. */
const PLEG_MS = 1000;
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
type Spec = Record<string, any> & { name: string; image: string };

export function recordContainerEvent(k: KubeletStep, name: string, type: EventType, reason: string, message: string): void {
  k.ctx.recorder.recordEvent(objectReference(k.pod, `spec.containers{${name}}`), type, reason, message, { component: "kubelet", host: k.runtime.nodeName });
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

function startContainer(k: KubeletStep, spec: Spec, cs: ContainerStatus, at: number): void {
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

/** Image step: decides pull / present / back-off and, once the image is there, schedules the start. */
function stepImage(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
  const { now } = k;
  const image = spec.image;
  if (memo.startAt !== undefined) {
    if (now < memo.startAt) return memo.startAt;
    const at = memo.startAt;
    memo.startAt = undefined;
    startContainer(k, spec, cs, at);
    return now;
  }
  if (memo.pull) {
    if (now < memo.pull.end) return memo.pull.end;
    const pull = memo.pull;
    memo.pull = undefined;
    const entry = lookupImage(image);
    if (pull.ok && entry) {
      // Docker reports the pull to the nanosecond; the sub-millisecond digits are a stable stand-in.
      const nanos = BigInt(pull.end - pull.start) * 1_000_000n + BigInt(resyncMs(k.pod.metadata.uid ?? "", pull.start) * 197 % 1_000_000);
      recordContainerEvent(k, spec.name, "Normal", "Pulled", `Successfully pulled image "${image}" in ${goDuration(nanos)}`);
      addNodeImage(k.ctx.store, k.ctx.lister, k.runtime.nodeName, image, entry);
      memo.failures = 0;
      memo.startAt = pull.end + START_MS;
      return memo.startAt;
    }
    const message = `rpc error: code = Unknown desc = Error response from daemon: ${pullErrorMessage(image)}`;
    recordContainerEvent(k, spec.name, "Warning", "Failed", `Failed to pull image "${image}": ${message}`);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ErrImagePull");
    memo.failures++;
    memo.lastFailure = Math.floor(pull.end / 1000) * 1000;
    memo.nextSync = pull.end + resyncMs(k.pod.metadata.uid ?? "", pull.end);
    cs.state = { waiting: { reason: "ErrImagePull", message } };
    return memo.nextSync;
  }
  if (memo.nextSync !== undefined && now < memo.nextSync) return memo.nextSync;
  if (memo.failures > 0 && memo.lastFailure !== undefined && now < memo.lastFailure + backoffMs(memo.failures)) {
    recordContainerEvent(k, spec.name, "Normal", "BackOff", `Back-off pulling image "${image}"`);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ImagePullBackOff");
    cs.state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${image}"` } };
    memo.nextSync = now + resyncMs(k.pod.metadata.uid ?? "", now);
    return memo.nextSync;
  }
  memo.nextSync = undefined;
  const policy = spec.imagePullPolicy ?? "IfNotPresent";
  const present = nodeHasImage(k.ctx.lister, k.runtime.nodeName, image);
  if (present && policy !== "Always") {
    recordContainerEvent(k, spec.name, "Normal", "Pulled", `Container image "${image}" already present on machine`);
    memo.startAt = now + START_MS;
    return memo.startAt;
  }
  if (policy === "Never") {
    const message = `Container image "${image}" is not present with pull policy of Never`;
    recordContainerEvent(k, spec.name, "Warning", "ErrImageNeverPull", message);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ErrImageNeverPull");
    cs.state = { waiting: { reason: "ErrImageNeverPull", message } };
    return undefined;
  }
  const entry = lookupImage(image);
  recordContainerEvent(k, spec.name, "Normal", "Pulling", `Pulling image "${image}"`);
  // A present image pulled again (policy Always) only checks its manifest.
  const duration = entry ? (present ? PULL_FAILURE_MS : entry.pullMs) : PULL_FAILURE_MS;
  // Planned from the second the Pulling event records, so a restarted kubelet recomputes the same end.
  const start = Math.floor(now / 1000) * 1000;
  memo.pull = { start, end: start + duration, ok: !!entry };
  return memo.pull.end;
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

/** A running container: its process may exit; readiness follows the start (and any readiness probe). */
function stepRunning(k: KubeletStep, spec: Spec, cs: ContainerStatus): number | undefined {
  const startedAt = parseTime(cs.state.running.startedAt) ?? k.now;
  const inst = adoptRunning(k, spec, cs);
  const exits = inst.process.exits;
  if (exits) {
    const exitAt = startedAt + exits.afterMs;
    if (k.now < exitAt) return exitAt;
    k.runtime.stop(inst.id, exitAt);
    cs.state = { terminated: { exitCode: exits.exitCode, reason: exits.exitCode === 0 ? "Completed" : "Error", startedAt: formatTime(startedAt), finishedAt: formatTime(exitAt), containerID: cs.containerID } };
    cs.ready = false;
    return k.now;
  }
  const readyAt = readinessAt(spec, inst.process.ports, startedAt, lookupImage(spec.image) !== undefined);
  if (readyAt === undefined) {
    cs.ready = false;
    return undefined;
  }
  if (k.now < readyAt) return readyAt;
  cs.ready = true;
  return undefined;
}

/**
 * When the readiness probe first passes: at initialDelaySeconds (plus the first probe) if the probed
 * port is served, never otherwise. Images outside the catalogue (the system pods) pass their probes:
 * their apps are not modelled.
 */
function readinessAt(spec: Spec, ports: number[], startedAt: number, modelled: boolean): number | undefined {
  const probe = spec.readinessProbe;
  if (!probe || !modelled) return startedAt;
  const target = probe.httpGet?.port ?? probe.tcpSocket?.port;
  const port = typeof target === "string" ? spec.ports?.find((p: any) => p.name === target)?.containerPort : target;
  if (target !== undefined && !ports.includes(port)) return undefined;
  return startedAt + (probe.initialDelaySeconds ?? 0) * 1000 + 1000;
}

/**
 * A dead container: restart under the pod's restartPolicy after the crash back-off. Until the new
 * container runs, the status keeps showing the dead one (Completed/Error, then CrashLoopBackOff).
 */
function stepDead(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
  const term = cs.state.terminated ?? cs.lastState?.terminated;
  const policy = k.restartPolicy ?? k.pod.spec?.restartPolicy ?? "Always";
  if (!term || !(policy === "Always" || (policy === "OnFailure" && term.exitCode !== 0))) return undefined;
  if (memo.startAt !== undefined) {
    if (k.now < memo.startAt) return memo.startAt;
    const at = memo.startAt;
    memo.startAt = undefined;
    cs.lastState = { terminated: term };
    cs.restartCount += 1;
    startContainer(k, spec, cs, at);
    return k.now;
  }
  const finished = parseTime(term.finishedAt) ?? k.now;
  const delay = cs.restartCount === 0 ? 0 : backoffMs(cs.restartCount);
  const restartAt = finished + Math.max(delay, PLEG_MS);
  if (k.now < restartAt) {
    if (delay > 0 && cs.state.terminated && k.now >= finished + PLEG_MS) {
      const pod = k.pod.metadata;
      recordContainerEvent(k, spec.name, "Warning", "BackOff", "Back-off restarting failed container");
      cs.lastState = { terminated: cs.state.terminated };
      cs.state = { waiting: { reason: "CrashLoopBackOff", message: `back-off ${delay / 1000}s restarting failed container=${spec.name} pod=${pod.name}_${pod.namespace}(${pod.uid})` } };
    }
    return cs.state.terminated ? Math.min(restartAt, finished + PLEG_MS) : restartAt;
  }
  const image = spec.image;
  let ready = restartAt;
  if ((spec.imagePullPolicy ?? "IfNotPresent") === "Always") {
    // A restart under pull policy Always asks the registry again (a manifest check for a cached image).
    recordContainerEvent(k, spec.name, "Normal", "Pulling", `Pulling image "${image}"`);
    recordContainerEvent(k, spec.name, "Normal", "Pulled", `Successfully pulled image "${image}" in ${goDuration(BigInt(PULL_FAILURE_MS) * 1_000_000n)}`);
    ready += PULL_FAILURE_MS;
  } else {
    recordContainerEvent(k, spec.name, "Normal", "Pulled", `Container image "${image}" already present on machine`);
  }
  memo.startAt = ready + START_MS;
  return memo.startAt;
}

/** Advances one container as far as `k.now` allows; returns when it next needs attention. */
export function stepContainer(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
  for (let i = 0; i < 20; i++) {
    let next: number | undefined;
    if (cs.state.running) next = stepRunning(k, spec, cs);
    else if (cs.state.terminated || cs.state.waiting?.reason === "CrashLoopBackOff") next = stepDead(k, spec, cs, memo);
    else next = stepImage(k, spec, cs, memo);
    if (next === undefined || next > k.now) return next;
  }
  return k.now + 1000;
}
