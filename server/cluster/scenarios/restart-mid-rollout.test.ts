/**
 * A cluster saved in the middle of a rollout, thrown away and loaded again finishes the rollout at
 * the same simulated time with the same result as one that never stopped.
 */
import { expect, it } from "vitest";
import { FakeClock } from "../clock";
import { MemoryClusterPersistence } from "../persistence/memory-persistence";
import { createDeployment, deployment, eventsOf, newScenario, pods, podStatusColumn, reloadScenario, replicaSets, scaleDeployment, setImage, type Scenario } from "./scenario-harness";

const NAME = "kubernetes-bootcamp";

function summary(s: Scenario) {
  const d = deployment(s, NAME);
  return {
    replicaSets: replicaSets(s).map((rs) => `${rs.metadata.name} replicas=${rs.spec.replicas} rev=${rs.metadata.annotations?.["deployment.kubernetes.io/revision"]}`).sort(),
    status: { ...d.status, observedGeneration: undefined },
    scaling: eventsOf(s, d),
    pods: pods(s).map((p) => `${podStatusColumn(p)} ${p.spec.containers[0].image} ${p.status.containerStatuses?.[0]?.state?.running?.startedAt}`).sort(),
  };
}

async function prepare(persistence: MemoryClusterPersistence, clock: FakeClock): Promise<Scenario> {
  const s = newScenario(persistence, clock);
  createDeployment(s, NAME, "gcr.io/google-samples/kubernetes-bootcamp:v1");
  scaleDeployment(s, NAME, 4);
  s.clock.advance(30_000);
  setImage(s, NAME, "kubernetes-bootcamp", "jocatalin/kubernetes-bootcamp:v2");
  s.clock.advance(4_500);
  await s.cluster.flush();
  return s;
}

it("completes a rollout the same way after a restart", async () => {
  const straight = await prepare(new MemoryClusterPersistence(), new FakeClock());
  straight.clock.advance(90_000);
  expect(summary(straight).pods.every((p) => p.startsWith("Running jocatalin/kubernetes-bootcamp:v2"))).toBe(true);

  const persistence = new MemoryClusterPersistence();
  const clock = new FakeClock();
  const before = await prepare(persistence, clock);
  expect(pods(before).some((p) => podStatusColumn(p) === "ContainerCreating")).toBe(true);
  before.cluster.stop();
  expect(clock.pendingTimers()).toBe(0);
  const after = await reloadScenario(persistence, clock);
  after.clock.advance(90_000);

  expect(summary(after)).toEqual(summary(straight));
  expect(after.errors).toEqual([]);
});

it("holds no timers once everything has settled", () => {
  const s = newScenario();
  createDeployment(s, NAME, "gcr.io/google-samples/kubernetes-bootcamp:v1");
  s.clock.advance(700_000);
  expect(s.clock.pendingTimers()).toBe(0);
});
