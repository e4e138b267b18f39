/**
 * Writes Events the way client-go's recorder does (tools/record/event.go, events_cache.go in v1.20):
 * - core/v1 Events named `<object>.<hex nanoseconds>`, in the object's namespace ("default" for
 *   cluster-scoped objects), with source {component, host}, count 1 and first/lastTimestamp;
 * - an identical event (same source, object, fieldPath, type, reason and message) bumps `count` and
 *   `lastTimestamp` of the existing one instead (eventLogger.eventObserve);
 * - the 10th distinct message with the same source/object/type/reason within 10 minutes becomes
 *   `(combined from similar events): <message>`, counted from then on (EventAggregator);
 * - more than 25 events about one object from one source are dropped, one more allowed every
 *   5 minutes (EventSourceObjectSpamFilter);
 * - events.k8s.io/v1 Events (the scheduler's) stored in their core/v1 form: eventTime, action,
 *   reportingComponent/Instance, no first/lastTimestamp (the conversion in pkg/apis/events).
 * Failures never reach the caller: the recorder drops events it cannot write, like client-go.
 */
import { randomInt } from "node:crypto";
import type { Clock } from "../clock";
import type { ObjectStore } from "../contracts";
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";
import { formatMicroTime, formatTime } from "./time-format";
import { clone } from "../store/deep-freeze";

export interface ObjectReference {
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
  apiVersion?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface EventSource {
  component: string;
  host?: string;
}

export type EventType = "Normal" | "Warning";

export interface EventRecorder {
  /** A core/v1 Event (record.EventRecorder.Event). `involved` may be an object or a reference with a fieldPath. */
  recordEvent(involved: KubeObject | ObjectReference, type: EventType, reason: string, message: string, source: EventSource): void;
  /** An events.k8s.io/v1 Event (events.EventRecorder.Eventf), e.g. the scheduler's `Scheduled`. */
  recordNewEvent(regarding: KubeObject | ObjectReference, type: EventType, reason: string, action: string, note: string, reporting: { controller: string; instance: string }): void;
}

/** ref.GetReference: an ObjectReference to `obj`, optionally to a part of it (`spec.containers{c}`). */
export function objectReference(obj: KubeObject, fieldPath?: string): ObjectReference {
  const ref: ObjectReference = { kind: obj.kind, name: obj.metadata.name ?? "" };
  if (obj.metadata.namespace) ref.namespace = obj.metadata.namespace;
  ref.name = obj.metadata.name ?? "";
  if (obj.metadata.uid) ref.uid = obj.metadata.uid;
  ref.apiVersion = obj.apiVersion;
  if (obj.metadata.resourceVersion) ref.resourceVersion = obj.metadata.resourceVersion;
  if (fieldPath) ref.fieldPath = fieldPath;
  return ref;
}

const isObject = (x: KubeObject | ObjectReference): x is KubeObject => "metadata" in x;
const toRef = (x: KubeObject | ObjectReference): ObjectReference => (isObject(x) ? objectReference(x) : x);

/** EventAggregator defaults (events_cache.go): 10 similar events within 600 s are combined. */
const MAX_SIMILAR = 10;
const SIMILAR_WINDOW_MS = 600_000;
/** EventSourceObjectSpamFilter defaults: a token bucket of 25 per source+object, one token back every 5 minutes. */
const SPAM_BURST = 25;
const SPAM_REFILL_MS = 300_000;
/** client-go keeps its caches in LRUs of 4096 entries. */
const CACHE_SIZE = 4096;

const COMBINED_PREFIX = "(combined from similar events): ";

interface Observed {
  name: string;
  count: number;
  first: string;
}

export interface EventRecorderOptions {
  /**
   * Drop events beyond client-go's EventSourceObjectSpamFilter budget (their occurrences still
   * count, as upstream). On unless set to false.
   */
  spamFilter?: boolean;
}

export class StoreEventRecorder implements EventRecorder {
  private lastNanos = 0n;
  private readonly similar = new Map<string, { messages: Set<string>; last: number }>();
  private readonly spam = new Map<string, { tokens: number; last: number }>();
  private readonly observed = new Map<string, Observed>();

  constructor(
    private readonly store: ObjectStore,
    private readonly lister: StoreLister,
    private readonly clock: Clock,
    private readonly opts: EventRecorderOptions = {},
  ) {}

  /** getEventKey; combined events share their aggregate key whatever the message. */
  private identicalKey(ref: ObjectReference, type: string, reason: string, message: string, src: EventSource): string {
    const msg = message.startsWith(COMBINED_PREFIX) ? COMBINED_PREFIX : message;
    return [src.component, src.host ?? "", ref.kind, ref.namespace ?? "", ref.name, ref.fieldPath ?? "", ref.uid ?? "", ref.apiVersion ?? "", type, reason, msg].join("\u0000");
  }

  /** After a restart the in-memory cache is empty: continue counting on the stored event instead. */
  private fromStore(namespace: string, ref: ObjectReference, type: string, reason: string, message: string, src: EventSource): Observed | undefined {
    const e = this.findIdentical(namespace, ref, type, reason, message, src);
    if (!e) return undefined;
    return { name: e.metadata.name ?? "", count: (e.count as number | undefined) ?? 1, first: (e.firstTimestamp as string | undefined) ?? formatTime(this.clock.now()) };
  }

  /** An LRU insert bounded like client-go's caches. */
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    if (map.size >= CACHE_SIZE) map.delete(map.keys().next().value as string);
    map.set(key, value);
  }

