/**
 * Describers for namespaces and endpoints (describe.go), and the generic describer used for every other
 * kind (genericDescriber + printUnstructuredContent).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ANY_ACCEPT } from "../transport";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { LEVEL_0, LEVEL_1, LEVEL_2, printAnnotationsMultiline, printLabelsMultiline, tabbedString, type PrefixWriter } from "./prefix-writer";

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

