/**
 * `kubectl describe node` (describe.go NodeDescriber/describeNode and describeNodeResource): the lease
 * from coordination.k8s.io, the non-terminated pods on the node with their requests and limits as a
 * share of allocatable, and node events (the node's uid is its name in the event search).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import { ApiError } from "../errors";
import { rfc1123z, since } from "../human-duration";
import { addQuantities, formatQuantity, parseQuantity, type Quantity } from "../quantity";
import { ANY_ACCEPT } from "../transport";
import type { Describer } from "./describer";
import { describeEvents, searchEvents } from "./events";
import { LEVEL_0, LEVEL_1, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, tabbedString, type PrefixWriter } from "./prefix-writer";

const ROLE_PREFIX = "node-role.kubernetes.io/";

function roles(labels: Record<string, string> | undefined): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) out.add(k.slice(ROLE_PREFIX.length));
    else if (k === "kubernetes.io/role" && v) out.add(v);
  }
  return [...out].sort();
}

function podTotals(pods: any[], kind: "requests" | "limits", resource: string): Quantity {
  let total: Quantity = { milli: 0, binary: resource !== "cpu" };
  for (const p of pods) for (const c of p.spec?.containers ?? []) total = addQuantities(total, parseQuantity(c.resources?.[kind]?.[resource]));
  return total;
}

function pct(q: Quantity, alloc: Quantity): number {
  return alloc.milli ? Math.trunc((q.milli / alloc.milli) * 100) : 0;
}

function describeNodeResource(pods: any[], node: any, w: PrefixWriter, nowMs: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAGE\n");
  w.write(LEVEL_1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
  const alloc = Object.keys(node.status?.allocatable ?? {}).length ? node.status.allocatable : (node.status?.capacity ?? {});
  const a = (r: string) => parseQuantity(alloc[r]);
  const cell = (q: Quantity, r: string) => `${formatQuantity(q)} (${pct(q, a(r))}%)`;
  for (const p of pods) {
    const one = [p];
    w.write(
      LEVEL_1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${cell(podTotals(one, "requests", "cpu"), "cpu")}\t${cell(podTotals(one, "limits", "cpu"), "cpu")}\t${cell(podTotals(one, "requests", "memory"), "memory")}\t${cell(podTotals(one, "limits", "memory"), "memory")}\t${since(p.metadata.creationTimestamp, nowMs)}\n`,
    );
  }
  w.write(LEVEL_0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.write(LEVEL_1, "Resource\tRequests\tLimits\n");
  w.write(LEVEL_1, "--------\t--------\t------\n");
  const hugePages = Object.keys(alloc).filter((r) => r.startsWith("hugepages-")).sort();
  for (const r of ["cpu", "memory", "ephemeral-storage", ...hugePages]) {
    w.write(LEVEL_1, `${r}\t${cell(podTotals(pods, "requests", r), r)}\t${cell(podTotals(pods, "limits", r), r)}\n`);
  }
}

export const describeNode: Describer = async (ctx, _namespace, name) => {
  const node: any = await ctx.api.get(ctx.mapping, "", name, ANY_ACCEPT);
  let pods: any[] | null = null;
  try {
    const list: any = await ctx.api.getJSON(
      withQuery("/api/v1/pods", { fieldSelector: `spec.nodeName=${name},status.phase!=Failed,status.phase!=Succeeded` }),
      ANY_ACCEPT,
    );
    pods = list.items ?? [];
  } catch {
    pods = null;
  }
  const events = await searchEvents(ctx.api, node, { kind: "Node", namespace: "", uid: name });
  let lease: any = null;
  let leaseError = "";
  try {
    lease = await ctx.api.getJSON(`/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${name}`, ANY_ACCEPT);
  } catch (err) {
    leaseError = err instanceof ApiError ? err.message : String(err);
  }
  const st = node.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
    const r = roles(node.metadata.labels);
    w.write(LEVEL_0, `Roles:\t${r.length ? r.join(",") : "<none>"}\n`);
    printLabelsMultiline(w, "Labels", node.metadata.labels);
    printAnnotationsMultiline(w, "Annotations", node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, "Taints", node.spec?.taints);
    w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
    if (!lease) w.write(LEVEL_0, `Lease:\tFailed to get lease: ${leaseError}\n`);
    else {
      w.write(LEVEL_0, "Lease:\n");
      const spec = lease.spec ?? {};
      w.write(LEVEL_1, `HolderIdentity:\t${spec.holderIdentity ?? "<unset>"}\n`);
      w.write(LEVEL_1, `AcquireTime:\t${spec.acquireTime ? rfc1123z(spec.acquireTime) : "<unset>"}\n`);
      w.write(LEVEL_1, `RenewTime:\t${spec.renewTime ? rfc1123z(spec.renewTime) : "<unset>"}\n`);
    }
    if (st.conditions?.length) {
      w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
      w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
      for (const c of st.conditions) {
        w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime ?? 0)} \t${rfc1123z(c.lastTransitionTime ?? 0)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
      }
    }
    w.write(LEVEL_0, "Addresses:\n");
    for (const a of st.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    const resources = (title: string, list: Record<string, string> | undefined) => {
      if (!Object.keys(list ?? {}).length) return;
      w.write(LEVEL_0, `${title}:\n`);
      for (const k of Object.keys(list ?? {}).sort()) w.write(LEVEL_0, `  ${k}:\t${(list as Record<string, string>)[k]}\n`);
    };
    resources("Capacity", st.capacity);
    resources("Allocatable", st.allocatable);
    const info = st.nodeInfo ?? {};
    w.write(LEVEL_0, "System Info:\n");
    w.write(LEVEL_0, `  Machine ID:\t${info.machineID ?? ""}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info.systemUUID ?? ""}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info.bootID ?? ""}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info.kernelVersion ?? ""}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info.osImage ?? ""}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info.operatingSystem ?? ""}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info.architecture ?? ""}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ""}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info.kubeletVersion ?? ""}\n`);
    w.write(LEVEL_0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ""}\n`);
    if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(",")}\n`);
    if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
    if (pods) describeNodeResource(pods, node, w, ctx.nowMs);
    else w.write(LEVEL_0, "Pods:\tnot authorized\n");
    describeEvents(events, w, ctx.nowMs);
  });
};
