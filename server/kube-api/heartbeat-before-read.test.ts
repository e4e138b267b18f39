import { expect, it } from "vitest";
import { newScenario } from "@/server/cluster/scenarios/scenario-harness";
import { call } from "./testing/kube-call";

it("node and lease reads see heartbeats as a ticking kubelet leaves them, with no timer held", async () => {
  const s = newScenario();
  s.clock.advance(3_600_000 + 25_000);
  expect(s.clock.pendingTimers()).toBe(0);
  const before = s.cluster.store.currentResourceVersion();
  await call(s.cluster, "GET", "/api/v1/namespaces/default/pods");
  expect(s.cluster.store.currentResourceVersion()).toBe(before);

  const node = (await call(s.cluster, "GET", "/api/v1/nodes/minikube")).json;
  const ready = node.status.conditions.find((c: { type: string }) => c.type === "Ready");
  expect(ready.lastHeartbeatTime).toBe("2026-11-27T09:00:00Z");
  const leases = (await call(s.cluster, "GET", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases")).json;
  expect(leases.items.map((l: { spec: { renewTime: string } }) => l.spec.renewTime)).toEqual(["2026-11-27T09:00:20.000000Z"]);

  s.clock.advance(10_000);
  const lease = (await call(s.cluster, "GET", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/minikube")).json;
  expect(lease.spec.renewTime).toBe("2026-11-27T09:00:30.000000Z");
  expect(s.clock.pendingTimers()).toBe(0);
  expect(s.errors).toEqual([]);
});
