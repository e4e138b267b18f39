/**
 * `kubectl rollout status` (kubectl/pkg/cmd/rollout/rollout_status.go + polymorphichelpers
 * rollout_status.go DeploymentStatusViewer): a list from resourceVersion 0, then a watch, printing one
 * status line per event until the rollout is done, the deadline is exceeded, or --timeout passes.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import type { CommandContext } from "../command";
import { KubectlError } from "../errors";
import { parseGoDuration } from "../flags";
import { resourcePath } from "../rest-mapper";
import { ANY_ACCEPT, JSON_ACCEPT } from "../transport";
import { resolveTargets } from "./targets";

/** DeploymentStatusViewer.Status: the message and whether the rollout is complete. */
export function deploymentStatus(d: any): { message: string; done: boolean } {
  const name = d.metadata.name;
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
    const progressing = (st.conditions ?? []).find((c: any) => c.type === "Progressing");
    if (progressing?.reason === "ProgressDeadlineExceeded") throw new KubectlError(`deployment "${name}" exceeded its progress deadline`);
    const replicas = d.spec?.replicas ?? 1;
    const updated = st.updatedReplicas ?? 0;
    if (updated < replicas) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
    if ((st.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
    if ((st.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
    return { message: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { message: "Waiting for deployment spec update to be observed...\n", done: false };
}

/** DaemonSetStatusViewer.Status. */
export function daemonSetStatus(d: any): { message: string; done: boolean } {
  if ((d.spec?.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") throw new KubectlError("rollout status is only available for RollingUpdate strategy type");
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
    const desired = st.desiredNumberScheduled ?? 0;
    if ((st.updatedNumberScheduled ?? 0) < desired) {
      return { message: `Waiting for daemon set "${d.metadata.name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`, done: false };
    }
    if ((st.numberAvailable ?? 0) < desired) {
      return { message: `Waiting for daemon set "${d.metadata.name}" rollout to finish: ${st.numberAvailable ?? 0} of ${desired} updated pods are available...\n`, done: false };
    }
    return { message: `daemon set "${d.metadata.name}" successfully rolled out\n`, done: true };
  }
  return { message: "Waiting for daemon set spec update to be observed...\n", done: false };
}

/** StatefulSetStatusViewer.Status. */
export function statefulSetStatus(s: any): { message: string; done: boolean } {
  const strategy = s.spec?.updateStrategy ?? { type: "RollingUpdate" };
  if (strategy.type !== "RollingUpdate") throw new KubectlError("rollout status is only available for RollingUpdate strategy type");
  const st = s.status ?? {};
  if (!st.observedGeneration || (s.metadata.generation ?? 0) > st.observedGeneration) return { message: "Waiting for statefulset spec update to be observed...\n", done: false };
  const replicas = s.spec?.replicas ?? 1;
  if ((st.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  const partition = strategy.rollingUpdate?.partition;
  if (strategy.rollingUpdate && partition !== undefined) {
    if ((st.updatedReplicas ?? 0) < replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${st.updatedReplicas ?? 0} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${st.updatedReplicas ?? 0} new pods have been updated...\n`, done: true };
  }
  if (st.updateRevision !== st.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true };
}

const STATUS_VIEWERS: Record<string, (o: any) => { message: string; done: boolean }> = {
  Deployment: deploymentStatus,
  DaemonSet: daemonSetStatus,
  StatefulSet: statefulSetStatus,
};

/** A timer in cluster time when the clock can schedule, else none (the watch ends the wait). */
export function startTimeout(ctx: CommandContext, ms: number, onTimeout: () => void): () => void {
  const clock = ctx.io.clock;
  if (ms <= 0 || !clock.schedule) return () => undefined;
  const handle = clock.schedule(clock.now() + ms, onTimeout);
  return () => clock.cancel?.(handle);
}

export async function rolloutStatus(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  if (!ctx.args.length && !flags.list("filename").length) throw new KubectlError("required resource not specified");
  const [t] = await resolveTargets(ctx, ctx.args, { files: flags.list("filename") });
  const viewer = STATUS_VIEWERS[t.mapping.kind];
  if (!viewer) throw new KubectlError(`no status viewer has been implemented for ${t.mapping.kind}${t.mapping.group ? `.${t.mapping.group}` : ""}`);
  const api = ctx.api();
  await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
  const timeoutMs = parseGoDuration(flags.str("timeout")) ?? 0;
  const fieldSelector = `metadata.name=${t.name}`;
  const list = await api.list(t.mapping, t.namespace, { fieldSelector, limit: 500, resourceVersion: "0" }, JSON_ACCEPT);
  const first = list.items[0];
  if (!first) throw new KubectlError(`${t.mapping.resource}${t.mapping.group ? `.${t.mapping.group}` : ""} "${t.name}" not found`);
  let status = viewer(first);
  io.stdout(status.message);
  if (status.done || !flags.bool("watch")) return 0;
  const abort = new AbortController();
  let timedOut = false;
  const stopTimer = startTimeout(ctx, timeoutMs, () => {
    timedOut = true;
    abort.abort();
  });
  const onUser = () => abort.abort();
  io.signal.addEventListener("abort", onUser, { once: true });
  let failure: unknown;
  try {
    // client-go's reflector picks a random timeout between 5 and 10 minutes.
    const timeoutSeconds = 300 + Math.floor(Math.random() * 300);
    const path = withQuery(resourcePath(t.mapping, t.namespace), {
      allowWatchBookmarks: "true",
      fieldSelector,
      resourceVersion: list.metadata.resourceVersion,
      timeoutSeconds,
      watch: "true",
    });
    await api.watch(path, JSON_ACCEPT, abort.signal, (ev) => {
      if (ev.type === "BOOKMARK") return;
      if (ev.type === "DELETED") {
        failure = new KubectlError(`object has been deleted`);
        return true;
      }
      try {
        status = viewer(ev.object);
      } catch (err) {
        failure = err;
        return true;
      }
      io.stdout(status.message);
      return status.done;
    });
  } finally {
    stopTimer();
    io.signal.removeEventListener("abort", onUser);
  }
  if (failure) throw failure;
  if (timedOut) throw new KubectlError("timed out waiting for the condition");
  if (io.signal.aborted) return 130;
  return 0;
}
