/**
 * The deployment controller alone against a real store, ReplicaSet availability set by hand (as the
 * ReplicaSet controller would report it): the rolling update's scaling sequence, revisions, the
 * Recreate order and the conditions.
 */
import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { MemoryObjectStore } from "../store/object-store";
import { ControllerManager } from "../runtime/controller-manager";
import { StoreEventRecorder } from "../runtime/event-recorder";
import { deploymentController } from "./deployment-controller";
import type { KubeObject } from "../types";

function setup() {
  const clock = new FakeClock();
  const store = new MemoryObjectStore({ clock });
  store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  const recorder = new StoreEventRecorder(store, store, clock);
  const manager = new ControllerManager({ clock, store, recorder, limits: store.limits, onError: (e) => errors.push(e.message) });
  const errors: string[] = [];
  manager.add(deploymentController);
  manager.start();
  return { clock, store, errors };
}

type Setup = ReturnType<typeof setup>;

const deployment = (replicas: number, image: string, strategy: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", labels: { app: "web" } },
  spec: { replicas, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image }] } }, strategy },
});

/** What the ReplicaSet controller would report once every pod of every ReplicaSet is up. */
function settle(t: Setup, availableOf: (rs: KubeObject) => number = (rs) => rs.spec.replicas): void {
  for (let i = 0; i < 20; i++) {
    let changed = false;
    for (const { metadata } of t.store.list("replicasets.apps", "default").items) {
      const rs = t.store.get("replicasets.apps", "default", metadata.name!);
      const n = rs.spec.replicas;
      const available = Math.min(n, availableOf(rs));
      const status = { replicas: n, fullyLabeledReplicas: n, readyReplicas: available, availableReplicas: available, observedGeneration: rs.metadata.generation };
      if (JSON.stringify(rs.status) === JSON.stringify(status)) continue;
      rs.status = status;
      t.store.updateStatus("replicasets.apps", rs);
      changed = true;
    }
    if (!changed) return;
  }
}

const scalingEvents = (t: Setup) =>
  t.store.list("events", "default").items.filter((e) => e.reason === "ScalingReplicaSet").map((e) => String(e.message).replace(/web-\w+/, (m) => (m === "web-5c4b4d9d4b" ? "OLD" : m)));

function update(t: Setup, mutate: (d: KubeObject) => void): void {
  const d = t.store.get("deployments.apps", "default", "web");
  mutate(d);
  t.store.update("deployments.apps", d);
}

