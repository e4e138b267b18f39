import type { CountingClock, TimerHandle } from "../cluster/clock";

interface HeldTimer {
  at: number;
  fn: () => void;
  base?: TimerHandle;
}

/**
 * The clock a cluster sees: the sandbox's clock minus the time the cluster spent stopped. `minikube stop`
 * pauses it (the cluster's time freezes, its timers are held), `minikube start` resumes it, so pods that
 * were starting finish their start after the restart instead of all at once. The accumulated offset is
 * part of the sandbox's persisted state.
 */
export class PausableClock implements CountingClock {
  private nextId = 1;
  private readonly timers = new Map<number, HeldTimer>();
  private pausedAtBase: number | undefined;

  constructor(
    private readonly base: CountingClock,
    private offsetMs = 0,
    paused = false,
  ) {
    if (paused) this.pausedAtBase = base.now();
  }

  /** How far this clock is behind the base clock (persisted so a reload keeps ages right). */
  offset(): number {
    return this.pausedAtBase === undefined ? this.offsetMs : this.offsetMs + (this.base.now() - this.pausedAtBase);
  }

  isPaused(): boolean {
    return this.pausedAtBase !== undefined;
  }

  now(): number {
    return (this.pausedAtBase ?? this.base.now()) - this.offsetMs;
  }

  schedule(atMs: number, fn: () => void): TimerHandle {
    const id = this.nextId++;
    const timer: HeldTimer = { at: atMs, fn };
    this.timers.set(id, timer);
    if (!this.isPaused()) this.arm(id, timer);
    return { id };
  }

  cancel(handle: TimerHandle): void {
    const timer = this.timers.get(handle.id);
    if (timer?.base) this.base.cancel(timer.base);
    this.timers.delete(handle.id);
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  pause(): void {
    if (this.isPaused()) return;
    this.pausedAtBase = this.base.now();
    for (const timer of this.timers.values()) {
      if (timer.base) this.base.cancel(timer.base);
      timer.base = undefined;
    }
  }

  resume(): void {
    if (this.pausedAtBase === undefined) return;
    this.offsetMs += this.base.now() - this.pausedAtBase;
    this.pausedAtBase = undefined;
    for (const [id, timer] of this.timers) this.arm(id, timer);
  }

  /** Stops every timer for good (the cluster is being deleted or evicted). */
  dispose(): void {
    for (const timer of this.timers.values()) if (timer.base) this.base.cancel(timer.base);
    this.timers.clear();
  }

  private arm(id: number, timer: HeldTimer): void {
    timer.base = this.base.schedule(timer.at + this.offsetMs, () => {
      this.timers.delete(id);
      timer.fn();
    });
  }
}
