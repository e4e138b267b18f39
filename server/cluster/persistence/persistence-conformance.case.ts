/**
 * The contract every ClusterPersistence must meet, as one suite run against each implementation
 * (the way hono's common.case.test.ts runs against every router): batches apply in order, deletes
 * and upserts land, and a whole cluster survives being thrown away and loaded again.
 */
import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { createCluster, loadCluster } from "../create-cluster";
import { kubectlCreateDeployment, kubectlExpose } from "../store/test-fixtures";
import type { ClusterPersistence } from "./cluster-persistence";

export interface PersistenceHarness {
  /** A fresh, empty persistence; `reopen` gives a new instance over the same storage (a restart). */
  open(): Promise<{ persistence: ClusterPersistence; reopen: () => ClusterPersistence; cleanup: () => Promise<void> }>;
}

const cm = (name: string, ns = "default") => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: ns, resourceVersion: "1" }, data: { a: name } });

export function runPersistenceConformance(name: string, harness: PersistenceHarness): void {
  describe(`ClusterPersistence conformance: ${name}`, () => {
    it("loads nothing before the first save", async () => {
      const { persistence, cleanup } = await harness.open();
      expect(await persistence.load()).toBeUndefined();
      await cleanup();
    });

    it("applies upserts and deletes in order", async () => {
      const { persistence, reopen, cleanup } = await harness.open();
      await persistence.save({ upserts: [{ resource: "configmaps", object: cm("a") }, { resource: "configmaps", object: cm("b") }], deletes: [], resourceVersion: 2 });
      const b2 = { ...cm("b"), data: { a: "changed" } };
      await persistence.save({ upserts: [{ resource: "configmaps", object: b2 }], deletes: [{ resource: "configmaps", namespace: "default", name: "a" }], resourceVersion: 4 });
      const snapshot = await reopen().load();
      expect(snapshot?.resourceVersion).toBe(4);
      expect(snapshot?.objects).toEqual([{ resource: "configmaps", object: b2 }]);
      await cleanup();
    });

    it("restores a whole cluster: same objects, same counter, pending transitions rescheduled", async () => {
      const { persistence, reopen, cleanup } = await harness.open();
      const clock = new FakeClock();
      const first = createCluster({ clock, persistence });
      first.store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
      first.store.create("services", "default", kubectlExpose("web"));
      first.store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }], nodeName: "minikube" } });
      first.store.delete("pods", "default", "p"); // terminating for 30 s
      await first.flush();
      const before = first.store.entries().map((e) => JSON.stringify(e)).sort();
      const rv = first.store.currentResourceVersion();
      first.stop();
      expect(clock.pendingTimers()).toBe(0);

      const second = await loadCluster({ clock, persistence: reopen() });
      expect(second.store.entries().map((e) => JSON.stringify(e)).sort()).toEqual(before);
      expect(second.store.currentResourceVersion()).toBe(rv);
      expect(clock.pendingTimers()).toBe(1); // the terminating pod's deadline, recomputed from its deletionTimestamp
      const next = second.store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "after" } });
      expect(Number(next.metadata.resourceVersion)).toBe(Number(rv) + 1);
      clock.advance(120_000);
      expect(second.store.peek("pods", "default", "p")).toBeUndefined();
      await second.flush();
      const third = await loadCluster({ clock, persistence: reopen(), start: false });
      expect(third.store.peek("pods", "default", "p")).toBeUndefined();
      expect(third.store.peek("configmaps", "default", "after")).toBeDefined();
      await cleanup();
    });

    it("keeps derived state consistent after a reload: IPs, ports, event counts, tokens", async () => {
      const { persistence, reopen, cleanup } = await harness.open();
      const clock = new FakeClock();
      const first = createCluster({ clock, persistence });
      const svc = first.store.create("services", "default", kubectlExpose("web"));
      const ref = { kind: "Service", namespace: "default", name: "web", uid: svc.metadata.uid };
      first.recorder.recordEvent(ref, "Normal", "Checked", "ok", { component: "test" });
      await first.flush();
      first.stop();
      const second = await loadCluster({ clock, persistence: reopen() });
      second.recorder.recordEvent(ref, "Normal", "Checked", "ok", { component: "test" });
      const events = second.store.list("events", "default", { fieldSelector: `involvedObject.uid=${svc.metadata.uid}` }).items;
      expect(events.map((e) => e.count)).toEqual([2]);
      const other = second.store.create("services", "default", kubectlExpose("other"));
      expect(other.spec.clusterIP).not.toBe(svc.spec.clusterIP);
      expect(other.spec.ports[0].nodePort).not.toBe(svc.spec.ports[0].nodePort);
      const tokens = second.store.list("secrets", "default").items.filter((s) => s.type === "kubernetes.io/service-account-token");
      expect(tokens).toHaveLength(1); // the default account's token was not made twice
      await second.flush();
      await cleanup();
    });
  });
}
