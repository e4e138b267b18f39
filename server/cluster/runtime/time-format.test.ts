import { describe, expect, it } from "vitest";
import { formatMicroTime, formatTime, parseTime } from "./time-format";

describe("time formats", () => {
  it("agree with the platform's ISO formatting for any instant", () => {
    const samples = [0, 951_782_400_000, 1_795_766_066_123, 4_102_444_799_999, 1_709_251_199_999, 1_709_251_200_000];
    for (let i = 0; i < 200; i++) samples.push(Math.floor((i * 7_919_993_187_321) % 4_102_444_800_000));
    for (const ms of samples) {
      const iso = new Date(ms).toISOString(); // tests may read real dates; cluster code may not
      expect(formatTime(ms)).toBe(`${iso.slice(0, 19)}Z`);
      expect(formatMicroTime(ms)).toBe(`${iso.slice(0, 23)}000Z`);
      expect(parseTime(formatTime(ms))).toBe(Math.floor(ms / 1000) * 1000);
    }
  });

  it("formats like metav1.Time and MicroTime", () => {
    expect(formatTime(Date.UTC(2026, 10, 27, 8, 54, 26, 999))).toBe("2026-11-27T08:54:26Z");
    expect(formatMicroTime(Date.UTC(2026, 10, 27, 8, 54, 26, 5))).toBe("2026-11-27T08:54:26.005000Z");
    expect(parseTime(undefined)).toBeUndefined();
    expect(parseTime("garbage")).toBeUndefined();
  });
});
