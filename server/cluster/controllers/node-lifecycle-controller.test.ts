import { expect, it } from "vitest";
import { newScenario } from "../scenarios/scenario-harness";
import { refreshNodeHeartbeat } from "./node-lifecycle-controller";

it("brings the lease and heartbeats up to date when something happens, without timers", () => {
  const s = newScenario();
  const store = s.cluster.store;
  s.clock.advance(3_600_000 + 25_000);
  expect(s.clock.pendingTimers()).toBe(0);
  const stale = store.get("leases.coordination.k8s.io", "kube-node-lease", "minikube").spec.renewTime;
  refreshNodeHeartbeat(store, store, "minikube", s.clock.now());
  const lease = store.get("leases.coordination.k8s.io", "kube-node-lease", "minikube");
  expect(lease.spec.renewTime).not.toBe(stale);
  expect(lease.spec.renewTime).toBe("2026-11-27T09:00:20.000000Z");
  const ready = store.get("nodes", "", "minikube").status.conditions.find((c: { type: string }) => c.type === "Ready");
  expect(ready.lastHeartbeatTime).toBe("2026-11-27T09:00:00Z");
  expect(s.clock.pendingTimers()).toBe(0);
});
