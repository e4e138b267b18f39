import { describe, expect, it } from "vitest";
import { maxSurge, maxUnavailable, newRSNewReplicas, proportion, resolveFenceposts, scaledValue } from "./deployment-replicas";
import type { KubeObject } from "../types";

const deploy = (replicas: number, strategy: Record<string, unknown> = {}): KubeObject => ({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" }, spec: { replicas, strategy } });
const rs = (name: string, replicas: number, annotations: Record<string, string> = {}): KubeObject => ({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name, annotations }, spec: { replicas } });

describe("ResolveFenceposts (KUBECTL_REFERENCE §3)", () => {
  it.each([
    [3, 1, 0],
    [4, 1, 1],
    [10, 3, 2],
    [1, 1, 0],
  ])("25%%/25%% of %i replicas gives surge %i, unavailable %i", (replicas, surge, unavailable) => {
    expect(resolveFenceposts("25%", "25%", replicas)).toEqual([surge, unavailable]);
  });

  it("turns 0/0 into one unavailable", () => {
    expect(resolveFenceposts(0, "10%", 5)).toEqual([0, 1]);
  });

  it("scales ints and percentages", () => {
    expect(scaledValue("50%", 3, true)).toBe(2);
    expect(scaledValue("50%", 3, false)).toBe(1);
    expect(scaledValue(2, 10, false)).toBe(2);
  });

  it("has no surge or unavailability under Recreate", () => {
    const d = deploy(4, { type: "Recreate" });
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });
});

describe("NewRSNewReplicas", () => {
  it("grows the new ReplicaSet up to replicas+surge pods in total", () => {
    const d = deploy(4);
    const newRS = rs("new", 0);
    expect(newRSNewReplicas(d, [rs("old", 4), newRS], newRS)).toBe(1);
    expect(newRSNewReplicas(d, [rs("old", 3), rs("new", 1)], rs("new", 1))).toBe(2);
    expect(newRSNewReplicas(d, [rs("old", 0), rs("new", 4)], rs("new", 4))).toBe(4);
  });
});

describe("GetProportion", () => {
  it("shares a scale-up by each ReplicaSet's max-replicas annotation", () => {
    const d = deploy(10);
    const a = rs("a", 5, { "deployment.kubernetes.io/max-replicas": "6" });
    // 5 * (10 + 3) / 6 = 10.83 → 11, i.e. +6, capped by what is left to add.
    expect(proportion(a, d, 4, 0)).toBe(4);
    expect(proportion(a, d, 10, 0)).toBe(6);
  });
});
