import { describe, expect, it } from "vitest";
import { podsToDelete } from "./replicaset-pods";
import type { KubeObject } from "../types";

function pod(name: string, o: { node?: string; phase?: string; ready?: string; created?: string; restarts?: number } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, creationTimestamp: o.created ?? "2026-11-27T08:00:00Z" },
    spec: { nodeName: o.node ?? "minikube" },
    status: {
      phase: o.phase ?? "Running",
      conditions: o.ready ? [{ type: "Ready", status: "True", lastTransitionTime: o.ready }] : [{ type: "Ready", status: "False" }],
      containerStatuses: [{ restartCount: o.restarts ?? 0 }],
    },
  };
}

describe("scale-down victims (ActivePodsWithRanks)", () => {
  it("takes unscheduled, then pending, then not ready pods first", () => {
    const pods = [pod("ready", { ready: "2026-11-27T08:00:05Z" }), pod("notready"), pod("pending", { phase: "Pending" }), pod("unscheduled", { node: "", phase: "Pending" })];
    expect(podsToDelete(pods, pods, 3).map((p) => p.metadata.name)).toEqual(["unscheduled", "pending", "notready"]);
  });

  it("takes the most recently ready, then the most restarted, then the newest", () => {
    const pods = [
      pod("old", { ready: "2026-11-27T08:00:05Z" }),
      pod("recent", { ready: "2026-11-27T08:10:00Z" }),
      pod("restarted", { ready: "2026-11-27T08:00:05Z", restarts: 2 }),
      pod("newer", { ready: "2026-11-27T08:00:05Z", created: "2026-11-27T08:00:01Z" }),
    ];
    expect(podsToDelete(pods, pods, 4).map((p) => p.metadata.name)).toEqual(["old", "recent", "restarted", "newer"]);
    expect(podsToDelete(pods, pods, 3).map((p) => p.metadata.name)).toEqual(["recent", "restarted", "newer"]);
  });
});
