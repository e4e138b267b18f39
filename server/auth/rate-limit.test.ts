import { describe, expect, it } from "vitest";
import { createLoginLimiters, FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks after the maximum failures and frees the key when the window passes", () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 2; i++) limiter.fail("alice");
    expect(limiter.retryAfter("alice")).toBe(0);
    limiter.fail("alice");
    expect(limiter.retryAfter("alice")).toBe(60);
    expect(limiter.retryAfter("bob")).toBe(0);
    now += 30_000;
    expect(limiter.retryAfter("alice")).toBe(30);
    now += 30_001;
    expect(limiter.retryAfter("alice")).toBe(0);
  });

  it("forgets failures after a success", () => {
    const limiter = new FailureLimiter(2, 60_000, () => 0);
    limiter.fail("a");
    limiter.reset("a");
    limiter.fail("a");
    expect(limiter.retryAfter("a")).toBe(0);
  });

  it("limits per account at 5 and per IP at 20", () => {
    const { perAccount, perIp } = createLoginLimiters(() => 0);
    for (let i = 0; i < 5; i++) perAccount.fail("x");
    for (let i = 0; i < 19; i++) perIp.fail("1.2.3.4");
    expect(perAccount.retryAfter("x")).toBeGreaterThan(0);
    expect(perIp.retryAfter("1.2.3.4")).toBe(0);
  });
});
