/**
 * `kubectl describe pod` (describe.go PodDescriber / describePod), with the events fallback for a pod
 * that is gone but still has events.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ANY_ACCEPT } from "../transport";
import { ApiError } from "../errors";
import { rfc1123z, since } from "../human-duration";
import { describeContainers, describeVolumes } from "./containers";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import {
  LEVEL_0,
  LEVEL_1,
  printAnnotationsMultiline,
  printController,
  printLabelsMultiline,
  printTolerationsMultiline,
  tabbedString,
} from "./prefix-writer";

export const describePod: Describer = async (ctx, namespace, name) => {
  let pod: any;
  try {
    pod = await ctx.api.get(ctx.mapping, namespace, name, ANY_ACCEPT);
  } catch (err) {
    const events = await searchEvents(ctx.api, { apiVersion: "v1", kind: "Pod", metadata: { name, namespace, uid: "" } }).catch(() => []);
    if (err instanceof ApiError && events.length) {
      return tabbedString((w) => {
        w.write(LEVEL_0, `Pod '${name}': error '${err.message}', but found events.\n`);
        describeEvents(events, w, ctx.nowMs);
      });
    }
    throw err;
  }
  const mirror = pod.metadata.annotations?.["kubernetes.io/config.mirror"];
  const events = await searchEvents(ctx.api, pod, mirror ? { uid: mirror } : {});
  return renderPod(pod, events, ctx.nowMs);
};

export function renderPod(pod: any, events: any[] | null, nowMs: number): string {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pod.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace}\n`);
    if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ""}\n` : "Node:\t<none>\n");
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    printLabelsMultiline(w, "Labels", pod.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", pod.metadata.annotations);
    if (pod.metadata.deletionTimestamp) {
      w.write(LEVEL_0, `Status:\tTerminating (lasts ${since(pod.metadata.deletionTimestamp, nowMs)})\n`);
      w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
    } else w.write(LEVEL_0, `Status:\t${status.phase ?? ""}\n`);
    if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ""}\n`);
    if (!status.podIPs?.length) w.write(LEVEL_0, "IPs:\t<none>\n");
    else {
      w.write(LEVEL_0, "IPs:\n");
      for (const ip of status.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
    }
    const controlledBy = printController(pod.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    if (spec.initContainers?.length) describeContainers("Init Containers", spec.initContainers, status.initContainerStatuses ?? [], w, "");
    describeContainers("Containers", spec.containers ?? [], status.containerStatuses ?? [], w, "");
    if (spec.readinessGates?.length) {
      w.write(LEVEL_0, "Readiness Gates:\n  Type\tStatus\n");
      for (const g of spec.readinessGates) {
        const c = (status.conditions ?? []).find((x: any) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : "<none>"} \n`);
      }
    }
    if (status.conditions?.length) {
      w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
      for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(spec.volumes, w, "");
    w.write(LEVEL_0, `QoS Class:\t${status.qosClass || qosClass(spec)}\n`);
    printLabelsMultiline(w, "Node-Selectors", spec.nodeSelector);
    printTolerationsMultiline(w, "Tolerations", spec.tolerations);
    describeEvents(events, w, nowMs);
  });
}

/** qos.GetPodQOS, reduced: no requests or limits anywhere means BestEffort. */
function qosClass(spec: any): string {
  const cs = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return "BestEffort";
  const guaranteed = cs.every((c) => ["cpu", "memory"].every((r) => c.resources?.limits?.[r] && (!c.resources?.requests?.[r] || c.resources.requests[r] === c.resources.limits[r])));
  return guaranteed ? "Guaranteed" : "Burstable";
}

