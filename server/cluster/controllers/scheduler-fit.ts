/**
 * The filter plugins of kube-scheduler v1.20 that matter on a minikube node
 * (pkg/scheduler/framework/plugins: NodeUnschedulable, TaintToleration, NodeAffinity (nodeSelector and required terms),
 * NodeResourcesFit), with their reason strings, and the FitError message
 * `0/N nodes are available: <count> <reason>, ….` (framework/types.go FitError.Error).
 */
import type { KubeObject } from "../types";
import { parseQuantity } from "./deployment-quantity";

/** A quantity as a number: cores for cpu (so "100m" is 0.1), bytes for memory, a count for pods. */
export function quantityValue(q: string | number | undefined): number {
  if (q === undefined || q === null) return 0;
  const p = parseQuantity(String(q));
  return p.format === "BinarySI" ? p.value : p.value * 10 ** p.scale;
}

type Taint = { key: string; value?: string; effect: string };
type Toleration = { key?: string; operator?: string; value?: string; effect?: string };

function tolerates(tols: Toleration[], taint: Taint): boolean {
  return tols.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if ((t.operator ?? "Equal") === "Exists") return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? "") === (taint.value ?? "");
  });
}

/** Sum of container requests (limits stand in for missing requests, as defaulting does). */
function podRequests(pod: KubeObject): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec?.containers ?? []) {
    const req = c.resources?.requests ?? c.resources?.limits ?? {};
    cpu += quantityValue(req.cpu);
    memory += quantityValue(req.memory);
  }
  return { cpu, memory };
}

type Requirement = { key: string; operator: string; values?: string[] };

function requirementHolds(r: Requirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
      return value !== undefined && values.includes(value);
    case "NotIn":
      return value === undefined || !values.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    case "Gt":
      return value !== undefined && Number(value) > Number(values[0]);
    case "Lt":
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

/**
 * requiredDuringSchedulingIgnoredDuringExecution (component-helpers nodeaffinity): terms are ORed,
 * the requirements of a term ANDed; matchFields knows only metadata.name (what DaemonSets use).
 */
function matchesNodeAffinity(pod: KubeObject, node: KubeObject): boolean {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms as
    | { matchExpressions?: Requirement[]; matchFields?: Requirement[] }[]
    | undefined;
  if (!terms?.length) return true;
  return terms.some(
    (t) =>
      (t.matchExpressions?.length || t.matchFields?.length) &&
      (t.matchExpressions ?? []).every((r) => requirementHolds(r, node.metadata.labels?.[r.key])) &&
      (t.matchFields ?? []).every((r) => r.key === "metadata.name" && requirementHolds(r, node.metadata.name)),
  );
}

/** The reasons `node` cannot run `pod` (empty when it fits). `others` are the pods already bound to it. */
export function unfitReasons(pod: KubeObject, node: KubeObject, others: KubeObject[]): string[] {
  const reasons: string[] = [];
  if (node.spec?.unschedulable) {
    const tolerated = tolerates(pod.spec?.tolerations ?? [], { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" });
    if (!tolerated) reasons.push("node(s) were unschedulable");
  }
  for (const taint of (node.spec?.taints ?? []) as Taint[]) {
    if (taint.effect === "PreferNoSchedule") continue;
    if (!tolerates(pod.spec?.tolerations ?? [], taint)) {
      reasons.push(`node(s) had taint {${taint.key}: ${taint.value ?? ""}}, that the pod didn't tolerate`);
      break;
    }
  }
  const selector = (pod.spec?.nodeSelector ?? {}) as Record<string, string>;
  if (Object.entries(selector).some(([k, v]) => node.metadata.labels?.[k] !== v) || !matchesNodeAffinity(pod, node)) reasons.push("node(s) didn't match node selector");
  const alloc = node.status?.allocatable ?? {};
  const want = podRequests(pod);
  const used = others.reduce((acc, p) => {
    const r = podRequests(p);
    return { cpu: acc.cpu + r.cpu, memory: acc.memory + r.memory };
  }, { cpu: 0, memory: 0 });
  if (alloc.pods !== undefined && others.length + 1 > quantityValue(alloc.pods)) reasons.push("Too many pods");
  if (want.cpu > 0 && alloc.cpu !== undefined && used.cpu + want.cpu > quantityValue(alloc.cpu) + 1e-9) reasons.push("Insufficient cpu");
  if (want.memory > 0 && alloc.memory !== undefined && used.memory + want.memory > quantityValue(alloc.memory)) reasons.push("Insufficient memory");
  return reasons;
}

/** FitError.Error: reasons counted over nodes, sorted, e.g. `0/1 nodes are available: 1 Insufficient cpu.` */
export function fitErrorMessage(nodeCount: number, reasonsByNode: string[][]): string {
  const counts = new Map<string, number>();
  for (const rs of reasonsByNode) for (const r of rs) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, n]) => `${n} ${r}`).sort();
  return `0/${nodeCount} nodes are available: ${parts.join(", ")}.`;
}
