/**
 * Timed requeues for one cluster with at most ONE clock timer: the earliest due item. An idle cluster
 * with nothing due holds no timer at all (the idle-cost budget). Like client-go's delaying queue,
 * a key asked for twice keeps the earlier time; reconciles are level-triggered, so an early wake-up
 * only costs a no-op reconcile.
 */
import type { Clock, TimerHandle } from "../clock";

export class DueQueue {
  private readonly due = new Map<string, number>();
  private timer: TimerHandle | undefined;
  private timerAt = Infinity;
  private running = false;

  constructor(
    private readonly clock: Clock,
    /** Receives the items that fell due (in due-time order). */
    private readonly fire: (items: string[]) => void,
  ) {}

  add(item: string, atMs: number): void {
    const prev = this.due.get(item);
    if (prev !== undefined && prev <= atMs) return;
    this.due.set(item, atMs);
    if (this.running) this.arm();
  }

  /** Forgets one item; the timer moves to the next earliest item, or goes when none is left. */
  delete(item: string): void {
    if (this.due.delete(item) && this.running) this.arm();
  }

  /** Starts holding a timer for the earliest item. */
  start(): void {
    this.running = true;
    this.arm();
  }

  /** Drops the timer (items are kept; `start` re-arms). */
  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** Forgets every item (a restart recomputes them from the objects). */
  clear(): void {
    this.due.clear();
    this.disarm();
  }

  get size(): number {
    return this.due.size;
  }

  /** The earliest due time, or undefined. */
  nextDue(): number | undefined {
    let min = Infinity;
    for (const at of this.due.values()) if (at < min) min = at;
    return min === Infinity ? undefined : min;
  }

  private disarm(): void {
    if (this.timer) this.clock.cancel(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private arm(): void {
    const next = this.nextDue();
    if (next === undefined) return this.disarm();
    if (this.timer && this.timerAt === next) return;
    this.disarm();
    this.timerAt = next;
    this.timer = this.clock.schedule(next, () => this.onTimer());
  }

  private onTimer(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.clock.now();
    const ready = [...this.due].filter(([, at]) => at <= now).sort((a, b) => a[1] - b[1]);
    for (const [item] of ready) this.due.delete(item);
    if (ready.length) this.fire(ready.map(([item]) => item));
    if (this.running) this.arm();
  }
}
