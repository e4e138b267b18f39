import { describe, expect, it } from "vitest";
import { newScenario } from "../scenarios/scenario-harness";
import { fitErrorMessage } from "./scheduler-fit";

describe("scheduler", () => {
  it("formats FitError like kube-scheduler", () => {
    expect(fitErrorMessage(1, [["Insufficient cpu", "node(s) didn't match node selector"]])).toBe("0/1 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match node selector.");
  });

  it("binds to minikube with a Scheduled event, or leaves the pod Pending with FailedScheduling", () => {
    const s = newScenario();
    const store = s.cluster.store;
    store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name: "ok" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    store.create("pods", "default", {
      apiVersion: "v1", kind: "Pod", metadata: { name: "huge" },
      spec: { containers: [{ name: "c", image: "nginx", resources: { requests: { cpu: "64" } } }] },
    });
    const ok = store.get("pods", "default", "ok");
    expect(ok.spec.nodeName).toBe("minikube");
    expect(ok.status.conditions).toContainEqual(expect.objectContaining({ type: "PodScheduled", status: "True" }));
    const huge = store.get("pods", "default", "huge");
    expect(huge.spec.nodeName).toBeUndefined();
    expect(huge.status.phase).toBe("Pending");
    expect(huge.status.conditions).toEqual([expect.objectContaining({ type: "PodScheduled", status: "False", reason: "Unschedulable", message: "0/1 nodes are available: 1 Insufficient cpu." })]);
    const events = store.list("events", "default").items;
    const scheduled = events.find((e) => e.reason === "Scheduled")!;
    expect(scheduled).toMatchObject({ message: "Successfully assigned default/ok to minikube", reportingComponent: "default-scheduler", reportingInstance: "default-scheduler-minikube", action: "Binding", type: "Normal" });
    expect(events.find((e) => e.reason === "FailedScheduling")).toMatchObject({ type: "Warning", message: "0/1 nodes are available: 1 Insufficient cpu." });
  });
});
