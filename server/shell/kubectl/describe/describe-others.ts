/**
 * Describers for namespaces, replica sets, endpoints, config maps and secrets (describe.go), and the
 * generic describer used for every other kind (genericDescriber + printUnstructuredContent).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import { findMapping, resourcePath, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { describePodTemplate } from "./containers";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { formatLabelSelector } from "./label-selector";
import { LEVEL_0, LEVEL_1, LEVEL_2, printAnnotationsMultiline, printController, printLabelsMultiline, tabbedString, type PrefixWriter } from "./prefix-writer";

export const describeNamespace: Describer = async (ctx, _ns, name) => {
  const ns: any = await ctx.api.get(ctx.mapping, "", name, ANY_ACCEPT);
  const quotas: any = await ctx.api.getJSON(`/api/v1/namespaces/${name}/resourcequotas`, ANY_ACCEPT).catch(() => ({ items: [] }));
  const limits: any = await ctx.api.getJSON(`/api/v1/namespaces/${name}/limitranges`, ANY_ACCEPT).catch(() => ({ items: [] }));
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
    printLabelsMultiline(w, "Labels", ns.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", ns.metadata.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ""}\n`);
    // v1.20 prints the quota and limit range blocks only when there are some
    for (const q of quotas.items ?? []) {
      w.write(LEVEL_0, `\nResource Quotas\n Name:\t${q.metadata.name}\n`);
      w.write(LEVEL_0, " Resource\tUsed\tHard\n --------\t---\t---\n");
      for (const r of Object.keys(q.status?.hard ?? {}).sort()) w.write(LEVEL_0, ` ${r}\t${q.status?.used?.[r] ?? "0"}\t${q.status.hard[r]}\n`);
    }
    void limits;
  });
};

export const describeReplicaSet: Describer = async (ctx, namespace, name) => {
  const rs: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  let podError = "";
  try {
    const pods: any = await ctx.api.getJSON(
      withQuery(resourcePath(findMapping("pods") as Mapping, namespace), { labelSelector: formatLabelSelector(rs.spec?.selector) }),
      ANY_ACCEPT,
    );
    for (const p of pods.items ?? []) {
      if (!(p.metadata.ownerReferences ?? []).some((r: any) => r.controller && r.uid === rs.metadata.uid)) continue;
      const phase = p.status?.phase as keyof typeof counts;
      if (phase in counts) counts[phase]++;
    }
  } catch (err) {
    podError = (err as Error).message;
  }
  const events = await searchEvents(ctx.api, rs, { kind: "ReplicaSet" });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, "Labels", rs.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", rs.metadata.annotations);
    const controlledBy = printController(rs.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
    w.write(LEVEL_0, "Pods Status:\t");
    if (podError) w.write(LEVEL_0, `error in fetching pods: ${podError}\n`);
    else w.write(LEVEL_0, `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed\n`);
    describePodTemplate(rs.spec?.template, w);
    if (rs.status?.conditions?.length) {
      w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
      w.write(LEVEL_1, "----\t------\t------\n");
      for (const c of rs.status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
    }
    describeEvents(events, w, ctx.nowMs);
  });
};

export const describeEndpoints: Describer = async (ctx, namespace, name) => {
  const ep: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const events = await searchEvents(ctx.api, ep, { kind: "Endpoints" });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ep.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ep.metadata.namespace}\n`);
    printLabelsMultiline(w, "Labels", ep.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", ep.metadata.annotations);
    w.write(LEVEL_0, "Subsets:\n");
    for (const s of ep.subsets ?? []) {
      w.write(LEVEL_1, `Addresses:\t${(s.addresses ?? []).map((a: any) => a.ip).join(",") || "<none>"}\n`);
      w.write(LEVEL_1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a: any) => a.ip).join(",") || "<none>"}\n`);
      if (s.ports?.length) {
        w.write(LEVEL_1, "Ports:\n");
        w.write(LEVEL_2, "Name\tPort\tProtocol\n");
        w.write(LEVEL_2, "----\t----\t--------\n");
        for (const p of s.ports) w.write(LEVEL_2, `${p.name || "<unset>"}\t${p.port}\t${p.protocol ?? "TCP"}\n`);
      }
      w.write(LEVEL_0, "\n");
    }
    describeEvents(events, w, ctx.nowMs);
  });
};

export const describeConfigMap: Describer = async (ctx, namespace, name) => {
  const cm: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const events = await searchEvents(ctx.api, cm, { kind: "ConfigMap" });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cm.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${cm.metadata.namespace}\n`);
    printLabelsMultiline(w, "Labels", cm.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", cm.metadata.annotations);
    w.write(LEVEL_0, "\nData\n====\n");
    for (const [k, v] of Object.entries(cm.data ?? {})) w.write(LEVEL_0, `${k}:\n----\n${v}\n`);
    describeEvents(events, w, ctx.nowMs);
  });
};

export const describeSecret: Describer = async (ctx, namespace, name) => {
  const s: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${s.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${s.metadata.namespace}\n`);
    printLabelsMultiline(w, "Labels", s.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", s.metadata.annotations);
    w.write(LEVEL_0, `\nType:\t${s.type ?? ""}\n\nData\n====\n`);
    for (const k of Object.keys(s.data ?? {}).sort()) {
      const bytes = Buffer.from(String(s.data[k]), "base64").length;
      w.write(LEVEL_0, `${k}:\t${bytes} bytes\n`);
    }
  });
};

/** describe.go smartLabelFor: `containerPort` → `Container Port`, acronyms kept upper case. */
export function smartLabelFor(field: string): string {
  if (/[^A-Za-z-]/.test(field)) return field;
  const acronyms = ["API", "URL", "UID", "OSB", "GUID"];
  const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|-/g) ?? [field];
  return parts
    .filter((p) => p !== "_")
    .map((p) => (acronyms.includes(p.toUpperCase()) ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)))
    .join(" ");
}

function printUnstructured(w: PrefixWriter, level: number, content: Record<string, any>, prefix: string, skip: string[]): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (skip.includes(path)) continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printUnstructured(w, level + 1, value, path, skip);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === "object" && !Array.isArray(child)) printUnstructured(w, level + 1, child, path, skip);
        else w.write(level + 1, `${child}\n`);
      }
    } else w.write(level, `${smartLabelFor(field)}:\t${value === null ? "<nil>" : value}\n`);
  }
}

export const describeGeneric: Describer = async (ctx, namespace, name) => {
  const obj: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const events = await searchEvents(ctx.api, obj, { kind: obj.kind });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
    printLabelsMultiline(w, "Labels", obj.metadata.labels);
    printUnstructured(w, LEVEL_0, obj, "", [".metadata.name", ".metadata.namespace", ".metadata.labels"]);
    describeEvents(events, w, ctx.nowMs);
  });
};
