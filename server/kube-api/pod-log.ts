/**
 * `GET pods/<name>/log` (pkg/registry/core/pod/rest/log.go and strategy.go `LogLocation`, v1.20): the
 * container is checked here as the registry does (`validateContainer`), then the simulated kubelet's logs
 * answer, text/plain, copied as is. A pod not yet on a node has an empty log. `follow=true` streams
 * until the container ends or the client leaves. Waiting containers are the kubelet's 400
 * (`container "c" in pod "p" is waiting to start: ...`), raised by cluster.logs.
 */
import type { LogOptions } from "@/server/cluster/contracts";
import { newBadRequest } from "@/server/cluster/errors/status-error";
import { ChunkQueue } from "./chunk-queue";
import type { RequestContext } from "./request-context";
import { textResponse } from "./responses";
import type { KubeResponse } from "./types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** LocationStreamer's ContentType for logs (pod/rest/log.go). */
const LOG_TYPE = "text/plain";

const names = (list: any[] | undefined): string[] => (list ?? []).map((c) => c.name);

/** validateContainer: the one container, or the named one, which must exist. */
function chooseContainer(pod: any, requested: string): string {
  const containers = names(pod.spec?.containers);
  if (!requested) {
    if (containers.length === 1) return containers[0];
    if (containers.length === 0) throw newBadRequest(`a container name must be specified for pod ${pod.metadata.name}`);
    let message = `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.join(" ")}]`;
    const init = names(pod.spec?.initContainers);
    if (init.length) message += ` or one of the init containers: [${init.join(" ")}]`;
    throw newBadRequest(message);
  }
  const all = [...containers, ...names(pod.spec?.initContainers), ...names(pod.spec?.ephemeralContainers)];
  if (!all.includes(requested)) throw newBadRequest(`container ${requested} is not valid for pod ${pod.metadata.name}`);
  return requested;
}

function intParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  if (v === null || v === "") return undefined;
  if (!/^-?\d+$/.test(v)) throw newBadRequest(`strconv.ParseInt: parsing "${v}": invalid syntax`);
  return Number(v);
}

const isTrue = (v: string | null) => v === "true" || v === "1";

export function podLogs(ctx: RequestContext): KubeResponse {
  const q = ctx.req.query;
  const pod = ctx.cluster.store.get("pods", ctx.info.namespace, ctx.info.name);
  const container = chooseContainer(pod, q.get("container") ?? "");
  const opts: LogOptions = { container };
  if (isTrue(q.get("previous"))) opts.previous = true;
  if (isTrue(q.get("timestamps"))) opts.timestamps = true;
  const tail = intParam(q, "tailLines");
  if (tail !== undefined) opts.tailLines = tail;
  const since = intParam(q, "sinceSeconds");
  if (since !== undefined) opts.sinceSeconds = since;
  const limitBytes = intParam(q, "limitBytes");
  if (!pod.spec?.nodeName) return textResponse(200, "", LOG_TYPE);

  if (!isTrue(q.get("follow"))) {
    const text = ctx.cluster.logs.read(ctx.info.namespace, ctx.info.name, opts);
    return textResponse(200, limitBytes !== undefined ? Buffer.from(text).subarray(0, limitBytes).toString() : text, LOG_TYPE);
  }
  const queue = new ChunkQueue();
  let sent = 0;
  const watcher = ctx.cluster.logs.follow(
    ctx.info.namespace,
    ctx.info.name,
    opts,
    (chunk) => {
      if (limitBytes !== undefined) {
        const left = limitBytes - sent;
        if (left <= 0) return queue.end();
        chunk = Buffer.from(chunk).subarray(0, left).toString();
      }
      sent += Buffer.byteLength(chunk);
      queue.push(chunk);
    },
    () => queue.end(),
  );
  queue.onEnd(() => watcher.stop());
  const signal = ctx.req.signal;
  if (signal) {
    if (signal.aborted) queue.end();
    signal.addEventListener("abort", () => queue.end(), { once: true });
  }
  return { status: 200, headers: { "content-type": LOG_TYPE }, stream: queue };
}
