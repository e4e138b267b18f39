/** The StatefulSet controller on the simulated node. */
import { describe, expect, it } from "vitest";
import { eventsOf, newScenario, podStatusColumn, type Scenario } from "../scenarios/scenario-harness";

const pods = (s: Scenario, selector: string) => s.cluster.store.list("pods", "default", { labelSelector: selector }).items;
const template = (app: string, image: string, extra: Record<string, unknown> = {}) => ({
  metadata: { labels: { app } },
  spec: { containers: [{ name: app, image, ...extra }] },
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
