/**
 * Revisions, annotations and the new/old ReplicaSet split of a Deployment
 * (deployment_util.go: SetNewReplicaSetAnnotations, MaxRevision, FindNewReplicaSet, EqualIgnoreHash).
 */
import type { KubeObject } from "../types";
import { spewPodTemplate } from "./deployment-template-spew";
import { defaultedTemplate } from "./deployment-template-defaults";
import { byCreation, DESIRED_REPLICAS, MAX_REPLICAS, REVISION, REVISION_HISTORY, setReplicasAnnotations } from "./deployment-replicas";

export const POD_TEMPLATE_HASH = "pod-template-hash";
/** maxRevHistoryLengthInChars in deployment_controller.go. */
const MAX_REV_HISTORY_CHARS = 2000;

const SKIPPED_ANNOTATIONS = new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  "deprecated.deployment.rollback.to",
]);

export function revisionOf(o: KubeObject): number {
  const n = Number.parseInt(o.metadata.annotations?.[REVISION] ?? "", 10);
  return Number.isNaN(n) ? 0 : n;
}

export const maxRevision = (rss: KubeObject[]): number => rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);

/**
 * Renderings of stored (deep-frozen, so never changing) templates: every sync of a deployment compares
 * its template with each ReplicaSet's, and defaulting plus rendering dominated the controller's time.
 */
const strippedRenderings = new WeakMap<object, string>();

/** The template as EqualIgnoreHash compares it: defaulted, pod-template-hash dropped, rendered. */
function strippedRendering(template: unknown): string {
  const cacheable = typeof template === "object" && template !== null && Object.isFrozen(template);
  if (cacheable) {
    const known = strippedRenderings.get(template);
    if (known !== undefined) return known;
  }
  const copy = defaultedTemplate(template);
  if (copy.metadata?.labels) delete copy.metadata.labels[POD_TEMPLATE_HASH];
  const rendered = spewPodTemplate(copy);
  if (cacheable) strippedRenderings.set(template, rendered);
  return rendered;
}

/** EqualIgnoreHash: the two templates are the same once pod-template-hash is dropped. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return strippedRendering(a) === strippedRendering(b);
}

/** FindNewReplicaSet: the oldest ReplicaSet whose template equals the deployment's. */
export function findNewReplicaSet(d: KubeObject, rss: KubeObject[]): KubeObject | undefined {
  const wanted = strippedRendering(d.spec?.template);
  return [...rss].sort(byCreation).find((rs) => strippedRendering(rs.spec?.template) === wanted);
}

/** copyDeploymentAnnotationsToReplicaSet. */
function copyDeploymentAnnotations(d: KubeObject, rs: KubeObject): boolean {
  let changed = false;
  const target = (rs.metadata.annotations ??= {});
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIPPED_ANNOTATIONS.has(k) || target[k] === v) continue;
    target[k] = v;
    changed = true;
  }
  return changed;
}

/**
 * SetNewReplicaSetAnnotations (mutates `rs`): copies the deployment's annotations, raises the
 * revision when lower, and records the previous revision in revision-history when an existing
 * ReplicaSet is brought back (a rollback by template match).
 */
export function setNewReplicaSetAnnotations(d: KubeObject, rs: KubeObject, newRevision: number, exists: boolean, desired: number, max: number): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const a = (rs.metadata.annotations ??= {});
  const had = REVISION in a;
  const oldRevision = had ? Number.parseInt(a[REVISION], 10) : 0;
  if (Number.isNaN(oldRevision)) return false;
  if (oldRevision < newRevision) {
    a[REVISION] = String(newRevision);
    changed = true;
  }
  if (had && oldRevision < newRevision) {
    const history = a[REVISION_HISTORY] ?? "";
    const old = String(oldRevision);
    if (history === "") a[REVISION_HISTORY] = old;
    else {
      let parts = history.split(",");
      let total = history.length + old.length + 1;
      let start = 0;
      while (total > MAX_REV_HISTORY_CHARS && start < parts.length) total -= parts[start++].length + 1;
      if (total <= MAX_REV_HISTORY_CHARS) {
        parts = [...parts.slice(start), old];
        a[REVISION_HISTORY] = parts.join(",");
      }
    }
  }
  if (!exists && setReplicasAnnotations(rs, desired, max)) changed = true;
  return changed;
}
