import type { Cluster } from "../cluster/contracts";
import type { KubeObject } from "../cluster/types";
import { say, zh } from "./localized-text";
import { resolveResource } from "./resource-names";
import type { CheckResult, CommandRecord, LocalizedText } from "./types";

/** What a check sees: the student's cluster (null before `minikube start`) and their command history, oldest first. */
export interface CheckContext {
  cluster: Cluster | null;
  history: CommandRecord[];
}

export const PASS: CheckResult = { ok: true, reasons: [] };

export function fail(...reasons: LocalizedText[]): CheckResult {
  return { ok: false, reasons };
}

export const NO_CLUSTER = say(
  "The cluster is not running yet: start it with `minikube start`.",
  "集群还没有运行：请先执行 `minikube start` 启动集群。",
);

export interface ObjectQuery {
  resource?: string;
  kind?: string;
  namespace: string;
  name?: string;
  selector?: string;
}

/**
 * Reads the objects a check targets. A name is filtered here rather than with a field selector so the
 * check needs only the list operation every store supports; lesson clusters hold a handful of objects.
 */
export function findObjects(cluster: Cluster, q: ObjectQuery): { objects: KubeObject[] } | { error: LocalizedText } {
  const { resource, namespaced } = resolveResource(q);
  try {
    const list = cluster.store.list(resource, namespaced ? q.namespace : "", q.selector ? { labelSelector: q.selector } : {});
    const objects = q.name ? list.items.filter((o) => o.metadata.name === q.name) : list.items;
    return { objects };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { error: say(`Could not read ${resource}: ${message}`, `无法读取 ${resource}：${message}`) };
  }
}

/** "Deployment "kubernetes-bootcamp"" / "Pod objects with app=x": how reasons name a target. */
export function describeTarget(q: ObjectQuery): { en: string; zh: string; plural: boolean } {
  const { kind } = resolveResource(q);
  const ns = q.namespace && q.namespace !== "default" ? { en: ` in namespace ${q.namespace}`, zh: `（命名空间 ${q.namespace}）` } : { en: "", zh: "" };
  if (q.name) return { en: `${kind} "${q.name}"${ns.en}`, zh: `${kind} "${q.name}"${ns.zh}`, plural: false };
  if (q.selector) return { en: `${kind} objects with ${q.selector}${ns.en}`, zh: `带有标签 ${q.selector} 的 ${kind}${ns.zh}`, plural: true };
  return { en: `${kind} objects${ns.en}`, zh: `${kind}${ns.zh}`, plural: true };
}

/** "There is no Deployment "x" yet." / "There are no Pod objects with app=x yet." */
export function noneYet(what: { en: string; zh: string; plural: boolean }): LocalizedText {
  return say(`There ${what.plural ? "are" : "is"} no ${what.en} yet.`, zh`还没有${what.zh}。`);
}
