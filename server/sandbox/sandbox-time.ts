/**
 * Time as a sandbox's commands see it: waits on the sandbox clock that Ctrl-C can cut short, and, on a
 * VirtualClock (the headless CLI, tests), the loop that moves time forward while the foreground command
 * waits, so a transcript never sleeps for real and is the same on every machine.
 */
import type { CountingClock } from "../cluster/clock";
import { VirtualClock } from "./virtual-clock";

/** Longest a foreground command may wait on virtual time before it is interrupted. */
const MAX_VIRTUAL_WAIT_MS = 3600_000;

export class SandboxTime {
  private readonly waits = new Map<AbortSignal, number>();

  constructor(private readonly clock: CountingClock) {}

  /** Resolves true after `ms` of sandbox time, or false as soon as `signal` (the run's Ctrl-C) aborts. */
  wait(ms: number, signal?: AbortSignal): Promise<boolean> {
    return this.waitingOn(signal, this.timer(ms, signal));
  }

  private timer(ms: number, signal?: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve(false);
      const onAbort = () => {
        this.clock.cancel(handle);
        resolve(false);
      };
      const handle = this.clock.schedule(this.clock.now() + Math.max(0, ms), () => {
        signal?.removeEventListener("abort", onAbort);
        resolve(true);
      });
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /**
   * Marks `work` as the run keyed by `run` (its Ctrl-C signal) waiting for something only simulated
   * time brings: a timer, a watch event, a connection. On virtual time that is what lets the clock move.
   */
  async waitingOn<T>(run: AbortSignal | undefined, work: Promise<T>): Promise<T> {
    if (!run) return work;
    this.waits.set(run, (this.waits.get(run) ?? 0) + 1);
    try {
      return await work;
    } finally {
      const n = (this.waits.get(run) ?? 1) - 1;
      if (n > 0) this.waits.set(run, n);
      else this.waits.delete(run);
    }
  }

  /** Whether the run keyed by `run` is waiting on simulated time right now. */
  isWaiting(run: AbortSignal): boolean {
    return this.waits.has(run);
  }

  /**
   * Awaits `work`, the foreground line whose Ctrl-C is `run`. On virtual time nothing else moves the
   * clock: whenever the line is waiting (see waitingOn), time jumps to the next due timer; a line that
   * would wait forever (nothing scheduled, or beyond an hour of simulated time) gets `onStuck`, which
   * interrupts it like Ctrl-C. Work that is merely busy (loading a command module) is left alone. On
   * a wall clock this is just `await work`.
   */
  async drive<T>(work: Promise<T>, run: AbortSignal, onStuck: () => void): Promise<T | undefined> {
    const clock = this.clock;
    if (!(clock instanceof VirtualClock)) return work;
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    const limit = clock.now() + MAX_VIRTUAL_WAIT_MS;
    let stuckSince: number | undefined;
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    while (!settled) {
      // Wake as soon as the work settles; otherwise after pending I/O (lazily loaded command modules).
      await Promise.race([done, new Promise((resolve) => setImmediate(resolve))]);
      if (!settled && !this.waits.has(run)) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1))]);
      if (settled || !this.waits.has(run)) continue;
      if (stuckSince === undefined) {
        const next = clock.nextTimerAt();
        if (next !== undefined && next <= limit) {
          clock.advanceTo(next);
          continue;
        }
        stuckSince = Date.now();
        onStuck();
      } else if (Date.now() - stuckSince > 5_000) {
        return undefined; // ignores its interrupt: give up rather than hang the caller
      }
    }
    return work;
  }
}
