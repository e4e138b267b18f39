/**
 * Picking the pod behind `POD`, `pod/NAME`, `deployment/NAME`, `svc/NAME`... as logs, exec and
 * port-forward do (polymorphichelpers.AttachablePodForObject: the most active pod matching the
 * object's selector, by podutils.ActivePods).
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

const readyCondition = (p: any) => (p.status?.conditions ?? []).find((c: any) => c.type === "Ready" && c.status === "True");
const isReady = (p: any): boolean => Boolean(readyCondition(p));
/** Epoch ms, 0 for Go's zero time. */
const time = (t: string | undefined) => (t ? Date.parse(t) : 0);
const readyTime = (p: any) => time(readyCondition(p)?.lastTransitionTime);
const maxRestarts = (p: any) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((c: any) => c.restartCount ?? 0));
const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** podutils afterOrZero: a zero time counts as after any other. */
function afterOrZero(t1: number, t2: number): boolean {
  if (!t1 || !t2) return !t1;
  return t1 > t2;
}

/** podutils.ActivePods Less (kubectl/pkg/util/podutils/podutils.go): is `a` less active than `b`? */
function lessActive(a: any, b: any): boolean {
  const na = a.spec?.nodeName ?? "";
  const nb = b.spec?.nodeName ?? "";
  if (na !== nb && (!na || !nb)) return !na;
  const pa = PHASE_RANK[a.status?.phase] ?? 0;
  const pb = PHASE_RANK[b.status?.phase] ?? 0;
  if (pa !== pb) return pa < pb;
  if (isReady(a) !== isReady(b)) return !isReady(a);
  if (isReady(a) && isReady(b) && readyTime(a) !== readyTime(b)) return afterOrZero(readyTime(a), readyTime(b));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  const ca = time(a.metadata.creationTimestamp);
  const cb = time(b.metadata.creationTimestamp);
  if (ca !== cb) return afterOrZero(ca, cb);
  return false;
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
  // GetFirstPod sorts with sort.Reverse(ActivePods) and takes the first: the most active pod. Go's
  // sort.Sort is an insertion sort below 12 items, stable like Array.prototype.sort.
  const pods = [...list.items].sort((a: any, b: any) => (lessActive(b, a) ? -1 : lessActive(a, b) ? 1 : 0));
  if (!pods.length) throw new KubectlError(`no pods found for ${arg}`);
  return { pod: pods[0], count: pods.length };
}
