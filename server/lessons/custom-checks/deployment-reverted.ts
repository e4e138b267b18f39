import { z } from "zod";
import { fail, findObjects, NO_CLUSTER, PASS } from "../check-context";
import { registerCustomCheck } from "../custom-check-registry";
import { readPath } from "../json-path";
import { say } from "../localized-text";

const params = z.strictObject({
  deployment: z.string(),
  image: z.string(),
  namespace: z.string().default("default"),
});

const REVISION = "deployment.kubernetes.io/revision";
const REVISION_HISTORY = "deployment.kubernetes.io/revision-history";

/**
 * "The Deployment went back to an earlier template and finished rolling it out." Going back reuses an
 * existing ReplicaSet and gives it a new revision number (rollback.go in kubectl; the deployment
 * controller's `SetNewReplicaSetAnnotations` records the old numbers in revision-history), so the
 * evidence is in the cluster, whichever command the student used to get there.
 */
registerCustomCheck({
  name: "deploymentReverted",
  params,
  watches: ["deployments.apps", "replicasets.apps", "pods"],
  evaluate(p, ctx) {
    if (!ctx.cluster) return fail(NO_CLUSTER);
    const found = findObjects(ctx.cluster, { resource: "deployments.apps", namespace: p.namespace, name: p.deployment });
    if ("error" in found) return fail(found.error);
    const deploy = found.objects[0];
    if (!deploy) return fail(say(`There is no deployment "${p.deployment}".`, `没有名为 "${p.deployment}" 的 Deployment。`));

    const image = readPath(deploy, "spec.template.spec.containers[0].image");
    if (image !== p.image) {
      return fail(say(`The deployment's pods are set to run ${String(image)}, not ${p.image}.`, `Deployment 当前设置的镜像是 ${String(image)}，不是 ${p.image}。`));
    }
    const rsList = findObjects(ctx.cluster, { resource: "replicasets.apps", namespace: p.namespace });
    if ("error" in rsList) return fail(rsList.error);
    const owned = rsList.objects.filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.uid === deploy.metadata.uid));
    const revision = Number(deploy.metadata.annotations?.[REVISION] ?? 0);
    const reused = owned.some((rs) => rs.metadata.annotations?.[REVISION_HISTORY]) || revision > owned.length;
    if (!reused) {
      return fail(say("The deployment has not gone back to an earlier revision yet.", "Deployment 还没有回到之前的版本。"));
    }
    const want = Number(deploy.spec?.replicas ?? 1);
    const st = deploy.status ?? {};
    const settled =
      Number(st.observedGeneration ?? 0) >= Number(deploy.metadata.generation ?? 0) &&
      Number(st.updatedReplicas ?? 0) === want &&
      Number(st.availableReplicas ?? 0) === want &&
      Number(st.replicas ?? 0) === want;
    if (!settled) {
      return fail(say("The rollback is still rolling out: wait for it to finish.", "回滚仍在进行中：请等待它完成。"));
    }
    return PASS;
  },
});
