/**
 * Describers for configuration objects (describe.go ConfigMapDescriber, SecretDescriber,
 * ServiceAccountDescriber): data keys (secret values only sized, except service account tokens).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ANY_ACCEPT } from "../transport";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { LEVEL_0, printAnnotationsMultiline, printLabelsMultiline, tabbedString } from "./prefix-writer";

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
      const value = Buffer.from(String(s.data[k]), "base64");
      // the token of a service account token secret is shown, every other value only sized
      if (k === "token" && s.type === "kubernetes.io/service-account-token") w.write(LEVEL_0, `${k}:\t${value.toString("utf8")}\n`);
      else w.write(LEVEL_0, `${k}:\t${value.length} bytes\n`);
    }
  });
};

/** describe.go describeServiceAccount: the three secret lists under fixed-width headers, sorted. */
export const describeServiceAccount: Describer = async (ctx, namespace, name) => {
  const sa: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const secrets: any = await ctx.api.getJSON(`/api/v1/namespaces/${namespace}/secrets`, ANY_ACCEPT).catch(() => ({ items: [] }));
  const existing = new Set((secrets.items ?? []).map((s: any) => s.metadata.name));
  const tokens = (secrets.items ?? [])
    .filter((s: any) => s.type === "kubernetes.io/service-account-token" && s.metadata.annotations?.["kubernetes.io/service-account.name"] === name)
    .map((s: any) => s.metadata.name);
  const events = await searchEvents(ctx.api, sa, { kind: "ServiceAccount" });
  const lists: [string, string[]][] = [
    ["Image pull secrets:", (sa.imagePullSecrets ?? []).map((s: any) => s.name)],
    ["Mountable secrets: ", (sa.secrets ?? []).map((s: any) => s.name)],
    ["Tokens:            ", tokens],
  ];
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sa.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${sa.metadata.namespace}\n`);
    printLabelsMultiline(w, "Labels", sa.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", sa.metadata.annotations);
    for (const [header, names] of lists) {
      if (!names.length) {
        w.write(LEVEL_0, `${header}\t<none>\n`);
        continue;
      }
      names.forEach((n, i) => w.write(LEVEL_0, `${i === 0 ? header : " ".repeat(19)}\t${n}${existing.has(n) || header.startsWith("Tokens") ? "" : " (not found)"}\n`));
    }
    describeEvents(events, w, ctx.nowMs);
  });
};
