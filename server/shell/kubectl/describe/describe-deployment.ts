/**
 * `kubectl describe deployment` (describe.go DeploymentDescriber/describeDeployment), with the old and
 * new replica sets found as deploymentutil.GetAllReplicaSets does (owned by the deployment; the new one
 * has the deployment's template, ignoring pod-template-hash; old ones listed only with replicas > 0).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import { rfc1123z } from "../human-duration";
import { findMapping, resourcePath, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { describePodTemplate } from "./containers";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { formatLabelSelector } from "./label-selector";
import { LEVEL_0, LEVEL_1, printAnnotationsMultiline, printLabelsMultiline, tabbedString } from "./prefix-writer";

/** Canonical JSON (sorted keys) for semantic equality of templates. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** deploymentutil.EqualIgnoreHash. */
export function equalIgnoreHash(a: any, b: any): boolean {
  const strip = (t: any) => {
    const c = structuredClone(t ?? {});
    if (c.metadata?.labels) delete c.metadata.labels["pod-template-hash"];
    if (c.metadata && c.metadata.creationTimestamp === null) delete c.metadata.creationTimestamp;
    return canonical(c);
  };
  return strip(a) === strip(b);
}

export async function replicaSetsOf(api: any, deploy: any): Promise<{ all: any[]; newRS: any | undefined; old: any[] }> {
  const rsMapping = findMapping("replicasets.apps") as Mapping;
  const selector = formatLabelSelector(deploy.spec?.selector);
  const list = await api.getJSON(
    withQuery(resourcePath(rsMapping, deploy.metadata.namespace), { labelSelector: selector }),
    ANY_ACCEPT,
  );
  const owned = (list.items ?? []).filter((rs: any) => (rs.metadata.ownerReferences ?? []).some((r: any) => r.controller && r.uid === deploy.metadata.uid));
  const sorted = [...owned].sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp) || (a.metadata.name < b.metadata.name ? -1 : 1));
  const newRS = sorted.find((rs) => equalIgnoreHash(rs.spec?.template, deploy.spec?.template));
  const old = sorted.filter((rs) => rs !== newRS);
  return { all: sorted, newRS, old };
}

function rsList(list: any[]): string {
  const s = list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(", ");
  return s || "<none>";
}

export const describeDeployment: Describer = async (ctx, namespace, name) => {
  const d: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const events = await searchEvents(ctx.api, d, { kind: "Deployment" });
  let sets: { newRS: any; old: any[] } | undefined;
  try {
    sets = await replicaSetsOf(ctx.api, d);
  } catch {
    sets = undefined;
  }
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, "Labels", d.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", d.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ""}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? ""} max unavailable, ${ru.maxSurge ?? ""} max surge\n`);
    describePodTemplate(spec.template, w);
    if (st.conditions?.length) {
      w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
      w.write(LEVEL_1, "----\t------\t------\n");
      for (const c of st.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
    }
    if (sets) {
      w.write(LEVEL_0, `OldReplicaSets:\t${rsList(sets.old.filter((rs) => (rs.spec?.replicas ?? 0) > 0))}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${rsList(sets.newRS ? [sets.newRS] : [])}\n`);
    }
    describeEvents(events, w, ctx.nowMs);
  });
};
