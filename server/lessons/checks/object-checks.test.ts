import { describe, expect, it } from "vitest";
import { checkSchema, type CheckInput } from "../check-schema";
import { runCheck } from "../run-check";
import { fakeCluster, readyPod } from "../testing/fake-cluster";

const check = (c: CheckInput) => checkSchema.parse(c);
const deployment = (replicas: number, image = "gcr.io/google-samples/kubernetes-bootcamp:v1") => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "kubernetes-bootcamp", namespace: "default", labels: { app: "kubernetes-bootcamp" } },
  spec: { replicas, template: { spec: { containers: [{ name: "kubernetes-bootcamp", image }] } } },
  status: { replicas, readyReplicas: replicas },
});

describe("objectExists", () => {
  it("passes once the named object exists, accepting kind or short names", () => {
    const cluster = fakeCluster();
    const c = check({ type: "objectExists", kind: "Deployment", name: "kubernetes-bootcamp" });
    const before = runCheck(c, { cluster, history: [] });
    expect(before.ok).toBe(false);
    expect(before.reasons[0]?.en).toBe('There is no Deployment "kubernetes-bootcamp" yet.');
    cluster.store.create("deployments.apps", "default", deployment(1));
    expect(runCheck(c, { cluster, history: [] }).ok).toBe(true);
    expect(runCheck(check({ type: "objectExists", resource: "deploy", name: "kubernetes-bootcamp" }), { cluster, history: [] }).ok).toBe(true);
  });

  it("does not pass for another name, namespace or a selector that matches nothing", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment(1));
    expect(runCheck(check({ type: "objectExists", kind: "Deployment", name: "other" }), { cluster, history: [] }).ok).toBe(false);
    expect(runCheck(check({ type: "objectExists", kind: "Deployment", name: "kubernetes-bootcamp", namespace: "dev" }), { cluster, history: [] }).ok).toBe(false);
    expect(runCheck(check({ type: "objectExists", resource: "pods", selector: "version=v1" }), { cluster, history: [] }).ok).toBe(false);
  });

  it("counts objects and explains a wrong count", () => {
    const cluster = fakeCluster();
    for (const n of ["a", "b", "c"]) cluster.store.create("pods", "default", readyPod(n, { app: "x" }));
    const r = runCheck(check({ type: "objectExists", resource: "pods", selector: "app=x", count: 4 }), { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toContain("There are 3 Pod objects with app=x; the step needs 4.");
    expect(r.reasons[0]?.["zh-CN"]).toContain("现在有 3 个");
    expect(runCheck(check({ type: "objectExists", resource: "pods", selector: "app=x", count: { gte: 2 } }), { cluster, history: [] }).ok).toBe(true);
  });

  it("with absent, passes only when the object is gone (terminating counts as gone)", () => {
    const cluster = fakeCluster();
    const c = check({ type: "objectExists", resource: "services", selector: "app=kubernetes-bootcamp", absent: true });
    cluster.store.create("services", "default", { apiVersion: "v1", kind: "Service", metadata: { name: "kubernetes-bootcamp", labels: { app: "kubernetes-bootcamp" } } });
    const r = runCheck(c, { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toBe("Service objects with app=kubernetes-bootcamp still exist (kubernetes-bootcamp).");
    cluster.store.delete("services", "default", "kubernetes-bootcamp");
    expect(runCheck(c, { cluster, history: [] }).ok).toBe(true);
  });

  it("explains that the cluster is not running", () => {
    const r = runCheck(check({ type: "objectExists", resource: "pods" }), { cluster: null, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toContain("minikube start");
  });
});

describe("objectMatches", () => {
  it("compares fields given as paths, numbers as text", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment(3));
    const c = check({ type: "objectMatches", kind: "Deployment", name: "kubernetes-bootcamp", fields: { "spec.replicas": 4 } });
    const r = runCheck(c, { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toBe('Deployment "kubernetes-bootcamp": spec.replicas is 3; the step needs 4.');
    const d = cluster.store.get("deployments.apps", "default", "kubernetes-bootcamp");
    d.spec.replicas = 4;
    cluster.store.update("deployments.apps", d);
    expect(runCheck(c, { cluster, history: [] }).ok).toBe(true);
  });

  it("supports bounds, regex, exists and list elements picked by name", () => {
    const cluster = fakeCluster();
    cluster.store.create("deployments.apps", "default", deployment(4, "jocatalin/kubernetes-bootcamp:v2"));
    const ok = check({
      type: "objectMatches",
      kind: "Deployment",
      name: "kubernetes-bootcamp",
      fields: {
        "status.readyReplicas": { gte: 2, lte: 4 },
        "spec.template.spec.containers[name=kubernetes-bootcamp].image": { regex: ":v2$" },
        "metadata.labels.app": { exists: true },
        "metadata.labels['app.kubernetes.io/name']": { exists: false },
      },
    });
    expect(runCheck(ok, { cluster, history: [] })).toEqual({ ok: true, reasons: [] });
    const bad = check({ type: "objectMatches", kind: "Deployment", name: "kubernetes-bootcamp", fields: { "spec.template.spec.containers[0].image": { regex: ":v10$" } } });
    expect(runCheck(bad, { cluster, history: [] }).ok).toBe(false);
  });

  it("with a selector needs every object to match, or one with match: any", () => {
    const cluster = fakeCluster();
    cluster.store.create("pods", "default", readyPod("a", { app: "x", version: "v1" }));
    cluster.store.create("pods", "default", readyPod("b", { app: "x" }));
    const all = check({ type: "objectMatches", resource: "pods", selector: "app=x", fields: { "metadata.labels.version": "v1" } });
    expect(runCheck(all, { cluster, history: [] }).ok).toBe(false);
    const any = check({ type: "objectMatches", resource: "pods", selector: "app=x", fields: { "metadata.labels.version": "v1" }, match: "any" });
    expect(runCheck(any, { cluster, history: [] }).ok).toBe(true);
  });

  it("rejects definitions without a target", () => {
    expect(checkSchema.safeParse({ type: "objectMatches", kind: "Deployment", fields: { a: 1 } }).success).toBe(false);
    expect(checkSchema.safeParse({ type: "objectMatches", name: "x", fields: { a: 1 } }).success).toBe(false);
  });
});

describe("podsReady", () => {
  const sel = "app=kubernetes-bootcamp";
  it("scaled to 3 instead of 4 does not complete, and says so", () => {
    const cluster = fakeCluster();
    for (const n of ["a", "b", "c"]) cluster.store.create("pods", "default", readyPod(n, { app: "kubernetes-bootcamp" }));
    const c = check({ type: "podsReady", selector: sel, count: 4 });
    const r = runCheck(c, { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toBe("There are 3 ready pods with app=kubernetes-bootcamp; the step needs 4.");
    expect(r.reasons[0]?.["zh-CN"]).toBe("带有标签 app=kubernetes-bootcamp 且已就绪的 Pod 现在有 3 个，这一步需要 4 个。");
    cluster.store.create("pods", "default", readyPod("d", { app: "kubernetes-bootcamp" }));
    expect(runCheck(c, { cluster, history: [] }).ok).toBe(true);
  });

  it("does not count pods that are not ready or terminating, and names them", () => {
    const cluster = fakeCluster();
    cluster.store.create("pods", "default", readyPod("a", { app: "kubernetes-bootcamp" }));
    cluster.store.create("pods", "default", readyPod("b", { app: "kubernetes-bootcamp" }, "x:v10", false));
    const t = readyPod("c", { app: "kubernetes-bootcamp" });
    t.metadata.deletionTimestamp = "2026-11-27T08:00:00Z";
    cluster.store.create("pods", "default", t);
    const r = runCheck(check({ type: "podsReady", selector: sel, count: 2 }), { cluster, history: [] });
    expect(r.ok).toBe(false);
    expect(r.reasons.map((x) => x.en)).toContain("Pod b is not ready yet (ImagePullBackOff).");
    expect(runCheck(check({ type: "podsReady", selector: sel, count: 1 }), { cluster, history: [] }).ok).toBe(true);
  });

  it("checks the image, and with only: true fails while other pods are left over", () => {
    const cluster = fakeCluster();
    const v2 = "jocatalin/kubernetes-bootcamp:v2";
    for (const n of ["a", "b"]) cluster.store.create("pods", "default", readyPod(n, { app: "kubernetes-bootcamp" }, v2));
    cluster.store.create("pods", "default", readyPod("old", { app: "kubernetes-bootcamp" }));
    expect(runCheck(check({ type: "podsReady", selector: sel, count: 2, image: v2 }), { cluster, history: [] }).ok).toBe(true);
    expect(runCheck(check({ type: "podsReady", selector: sel, count: 3, image: v2 }), { cluster, history: [] }).ok).toBe(false);
    const only = runCheck(check({ type: "podsReady", selector: sel, count: 2, image: v2, only: true }), { cluster, history: [] });
    expect(only.ok).toBe(false);
    expect(only.reasons[0]?.en).toContain("Pod old runs gcr.io/google-samples/kubernetes-bootcamp:v1");
  });
});

describe("clusterRunning", () => {
  it("needs a cluster whose node is Ready", () => {
    expect(runCheck(check({ type: "clusterRunning" }), { cluster: null, history: [] }).ok).toBe(false);
    const cluster = fakeCluster();
    const node = { apiVersion: "v1", kind: "Node", metadata: { name: "minikube" }, status: { conditions: [{ type: "Ready", status: "False" }] } };
    cluster.store.create("nodes", "", node);
    const r = runCheck(check({ type: "clusterRunning" }), { cluster, history: [] });
    expect(r.reasons[0]?.en).toContain("not Ready yet");
    node.status.conditions[0]!.status = "True";
    cluster.store.update("nodes", node);
    expect(runCheck(check({ type: "clusterRunning" }), { cluster, history: [] }).ok).toBe(true);
  });
});
