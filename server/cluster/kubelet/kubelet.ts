/**
 * The simulated kubelet of one node (pkg/kubelet: syncPod, the status manager, killPod): for each pod
 * bound to the node it sets up the sandbox (pod IP from the docker bridge, startTime, conditions),
 * steps every container (kubelet-container.ts) and writes the status; for a pod being deleted it
 * sends SIGTERM (`Killing` / `Stopping container c`), waits for the processes to end (at once for
 * nginx, the whole grace period for a PID 1 that ignores SIGTERM such as the bootcamp's node),
 * then removes the pod with a zero grace period as the status manager does. The next transition of
 * each pod is scheduled with requeueAt; an idle node holds no timers.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { keyOf, splitKey } from "../runtime/controller";
import { formatTime, parseTime } from "../runtime/time-format";
import { isNotFound } from "../errors/status-error";
import type { NodeRuntime } from "./container-runtime";
import { stepContainer } from "./kubelet-container";
import { adoptRunning, recordContainerEvent, type KubeletStep } from "./kubelet-step";
import { recallContainerMemo, recallKillingSince } from "./kubelet-memory";
import { podPhase, podStatus, type ContainerStatus } from "./pod-status";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

const finished = (pod: KubeObject) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";

/** Statuses before anything ran: ContainerCreating, or PodInitializing while init containers come first. */
function initialStatuses(specs: { name: string; image: string }[], reason: string): ContainerStatus[] {
  return specs.map((c) => ({ name: c.name, state: { waiting: { reason } }, lastState: {}, ready: false, restartCount: 0, image: c.image, imageID: "", started: false }));
}

type ContainerSpec = { name: string; image: string };
const succeeded = (cs: ContainerStatus | undefined) => cs?.state.terminated?.exitCode === 0;

/**
 * Init containers run one after another, each to success, before the app containers
 * (kuberuntime_manager.go computeInitContainerActions). Returns the names still incomplete and whether
 * one failed for good.
 */
function stepInitContainers(k: KubeletStep, key: string, fresh: boolean, statuses: ContainerStatus[], wake: (at: number | undefined) => void): { pending: string[]; failed: boolean } {
  const specs: ContainerSpec[] = k.pod.spec?.initContainers ?? [];
  const policy = k.pod.spec?.restartPolicy === "Never" ? "Never" : "OnFailure";
  for (const spec of specs) {
    const cs = statuses.find((s) => s.name === spec.name);
    if (!cs) continue;
    if (!succeeded(cs)) {
      stepOne(k, key, fresh, spec, cs, wake, policy);
      if (succeeded(cs)) cs.ready = true;
    }
    if (!succeeded(cs)) {
      const failed = policy === "Never" && cs.state.terminated !== undefined;
      return { pending: specs.slice(specs.indexOf(spec)).map((c) => c.name), failed };
    }
  }
  return { pending: [], failed: false };
}

function stepOne(k: KubeletStep, key: string, fresh: boolean, spec: ContainerSpec, cs: ContainerStatus, wake: (at: number | undefined) => void, restartPolicy?: string): void {
  const uid = k.pod.metadata.uid ?? "";
  const memos = k.runtime.memo(uid, key).containers;
  if (fresh && !memos.has(spec.name) && cs.state.waiting && cs.state.waiting.reason !== "CrashLoopBackOff" && k.pod.status?.startTime) {
    memos.set(spec.name, recallContainerMemo(k.ctx.lister, k.pod, spec, k.now));
  }
  wake(stepContainer({ ...k, restartPolicy }, spec, cs, k.runtime.containerMemo(uid, key, spec.name)));
}

/** Sandbox set-up: the pod's IP (reused after a restart) and the start of its status. */
function podIPFor(k: { ctx: ControllerContext; runtime: NodeRuntime }, pod: KubeObject): string {
  const memo = k.runtime.memo(pod.metadata.uid ?? "", keyOf(pod));
  if (memo.podIP) return memo.podIP;
  // A hostNetwork pod shares the node's network namespace and address.
  if (pod.spec?.hostNetwork) return (memo.podIP = k.runtime.nodeIP);
  const stored = pod.status?.podIP as string | undefined;
  if (stored) k.runtime.ips.claim(stored);
  else {
    // After a restart the allocator is rebuilt from the pods before it hands out anything.
    for (const p of k.ctx.lister.scan("pods")) {
      if (p.spec?.nodeName === k.runtime.nodeName && p.status?.podIP && !finished(p)) k.runtime.ips.claim(p.status.podIP);
    }
  }
  memo.podIP = stored ?? k.runtime.ips.allocate() ?? "";
  return memo.podIP;
}

/** How long the kubelet takes from seeing a new pod to its first sync (watch delivery, pod worker start). */
const POD_PICKUP_MS = 200;

