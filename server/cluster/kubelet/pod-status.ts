/**
 * The pod status the kubelet writes (pkg/kubelet/kubelet_pods.go generateAPIPodStatus / getPhase and
 * pkg/kubelet/status/generate.go, v1.20): phase from the container states, the Initialized, Ready,
 * ContainersReady and PodScheduled conditions in that order (lastTransitionTime moves only when the
 * status flips), containerStatuses in the field order the API serialises.
 */
import type { KubeObject } from "../types";
import { formatTime, parseTime } from "../runtime/time-format";

/* eslint-disable @typescript-eslint/no-explicit-any */
export type ContainerStatus = Record<string, any> & {
  name: string;
  state: Record<string, any>;
  lastState: Record<string, any>;
  ready: boolean;
  restartCount: number;
};

/** A container status in v1.ContainerStatus field order (containerID is omitted while empty). */
export function orderedContainerStatus(cs: ContainerStatus): ContainerStatus {
  const out: ContainerStatus = { name: cs.name, state: cs.state, lastState: cs.lastState ?? {}, ready: cs.ready, restartCount: cs.restartCount, image: cs.image, imageID: cs.imageID ?? "" };
  if (cs.containerID) out.containerID = cs.containerID;
  out.started = cs.started ?? false;
  return out;
}

/** getPhase (kubelet_pods.go): pending while init containers run, Failed when one failed under Never. */
export function podPhase(restartPolicy: string, statuses: ContainerStatus[], containerCount: number, init: { pending: number; failed: boolean } = { pending: 0, failed: false }): string {
  if (init.failed && restartPolicy === "Never") return "Failed";
  if (init.pending > 0) return "Pending";
  let running = 0, waiting = 0, stopped = 0, succeeded = 0, unknown = containerCount - statuses.length;
  for (const cs of statuses) {
    if (cs.state.running) running++;
    else if (cs.state.terminated) {
      stopped++;
      if (cs.state.terminated.exitCode === 0) succeeded++;
    } else if (cs.state.waiting) {
      if (cs.lastState?.terminated) stopped++;
      else waiting++;
    } else unknown++;
  }
  if (waiting > 0) return "Pending";
  if (running > 0 && unknown === 0) return "Running";
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (restartPolicy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    if (restartPolicy === "Never") return "Failed";
    return "Running";
  }
  return "Pending";
}

type Condition = { type: string; status: string; lastProbeTime: null; lastTransitionTime: string; reason?: string; message?: string };

function condition(old: Condition[], type: string, status: string, nowMs: number, reason?: string, message?: string): Condition {
  const prev = old.find((c) => c.type === type);
  const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : formatTime(nowMs) };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

/** The kubelet's conditions: readiness from the containers (PodCompleted once the pod has finished). */
export function podConditions(pod: KubeObject, statuses: ContainerStatus[], phase: string, nowMs: number, initPending: string[] = []): Condition[] {
  const old = (pod.status?.conditions ?? []) as Condition[];
  const unready = statuses.filter((cs) => !cs.ready).map((cs) => cs.name);
  // generate.go: only a Succeeded pod reports PodCompleted; a Failed one lists its unready containers.
  const done = phase === "Succeeded";
  const ready = unready.length === 0 && !done && phase !== "Failed";
  const reason = done ? "PodCompleted" : ready ? undefined : "ContainersNotReady";
  const message = done || ready ? undefined : `containers with unready status: [${unready.join(" ")}]`;
  const startTime = parseTime(pod.status?.startTime) ?? nowMs;
  const scheduled = old.find((c) => c.type === "PodScheduled") ?? condition([], "PodScheduled", "True", startTime);
  const hasInit = (pod.spec?.initContainers ?? []).length > 0;
  let initialized: Condition;
  if (initPending.length) initialized = condition(old, "Initialized", "False", nowMs, "ContainersNotInitialized", `containers with incomplete status: [${initPending.join(" ")}]`);
  else if (hasInit) initialized = condition(old, "Initialized", "True", nowMs, done ? "PodCompleted" : undefined);
  else initialized = { ...(old.find((c) => c.type === "Initialized") ?? condition([], "Initialized", "True", startTime)), ...(done ? { reason: "PodCompleted" } : {}) };
  return [
    initialized,
    condition(old, "Ready", ready ? "True" : "False", nowMs, reason, message),
    condition(old, "ContainersReady", ready ? "True" : "False", nowMs, reason, message),
    scheduled,
  ];
}

/** The whole status in v1.PodStatus field order. */
export function podStatus(
  pod: KubeObject,
  fields: { phase: string; hostIP: string; podIP?: string; startTime: string; statuses: ContainerStatus[]; initStatuses?: ContainerStatus[]; initPending?: string[] },
  nowMs: number,
): Record<string, unknown> {
  const status: Record<string, unknown> = { phase: fields.phase, conditions: podConditions(pod, fields.statuses, fields.phase, nowMs, fields.initPending), hostIP: fields.hostIP };
  if (fields.podIP) {
    status.podIP = fields.podIP;
    status.podIPs = [{ ip: fields.podIP }];
  }
  status.startTime = fields.startTime;
  if (fields.initStatuses?.length) status.initContainerStatuses = fields.initStatuses.map(orderedContainerStatus);
  status.containerStatuses = fields.statuses.map(orderedContainerStatus);
  if (pod.status?.qosClass) status.qosClass = pod.status.qosClass;
  return status;
}
