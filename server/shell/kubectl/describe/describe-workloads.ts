/**
 * Describers for the workload controllers other than deployments (describe.go ReplicaSetDescriber,
 * DaemonSetDescriber): status counts of the pods they own, then their pod template.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import { formatLabels } from "../printers/table-printer";
import { findMapping, resourcePath, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { describePodTemplate } from "./containers";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { formatLabelSelector } from "./label-selector";
import { LEVEL_0, LEVEL_1, printAnnotationsMultiline, printController, printLabelsMultiline, tabbedString } from "./prefix-writer";

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

/** describe.go describeDaemonSet (v1.20 prints no Namespace line). */
export const describeDaemonSet: Describer = async (ctx, namespace, name) => {
  const ds: any = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  const pods: any = await ctx.api
    .getJSON(withQuery(resourcePath(findMapping("pods") as Mapping, namespace), { labelSelector: formatLabelSelector(ds.spec?.selector) }), ANY_ACCEPT)
    .catch(() => ({ items: [] }));
  for (const p of pods.items ?? []) {
    if (!(p.metadata.ownerReferences ?? []).some((r: any) => r.controller && r.uid === ds.metadata.uid)) continue;
    const phase = p.status?.phase as keyof typeof counts;
    if (phase in counts) counts[phase]++;
  }
  const events = await searchEvents(ctx.api, ds, { kind: "DaemonSet" });
  const st = ds.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(ds.spec?.selector)}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, "Labels", ds.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", ds.metadata.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed\n`);
    describePodTemplate(ds.spec?.template, w);
    describeEvents(events, w, ctx.nowMs);
  });
};
