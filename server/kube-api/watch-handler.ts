/**
 * Watches (`?watch=true`), as apiserver handlers/watch.go serves them in v1.20: HTTP 200, then one
 * compact JSON event per line. A Table watch sends one single-row Table per event and only the first
 * carries `columnDefinitions` (k8s-fixtures/watch_pods_table_curl.ndjson). A resourceVersion too old for
 * the store's window is answered, as the watch cache does, by a single ERROR event with the 410 Status.
 * The stream ends at `timeoutSeconds` (simulated time, from the cluster clock), when `signal` aborts, or
 * when the consumer stops reading.
 */
import type { WatchOptions } from "@/server/cluster/contracts";
import { isGoneOrExpired, newBadRequest, newInternalError, type StatusError } from "@/server/cluster/errors/status-error";
import type { WatchEvent } from "@/server/cluster/types";
import { statusBody } from "./api-errors";
import { ChunkQueue } from "./chunk-queue";
import { encodeCompact } from "./json-encoding";
import { partialOf, tableOf } from "./list-response";
import { negotiate, type Negotiated } from "./negotiation";
import type { RequestContext } from "./request-context";
import type { KubeStreamResponse } from "./types";

function watchOptionsOf(ctx: RequestContext): WatchOptions {
  const q = ctx.req.query;
  // Events are only encoded: the store's frozen objects do, without a copy per event.
  const opts: WatchOptions = { shared: true };
  const rv = q.get("resourceVersion");
  if (rv) opts.resourceVersion = rv;
  const labelSelector = q.get("labelSelector");
  if (labelSelector) opts.labelSelector = labelSelector;
  // A watch of one object (`/pods/x?watch=true`) is a watch of the collection narrowed to its name.
  const terms = [ctx.info.name ? `metadata.name=${ctx.info.name}` : "", q.get("fieldSelector") ?? ""].filter((t) => t);
  if (terms.length) opts.fieldSelector = terms.join(",");
  const bookmarks = q.get("allowWatchBookmarks");
  if (bookmarks === "true" || bookmarks === "1") opts.allowWatchBookmarks = true;
  return opts;
}

function timeoutOf(q: URLSearchParams): number | undefined {
  const t = q.get("timeoutSeconds");
  if (t === null || t === "") return undefined;
  if (!/^\d+$/.test(t)) throw newBadRequest(`strconv.ParseInt: parsing "${t}": invalid syntax`);
  return Number(t);
}

/** Encodes events; with a Table Accept, every object event becomes a one-row Table. */
function eventEncoder(ctx: RequestContext, neg: Negotiated): (event: WatchEvent) => string {
  let first = true;
  return (event) => {
    if (event.type === "ERROR") return encodeCompact(event);
    if (neg.partial) return encodeCompact({ type: event.type, object: partialOf(event.object, neg.partial) });
    if (!neg.table || event.type === "BOOKMARK") return encodeCompact(event);
    const table = tableOf(ctx, neg, [event.object], { resourceVersion: event.object.metadata.resourceVersion }, !first);
    first = false;
    return encodeCompact({ type: event.type, object: table });
  };
}

/** How often a watch that allows bookmarks gets one (the watch cache sends them about once a minute). */
const BOOKMARK_INTERVAL_MS = 60_000;

/**
 * BOOKMARK events (watch_cache.go / cacher.go): an empty object of the kind carrying the current
 * resourceVersion, so a client that re-watches after a quiet period need not relist. Events reach the
 * queue synchronously with each write, so everything up to that version has been sent.
 */
function scheduleBookmarks(ctx: RequestContext, queue: ChunkQueue): void {
  const clock = ctx.cluster.clock;
  let timer = clock.schedule(clock.now() + BOOKMARK_INTERVAL_MS, tick);
  function tick(): void {
    if (queue.isEnded) return;
    const object = {
      kind: ctx.resource.kind,
      apiVersion: ctx.resource.apiVersion,
      metadata: { resourceVersion: ctx.cluster.store.currentResourceVersion(), creationTimestamp: null },
    };
    queue.push(encodeCompact({ type: "BOOKMARK", object }));
    timer = clock.schedule(clock.now() + BOOKMARK_INTERVAL_MS, tick);
  }
  queue.onEnd(() => clock.cancel(timer));
}

export function watchObjects(ctx: RequestContext): KubeStreamResponse {
  const neg = negotiate(ctx.req.headers.accept, ctx.req.query, true);
  const opts = watchOptionsOf(ctx);
  const timeout = timeoutOf(ctx.req.query);
  const queue = new ChunkQueue();
  const encode = eventEncoder(ctx, neg);
  const response: KubeStreamResponse = { status: 200, headers: { "content-type": "application/json" }, stream: queue };
  try {
    const watcher = ctx.cluster.store.watch(ctx.key, ctx.info.namespace || undefined, opts, (event) => {
      // This runs inside the store's commit: a failure here must end this watch, not the write.
      try {
        queue.push(encode(event));
      } catch (err) {
        queue.push(encodeCompact({ type: "ERROR", object: statusBody(newInternalError(err)) }));
        queue.end();
      }
    });
    queue.onEnd(() => watcher.stop());
  } catch (err) {
    if (!isGoneOrExpired(err)) throw err;
    queue.push(encodeCompact({ type: "ERROR", object: statusBody(err as StatusError) }));
    queue.end();
    return response;
  }
  if (opts.allowWatchBookmarks) scheduleBookmarks(ctx, queue);
  if (timeout !== undefined) {
    const clock = ctx.cluster.clock;
    const timer = clock.schedule(clock.now() + timeout * 1000, () => queue.end());
    queue.onEnd(() => clock.cancel(timer));
  }
  const signal = ctx.req.signal;
  if (signal) {
    if (signal.aborted) queue.end();
    const onAbort = () => queue.end();
    signal.addEventListener("abort", onAbort, { once: true });
    queue.onEnd(() => signal.removeEventListener("abort", onAbort));
  }
  return response;
}
