/**
 * Keeps Events bounded: the API server stores them with a TTL (--event-ttl, 1h) and a classroom
 * cluster also caps them per involved object. Runs when an event is written, so an idle cluster
 * needs no timer for it.
 */
import type { ObjectStore } from "../contracts";
import { parseTime } from "../runtime/time-format";
import type { KubeObject } from "../types";
import type { ClusterLimits } from "./limits";
import type { StoreLister } from "./store-hooks";

/** The last time an event was seen (lastTimestamp, eventTime, then creation). */
export function eventLastSeen(e: KubeObject): number {
  return parseTime(e.lastTimestamp as string) ?? parseTime(e.eventTime as string) ?? parseTime(e.metadata.creationTimestamp) ?? 0;
}

export function pruneEvents(store: ObjectStore & StoreLister, incoming: KubeObject, limits: ClusterLimits, nowMs: number): void {
  const cutoff = nowMs - limits.eventTtlSeconds * 1000;
  const uid = (incoming.involvedObject as { uid?: string } | undefined)?.uid;
  const sameObject: KubeObject[] = [];
  const live: KubeObject[] = [];
  for (const e of store.scan("events")) {
    if (eventLastSeen(e) < cutoff) {
      drop(store, e);
      continue;
    }
    live.push(e);
    if (uid && (e.involvedObject as { uid?: string } | undefined)?.uid === uid) sameObject.push(e);
  }
  dropOldest(store, sameObject, sameObject.length - (limits.maxEventsPerObject - 1));
  // The cluster-wide cap too: the newest events matter most, so old ones make room.
  const remaining = live.filter((e) => store.peek("events", e.metadata.namespace ?? "", e.metadata.name ?? ""));
  dropOldest(store, remaining, remaining.length - (limits.maxObjectsPerResource - 1));
}

function dropOldest(store: ObjectStore, events: KubeObject[], excess: number): void {
  if (excess <= 0) return;
  const sorted = [...events].sort((a, b) => eventLastSeen(a) - eventLastSeen(b));
  for (const e of sorted.slice(0, excess)) drop(store, e);
}

function drop(store: ObjectStore, e: KubeObject): void {
  try {
    store.delete("events", e.metadata.namespace ?? "", e.metadata.name ?? "");
  } catch {
    // already gone
  }
}

/** Removes every expired event (after a restore: the process may have been down for hours). */
export function pruneExpiredEvents(store: ObjectStore & StoreLister, limits: ClusterLimits, nowMs: number): void {
  const cutoff = nowMs - limits.eventTtlSeconds * 1000;
  for (const e of store.scan("events")) if (eventLastSeen(e) < cutoff) drop(store, e);
}
