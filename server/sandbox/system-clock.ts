import type { CountingClock, TimerHandle } from "../cluster/clock";

/**
 * Wall-clock time, optionally sped up: simulated time = origin + real elapsed × speed, so a lesson run
 * at speed 10 sees a 30 s grace period pass in 3 s. It lives outside server/cluster because it is the
 * one place that touches real timers.
 */
export class SystemClock implements CountingClock {
  private readonly realOrigin = Date.now();
  private readonly simOrigin: number;
  private nextId = 1;
  private timers = new Map<number, NodeJS.Timeout>();

  constructor(readonly speed = 1, simOrigin?: number) {
    this.simOrigin = simOrigin ?? this.realOrigin;
  }

  now(): number {
    return this.simOrigin + (Date.now() - this.realOrigin) * this.speed;
  }

  schedule(atMs: number, fn: () => void): TimerHandle {
    const id = this.nextId++;
    this.arm(id, atMs, fn);
    return { id };
  }

  private arm(id: number, atMs: number, fn: () => void): void {
    const delayReal = Math.max(0, (atMs - this.now()) / this.speed);
    // Node caps timeouts at 2^31-1 ms; a longer wait re-arms itself when it wakes early.
    const timer = setTimeout(() => {
      if (this.now() < atMs - 1) return this.arm(id, atMs, fn);
      this.timers.delete(id);
      fn();
    }, Math.min(delayReal, 2_000_000_000));
    timer.unref();
    this.timers.set(id, timer);
  }

  cancel(handle: TimerHandle): void {
    clearTimeout(this.timers.get(handle.id));
    this.timers.delete(handle.id);
  }

  pendingTimers(): number {
    return this.timers.size;
  }
}