describe("deployment controller", () => {
  it("rolls 3 replicas one at a time: surge 1, unavailable 0 (the verified sequence)", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(3, "nginx:1.14.2"));
    settle(t);
    const oldName = t.store.list("replicasets.apps", "default").items[0].metadata.name;
    update(t, (d) => (d.spec.template.spec.containers[0].image = "nginx:1.16.1"));
    settle(t);
    const newName = t.store.list("replicasets.apps", "default").items.find((rs) => rs.metadata.name !== oldName)!.metadata.name;
    const events = t.store.list("events", "default").items.filter((e) => e.reason === "ScalingReplicaSet").map((e) => String(e.message));
    expect(events).toEqual([
      `Scaled up replica set ${oldName} to 3`,
      `Scaled up replica set ${newName} to 1`,
      `Scaled down replica set ${oldName} to 2`,
      `Scaled up replica set ${newName} to 2`,
      `Scaled down replica set ${oldName} to 1`,
      `Scaled up replica set ${newName} to 3`,
      `Scaled down replica set ${oldName} to 0`,
    ]);
    const d = t.store.get("deployments.apps", "default", "web");
    expect(d.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
    expect(d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.conditions.map((c: { type: string; reason: string; message: string }) => [c.type, c.reason, c.message])).toEqual([
      ["Available", "MinimumReplicasAvailable", "Deployment has minimum availability."],
      ["Progressing", "NewReplicaSetAvailable", `ReplicaSet "${newName}" has successfully progressed.`],
    ]);
    const newRS = t.store.get("replicasets.apps", "default", newName!);
    expect(newRS.metadata.annotations).toEqual({ "deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4", "deployment.kubernetes.io/revision": "2" });
    expect(newRS.spec.selector.matchLabels["pod-template-hash"]).toBe(newName!.slice("web-".length));
    // Complete: the progress-deadline check requested while it progressed is dropped (progress.go
    // requeues only while progressing), so the idle cluster holds no timer.
    expect(t.clock.pendingTimers()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it("keeps old pods while new ones never become available (4 replicas: 3 available, 2 updated)", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(4, "nginx:1.14.2"));
    settle(t);
    const oldName = t.store.list("replicasets.apps", "default").items[0].metadata.name;
    update(t, (d) => (d.spec.template.spec.containers[0].image = "nginx:doesnotexist"));
    settle(t, (rs) => (rs.metadata.name === oldName ? rs.spec.replicas : 0));
    const d = t.store.get("deployments.apps", "default", "web");
    expect(d.status).toMatchObject({ replicas: 5, updatedReplicas: 2, availableReplicas: 3, unavailableReplicas: 2 });
    const progressing = d.status.conditions.find((c: { type: string }) => c.type === "Progressing");
    expect(progressing.reason).toBe("ReplicaSetUpdated");
    expect(t.clock.pendingTimers()).toBe(1);
    // Past progressDeadlineSeconds without progress: ProgressDeadlineExceeded.
    t.clock.advance(602_000);
    expect(t.clock.pendingTimers()).toBe(0);
    const late = t.store.get("deployments.apps", "default", "web").status.conditions.find((c: { type: string }) => c.type === "Progressing");
    expect([late.status, late.reason]).toEqual(["False", "ProgressDeadlineExceeded"]);
    expect(late.message).toMatch(/^ReplicaSet "web-\w+" has timed out progressing\.$/);
  });

  it("brings back the old ReplicaSet on a template match with a new revision and revision-history", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(2, "nginx:1.14.2"));
    settle(t);
    update(t, (d) => (d.spec.template.spec.containers[0].image = "nginx:1.16.1"));
    settle(t);
    update(t, (d) => (d.spec.template.spec.containers[0].image = "nginx:1.14.2"));
    settle(t);
    const byRev = Object.fromEntries(t.store.list("replicasets.apps", "default").items.map((rs) => [rs.spec.template.spec.containers[0].image, rs.metadata.annotations]));
    expect(byRev["nginx:1.14.2"]).toMatchObject({ "deployment.kubernetes.io/revision": "3", "deployment.kubernetes.io/revision-history": "1" });
    expect(t.store.get("deployments.apps", "default", "web").metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("3");
  });

  it("scales proportionally and records a scaling event, not a rollout", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(2, "nginx:1.14.2"));
    settle(t);
    update(t, (d) => (d.spec.replicas = 5));
    settle(t);
    expect(scalingEvents(t).slice(-1)[0]).toMatch(/^Scaled up replica set web-\w+ to 5$/);
    expect(t.store.list("replicasets.apps", "default").items).toHaveLength(1);
  });

  it("rolls out again on `kubectl rollout restart` (a restartedAt template annotation)", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(1, "nginx:1.14.2"));
    settle(t);
    update(t, (d) => (d.spec.template.metadata.annotations = { "kubectl.kubernetes.io/restartedAt": "2026-11-27T08:05:00Z" }));
    settle(t);
    const rss = t.store.list("replicasets.apps", "default").items;
    expect(rss.map((rs) => rs.spec.replicas).sort()).toEqual([0, 1]);
    expect(t.store.get("deployments.apps", "default", "web").metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
  });

  it("Recreate scales the old ReplicaSet to 0 before creating the new one", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(2, "nginx:1.14.2", { type: "Recreate" }));
    settle(t);
    update(t, (d) => (d.spec.template.spec.containers[0].image = "nginx:1.16.1"));
    const during = t.store.list("replicasets.apps", "default").items;
    expect(during).toHaveLength(1);
    expect(during[0].spec.replicas).toBe(0);
    settle(t);
    const after = t.store.list("replicasets.apps", "default").items.map((rs) => [rs.spec.template.spec.containers[0].image, rs.spec.replicas]);
    expect(after.sort()).toEqual([["nginx:1.14.2", 0], ["nginx:1.16.1", 2]]);
  });

  it("marks a paused deployment and does not roll it out", () => {
    const t = setup();
    t.store.create("deployments.apps", "default", deployment(2, "nginx:1.14.2"));
    settle(t);
    update(t, (d) => {
      d.spec.paused = true;
      d.spec.template.spec.containers[0].image = "nginx:1.16.1";
    });
    settle(t);
    expect(t.store.list("replicasets.apps", "default").items).toHaveLength(1);
    const progressing = t.store.get("deployments.apps", "default", "web").status.conditions.find((c: { type: string }) => c.type === "Progressing");
    expect([progressing.status, progressing.reason, progressing.message]).toEqual(["Unknown", "DeploymentPaused", "Deployment is paused"]);
  });
});
