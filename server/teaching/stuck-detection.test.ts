import { describe, expect, it } from "vitest";
import { DEFAULT_STUCK_POLICY, median, stuckReason } from "./stuck-detection";

const MIN = 60_000;
const medians = new Map([["c/l/fast", { medianMs: 4 * MIN, samples: 5 }], ["c/l/few", { medianMs: 1 * MIN, samples: 1 }]]);

describe("stuckReason", () => {
  it("flags a student on a step much longer than the cohort median", () => {
    const now = 100 * MIN;
    const on = (minutes: number) => ({ current: { stepKey: "c/l/fast", startedAt: now - minutes * MIN }, recentCommands: [] });
    expect(stuckReason(on(9), medians, now)).toBeNull(); // 2.5 × 4 min = 10 min
    expect(stuckReason(on(11), medians, now)).toMatchObject({ kind: "slow", stepKey: "c/l/fast", medianMs: 4 * MIN });
  });

  it("never flags before the minimum, and uses the fallback until enough students finished", () => {
    const now = 100 * MIN;
    const fastMedian = new Map([["c/l/x", { medianMs: 10_000, samples: 10 }]]);
    expect(stuckReason({ current: { stepKey: "c/l/x", startedAt: now - 4 * MIN }, recentCommands: [] }, fastMedian, now)).toBeNull();
    expect(stuckReason({ current: { stepKey: "c/l/few", startedAt: now - 14 * MIN }, recentCommands: [] }, medians, now)).toBeNull();
    expect(stuckReason({ current: { stepKey: "c/l/few", startedAt: now - 16 * MIN }, recentCommands: [] }, medians, now)?.kind).toBe("slow");
  });

  it("flags the same command failing several times in a row, ignoring spacing", () => {
    const fail = (command: string) => ({ command, exitCode: 1 });
    const recent = [fail("kubectl get pod  nginx"), fail("kubectl get pod nginx"), fail(" kubectl get pod nginx")];
    expect(stuckReason({ recentCommands: recent }, medians, 0)).toEqual({ kind: "repeated-failure", command: "kubectl get pod nginx", times: DEFAULT_STUCK_POLICY.repeatedFailures });
    expect(stuckReason({ recentCommands: [recent[0], { command: "kubectl get pod nginx", exitCode: 0 }, recent[2]] }, medians, 0)).toBeNull();
    expect(stuckReason({ recentCommands: [recent[0], fail("kubectl get pods"), recent[2]] }, medians, 0)).toBeNull();
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