  recordEvent(involved: KubeObject | ObjectReference, type: EventType, reason: string, message: string, source: EventSource): void {
    const ref = toRef(involved);
    const namespace = ref.namespace || "default";
    const now = this.clock.now();
    const src: EventSource = source.host ? { component: source.component, host: source.host } : { component: source.component };
    const aggregated = this.aggregate(ref, type, reason, message, src, now);
    // eventLogger.eventObserve runs before the spam filter, so a dropped occurrence still counts.
    const key = this.identicalKey(ref, type, reason, aggregated, src);
    const seen = this.observed.get(key) ?? this.fromStore(namespace, ref, type, reason, aggregated, src);
    const next = seen
      ? { name: seen.name, count: seen.count + 1, first: seen.first }
      : { name: this.eventName(ref.name, now), count: 1, first: formatTime(now) };
    this.remember(this.observed, key, next);
    if (this.opts.spamFilter !== false && this.isSpam(ref, src, now)) return;
    try {
      const stored = seen ? this.lister.peek("events", namespace, seen.name) : undefined;
      if (stored) {
        const copy = clone(stored);
        copy.count = next.count;
        copy.lastTimestamp = formatTime(now);
        copy.message = aggregated; // the patch upstream sends carries the latest message
        this.store.update("events", copy);
        return;
      }
      // A new event, or one whose earlier occurrences were all filtered or pruned (recordEvent creates it then).
      this.store.create("events", namespace, {
        kind: "Event",
        apiVersion: "v1",
        metadata: { name: next.name, namespace },
        involvedObject: ref,
        reason,
        message: aggregated,
        source: src,
        firstTimestamp: next.first,
        lastTimestamp: formatTime(now),
        count: next.count,
        type,
        eventTime: null,
        reportingComponent: "",
        reportingInstance: "",
      });
    } catch {
      // client-go drops an event it cannot write ("Server rejected event (will not retry!)").
    }
  }

  recordNewEvent(regarding: KubeObject | ObjectReference, type: EventType, reason: string, action: string, note: string, reporting: { controller: string; instance: string }): void {
    const ref = toRef(regarding);
    const namespace = ref.namespace || "default";
    const now = this.clock.now();
    try {
      this.store.create("events", namespace, {
        kind: "Event",
        apiVersion: "v1",
        metadata: { name: this.eventName(ref.name, now), namespace },
        involvedObject: ref,
        reason,
        message: note,
        source: {},
        firstTimestamp: null,
        lastTimestamp: null,
        type,
        eventTime: formatMicroTime(now),
        action,
        reportingComponent: reporting.controller,
        reportingInstance: reporting.instance,
      });
    } catch {
      // Dropped, as the events.k8s.io broadcaster does on a rejected write.
    }
  }

  /**
   * `fmt.Sprintf("%v.%x", name, t.UnixNano())`, kept strictly increasing so names never collide. The
   * clock has millisecond resolution; random sub-millisecond nanoseconds make names look like real ones.
   */
  private eventName(objectName: string, nowMs: number): string {
    let nanos = BigInt(nowMs) * 1_000_000n + BigInt(randomInt(1_000_000));
    if (nanos <= this.lastNanos) nanos = this.lastNanos + 1n;
    this.lastNanos = nanos;
    return `${objectName}.${nanos.toString(16)}`;
  }

  /** EventSourceObjectSpamFilter.Filter: too many events about one object from one source are dropped. */
  private isSpam(ref: ObjectReference, src: EventSource, now: number): boolean {
    const key = [src.component, src.host ?? "", ref.kind, ref.namespace ?? "", ref.name, ref.uid ?? "", ref.apiVersion ?? ""].join("\u0000");
    const bucket = this.spam.get(key) ?? { tokens: SPAM_BURST, last: now };
    this.remember(this.spam, key, bucket);
    bucket.tokens = Math.min(SPAM_BURST, bucket.tokens + (now - bucket.last) / SPAM_REFILL_MS);
    bucket.last = now;
    if (bucket.tokens < 1) return true;
    bucket.tokens -= 1;
    return false;
  }

  /** EventAggregator.EventAggregate: returns the message to record (combined after MAX_SIMILAR distinct ones). */
  private aggregate(ref: ObjectReference, type: string, reason: string, message: string, src: EventSource, now: number): string {
    const key = JSON.stringify([src.component, src.host ?? "", ref.kind, ref.namespace ?? "", ref.name, ref.uid ?? "", ref.apiVersion ?? "", type, reason]);
    let record = this.similar.get(key);
    if (!record || now - record.last > SIMILAR_WINDOW_MS) {
      record = { messages: new Set(), last: now };
      this.remember(this.similar, key, record);
    }
    record.last = now;
    record.messages.add(message);
    if (record.messages.size < MAX_SIMILAR) return message;
    // Upstream pops one key so the set never grows past the limit.
    record.messages.delete(record.messages.values().next().value as string);
    return `${COMBINED_PREFIX}${message}`;
  }

  /** The existing event eventLogger would update: same source, object, type, reason and message. */
  private findIdentical(namespace: string, ref: ObjectReference, type: string, reason: string, message: string, src: EventSource): KubeObject | undefined {
    const combined = message.startsWith(COMBINED_PREFIX);
    let found: KubeObject | undefined;
    for (const ev of this.lister.scan("events", namespace)) {
      const io = ev.involvedObject as ObjectReference | undefined;
      const s = (ev.source ?? {}) as EventSource;
      if (!io || io.name !== ref.name || io.kind !== ref.kind || io.uid !== ref.uid || io.fieldPath !== ref.fieldPath) continue;
      if (ev.type !== type || ev.reason !== reason || s.component !== src.component || s.host !== src.host) continue;
      // Combined events share one key regardless of the message (getAggregateKey).
      const msg = ev.message as string;
      if (combined ? msg.startsWith(COMBINED_PREFIX) : msg === message) found = ev;
    }
    return found;
  }
}
