/**
 * Time for a simulated cluster. Nothing in server/cluster reads the wall clock or sets timers
 * directly: everything goes through a Clock so tests can step time and lessons can speed it up.
 */
export interface Clock {
  /** Current simulated time in epoch milliseconds. */
  now(): number;
  /** Calls `fn` once simulated time reaches `atMs`. Returns a handle for `cancel`. */
  schedule(atMs: number, fn: () => void): TimerHandle;
  cancel(handle: TimerHandle): void;
}

export interface TimerHandle {
  readonly id: number;
}

/** Number of timers a clock currently holds (used by the idle-CPU benchmark). */
export interface CountingClock extends Clock {
  pendingTimers(): number;
}

interface PendingTimer {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * A clock that only moves when told to. Timers fire in time order during `advance`.
 */
export class FakeClock implements CountingClock {
  private current: number;
  private nextId = 1;
  private timers = new Map<number, PendingTimer>();

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

  /** When the earliest pending timer is due, or undefined when none is. */
  nextDue(): number | undefined {
    let min: number | undefined;
    for (const t of this.timers.values()) if (min === undefined || t.at < min) min = t.at;
    return min;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order (also ones scheduled while advancing). */
  advance(ms: number): void {
    this.advanceTo(this.current + ms);
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
}
