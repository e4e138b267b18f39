import { describe, expect, it } from "vitest";
import { ageSince, humanDuration } from "./human-duration";

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe("humanDuration (apimachinery duration.go)", () => {
  it.each([
    [-3 * s, "<invalid>"],
    [-1500, "0s"],
    [0, "0s"],
    [90 * s, "90s"],
    [119 * s, "119s"],
    [120 * s, "2m"],
    [5 * m + 8 * s, "5m8s"],
    [3 * m, "3m"],
    [19 * m + 59 * s, "19m"],
    [179 * m, "179m"],
    [3 * h + 5 * m, "3h5m"],
    [7 * h, "7h"],
    [45 * h, "45h"],
    [3 * d + 2 * h, "3d2h"],
    [45 * d, "45d"],
    [3 * 365 * d + 10 * d, "3y10d"],
    [9 * 365 * d, "9y"],
  ])("%d ms → %s", (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });

  it("prints <unknown> for a zero timestamp", () => {
    expect(ageSince(null, 0)).toBe("<unknown>");
    expect(ageSince("2026-11-27T08:00:00Z", Date.UTC(2026, 10, 27, 8, 2, 36))).toBe("2m36s");
  });
});
