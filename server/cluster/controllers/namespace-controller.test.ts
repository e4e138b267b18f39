import { describe, expect, it } from "vitest";
import { coreTestCluster } from "./test-cluster";

describe("namespace controller", () => {
  it("deletes the content, then the namespace", () => {
    const { cluster } = coreTestCluster();
    const { store } = cluster;
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } });
    expect(store.get("namespaces", "", "team")).toMatchObject({ spec: { finalizers: ["kubernetes"] }, status: { phase: "Active" } });
    store.create("configmaps", "team", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } });
    const { finished } = store.delete("namespaces", "", "team");
    expect(finished).toBe(false);
    expect(store.peek("namespaces", "", "team")).toBeUndefined();
    expect(store.list("configmaps", "team").items).toEqual([]);
    expect(store.list("serviceaccounts", "team").items).toEqual([]);
  });

  it("stays Terminating while pods finish their grace period", () => {
    const { cluster, clock } = coreTestCluster();
    const { store } = cluster;
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } });
    store.create("pods", "team", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }], nodeName: "minikube" } });
    store.delete("namespaces", "", "team");
    const ns = store.get("namespaces", "", "team");
    expect(ns.status.phase).toBe("Terminating");
    expect(ns.status.conditions.find((c: { type: string }) => c.type === "NamespaceContentRemaining")).toMatchObject({
      status: "True", reason: "SomeResourcesRemain", message: "Some resources are remaining: pods. has 1 resource instances",
    });
    expect(store.get("pods", "team", "p").metadata.deletionTimestamp).toBeDefined();
    store.delete("pods", "team", "p", { gracePeriodSeconds: 0 });
    expect(store.peek("namespaces", "", "team")).toBeUndefined();
    void clock;
  });
});
