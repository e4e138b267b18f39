/**
 * The default scheduler, reduced to what a one-node classroom cluster needs (kube-scheduler v1.20,
 * pkg/scheduler/scheduler.go scheduleOne): a pod without nodeName and with schedulerName
 * default-scheduler is bound to a node that passes the filters of scheduler-fit.ts, preferring the
 * least loaded one. Binding sets spec.nodeName and the PodScheduled condition like the binding
 * subresource (pkg/registry/core/pod/storage/storage.go assignPod), and records the events.k8s.io
 * `Scheduled` event. When nothing fits: PodScheduled False/Unschedulable plus FailedScheduling; the
 * pod is retried when a node changes or another pod goes away (the scheduler's move-to-active triggers).
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { keyOf, splitKey } from "../runtime/controller";
import { formatTime } from "../runtime/time-format";
import { fitErrorMessage, unfitReasons } from "./scheduler-fit";
import { bindPod } from "./scheduler-binding";
import { clone } from "../store/deep-freeze";

const REPORTING = { controller: "default-scheduler", instance: "default-scheduler-minikube" };

const wantsScheduling = (pod: KubeObject): boolean =>
  !pod.spec?.nodeName && (pod.spec?.schedulerName ?? "default-scheduler") === "default-scheduler" && !pod.metadata.deletionTimestamp &&
  pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed";

function setScheduledCondition(pod: KubeObject, status: "True" | "False", nowMs: number, reason?: string, message?: string): boolean {
  const conditions = [...((pod.status?.conditions ?? []) as Record<string, unknown>[])];
  const i = conditions.findIndex((c) => c.type === "PodScheduled");
  const old = i >= 0 ? conditions[i] : undefined;
  if (old && old.status === status && old.reason === reason && old.message === message) return false;
  const cond: Record<string, unknown> = { type: "PodScheduled", status, lastProbeTime: null, lastTransitionTime: old?.status === status ? old.lastTransitionTime : formatTime(nowMs) };
  if (reason) cond.reason = reason;
  if (message) cond.message = message;
  if (i >= 0) conditions[i] = cond;
  else conditions.push(cond);
  pod.status = { ...(pod.status ?? {}), conditions };
  if (!pod.status.phase) pod.status.phase = "Pending";
  return true;
}

function schedule(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek("pods", namespace, name);
  if (!stored || !wantsScheduling(stored)) return;
  const nodes = ctx.lister.scan("nodes");
  const bound = ctx.lister.scan("pods").filter((p) => p.spec?.nodeName && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
  const reasons: string[][] = [];
  let best: { node: KubeObject; load: number } | undefined;
  for (const node of nodes) {
    const others = bound.filter((p) => p.spec.nodeName === node.metadata.name);
    const why = unfitReasons(stored, node, others);
    reasons.push(why);
    if (why.length === 0 && (!best || others.length < best.load)) best = { node, load: others.length };
  }
  const now = ctx.clock.now();
  if (!best) {
    const message = nodes.length ? fitErrorMessage(nodes.length, reasons) : "no nodes available to schedule pods";
    const copy = clone(stored) as KubeObject;
    if (setScheduledCondition(copy, "False", now, "Unschedulable", message)) {
      ctx.store.updateStatus("pods", copy);
      ctx.recorder.recordNewEvent(stored, "Warning", "FailedScheduling", "Scheduling", message, REPORTING);
    }
    return;
  }
  bind(ctx, stored, best.node.metadata.name ?? "");
}

/** Binds (spec.nodeName and PodScheduled True come from the binding subresource) and reports it. */
function bind(ctx: ControllerContext, pod: KubeObject, nodeName: string): void {
  bindPod(ctx.store, pod, nodeName);
  ctx.recorder.recordNewEvent(pod, "Normal", "Scheduled", "Binding", `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`, REPORTING);
}

/** Creates the scheduler for a ControllerManager. */
export function scheduler(ctx: ControllerContext): Controller {
  const pendingPods = (): string[] => ctx.lister.scan("pods").filter(wantsScheduling).map(keyOf);
  return {
    name: "default-scheduler",
    watches: [
      { resource: "pods", keysFor: (pod, type) => (type === "DELETED" ? pendingPods() : wantsScheduling(pod) ? [keyOf(pod)] : []) },
      { resource: "nodes", keysFor: () => pendingPods() },
    ],
    reconcile: (key) => schedule(ctx, key),
  };
}
