/**
 * events.k8s.io/v1 Events are the core/v1 Events of the same storage seen through the conversion of
 * pkg/apis/events/v1/conversion.go: involvedObject↔regarding, message↔note, source↔deprecatedSource,
 * first/lastTimestamp↔deprecatedFirst/LastTimestamp, count↔deprecatedCount,
 * reportingComponent↔reportingController.
 */
import type { KubeObject } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

function defined(obj: Json): Json {
  for (const k of Object.keys(obj)) if (obj[k] === undefined) delete obj[k];
  return obj;
}

export function coreEventToEventsV1(e: KubeObject): KubeObject {
  const x = e as Json;
  return defined({
    kind: "Event",
    apiVersion: "events.k8s.io/v1",
    metadata: e.metadata,
    eventTime: x.eventTime ?? null,
    series: x.series,
    reportingController: x.reportingComponent || undefined,
    reportingInstance: x.reportingInstance || undefined,
    action: x.action || undefined,
    reason: x.reason || undefined,
    regarding: x.involvedObject ?? {},
    related: x.related,
    note: x.message || undefined,
    type: x.type || undefined,
    deprecatedSource: x.source ?? {},
    deprecatedFirstTimestamp: x.firstTimestamp ?? null,
    deprecatedLastTimestamp: x.lastTimestamp ?? null,
    deprecatedCount: x.count || undefined,
  }) as KubeObject;
}

export function eventsV1ToCoreEvent(e: KubeObject): KubeObject {
  const x = e as Json;
  return defined({
    kind: "Event",
    apiVersion: "v1",
    metadata: e.metadata,
    involvedObject: x.regarding ?? {},
    reason: x.reason,
    message: x.note,
    source: x.deprecatedSource ?? {},
    firstTimestamp: x.deprecatedFirstTimestamp ?? null,
    lastTimestamp: x.deprecatedLastTimestamp ?? null,
    count: x.deprecatedCount,
    type: x.type,
    eventTime: x.eventTime ?? null,
    series: x.series,
    action: x.action,
    related: x.related,
    reportingComponent: x.reportingController ?? "",
    reportingInstance: x.reportingInstance ?? "",
  }) as KubeObject;
}
