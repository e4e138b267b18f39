/**
 * Keeps the sandboxes of one server process: loads one on demand by id (restoring its state and,
 * lazily, its cluster) and evicts those idle for a while after flushing them, so memory follows the
 * number of active students rather than the number of accounts.
 */
import type { CountingClock } from "../cluster/clock";
import { Sandbox } from "./sandbox";
import type { ClusterProvider, CommandHistorySink, SandboxStateStore } from "./sandbox-types";
import { SystemClock } from "./system-clock";

export interface SandboxManagerOptions {
  clusters: ClusterProvider;
  store?: SandboxStateStore;
  history?: CommandHistorySink;
  /** The clock each new sandbox gets (default: wall-clock time at `speed`). */
  clockFactory?: () => CountingClock;
  speed?: number;
  /** Evict sandboxes without an open terminal after this long (default 15 minutes). */
  idleMs?: number;
}

export class SandboxManager {
  private readonly sandboxes = new Map<string, Promise<Sandbox>>();
  private readonly idleMs: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: SandboxManagerOptions) {
    this.idleMs = opts.idleMs ?? 15 * 60_000;
  }

  /** The sandbox with this id, loaded from the state store on first use. */
  get(id: string): Promise<Sandbox> {
    let entry = this.sandboxes.get(id);
    if (!entry) {
      entry = this.load(id);
      this.sandboxes.set(id, entry);
      entry.catch(() => this.sandboxes.delete(id));
    }
    return entry;
  }

  /** Sandboxes currently in memory. */
  loadedIds(): string[] {
    return [...this.sandboxes.keys()];
  }

  private async load(id: string): Promise<Sandbox> {
    const state = (await this.opts.store?.load(id)) ?? null;
    const clock = this.opts.clockFactory?.() ?? new SystemClock(this.opts.speed ?? 1);
    const sandbox = new Sandbox({ id, clock, state, clusters: this.opts.clusters, store: this.opts.store, history: this.opts.history });
    // A stored running cluster resumes right away so its pods keep progressing without a visitor.
    await sandbox.loadedCluster();
    return sandbox;
  }

  /** Flushes and drops every sandbox idle for longer than `idleMs`; returns how many went. */
  async evictIdle(): Promise<number> {
    let evicted = 0;
    for (const [id, entry] of this.sandboxes) {
      const sandbox = await entry.catch(() => null);
      if (!sandbox || !sandbox.isIdleFor(this.idleMs)) continue;
      this.sandboxes.delete(id);
      await sandbox.dispose();
      evicted++;
    }
    return evicted;
  }

  /** Runs `evictIdle` every `intervalMs` until `close()`. */
  startEviction(intervalMs = 60_000): void {
    this.timer ??= setInterval(() => void this.evictIdle(), intervalMs);
    this.timer.unref();
  }

  /** Flushes every sandbox (server shutdown). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const all = [...this.sandboxes.values()];
    this.sandboxes.clear();
    await Promise.all(all.map(async (entry) => (await entry.catch(() => null))?.dispose()));
  }
}
