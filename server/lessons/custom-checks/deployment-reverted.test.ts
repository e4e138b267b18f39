import { describe, expect, it } from "vitest";
import { checkSchema } from "../check-schema";
import { runCheck } from "../run-check";
import { fakeCluster } from "../testing/fake-cluster";
import type { KubeObject } from "../../cluster/types";

const V2 = "jocatalin/kubernetes-bootcamp:v2";
const check = checkSchema.parse({ type: "custom", name: "deploymentReverted", params: { deployment: "kubernetes-bootcamp", image: V2 } });

function deployment(image: string, revision: number, settled: boolean): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "kubernetes-bootcamp", namespace: "default", uid: "d1", generation: 4, annotations: { "deployment.kubernetes.io/revision": String(revision) } },
    spec: { replicas: 4, template: { spec: { containers: [{ name: "kubernetes-bootcamp", image }] } } },
    status: { observedGeneration: 4, replicas: settled ? 4 : 5, updatedReplicas: settled ? 4 : 2, availableReplicas: settled ? 4 : 3 },
  };
}
function rs(name: string, image: string, history?: string): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "kubernetes-bootcamp", uid: "d1" }], annotations: history ? { "deployment.kubernetes.io/revision-history": history } : {} },
    spec: { template: { spec: { containers: [{ image }] } } },
  };
}

describe("custom check deploymentReverted", () => {
  it("does not pass while the deployment points at the broken image", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment("gcr.io/google-samples/kubernetes-bootcamp:v10", 3, false));
    const r = runCheck(check, { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toContain("kubernetes-bootcamp:v10");
  });

  it("does not pass on the first roll-out to v2 (no earlier revision reused)", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment(V2, 2, true));
    cluster.store.create("replicasets.apps", "default", rs("kb-v1", "v1"));
    cluster.store.create("replicasets.apps", "default", rs("kb-v2", V2));
    expect(runCheck(check, { cluster, history: [] }).reasons[0]?.en).toContain("not gone back");
  });

  it("waits for the rollback to finish, then passes", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment(V2, 4, false));
    cluster.store.create("replicasets.apps", "default", rs("kb-v1", "v1"));
    cluster.store.create("replicasets.apps", "default", rs("kb-v2", V2, "2"));
    cluster.store.create("replicasets.apps", "default", rs("kb-v10", "v10"));
    expect(runCheck(check, { cluster, history: [] }).reasons[0]?.en).toContain("still rolling out");
    cluster.store.update("deployments.apps", deployment(V2, 4, true));
    expect(runCheck(check, { cluster, history: [] }).ok).toBe(true);
  });

  it("reports unknown custom checks instead of throwing", () => {
    const unknown = checkSchema.parse({ type: "custom", name: "nope" });
    expect(runCheck(unknown, { cluster: null, history: [] }).reasons[0]?.en).toBe('Unknown custom check "nope".');
  });
});
