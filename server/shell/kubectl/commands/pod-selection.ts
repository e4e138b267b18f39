/**
 * Picking the pod behind `POD`, `pod/NAME`, `deployment/NAME`, `svc/NAME`... as logs, exec and
 * port-forward do (polymorphichelpers.AttachablePodForObject: the first pod, sorted by readiness and
 * age, matching the object's selector).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "@/server/cluster/types";
import type { CommandContext } from "../command";
import { KubectlError } from "../errors";
import { findMapping, type Mapping } from "../rest-mapper";
import { mapType } from "../resource-args";
import { formatLabelSelector } from "../describe/label-selector";
import { formatLabels } from "../printers/table-printer";
import { ANY_ACCEPT } from "../transport";

/** Splits `type/name` (or a bare pod name) into a mapping and a name. */
export async function podOrTypeName(ctx: CommandContext, arg: string): Promise<{ mapping: Mapping; name: string }> {
  const slash = arg.indexOf("/");
  if (slash < 0) return { mapping: findMapping("pods") as Mapping, name: arg };
  return { mapping: await mapType(ctx, arg.slice(0, slash)), name: arg.slice(slash + 1) };
}

function isReady(p: any): boolean {
  return (p.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True");
}

/** The pod to attach to; `announce` tells the user which one was chosen when there were several. */
export async function attachablePod(ctx: CommandContext, arg: string, accept = ANY_ACCEPT): Promise<{ pod: KubeObject; count: number }> {
  const { mapping, name } = await podOrTypeName(ctx, arg);
  const api = ctx.api();
  const obj: any = await api.get(mapping, ctx.namespace, name, accept);
  if (mapping.kind === "Pod") return { pod: obj, count: 1 };
  const selector = mapping.kind === "Service" || mapping.kind === "ReplicationController" ? formatLabels(obj.spec?.selector) : formatLabelSelector(obj.spec?.selector);
  if (!selector || selector === "<none>") throw new KubectlError(`cannot attach to ${mapping.kind}: selector for ${arg} is empty`);
  const list = await api.list(findMapping("pods") as Mapping, ctx.namespace, { labelSelector: selector }, ANY_ACCEPT);
  const pods = [...list.items].sort((a: any, b: any) => Number(isReady(b)) - Number(isReady(a)) || Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp));
  if (!pods.length) throw new KubectlError(`no pods found for ${arg}`);
  return { pod: pods[0], count: pods.length };
}
