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
  if (t.mapping.kind !== "Deployment") throw new KubectlError(`no status viewer has been implemented for ${t.mapping.kind}`);
  const api = ctx.api();
  await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
  const timeoutMs = parseGoDuration(flags.str("timeout")) ?? 0;
  const fieldSelector = `metadata.name=${t.name}`;
  const list = await api.list(t.mapping, t.namespace, { fieldSelector, limit: 500, resourceVersion: "0" }, JSON_ACCEPT);
  const first = list.items[0];
  if (!first) throw new KubectlError(`deployments.apps "${t.name}" not found`);
  let status = deploymentStatus(first);
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
        status = deploymentStatus(ev.object);
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
