import { describe, expect, it } from "vitest";
import { checkSchema } from "./check-schema";
import { evaluateStep } from "./evaluate-step";
import { fakeCluster, readyPod } from "./testing/fake-cluster";

const checks = [
  checkSchema.parse({ type: "commandRan", pattern: "kubectl scale", example: "kubectl scale deployments/kubernetes-bootcamp --replicas=4" }),
  checkSchema.parse({ type: "podsReady", selector: "app=kubernetes-bootcamp", count: 4 }),
];

describe("evaluateStep", () => {
  it("collects the reasons of every failing check, in both languages", () => {
    const cluster = fakeCluster();
    cluster.store.create("pods", "default", readyPod("a", { app: "kubernetes-bootcamp" }));
    const r = evaluateStep({ checks }, { cluster, history: [] });
    expect(r.done).toBe(false);
    expect(r.manual).toBe(false);
    expect(r.reasons.map((x) => x.en)).toEqual([
      "Run `kubectl scale deployments/kubernetes-bootcamp --replicas=4`.",
      "There is 1 ready pod with app=kubernetes-bootcamp; the step needs 4.",
    ]);
    expect(r.reasons.every((x) => x["zh-CN"].length > 0)).toBe(true);
  });

  it("is done when every check passes", () => {
    const cluster = fakeCluster();
    for (const n of ["a", "b", "c", "d"]) cluster.store.create("pods", "default", readyPod(n, { app: "kubernetes-bootcamp" }));
    const history = [{ command: "kubectl scale deployments/kubernetes-bootcamp --replicas=4", exitCode: 0, output: "deployment.apps/kubernetes-bootcamp scaled" }];
    expect(evaluateStep({ checks }, { cluster, history })).toEqual({ done: true, manual: false, reasons: [] });
  });

  it("treats a step without checks as a reading step", () => {
    expect(evaluateStep({ checks: [] }, { cluster: null, history: [] })).toEqual({ done: false, manual: true, reasons: [] });
  });
});
