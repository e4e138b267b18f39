/**
 * DaemonSet, StatefulSet and Job controllers on the simulated node.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, newScenario, podStatusColumn, type Scenario } from "../scenarios/scenario-harness";

const pods = (s: Scenario, selector: string) => s.cluster.store.list("pods", "default", { labelSelector: selector }).items;
const template = (app: string, image: string, extra: Record<string, unknown> = {}) => ({
  metadata: { labels: { app } },
  spec: { containers: [{ name: app, image, ...extra }] },
});

describe("DaemonSet", () => {
  it("runs one pod on the node and replaces it on a template change", () => {
    const s = newScenario();
    s.cluster.store.create("daemonsets.apps", "default", {
      apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "agent" },
      spec: { selector: { matchLabels: { app: "agent" } }, template: template("agent", "nginx:1.14.2") },
    });
    s.clock.advance(15_000);
    const [p] = pods(s, "app=agent");
    expect(p.metadata.name).toMatch(/^agent-\w{5}$/);
    expect(p.spec.nodeName).toBe("minikube");
    expect(podStatusColumn(p)).toBe("Running");
    expect(p.metadata.labels?.["pod-template-generation"]).toBe("1");
    const ds = s.cluster.store.get("daemonsets.apps", "default", "agent");
    expect(ds.status).toMatchObject({ currentNumberScheduled: 1, numberMisscheduled: 0, desiredNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1, numberAvailable: 1 });
    ds.spec.template.spec.containers[0].image = "nginx:1.16.1";
    s.cluster.store.update("daemonsets.apps", ds);
    s.clock.advance(20_000);
    const after = pods(s, "app=agent");
    expect(after).toHaveLength(1);
    expect(after[0].spec.containers[0].image).toBe("nginx:1.16.1");
    expect(eventsOf(s, ds).filter((e) => e.includes("SuccessfulDelete"))).toHaveLength(1);
    // The system DaemonSet left by minikube start is not disturbed.
    expect(s.cluster.store.list("pods", "kube-system", { labelSelector: "k8s-app=kube-proxy" }).items).toHaveLength(1);
  });
});

describe("StatefulSet", () => {
  it("creates ordinals one by one and removes them from the top", () => {
    const s = newScenario();
    s.cluster.store.create("statefulsets.apps", "default", {
      apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "web" },
      spec: { replicas: 3, serviceName: "web", selector: { matchLabels: { app: "web" } }, template: template("web", "nginx:1.14.2") },
    });
    expect(pods(s, "app=web").map((p) => p.metadata.name)).toEqual(["web-0"]);
    s.clock.advance(6_000);
    expect(pods(s, "app=web").map((p) => `${p.metadata.name} ${podStatusColumn(p)}`)).toEqual(["web-0 Running", "web-1 ContainerCreating"]);
    s.clock.advance(5_000);
    const all = pods(s, "app=web");
    expect(all.map((p) => `${p.metadata.name} ${podStatusColumn(p)} ${p.spec.hostname}.${p.spec.subdomain}`)).toEqual([
      "web-0 Running web-0.web", "web-1 Running web-1.web", "web-2 Running web-2.web",
    ]);
    const sts = s.cluster.store.get("statefulsets.apps", "default", "web");
    expect(sts.status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3 });
    expect(eventsOf(s, sts)[0]).toBe("Normal SuccessfulCreate create Pod web-0 in StatefulSet web successful");
    sts.spec.replicas = 1;
    s.cluster.store.update("statefulsets.apps", sts);
    expect(pods(s, "app=web").filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name)).toEqual(["web-2"]);
    s.clock.advance(5_000);
    expect(pods(s, "app=web").map((p) => p.metadata.name)).toEqual(["web-0"]);
  });
});

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
