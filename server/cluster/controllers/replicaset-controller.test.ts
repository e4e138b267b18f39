import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { createDeployment, deployment, eventsOf, newScenario, replicaSets, scaleDeployment } from "../scenarios/scenario-harness";

describe("ReplicaSet controller", () => {
  it("names pods <rs>-<5 chars>, reports status and deletes the most recently ready pods first", () => {
    const s = newScenario();
    createDeployment(s, "web", "nginx:1.14.2");
    s.clock.advance(20_000);
    const [first] = s.cluster.store.list("pods", "default", { labelSelector: "app=web" }).items;
    scaleDeployment(s, "web", 3);
    s.clock.advance(20_000);
    const [rs] = replicaSets(s);
    expect(rs.status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 2 });
    const pods = s.cluster.store.list("pods", "default", { labelSelector: "app=web" }).items;
    for (const p of pods) expect(p.metadata.name).toMatch(new RegExp(`^${rs.metadata.name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    scaleDeployment(s, "web", 1);
    const alive = s.cluster.store.list("pods", "default", { labelSelector: "app=web" }).items.filter((p) => !p.metadata.deletionTimestamp);
    expect(alive.map((p) => p.metadata.name)).toEqual([first.metadata.name]);
    expect(eventsOf(s, rs).filter((e) => e.includes("SuccessfulDelete"))).toHaveLength(2);
  });

  it("reports pods the API refuses as FailedCreate and ReplicaFailure", () => {
    const s = newScenario(undefined, new FakeClock(), { maxPods: 10 });
    createDeployment(s, "web", "nginx:1.14.2");
    scaleDeployment(s, "web", 5);
    const [rs] = replicaSets(s);
    expect(eventsOf(s, rs).find((e) => e.includes("FailedCreate"))).toMatch(/^Warning FailedCreate Error creating: pods "web-\w+-" is forbidden: exceeded quota: podium-limits/);
    expect(rs.status.conditions).toEqual([expect.objectContaining({ type: "ReplicaFailure", status: "True", reason: "FailedCreate" })]);
    s.clock.advance(5_000);
    expect(deployment(s, "web").status.conditions.map((c: { type: string }) => c.type)).toContain("ReplicaFailure");
    s.errors.length = 0;
  });
});
