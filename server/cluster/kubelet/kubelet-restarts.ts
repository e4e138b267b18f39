/**
 * Containers that stop and come back (pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff,
 * prober results, v1.20): a liveness failure kills the container, and a dead container restarts under
 * the pod's restartPolicy after the crash back-off, showing CrashLoopBackOff while it waits.
 */
import type { ContainerMemo } from "./container-runtime";
import { formatTime, parseTime } from "../runtime/time-format";
import { PULL_FAILURE_MS } from "./image-catalogue";
import { goDuration } from "./go-duration";
import type { ContainerStatus } from "./pod-status";
import { backoffMs, recordContainerEvent, START_MS, startContainer, type KubeletStep, type Spec } from "./kubelet-step";

/** PLEG relist period: how long a dead container shows before the kubelet acts on it. */
const PLEG_MS = 1000;

/**
 * A container whose liveness probe keeps failing: Unhealthy events, then `Killing`, then the stop
 * (at once for apps that exit on SIGTERM, after the grace period for those that ignore it).
 */
export function killUnhealthy(k: KubeletStep, spec: Spec, cs: ContainerStatus, live: { at: number; message: string; failures: number }, memo: ContainerMemo): number {
  const inst = k.runtime.get(cs.containerID)!;
  if (memo.killAt === undefined) {
    for (let i = 0; i < live.failures; i++) recordContainerEvent(k, spec.name, "Warning", "Unhealthy", live.message);
    recordContainerEvent(k, spec.name, "Normal", "Killing", `Container ${spec.name} failed liveness probe, will be restarted`);
    const graceMs = (k.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
    memo.killAt = live.at + (inst.process.sigterm === "exit" ? inst.process.stopMs ?? 0 : graceMs);
  }
  if (k.now < memo.killAt) return memo.killAt;
  const killed = inst.process.sigterm !== "exit";
  k.runtime.stop(inst.id, memo.killAt);
  cs.state = { terminated: { exitCode: killed ? 137 : 0, reason: killed ? "Error" : "Completed", startedAt: cs.state.running.startedAt, finishedAt: formatTime(memo.killAt), containerID: cs.containerID } };
  cs.ready = false;
  memo.killAt = undefined;
  return k.now;
}

/**
 * A dead container: restart under the pod's restartPolicy after the crash back-off. Until the new
 * container runs, the status keeps showing the dead one (Completed/Error, then CrashLoopBackOff).
 */
export function stepDead(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
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
