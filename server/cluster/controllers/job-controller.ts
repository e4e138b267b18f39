/**
 * The Job controller (pkg/controller/job/job_controller.go syncJob / manageJob, v1.20): keeps
 * min(parallelism, completions − succeeded) pods active (with completions unset: parallelism until
 * one succeeds), waits 10 s·2^(failures−1) (capped at 6 min, DefaultJobBackOff/MaxJobBackOff) before
 * replacing failed pods, fails the Job with BackoffLimitExceeded once failures pass backoffLimit
 * (container restarts for restartPolicy OnFailure) or DeadlineExceeded after activeDeadlineSeconds,
 * and marks it Complete when enough pods succeeded.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { splitKey } from "../runtime/controller";
import { isNotFound } from "../errors/status-error";
import { formatTime, parseTime } from "../runtime/time-format";
import { podFromTemplate } from "./replicaset-controller";
import { claimPods, controllerRefTo, ownerKeysForPod } from "./replicaset-pod-claims";
import { isPodActive, podsToDelete } from "./replicaset-pods";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

const JOBS = "jobs.batch";
const SOURCE = { component: "job-controller" };
const BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = 360_000;

const finished = (job: KubeObject) =>
  ((job.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");

function condition(type: string, nowMs: number, reason?: string, message?: string): Record<string, unknown> {
  const t = formatTime(nowMs);
  return { type, status: "True", lastProbeTime: t, lastTransitionTime: t, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

/** When the latest pod failure happened (its container's finishedAt, else the pod's last status time). */
function lastFailureAt(pods: KubeObject[]): number | undefined {
  let last: number | undefined;
  for (const p of pods.filter((x) => x.status?.phase === "Failed")) {
    for (const cs of p.status?.containerStatuses ?? []) {
      const t = parseTime(cs.state?.terminated?.finishedAt);
      if (t !== undefined && (last === undefined || t > last)) last = t;
    }
  }
  return last;
}

function deletePods(ctx: ControllerContext, job: KubeObject, pods: KubeObject[]): void {
  for (const p of pods) {
    try {
      ctx.store.delete("pods", p.metadata.namespace ?? "", p.metadata.name ?? "");
      ctx.recorder.recordEvent(job, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, SOURCE);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}

/** manageJob: creates or deletes pods towards the wanted number of active ones; returns the new active count. */
function manageJob(ctx: ControllerContext, key: string, job: KubeObject, active: KubeObject[], succeeded: number, failed: number, pods: KubeObject[]): number {
  const parallelism = job.spec?.parallelism ?? 1;
  const completions = job.spec?.completions as number | undefined | null;
  if (active.length > parallelism) {
    deletePods(ctx, job, podsToDelete(active, active, active.length - parallelism));
    return parallelism;
  }
  const wanted = completions === undefined || completions === null ? (succeeded > 0 ? active.length : parallelism) : Math.min(completions - succeeded, parallelism);
  const diff = Math.max(0, wanted - active.length);
  if (diff === 0) return active.length;
  const failedAt = lastFailureAt(pods);
  if (failed > 0 && failedAt !== undefined) {
    const readyAt = failedAt + Math.min(BACKOFF_MS * 2 ** (failed - 1), MAX_BACKOFF_MS);
    if (ctx.clock.now() < readyAt) {
      ctx.requeueAt(key, readyAt);
      return active.length;
    }
  }
  for (let i = 0; i < diff; i++) {
    const pod = ctx.store.create("pods", job.metadata.namespace ?? "", podFromTemplate(job, controllerRefTo(job)));
    ctx.recorder.recordEvent(job, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, SOURCE);
  }
  return active.length + diff;
}

function syncJob(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.lister.peek(JOBS, namespace, name);
  if (!stored || finished(stored)) return;
  const job = clone(stored) as KubeObject;
  const now = ctx.clock.now();
  const pods = claimPods(ctx, job);
  const activePods = pods.filter(isPodActive);
  const succeeded = pods.filter((p) => p.status?.phase === "Succeeded").length;
  let failed = pods.filter((p) => p.status?.phase === "Failed").length;
  const status: Record<string, unknown> = { ...(job.status ?? {}) };
  const startTime = parseTime(status.startTime as string | undefined) ?? now;
  status.startTime ??= formatTime(now);
  const backoffLimit = job.spec?.backoffLimit ?? 6;
  const restarts = activePods.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m: number, cs: { restartCount?: number }) => m + (cs.restartCount ?? 0), 0), 0);
  const onFailureExceeded = job.spec?.template?.spec?.restartPolicy === "OnFailure" && backoffLimit >= 0 && restarts >= backoffLimit && restarts > 0;
  const deadline = job.spec?.activeDeadlineSeconds ? startTime + job.spec.activeDeadlineSeconds * 1000 : undefined;
  let active = activePods.length;
  let failure: [string, string] | undefined;
  if (failed > backoffLimit || onFailureExceeded) failure = ["BackoffLimitExceeded", "Job has reached the specified backoff limit"];
  else if (deadline !== undefined && now >= deadline) failure = ["DeadlineExceeded", "Job was active longer than specified deadline"];
  const conditions = [...((status.conditions ?? []) as Record<string, unknown>[])];
  if (failure) {
    deletePods(ctx, job, activePods);
    failed += active;
    active = 0;
    conditions.push(condition("Failed", now, ...failure));
    ctx.recorder.recordEvent(job, "Warning", failure[0], failure[1], SOURCE);
  } else {
    if (!job.metadata.deletionTimestamp) active = manageJob(ctx, key, job, activePods, succeeded, failed, pods);
    const completions = job.spec?.completions as number | undefined | null;
    const complete = completions === undefined || completions === null ? succeeded > 0 && active === 0 : succeeded >= completions;
    if (complete) {
      conditions.push(condition("Complete", now));
      status.completionTime = formatTime(now);
      ctx.recorder.recordEvent(job, "Normal", "Completed", "Job completed", SOURCE);
    } else if (deadline !== undefined) ctx.requeueAt(key, deadline);
  }
  const next: Record<string, unknown> = {};
  if (conditions.length) next.conditions = conditions;
  next.startTime = status.startTime;
  if (status.completionTime) next.completionTime = status.completionTime;
  if (active) next.active = active;
  if (succeeded) next.succeeded = succeeded;
  if (failed) next.failed = failed;
  const latest = ctx.lister.peek(JOBS, namespace, name);
  if (latest && !semanticEqual(latest.status ?? {}, next)) {
    const copy = clone(latest) as KubeObject;
    copy.status = next;
    ctx.store.updateStatus(JOBS, copy);
  }
}

/** Creates the Job controller for a ControllerManager. */
export function jobController(ctx: ControllerContext): Controller {
  return {
    name: "job-controller",
    watches: [{ resource: JOBS }, { resource: "pods", keysFor: (pod, _t, old) => ownerKeysForPod(ctx, JOBS, "Job", pod, old) }],
    reconcile: (key) => syncJob(ctx, key),
  };
}
