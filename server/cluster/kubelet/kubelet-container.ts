/**
 * One container's life on the simulated kubelet, as a state machine stepped at the times it computes
 * (nothing polls): image (present → "already present on machine"; absent → Pulling, then Pulled after
 * the catalogue's pull time, or Failed/ErrImagePull and ImagePullBackOff with flowcontrol.NewBackOff(10s,
 * 300s) between retries, pkg/kubelet/images/image_manager.go), create and start (Created/Started,
 * kuberuntime_container.go startContainer), exits of processes that end, and restarts with the crash
 * back-off (CrashLoopBackOff, kuberuntime_manager.go doBackOff). Event texts are upstream's (events/event.go).
 */
import { formatTime, parseTime } from "../runtime/time-format";
import type { ContainerMemo } from "./container-runtime";
import { lookupImage } from "./image-catalogue";
import { livenessFailure, readinessAt } from "./probes";
import type { ContainerStatus } from "./pod-status";
import { adoptRunning, type KubeletStep, type Spec } from "./kubelet-step";
import { stepImage } from "./kubelet-image-pull";
import { killUnhealthy, stepDead } from "./kubelet-restarts";

/** A running container: its process may exit; readiness follows the start (and any readiness probe). */
function stepRunning(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
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
  const modelled = lookupImage(spec.image) !== undefined;
  const live = livenessFailure(spec, inst.process.ports, startedAt, modelled, k.podIP);
  if (live && k.now >= live.at) return killUnhealthy(k, spec, cs, live, memo);
  const readyAt = readinessAt(spec, inst.process.ports, startedAt, modelled);
  cs.ready = readyAt !== undefined && k.now >= readyAt;
  const wakes = [readyAt, live?.at].filter((t): t is number => t !== undefined && t > k.now);
  return wakes.length ? Math.min(...wakes) : undefined;
}

/** Advances one container as far as `k.now` allows; returns when it next needs attention. */
export function stepContainer(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
  for (let i = 0; i < 20; i++) {
    let next: number | undefined;
    if (cs.state.running) next = stepRunning(k, spec, cs, memo);
    else if (cs.state.terminated || cs.state.waiting?.reason === "CrashLoopBackOff") next = stepDead(k, spec, cs, memo);
    else next = stepImage(k, spec, cs, memo);
    if (next === undefined || next > k.now) return next;
  }
  return k.now + 1000;
}
