import { describe, expect, it } from "vitest";
import { PausableClock } from "./pausable-clock";
import { VirtualClock } from "./virtual-clock";

describe("VirtualClock", () => {
  it("fires timers in time order while advancing, including ones scheduled on the way", () => {
    const clock = new VirtualClock(0);
    const fired: string[] = [];
    clock.schedule(200, () => fired.push("b"));
    clock.schedule(100, () => {
      fired.push("a");
      clock.schedule(150, () => fired.push("a2"));
    });
    expect(clock.nextTimerAt()).toBe(100);
    clock.advanceTo(200);
    expect(fired).toEqual(["a", "a2", "b"]);
    expect(clock.now()).toBe(200);
    expect(clock.nextTimerAt()).toBeUndefined();
  });
});

describe("PausableClock", () => {
  it("freezes time and holds timers while paused, then shifts them by the pause", () => {
    const base = new VirtualClock(0);
    const clock = new PausableClock(base);
    const fired: number[] = [];
    clock.schedule(1000, () => fired.push(clock.now()));
    base.advance(500);
    clock.pause();
    base.advance(10_000);
    expect(clock.now()).toBe(500);
    expect(fired).toEqual([]);
    clock.resume();
    expect(clock.offset()).toBe(10_000);
    base.advance(499);
    expect(fired).toEqual([]);
    base.advance(1);
    expect(fired).toEqual([1000]);
  });

  it("restores a stopped cluster's clock from its persisted offset", () => {
    const base = new VirtualClock(50_000);
    const clock = new PausableClock(base, 20_000, true);
    expect(clock.now()).toBe(30_000);
    base.advance(5_000);
    expect(clock.now()).toBe(30_000);
    expect(clock.offset()).toBe(25_000);
  });

  it("cancels and disposes timers", () => {
    const base = new VirtualClock(0);
    const clock = new PausableClock(base);
    const fired: string[] = [];
    const h = clock.schedule(10, () => fired.push("x"));
    clock.schedule(20, () => fired.push("y"));
    clock.cancel(h);
    clock.dispose();
    base.advance(100);
    expect(fired).toEqual([]);
    expect(base.pendingTimers()).toBe(0);
  });
});
