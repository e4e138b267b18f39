import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { DueQueue } from "./due-queue";

describe("DueQueue", () => {
  it("holds one timer for the earliest item and none when empty", () => {
    const clock = new FakeClock(0);
    const fired: string[][] = [];
    const q = new DueQueue(clock, (items) => fired.push(items));
    q.start();
    expect(clock.pendingTimers()).toBe(0);
    q.add("b", 2000);
    q.add("a", 1000);
    q.add("c", 1000);
    q.add("b", 5000); // later than the existing due time: ignored
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(1000);
    expect(fired).toEqual([["a", "c"]]);
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(1000);
    expect(fired).toEqual([["a", "c"], ["b"]]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("drops its timer when stopped", () => {
    const clock = new FakeClock(0);
    const q = new DueQueue(clock, () => undefined);
    q.start();
    q.add("a", 10);
    q.stop();
    expect(clock.pendingTimers()).toBe(0);
    q.start();
    expect(clock.pendingTimers()).toBe(1);
  });

  it("forgets a deleted item and moves its timer to the next one", () => {
    const clock = new FakeClock(0);
    const fired: string[][] = [];
    const q = new DueQueue(clock, (items) => fired.push(items));
    q.start();
    q.add("a", 1000);
    q.add("b", 2000);
    q.delete("a");
    expect(q.nextDue()).toBe(2000);
    expect(clock.nextDue()).toBe(2000);
    q.delete("b");
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(5000);
    expect(fired).toEqual([]);
  });
});
