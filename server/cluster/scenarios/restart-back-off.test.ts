/**
 * Back-off state survives a restart: the kubelet rebuilds its pull back-off from its own events and
 * the crash back-off from the container statuses, so a restored cluster keeps the same rhythm.
 */
import { expect, it } from "vitest";
import { FakeClock } from "../clock";
import { MemoryClusterPersistence } from "../persistence/memory-persistence";
import { eventsOf, newScenario, podStatusColumn, reloadScenario, type Scenario } from "./scenario-harness";

function run(s: Scenario, name: string, image: string): void {
  s.cluster.store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { containers: [{ name, image }] } });
}

const summary = (s: Scenario) =>
  ["bad", "bb"].map((n) => {
    const pod = s.cluster.store.get("pods", "default", n);
    return { status: podStatusColumn(pod), restarts: pod.status.containerStatuses[0].restartCount, events: eventsOf(s, pod).filter((e) => !e.startsWith("Normal Scheduled")) };
  });

it("keeps pull and crash back-off across a restart", async () => {
  const persistence = new MemoryClusterPersistence();
  const clock = new FakeClock();
  const before = newScenario(persistence, clock);
  run(before, "bad", "nginx:doesnotexist");
  run(before, "bb", "busybox");
  clock.advance(100_000);
  await before.cluster.flush();
  const straightClock = new FakeClock(clock.now());
  before.cluster.stop();
  const after = await reloadScenario(persistence, clock);
  clock.advance(200_000);

  const replay = await reloadScenario(persistence, straightClock);
  expect(replay.cluster.store.get("pods", "default", "bad").status.containerStatuses[0].state.waiting.reason).toMatch(/ImagePullBackOff|ErrImagePull/);
  straightClock.advance(200_000);
  expect(summary(after)).toEqual(summary(replay));
  const bad = summary(after)[0];
  const pulls = Number(/\(x(\d+)\)$/.exec(bad.events.find((e) => e.includes("Pulling image"))!)![1]);
  // 300 s in all: about five pulls, not one per restart of the simulation.
  expect(pulls).toBeGreaterThanOrEqual(4);
  expect(pulls).toBeLessThanOrEqual(6);
  expect(summary(after)[1].status).toBe("CrashLoopBackOff");
});
