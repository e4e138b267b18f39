/**
 * Rows for core kinds: printService, printEndpoints, printNode, printNamespace, printEvent,
 * printConfigMap, printSecret, printServiceAccount and printLease in
 * pkg/printers/internalversion/printers.go (v1.20), wide cells included.
 */
import { eventsV1ToCoreEvent } from "@/server/cluster/kinds/event-conversion";
import type { KubeObject } from "@/server/cluster/types";
import { ageSince } from "../human-duration";
import { formatLabels } from "./label-selector-string";
import type { PrintedRow } from "./printed-row";

/* eslint-disable @typescript-eslint/no-explicit-any */

const age = (obj: KubeObject, now: number) => ageSince(obj.metadata.creationTimestamp, now);

/** loadBalancerStatusStringer: ingress IPs or hostnames joined by commas. */
function loadBalancerIPs(status: any): string {
  return (status?.loadBalancer?.ingress ?? [])
    .map((i: any) => i.ip || i.hostname)
    .filter((x: string) => x)
    .join(",");
}

/** getServiceExternalIP. */
function serviceExternalIP(svc: KubeObject): string {
  const externalIPs: string[] = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case "ClusterIP":
    case "NodePort":
      return externalIPs.length ? externalIPs.join(",") : "<none>";
    case "LoadBalancer": {
      const lb = loadBalancerIPs(svc.status);
      if (externalIPs.length) return [...(lb ? lb.split(",") : []), ...externalIPs].join(",");
      return lb || "<pending>";
    }
    case "ExternalName":
      return svc.spec.externalName ?? "";
    default:
      return "<unknown>";
  }
}

/** makePortString: `8080/TCP`, or `8080:31939/TCP` with a node port. */
function portString(ports: any[]): string {
  return ports
    .map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(",");
}

export function serviceRow(svc: KubeObject, now: number): PrintedRow {
  const spec = svc.spec ?? {};
  const clusterIP: string = spec.clusterIPs?.[0] ?? spec.clusterIP ?? "<none>";
  return {
    cells: [
      svc.metadata.name ?? "",
      spec.type ?? "",
      clusterIP || "<none>",
      serviceExternalIP(svc),
      portString(spec.ports ?? []) || "<none>",
      age(svc, now),
      formatLabels(spec.selector),
    ],
  };
}

/** formatEndpoints with no port filter: at most three `ip:port`, then ` + N more...`. */
export function formatEndpoints(ep: KubeObject): string {
  const subsets: any[] = (ep as any).subsets ?? [];
  if (subsets.length === 0) return "<none>";
  const max = 3;
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (s: string) => {
    if (list.length === max) more = true;
    if (!more) list.push(s);
    count++;
  };
  for (const ss of subsets) {
    const addresses: any[] = ss.addresses ?? [];
    if (!ss.ports?.length) for (const a of addresses) add(a.ip);
    else
      for (const port of ss.ports)
        for (const a of addresses) add(a.ip.includes(":") ? `[${a.ip}]:${port.port}` : `${a.ip}:${port.port}`);
  }
  const joined = list.join(",");
  return more ? `${joined} + ${count - max} more...` : joined;
}

export function endpointsRow(ep: KubeObject, now: number): PrintedRow {
  return { cells: [ep.metadata.name ?? "", formatEndpoints(ep), age(ep, now)] };
}

/** findNodeRoles: `node-role.kubernetes.io/<role>` labels and `kubernetes.io/role`, sorted. */
function nodeRoles(node: KubeObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) roles.add(k.slice("node-role.kubernetes.io/".length));
    else if (k === "kubernetes.io/role") roles.add(v);
  }
  const sorted = [...roles].filter((r) => r !== "").sort();
  return sorted.length ? sorted.join(",") : "<none>";
}

function nodeAddress(node: KubeObject, type: string): string {
  const a = (node.status?.addresses ?? []).find((x: any) => x.type === type);
  return a?.address ?? "<none>";
}

export function nodeRow(node: KubeObject, now: number): PrintedRow {
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === "Ready");
  const status: string[] = [];
  if (ready) status.push(ready.status === "True" ? "Ready" : "NotReady");
  else status.push("Unknown");
  if (node.spec?.unschedulable) status.push("SchedulingDisabled");
  const info = node.status?.nodeInfo ?? {};
  return {
    cells: [
      node.metadata.name ?? "",
      status.join(","),
      nodeRoles(node),
      age(node, now),
      info.kubeletVersion ?? "",
      nodeAddress(node, "InternalIP"),
      nodeAddress(node, "ExternalIP"),
      info.osImage || "<unknown>",
      info.kernelVersion || "<unknown>",
      info.containerRuntimeVersion || "<unknown>",
    ],
  };
}

export function namespaceRow(ns: KubeObject, now: number): PrintedRow {
  return { cells: [ns.metadata.name ?? "", ns.status?.phase ?? "", age(ns, now)] };
}

/** formatEventSource: `component, host`, falling back to reportingController/Instance. */
function eventSource(ev: any): string {
  const component = ev.source?.component || ev.reportingController || "";
  const instance = ev.source?.host || ev.reportingInstance || "";
  return instance ? `${component}, ${instance}` : component;
}

/**
 * events.k8s.io/v1 Events print through the same internal core Event (both versions convert to it),
 * so their fields are mapped back first.
 */
export function eventRow(ev: KubeObject, now: number): PrintedRow {
  const e = (ev.apiVersion === "events.k8s.io/v1" ? eventsV1ToCoreEvent(ev) : ev) as any;
  const first = e.firstTimestamp ? ageSince(e.firstTimestamp, now) : ageSince(e.eventTime, now);
  let last = e.lastTimestamp ? ageSince(e.lastTimestamp, now) : first;
  let count: number = e.count ?? 0;
  if (e.series) {
    last = ageSince(e.series.lastObservedTime, now);
    count = e.series.count ?? 0;
  } else if (count === 0) {
    count = 1; // singleton events of the new API carry no count
  }
  const involved = e.involvedObject ?? {};
  const kind = String(involved.kind ?? "").toLowerCase();
  const target = involved.name ? `${kind}/${involved.name}` : kind;
  return {
    cells: [
      last,
      e.type ?? "",
      e.reason ?? "",
      target,
      involved.fieldPath ?? "",
      eventSource(e),
      String(e.message ?? "").trim(),
      first,
      count,
      e.metadata?.name ?? "",
    ],
  };
}

export function configMapRow(cm: KubeObject, now: number): PrintedRow {
  const c = cm as any;
  const n = Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length;
  return { cells: [cm.metadata.name ?? "", n, age(cm, now)] };
}

export function secretRow(secret: KubeObject, now: number): PrintedRow {
  const s = secret as any;
  return { cells: [secret.metadata.name ?? "", s.type ?? "", Object.keys(s.data ?? {}).length, age(secret, now)] };
}

export function serviceAccountRow(sa: KubeObject, now: number): PrintedRow {
  return { cells: [sa.metadata.name ?? "", ((sa as any).secrets ?? []).length, age(sa, now)] };
}

export function leaseRow(lease: KubeObject, now: number): PrintedRow {
  return { cells: [lease.metadata.name ?? "", lease.spec?.holderIdentity ?? "", age(lease, now)] };
}

/** Name and Age for kinds without a printer. */
export function defaultRow(obj: KubeObject, now: number): PrintedRow {
  return { cells: [obj.metadata.name ?? "", age(obj, now)] };
}
