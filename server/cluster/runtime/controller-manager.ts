/**
 * Runs a cluster's controllers: turns committed store changes into keys, and after every write batch
 * processes the work queue to quiescence, synchronously (the store is in-memory, so a command returns
 * with the cluster already reacted to it, like kube-controller-manager would within milliseconds).
 * Timed requeues go through one DueQueue (one clock timer at most). `start` offers every watched
 * object to its controllers (an informer's initial list), which is how a restored cluster recomputes
 * its pending transitions from timestamps alone.
 */
import type { Clock } from "../clock";
import { isConflict } from "../errors/status-error";
import type { ClusterLimits } from "../store/limits";
import type { StoreChange, StoreHooks, StoreLister } from "../store/store-hooks";
import type { Controller, ControllerContext, ControllerFactory, ControllerStore, ControllerWatch } from "./controller";
import { keyOf } from "./controller";
import { DueQueue } from "./due-queue";
import type { EventRecorder } from "./event-recorder";
import { WorkQueue } from "./work-queue";

export interface ControllerManagerOptions {
  clock: Clock;
  store: ControllerStore & StoreHooks & StoreLister;
  recorder: EventRecorder;
  limits: ClusterLimits;
  /** Reconciles per drain before it is declared a loop. */
  maxIterations?: number;
  /** Where reconcile failures and loops are reported (default: thrown for loops, ignored otherwise). */
  onError?: (err: Error, controller: string, key?: string) => void;
}

/** Thrown (or reported) when the work queue does not quiesce: a controller keeps re-triggering itself. */
export class ControllerLoopError extends Error {}

/** Back-off for failed reconciles, as workqueue.DefaultControllerRateLimiter's per-item exponential part. */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 300_000;

export class ControllerManager {
  private readonly controllers: Controller[] = [];
  /** Each resource's watches, in controller order: a change is offered only to the watches of its resource. */
  private readonly watchesOf = new Map<string, { index: number; watch: ControllerWatch }[]>();
  private readonly queue = new WorkQueue();
  private readonly due: DueQueue;
  private readonly failures = new Map<string, number>();
  private readonly unsubscribe: (() => void)[] = [];
  private draining = false;
  private running = false;

  constructor(private readonly opts: ControllerManagerOptions) {
    this.due = new DueQueue(opts.clock, (items) => {
      for (const item of items) this.queue.add(item);
      this.drain();
    });
  }

  /** Adds a controller; added to a running manager it is offered every existing object at once. */
  add(factory: ControllerFactory): Controller {
    const index = this.controllers.length;
    const ctx: ControllerContext = {
      clock: this.opts.clock,
      store: this.opts.store,
      lister: this.opts.store,
      recorder: this.opts.recorder,
      limits: this.opts.limits,
      requeueAt: (key, atMs) => this.requeueAt(index, key, atMs),
      cancelRequeue: (key) => this.due.delete(`${index}|${key}`),
    };
    const controller = factory(ctx);
    this.controllers.push(controller);
    for (const watch of controller.watches) {
      let list = this.watchesOf.get(watch.resource);
      if (!list) this.watchesOf.set(watch.resource, (list = []));
      list.push({ index, watch });
    }
    if (this.running) {
      this.resync(index);
      this.drain();
    }
    return controller;
  }

  /** An informer's initial list: every watched object, as ADDED. */
  private resync(index: number): void {
    for (const w of this.controllers[index].watches) {
      for (const obj of this.opts.store.scan(w.resource)) {
        for (const key of w.keysFor ? w.keysFor(obj, "ADDED") : [keyOf(obj)]) this.queue.add(`${index}|${key}`);
      }
    }
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Subscribes to the store, offers every existing object to the controllers and drains. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe.push(this.opts.store.onCommit((c) => this.enqueueChange(c)));
    this.unsubscribe.push(this.opts.store.onBatchEnd(() => this.drain()));
    this.controllers.forEach((_, i) => this.resync(i));
    this.due.start();
    this.drain();
  }

  /** Freezes the cluster: no timers, no reactions. Due times are recomputed by the next `start`. */
  stop(): void {
    this.running = false;
    for (const u of this.unsubscribe.splice(0)) u();
    this.due.clear();
    this.queue.clear();
  }

  /** Items waiting for a timer (for tests and the idle benchmark). */
  pendingRequeues(): number {
    return this.due.size;
  }

  /** The earliest timed requeue, or undefined. */
  nextDue(): number | undefined {
    return this.due.nextDue();
  }

  private requeueAt(index: number, key: string, atMs: number): void {
    if (!this.running) return;
    const item = `${index}|${key}`;
    if (atMs <= this.opts.clock.now()) this.queue.add(item);
    else this.due.add(item, atMs);
  }

  private enqueueChange(change: StoreChange): void {
    for (const { index, watch } of this.watchesOf.get(change.resource) ?? []) {
      const keys = watch.keysFor ? watch.keysFor(change.object, change.type, change.old) : [keyOf(change.object)];
      for (const key of keys) this.queue.add(`${index}|${key}`);
    }
  }

  /** Processes queued keys until none are left. Re-entrant calls (writes made by reconciles) return at once. */
  drain(): void {
    if (this.draining || !this.running) return;
    this.draining = true;
    const max = this.opts.maxIterations ?? 10_000;
    try {
      let n = 0;
      for (let item = this.queue.take(); item !== undefined; item = this.queue.take()) {
        if (++n > max) {
          this.queue.clear();
          this.report(new ControllerLoopError(`controllers did not quiesce after ${max} reconciles (last: ${item})`), "manager");
          return;
        }
        this.reconcileItem(item);
      }
    } finally {
      this.draining = false;
    }
  }

  private reconcileItem(item: string): void {
    const bar = item.indexOf("|");
    const controller = this.controllers[Number(item.slice(0, bar))];
    const key = item.slice(bar + 1);
    try {
      controller.reconcile(key);
      this.failures.delete(item);
    } catch (err) {
      const failures = (this.failures.get(item) ?? 0) + 1;
      this.failures.set(item, failures);
      // A conflict means the controller read a stale object: retrying at once re-reads it.
      if (isConflict(err) && failures <= 5) {
        this.queue.add(item);
        return;
      }
      const delay = Math.min(RETRY_BASE_MS * 2 ** (failures - 1), RETRY_MAX_MS);
      this.due.add(item, this.opts.clock.now() + delay);
      this.report(err instanceof Error ? err : new Error(String(err)), controller.name, key);
    }
  }

  private report(err: Error, controller: string, key?: string): void {
    if (this.opts.onError) this.opts.onError(err, controller, key);
    else if (err instanceof ControllerLoopError) throw err;
  }
}
