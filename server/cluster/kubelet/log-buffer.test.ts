import { describe, expect, it } from "vitest";
import { LogBuffer, rfc3339Nano } from "./log-buffer";

const T = Date.UTC(2026, 10, 27, 8, 54, 26, 370);

describe("container log buffer", () => {
  it("reads whole, by tail, since a time and with timestamps", () => {
    const log = new LogBuffer();
    log.write(T, "one\ntwo\n");
    log.write(T + 5000, "three\n");
    expect(log.read()).toBe("one\ntwo\nthree\n");
    expect(log.read({ tailLines: 2 })).toBe("two\nthree\n");
    expect(log.read({ sinceMs: T + 1000 })).toBe("three\n");
    expect(log.read({ tailLines: 1, timestamps: true })).toBe("2026-11-27T08:54:31.37Z three\n");
  });

  it("follows until the container ends", () => {
    const log = new LogBuffer();
    const seen: string[] = [];
    let ended = false;
    log.follow(false, (s) => seen.push(s), () => (ended = true));
    log.write(T, "a\n");
    log.end();
    log.write(T, "ignored\n");
    expect([seen, ended]).toEqual([["a\n"], true]);
  });

  it("formats times as Go's RFC3339Nano", () => {
    expect(rfc3339Nano(Date.UTC(2026, 0, 1))).toBe("2026-01-01T00:00:00Z");
  });
});
