import { describe, expect, it } from "vitest";
import { FakeClock } from "./clock";
import { createCluster, loadCluster } from "./create-cluster";
import { simulatedNode } from "./kubelet/simulated-node";
import { MemoryClusterPersistence } from "./persistence/memory-persistence";
import { kubectlCreateDeployment } from "./store/test-fixtures";

function withNode(clock: FakeClock, persistence = new MemoryClusterPersistence()) {
  const node = simulatedNode({ clock });
  const errors: string[] = [];
  const opts = {
    clock, persistence, controllers: node.controllers, network: node.network, logs: node.logs,
    onControllerError: (e: Error, c: string, k?: string) => errors.push(`${c} ${k}: ${e.message}`),
  };
  return { opts, errors };
}

describe("createCluster", () => {
  it("wires the simulated node after the bootstrap and settles without timers", () => {
    const clock = new FakeClock();
    const { opts, errors } = withNode(clock);
    const cluster = createCluster(opts);
    expect(clock.pendingTimers()).toBe(0);
    const rv = cluster.store.currentResourceVersion();
    clock.advance(3_600_000);
    expect(cluster.store.currentResourceVersion()).toBe(rv); // an idle cluster writes nothing
    expect(cluster.store.list("replicasets.apps", "kube-system").items).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("stop freezes the cluster; start resumes it", () => {
    const clock = new FakeClock();
    const { opts } = withNode(clock);
    const cluster = createCluster(opts);
    cluster.store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    expect(clock.pendingTimers()).toBe(1);
    cluster.stop();
    expect(clock.pendingTimers()).toBe(0);
    cluster.start();
    clock.advance(60_000);
    expect(cluster.store.list("pods", "default").items.map((p) => p.status.phase)).toEqual(["Running"]);
  });

  it("restores a cluster mid-rollout and finishes it on schedule", async () => {
    const clock = new FakeClock();
    const persistence = new MemoryClusterPersistence();
    const first = createCluster(withNode(clock, persistence).opts);
    first.store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    await first.flush();
    first.stop();
    const { opts, errors } = withNode(clock, persistence);
    const second = await loadCluster(opts);
    clock.advance(60_000);
    const pods = second.store.list("pods", "default").items;
    expect(pods.map((p) => p.status.phase)).toEqual(["Running"]);
    expect(second.store.get("deployments.apps", "default", "web").status.availableReplicas).toBe(1);
    expect(errors).toEqual([]);
  });

  // Timing budgets are measured by bench/engine.ts, not asserted here; memory is deterministic enough to check.
  it("stays within the memory budget: < 1 MB per idle cluster", async () => {
    const clusters = [];
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) clusters.push(createCluster(withNode(new FakeClock()).opts));
    for (const c of clusters) await c.flush();
    const perCluster = (process.memoryUsage().heapUsed - before) / clusters.length;
    expect(perCluster).toBeLessThan(1024 * 1024);
  });
});
