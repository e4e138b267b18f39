/**
 * `kubectl describe service` (describe.go ServiceDescriber/describeService, v1.20: `IP Families`
 * always printed, `IP Family Policy` only when set) and the endpoint list of formatEndpoints.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { findMapping, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { formatLabels } from "../printers/table-printer";
import { LEVEL_0, printAnnotationsMultiline, printLabelsMultiline, tabbedString } from "./prefix-writer";

/** describe.go formatEndpoints: at most three `ip:port`, then ` + N more...`. */
export function formatEndpoints(endpoints: any, portName?: string): string {
  if (!endpoints?.subsets?.length) return "<none>";
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of endpoints.subsets) {
    if (!ss.ports?.length) {
      for (const a of ss.addresses ?? []) {
        if (list.length === max) more = true;
        if (!more) list.push(a.ip);
        count++;
      }
      continue;
    }
    for (const port of ss.ports) {
      if (portName !== undefined && (port.name ?? "") !== portName) continue;
      for (const a of ss.addresses ?? []) {
        if (list.length === max) more = true;
        if (!more) list.push(`${a.ip.includes(":") ? `[${a.ip}]` : a.ip}:${port.port}`);
        count++;
      }
    }
  }
  const ret = list.join(",");
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const describeService: Describer = async (ctx, namespace, name) => {
  const svc: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  let endpoints: any = null;
  try {
    endpoints = await ctx.api.get(findMapping("endpoints") as Mapping, namespace, name, ANY_ACCEPT);
  } catch {
    endpoints = null;
  }
  const events = await searchEvents(ctx.api, svc, { kind: "Service" });
  const spec = svc.spec ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace}\n`);
    printLabelsMultiline(w, "Labels", svc.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", svc.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(LEVEL_0, `Type:\t${spec.type ?? ""}\n`);
    if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    w.write(LEVEL_0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(",") : "<none>"}\n`);
    w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ""}\n`);
    w.write(LEVEL_0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(",") : "<none>"}\n`);
    if (spec.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(",")}\n`);
    if (spec.loadBalancerIP) w.write(LEVEL_0, `IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
    const ingress = svc.status?.loadBalancer?.ingress ?? [];
    if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingress.map((i: any) => i.ip || i.hostname).join(", ")}\n`);
    for (const sp of spec.ports ?? []) {
      const portName = sp.name || "<unset>";
      const protocol = sp.protocol ?? "TCP";
      w.write(LEVEL_0, `Port:\t${portName}\t${sp.port}/${protocol}\n`);
      w.write(LEVEL_0, `TargetPort:\t${sp.targetPort ?? sp.port}/${protocol}\n`);
      if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${portName}\t${sp.nodePort}/${protocol}\n`);
      w.write(LEVEL_0, `Endpoints:\t${formatEndpoints(endpoints, sp.name ?? "")}\n`);
    }
    w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ""}\n`);
    if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if (spec.loadBalancerSourceRanges?.length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(",")}\n`);
    describeEvents(events, w, ctx.nowMs);
  });
};
