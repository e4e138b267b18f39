/** The DaemonSet controller on the simulated node. */
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

  it("reacts to a node change that matters (a taint), though it ignores heartbeats", () => {
    const s = newScenario();
    s.cluster.store.create("daemonsets.apps", "default", {
      apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "agent" },
      spec: { selector: { matchLabels: { app: "agent" } }, template: template("agent", "nginx:1.14.2") },
    });
    s.clock.advance(15_000);
    expect(pods(s, "app=agent")).toHaveLength(1);
    const node = s.cluster.store.get("nodes", "", "minikube");
    node.spec.taints = [{ key: "example.com/dedicated", value: "db", effect: "NoExecute" }];
    s.cluster.store.update("nodes", node);
    s.clock.advance(40_000);
    expect(pods(s, "app=agent")).toHaveLength(0);
    const tainted = s.cluster.store.get("nodes", "", "minikube");
    delete tainted.spec.taints;
    s.cluster.store.update("nodes", tainted);
    s.clock.advance(15_000);
    expect(pods(s, "app=agent")).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});

