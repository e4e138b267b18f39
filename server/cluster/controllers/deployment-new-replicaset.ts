/**
 * The new ReplicaSet of a Deployment (pkg/controller/deployment/sync.go getNewReplicaSet, v1.20):
 * finding it by template, bringing its revision annotations up to date (a rollback by template match
 * gets max+1 and a revision-history), or creating it with the pod-template-hash in its name, labels
 * and selector, bumping collisionCount on a hash collision.
 */
import type { KubeObject } from "../types";
import { isAlreadyExists } from "../errors/status-error";
import { computeTemplateHash } from "./deployment-template-hash";
import { equalIgnoreHash, findNewReplicaSet, maxRevision, POD_TEMPLATE_HASH, revisionOf, setNewReplicaSetAnnotations } from "./deployment-revisions";
import { maxSurge, newRSNewReplicas, REVISION, specReplicas } from "./deployment-replicas";
import { getCondition, hasProgressDeadline, newCondition, Reasons, setCondition } from "./deployment-conditions";
import { RS, writeDeploymentRevision, writeStatus, type DeploymentSync } from "./deployment-sync";
import { clone } from "../store/deep-freeze";

const SOURCE = { component: "deployment-controller" };

/** The pod template of a new ReplicaSet: the deployment's, labelled with its hash. */
function newReplicaSetObject(d: KubeObject, hash: string): KubeObject {
  const template = clone(d.spec.template);
  template.metadata ??= {};
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const selector = clone(d.spec.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: d.metadata.name ?? "", uid: d.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
  };
}

/**
 * getAllReplicaSetsAndSyncRevision + getNewReplicaSet: splits the ReplicaSets into new and old,
 * brings an existing new ReplicaSet's revision annotations up to date (a rollback by template match
 * gets max+1 and a revision-history), or creates it when `create` is set.
 */
export function newAndOld(s: DeploymentSync, rsList: KubeObject[], create: boolean): { newRS?: KubeObject; oldRSs: KubeObject[] } {
  const existing = findNewReplicaSet(s.d, rsList);
  const oldRSs = rsList.filter((rs) => rs !== existing);
  const newRevision = maxRevision(oldRSs) + 1;
  const d = s.d;
  const max = specReplicas(d) + maxSurge(d);
  if (existing) {
    // Only the annotations may change here, and usually nothing does: copy the whole object only to write it.
    const annotations = { ...(existing.metadata.annotations ?? {}) };
    const probe: KubeObject = { ...existing, metadata: { ...existing.metadata, annotations } };
    const changed = setNewReplicaSetAnnotations(d, probe, newRevision, true, specReplicas(d), max);
    if (changed || (existing.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)) {
      const copy = clone(existing) as KubeObject;
      copy.metadata.annotations = annotations;
      copy.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      const updated = s.ctx.store.update(RS, copy);
      return { newRS: updated, oldRSs };
    }
    writeDeploymentRevision(s, annotations[REVISION] ?? String(revisionOf(probe)));
    if (hasProgressDeadline(s.d) && !getCondition(s.d.status, "Progressing")) {
      const status = clone(s.d.status ?? {});
      setCondition(status, newCondition("Progressing", "True", Reasons.FoundNewReplicaSet, `Found new replica set "${existing.metadata.name}"`, s.ctx.clock.now()));
      writeStatus(s, status);
    }
    return { newRS: existing, oldRSs };
  }
  if (!create) return { oldRSs };
  return { newRS: createNewReplicaSet(s, oldRSs, newRevision), oldRSs };
}

function createNewReplicaSet(s: DeploymentSync, oldRSs: KubeObject[], newRevision: number): KubeObject | undefined {
  const d = s.d;
  const hash = computeTemplateHash(d.spec.template, d.status?.collisionCount);
  const rs = newReplicaSetObject(d, hash);
  rs.spec.replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
  setNewReplicaSetAnnotations(d, rs, newRevision, false, specReplicas(d), specReplicas(d) + maxSurge(d));
  let created: KubeObject;
  let alreadyExisted = false;
  try {
    created = s.ctx.store.create(RS, d.metadata.namespace ?? "", rs);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    alreadyExisted = true;
    const found = s.ctx.store.get(RS, d.metadata.namespace ?? "", rs.metadata.name ?? "");
    const ref = found.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref || ref.uid !== d.metadata.uid || !equalIgnoreHash(d.spec.template, found.spec?.template)) {
      // A hash collision: bump collisionCount and let the next sync try another name.
      const status = clone(d.status ?? {});
      status.collisionCount = (status.collisionCount ?? 0) + 1;
      writeStatus(s, status);
      throw err;
    }
    created = found;
  }
  if (!alreadyExisted && specReplicas(created) > 0) {
    s.ctx.recorder.recordEvent(s.d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${created.metadata.name} to ${specReplicas(created)}`, SOURCE);
  }
  writeDeploymentRevision(s, String(newRevision));
  if (!alreadyExisted && hasProgressDeadline(s.d)) {
    const status = clone(s.d.status ?? {});
    setCondition(status, newCondition("Progressing", "True", Reasons.NewReplicaSetCreated, `Created new replica set "${created.metadata.name}"`, s.ctx.clock.now()));
    writeStatus(s, status);
  }
  return created;
}
