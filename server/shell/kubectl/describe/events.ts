/**
 * Events in describe: the search by involvedObject fields (client-go events_expansion.go Search /
 * GetFieldSelector) and DescribeEvents (describe.go): sorted by lastTimestamp (stable, so
 * events.k8s.io events without one come first), `age (xN over firstAge)` for repeated events.
 */
import type { KubeObject } from "@/server/cluster/types";
import type { ApiClient } from "../client";
import { withQuery } from "../client";
import { since } from "../human-duration";
import { ANY_ACCEPT } from "../transport";
import { LEVEL_0, LEVEL_1, type PrefixWriter } from "./prefix-writer";

export interface CoreEvent {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  source?: { component?: string; host?: string };
  /** core/v1 calls the reporting controller `reportingComponent` on the wire */
  reportingComponent?: string;
}

/**
 * GET /api/v1/namespaces/<ns>/events?fieldSelector=involvedObject.*. `kind` is left out for pods
 * (describe clears it) and for nodes the uid is the node name. Failures give no events.
 */
export async function searchEvents(
  api: ApiClient,
  obj: KubeObject,
  opts: { kind?: string; namespace?: string; uid?: string } = {},
): Promise<CoreEvent[]> {
  const ns = opts.namespace ?? obj.metadata.namespace ?? "";
  const terms: string[] = [];
  if (opts.kind) terms.push(`involvedObject.kind=${opts.kind}`);
  terms.push(`involvedObject.name=${obj.metadata.name}`);
  terms.push(`involvedObject.namespace=${ns}`);
  terms.push(`involvedObject.uid=${opts.uid ?? obj.metadata.uid}`);
  const base = ns ? `/api/v1/namespaces/${ns}/events` : "/api/v1/events";
  try {
    const list = await api.getJSON<{ items: CoreEvent[] }>(withQuery(base, { fieldSelector: terms.join(",") }), ANY_ACCEPT);
    return list.items ?? [];
  } catch {
    return [];
  }
}

function ts(s: string | null | undefined): number {
  const t = s ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

export function describeEvents(events: CoreEvent[] | null, w: PrefixWriter, nowMs: number): void {
  if (!events) return;
  if (!events.length) {
    w.write(LEVEL_0, "Events:\t<none>\n");
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => ts(a.lastTimestamp) - ts(b.lastTimestamp));
  w.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
  for (const e of sorted) {
    const first = e.eventTime ? since(e.eventTime, nowMs) : since(e.firstTimestamp, nowMs);
    const interval = (e.count ?? 0) > 1 ? `${since(e.lastTimestamp, nowMs)} (x${e.count} over ${first})` : first;
    const source = e.source?.component || e.reportingComponent || "";
    w.write(LEVEL_1, `${e.type ?? ""}\t${e.reason ?? ""}\t${interval}\t${source}\t${(e.message ?? "").trim()}\n`);
  }
}