function syncPod(ctx: ControllerContext, runtime: NodeRuntime, key: string, pod: KubeObject): void {
  const now = ctx.clock.now();
  const uid = pod.metadata.uid ?? "";
  const fresh = !runtime.hasMemo(uid);
  if (!pod.status?.startTime) {
    const memo = runtime.memo(uid, key);
    memo.seenAt ??= now;
    if (now < memo.seenAt + POD_PICKUP_MS) return ctx.requeueAt(key, memo.seenAt + POD_PICKUP_MS);
  }
  const podIP = podIPFor({ ctx, runtime }, pod);
  const inits: ContainerSpec[] = pod.spec?.initContainers ?? [];
  const initStatuses: ContainerStatus[] = clone(pod.status?.initContainerStatuses ?? initialStatuses(inits, "PodInitializing"));
  const statuses: ContainerStatus[] = clone(pod.status?.containerStatuses ?? initialStatuses(pod.spec?.containers ?? [], inits.length ? "PodInitializing" : "ContainerCreating"));
  const k: KubeletStep = { ctx, runtime, pod, podIP, now };
  let next: number | undefined;
  const wake = (at: number | undefined) => {
    if (at !== undefined) next = next === undefined ? at : Math.min(next, at);
  };
  const init = stepInitContainers(k, key, fresh, initStatuses, wake);
  if (init.pending.length === 0) {
    for (const spec of pod.spec?.containers ?? []) {
      const cs = statuses.find((s) => s.name === spec.name);
      if (cs) stepOne(k, key, fresh, spec, cs, wake);
    }
  }
  const phase = podPhase(pod.spec?.restartPolicy ?? "Always", statuses, (pod.spec?.containers ?? []).length, { pending: init.pending.length, failed: init.failed });
  const status = podStatus(pod, { phase, hostIP: runtime.nodeIP, podIP, startTime: pod.status?.startTime ?? formatTime(now), statuses, initStatuses, initPending: init.pending }, now);
  if (!semanticEqual(status, pickKnown(pod.status ?? {}, status))) {
    const copy = clone(pod) as KubeObject;
    // Fields the kubelet does not own (nominatedNodeName, …) follow its own, in PodStatus order.
    const extras = Object.fromEntries(Object.entries(pod.status ?? {}).filter(([f]) => !(f in status)));
    copy.status = { ...status, ...extras };
    ctx.store.updateStatus("pods", copy);
  }
  if (phase === "Succeeded" || phase === "Failed") runtime.ips.release(podIP);
  if (next !== undefined) ctx.requeueAt(key, next);
}

/** The fields of `current` that `next` also has (so unrelated fields such as qosClass do not force writes). */
function pickKnown(current: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(next).filter((k) => k in current).map((k) => [k, current[k]]));
}

/** killPod: SIGTERM (Killing events once), then wait for every process, then the final delete. */
function syncTerminating(ctx: ControllerContext, runtime: NodeRuntime, key: string, pod: KubeObject): void {
  const now = ctx.clock.now();
  const uid = pod.metadata.uid ?? "";
  const memo = runtime.memo(uid, key);
  const deadline = parseTime(pod.metadata.deletionTimestamp) ?? now;
  const statuses: ContainerStatus[] = clone(pod.status?.containerStatuses ?? []);
  const k: KubeletStep = { ctx, runtime, pod, podIP: memo.podIP ?? (pod.status?.podIP as string) ?? "", now };
  if (!memo.killing) {
    const since = recallKillingSince(ctx.lister, pod);
    memo.killing = { since: since ?? now, stopAt: new Map() };
    for (const cs of statuses) {
      if (!cs.state.running) continue;
      const spec = (pod.spec?.containers ?? []).find((c: { name: string }) => c.name === cs.name);
      if (spec) adoptRunning(k, spec, cs);
      if (since === undefined) recordContainerEvent(k, cs.name, "Normal", "Killing", `Stopping container ${cs.name}`);
      const proc = runtime.get(cs.containerID)?.process;
      const graceful = proc?.sigterm === "exit" ? memo.killing.since + (proc.stopMs ?? 0) : deadline;
      memo.killing.stopAt.set(cs.name, Math.min(graceful, deadline));
    }
  }
  const stopAll = Math.max(now, ...memo.killing.stopAt.values());
  if (now < stopAll) {
    ctx.requeueAt(key, stopAll);
    return;
  }
  for (const cs of statuses) {
    if (!cs.state.running) continue;
    const stopAt = memo.killing.stopAt.get(cs.name) ?? now;
    const killed = stopAt >= deadline && runtime.get(cs.containerID)?.process.sigterm !== "exit";
    runtime.stop(cs.containerID, stopAt);
    cs.state = { terminated: { exitCode: killed ? 137 : 0, reason: killed ? "Error" : "Completed", startedAt: cs.state.running.startedAt, finishedAt: formatTime(stopAt), containerID: cs.containerID } };
    cs.ready = false;
    cs.started = false;
  }
  try {
    if (statuses.length) {
      const copy = clone(pod) as KubeObject;
      copy.status = { ...(pod.status ?? {}), containerStatuses: statuses };
      ctx.store.updateStatus("pods", copy);
    }
    ctx.store.delete("pods", pod.metadata.namespace ?? "", pod.metadata.name ?? "", { gracePeriodSeconds: 0, preconditions: { uid } });
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  runtime.forgetPod(uid);
}

function reconcile(ctx: ControllerContext, runtime: NodeRuntime, key: string): void {
  const { namespace, name } = splitKey(key);
  const pod = ctx.lister.peek("pods", namespace, name);
  for (const uid of runtime.podUidsForKey(key)) if (uid !== pod?.metadata.uid) runtime.forgetPod(uid);
  if (!pod || pod.spec?.nodeName !== runtime.nodeName) return;
  if (pod.metadata.deletionTimestamp) return syncTerminating(ctx, runtime, key, pod);
  // A finished pod's sandbox is gone: its IP is free again (it stays in the status, as upstream).
  if (finished(pod)) return;
  syncPod(ctx, runtime, key, pod);
}

/** Creates the kubelet of `runtime.nodeName` for a ControllerManager. */
export function kubelet(runtime: NodeRuntime) {
  return (ctx: ControllerContext): Controller => ({
    name: "kubelet",
    watches: [{ resource: "pods", keysFor: (pod, _type, old) => (pod.spec?.nodeName === runtime.nodeName || old?.spec?.nodeName === runtime.nodeName ? [keyOf(pod)] : []) }],
    reconcile: (key) => reconcile(ctx, runtime, key),
  });
}
