import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { coreTestCluster } from "./test-cluster";

const owned = (name: string, owner: KubeObject, extra: Partial<KubeObject["metadata"]> = {}): KubeObject => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: {
    name,
    ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name ?? "", uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    ...extra,
  },
});

function family() {
  const { cluster, clock } = coreTestCluster();
  const { store } = cluster;
  const parent = store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "parent" } });
  const child = store.create("configmaps", "default", owned("child", parent));
  store.create("configmaps", "default", owned("grandchild", child));
  return { store, clock };
}

/** The test's ConfigMaps (the root CA publisher's kube-root-ca.crt is not part of the family). */
const names = (store: ReturnType<typeof family>["store"]) =>
  store.list("configmaps", "default").items.map((c) => c.metadata.name).filter((n) => n !== "kube-root-ca.crt");

describe("garbage collector", () => {
  it("deletes dependents in the background once their owner is gone", () => {
    const { store } = family();
    store.delete("configmaps", "default", "parent", { propagationPolicy: "Background" });
    expect(names(store)).toEqual([]);
  });

  it("orphans dependents when asked", () => {
    const { store } = family();
    const { finished } = store.delete("configmaps", "default", "parent", { propagationPolicy: "Orphan" });
    expect(finished).toBe(false); // the orphan finalizer holds it until the GC has run...
    expect(names(store)).toEqual(["child", "grandchild"]); // ...which it already has
    expect(store.get("configmaps", "default", "child").metadata.ownerReferences).toBeUndefined();
  });

  it("deletes in the foreground: the owner goes last", () => {
    const { store } = family();
    const seen: string[] = [];
    store.watch("configmaps", "default", { resourceVersion: store.currentResourceVersion() }, (e) => {
      if (e.type === "DELETED") seen.push(e.object.metadata.name ?? "");
    });
    store.delete("configmaps", "default", "parent", { propagationPolicy: "Foreground" });
    expect(names(store)).toEqual([]);
    expect(seen).toEqual(["grandchild", "child", "parent"]);
  });

  it("waits for terminating pods before finishing a foreground deletion", () => {
    const { cluster, clock } = coreTestCluster();
    const { store } = cluster;
    const rs = store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "rs" } });
    const pod = {
      apiVersion: "v1", kind: "Pod",
      metadata: { name: "p", ownerReferences: owned("x", rs).metadata.ownerReferences },
      spec: { containers: [{ name: "c", image: "nginx" }], nodeName: "minikube" },
    };
    store.create("pods", "default", pod);
    store.delete("configmaps", "default", "rs", { propagationPolicy: "Foreground" });
    expect(store.get("pods", "default", "p").metadata.deletionTimestamp).toBeDefined();
    expect(store.peek("configmaps", "default", "rs")).toBeDefined();
    store.delete("pods", "default", "p", { gracePeriodSeconds: 0 }); // the kubelet finishing
    expect(store.peek("configmaps", "default", "rs")).toBeUndefined();
    void clock;
  });

  it("removes dangling references next to a live owner and keeps owned objects with live owners", () => {
    const { store } = family();
    const other = store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "other" } });
    const child = store.get("configmaps", "default", "child");
    child.metadata.ownerReferences = [...(child.metadata.ownerReferences ?? []), { apiVersion: "v1", kind: "ConfigMap", name: "other", uid: other.metadata.uid ?? "" }];
    store.update("configmaps", child);
    store.delete("configmaps", "default", "parent");
    expect(names(store)).toEqual(["child", "grandchild", "other"]);
    expect(store.get("configmaps", "default", "child").metadata.ownerReferences?.map((r) => r.name)).toEqual(["other"]);
  });

  it("collects orphans found at start-up (owner deleted while stopped)", () => {
    const { store } = family();
    const { cluster } = coreTestCluster();
    cluster.stop();
    cluster.store.restore(store.entries().filter((e) => e.object.metadata.name !== "parent"), Number(store.currentResourceVersion()));
    cluster.start();
    expect(names(cluster.store)).toEqual([]);
  });

  it("force-deletes pods stuck past their grace period", () => {
    const { cluster, clock } = coreTestCluster();
    const { store } = cluster;
    store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }], nodeName: "minikube" } });
    store.delete("pods", "default", "p");
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(59_000);
    expect(store.peek("pods", "default", "p")).toBeDefined();
    clock.advance(1_000);
    expect(store.peek("pods", "default", "p")).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });
});
