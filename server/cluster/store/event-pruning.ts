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

/** Parsed last-seen times of stored (frozen, so unchanging) events: every event write and read checks them all. */
const lastSeenOfStored = new WeakMap<KubeObject, number>();

/** The last time an event was seen (lastTimestamp, eventTime, then creation). */
export function eventLastSeen(e: KubeObject): number {
  const known = lastSeenOfStored.get(e);
  if (known !== undefined) return known;
  const seen = parseTime(e.lastTimestamp as string) ?? parseTime(e.eventTime as string) ?? parseTime(e.metadata.creationTimestamp) ?? 0;
  if (Object.isFrozen(e)) lastSeenOfStored.set(e, seen);
  return seen;
}

export function pruneEvents(store: ObjectStore & StoreLister, incoming: KubeObject, limits: ClusterLimits, nowMs: number): void {
  const cutoff = nowMs - limits.eventTtlSeconds * 1000;
  const uid = (incoming.involvedObject as { uid?: string } | undefined)?.uid;
  const sameObject: KubeObject[] = [];
  let live = 0;
  for (const e of store.scan("events")) {
    if (eventLastSeen(e) < cutoff) {
      drop(store, e);
      continue;
    }
    live++;
    if (uid && (e.involvedObject as { uid?: string } | undefined)?.uid === uid) sameObject.push(e);
  }
  live -= dropOldest(store, sameObject, sameObject.length - (limits.maxEventsPerObject - 1));
  // The cluster-wide cap too: the newest events matter most, so old ones make room. What is left after
  // the drops above is what the store holds now.
  const excess = live - (limits.maxObjectsPerResource - 1);
  if (excess > 0) dropOldest(store, store.scan("events"), excess);
}

/** Deletes the `excess` least recently seen of `events`; returns how many that was. */
function dropOldest(store: ObjectStore, events: KubeObject[], excess: number): number {
  if (excess <= 0) return 0;
  const oldest = [...events].sort((a, b) => eventLastSeen(a) - eventLastSeen(b)).slice(0, excess);
  for (const e of oldest) drop(store, e);
  return oldest.length;
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
