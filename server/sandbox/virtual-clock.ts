import type { CountingClock, TimerHandle } from "../cluster/clock";

interface PendingTimer {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * Simulated time that moves only when something waits: the headless CLI and the golden tests run on it
 * so that a transcript is the same on every machine. A foreground command that waits (sleep, rollout
 * status, minikube start's pacing) lets the sandbox jump straight to the next due timer
 * (`advanceTo(nextTimerAt())`), the discrete-event way, instead of sleeping for real.
 */
export class VirtualClock implements CountingClock {
  private current: number;
  private nextId = 1;
  private readonly timers = new Map<number, PendingTimer>();

  constructor(startMs = Date.UTC(2026, 10, 27, 8, 0, 0)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  schedule(atMs: number, fn: () => void): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { id, at: atMs, fn });
    return { id };
  }

  cancel(handle: TimerHandle): void {
    this.timers.delete(handle.id);
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  /** When the earliest timer falls due, or undefined when none is pending. */
  nextTimerAt(): number | undefined {
    let next: number | undefined;
    for (const t of this.timers.values()) if (next === undefined || t.at < next) next = t.at;
    return next;
  }

  /** Moves time to `target` (never backwards), firing every timer due by then in time order. */
  advanceTo(target: number): void {
    for (;;) {
      let due: PendingTimer | undefined;
      for (const t of this.timers.values()) {
        if (t.at <= target && (!due || t.at < due.at || (t.at === due.at && t.id < due.id))) due = t;
      }
      if (!due) break;
      this.timers.delete(due.id);
      if (due.at > this.current) this.current = due.at;
      due.fn();
    }
    if (target > this.current) this.current = target;
  }

  advance(ms: number): void {
    this.advanceTo(this.current + ms);
  }
}
