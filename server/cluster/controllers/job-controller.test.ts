/** The Job controller on the simulated node. */
import { describe, expect, it } from "vitest";
import { eventsOf, newScenario, podStatusColumn, type Scenario } from "../scenarios/scenario-harness";

const pods = (s: Scenario, selector: string) => s.cluster.store.list("pods", "default", { labelSelector: selector }).items;
describe("Job", () => {
  it("runs pods to the wanted completions", () => {
    const s = newScenario();
    s.cluster.store.create("jobs.batch", "default", {
      apiVersion: "batch/v1", kind: "Job", metadata: { name: "pi" },
      spec: { completions: 3, parallelism: 2, template: { spec: { restartPolicy: "Never", containers: [{ name: "pi", image: "busybox", command: ["sh", "-c", "echo 3.14; sleep 2"] }] } } },
    });
    s.clock.advance(30_000);
    const job = s.cluster.store.get("jobs.batch", "default", "pi");
    expect(job.status).toMatchObject({ succeeded: 3 });
    expect(job.status.conditions).toEqual([expect.objectContaining({ type: "Complete", status: "True" })]);
    expect(pods(s, "job-name=pi").map(podStatusColumn)).toEqual(["Completed", "Completed", "Completed"]);
    expect(eventsOf(s, job).slice(-1)).toEqual(["Normal Completed Job completed"]);
  });

  it("gives up after backoffLimit failures", () => {
    const s = newScenario();
    s.cluster.store.create("jobs.batch", "default", {
      apiVersion: "batch/v1", kind: "Job", metadata: { name: "bad" },
      spec: { backoffLimit: 2, template: { spec: { restartPolicy: "Never", containers: [{ name: "bad", image: "busybox", command: ["false"] }] } } },
    });
    s.clock.advance(120_000);
    const job = s.cluster.store.get("jobs.batch", "default", "bad");
    expect(job.status).toMatchObject({ failed: 3 });
    expect(job.status.conditions).toEqual([expect.objectContaining({ type: "Failed", reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" })]);
  });
});
