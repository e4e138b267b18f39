/**
 * The checks and the progress tracker against the cluster engineer's real store (createCluster with a
 * FakeClock): label selectors, status handling and watches as the simulation implements them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeClock } from "../cluster/clock";
import { createCluster } from "../cluster/create-cluster";
import type { KubeObject } from "../cluster/types";
import { checkSchema, type CheckInput } from "./check-schema";
import { createHistoryFeed } from "./history-feed";
import { createProgressTracker, type ProgressEvent } from "./progress-tracker";
import { runCheck } from "./run-check";
import type { Lesson } from "./types";

const check = (c: CheckInput) => checkSchema.parse(c);

function startedCluster() {
  const clock = new FakeClock();
  const cluster = createCluster({ clock });
  clock.advance(60_000);
  return { clock, cluster };
}

function addReadyPod(cluster: ReturnType<typeof createCluster>, name: string, labels: Record<string, string>): KubeObject {
  const pod = cluster.store.create("pods", "default", {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels },
    spec: { containers: [{ name: "kubernetes-bootcamp", image: "gcr.io/google-samples/kubernetes-bootcamp:v1" }] },
  });
  pod.status = { phase: "Running", conditions: [{ type: "Ready", status: "True" }] };
  return cluster.store.updateStatus("pods", pod);
}

describe("checks on a real simulated cluster", () => {
  it("sees the bootstrapped minikube cluster", () => {
    const { cluster } = startedCluster();
    const ctx = { cluster, history: [] };
    expect(runCheck(check({ type: "clusterRunning" }), ctx).ok).toBe(true);
    expect(runCheck(check({ type: "objectMatches", kind: "Service", name: "kubernetes", fields: { "spec.type": "ClusterIP", "spec.ports[0].port": 443 } }), ctx).ok).toBe(true);
    expect(runCheck(check({ type: "objectExists", kind: "Node", name: "minikube" }), ctx).ok).toBe(true);
    expect(runCheck(check({ type: "objectExists", resource: "pods", namespace: "kube-system", selector: "k8s-app=kube-dns" }), ctx).ok).toBe(true);
  });

  it("counts ready pods through the store's label selectors", () => {
    const { cluster } = startedCluster();
    const ctx = { cluster, history: [] };
    for (const n of ["a", "b", "c"]) addReadyPod(cluster, n, { app: "kubernetes-bootcamp" });
    expect(runCheck(check({ type: "podsReady", selector: "app=kubernetes-bootcamp", count: 4 }), ctx).reasons[0]?.en).toBe(
      "There are 3 ready pods with app=kubernetes-bootcamp; the step needs 4.",
    );
    const pod = cluster.store.get("pods", "default", "a");
    pod.metadata.labels = { ...pod.metadata.labels, version: "v1" };
    cluster.store.update("pods", pod);
    expect(runCheck(check({ type: "objectExists", resource: "pods", selector: "app=kubernetes-bootcamp,version=v1", count: 1 }), ctx).ok).toBe(true);
  });

  describe("progress tracker", () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it("completes a step when a watch event brings the cluster to the wanted state", () => {
      const { cluster } = startedCluster();
      const text = (s: string) => ({ en: s, "zh-CN": s });
      const lesson: Lesson = {
        courseId: "c", id: "l", index: 0, kind: "guided", title: text("l"), summary: text("s"), minutes: 1, intro: text(""), setup: [],
        steps: [{ id: "two-pods", title: text("t"), instructions: text("i"), commands: [], hints: [], checks: [check({ type: "podsReady", selector: "app=x", count: 2 })] }],
      };
      const events: ProgressEvent[] = [];
      const tracker = createProgressTracker({ lesson, cluster, history: createHistoryFeed(), onEvent: (e) => events.push(e) });
      addReadyPod(cluster, "p1", { app: "x" });
      vi.advanceTimersByTime(500);
      expect(events.some((e) => e.type === "step-completed")).toBe(false);
      addReadyPod(cluster, "p2", { app: "x" });
      vi.advanceTimersByTime(500);
      expect(events.filter((e) => e.type === "step-completed").map((e) => e.type === "step-completed" && e.stepId)).toEqual(["two-pods"]);
      tracker.stop();
    });
  });
});
