/**
 * Watches: a bounded window of recent changes (the apiserver watch cache, cacher/watch_cache.go) from
 * which a watch resumes at a resourceVersion, answering 410 Expired `too old resource version: X (Y)`
 * once it has slid past; and filtering as the cacher does, where an object that stops matching a
 * selector is sent as DELETED and one that starts matching as ADDED.
 */
import { newBadRequest, newResourceExpired, tooOldResourceVersionMessage } from "../errors/status-error";
import type { Watcher } from "../contracts";
import type { KubeObject, WatchEvent } from "../types";
import { clone } from "./deep-freeze";
import type { ChangeType } from "./store-hooks";

export interface WindowEntry {
  rv: number;
  resource: string;
  type: ChangeType;
  object: KubeObject;
  old?: KubeObject;
}

export interface WatchFilter {
  resource: string;
  namespace?: string;
  matches(obj: KubeObject): boolean;
  /** Turns a stored object into what this watch serves (events.k8s.io view); identity by default. */
  view?(obj: KubeObject): KubeObject;
  /** Deliver the stored (frozen) objects rather than copies: the consumer only serialises them. */
  shared?: boolean;
}

interface ActiveWatch {
  filter: WatchFilter;
  onEvent: (event: WatchEvent) => void;
  stopped: boolean;
}

export class WatchHub {
  private readonly window: WindowEntry[] = [];
  private readonly watches = new Set<ActiveWatch>();
  /** Every change with rv greater than this is still in the window. */
  private windowStart: number;

  constructor(private readonly capacity: number, startRv: number) {
    this.windowStart = startRv;
  }

  /** Restarts the window at `rv` (after a restore). */
  reset(rv: number): void {
    this.window.length = 0;
    this.windowStart = rv;
  }

  get watcherCount(): number {
    return this.watches.size;
  }

  record(entry: WindowEntry): void {
    this.window.push(entry);
    if (this.window.length > this.capacity) this.windowStart = this.window.shift()!.rv;
    for (const w of [...this.watches]) this.deliver(w, entry);
  }

  /**
   * Starts a watch. `fromRv` undefined means "now, after the initial state" (the caller sends it
   * via `initial`); a number replays the window after it.
   */
  watch(filter: WatchFilter, fromRv: number | undefined, initial: KubeObject[], onEvent: (e: WatchEvent) => void): Watcher {
    const w: ActiveWatch = { filter, onEvent, stopped: false };
    if (fromRv !== undefined && fromRv < this.windowStart) {
      throw newResourceExpired(tooOldResourceVersionMessage(fromRv, this.windowStart));
    }
    this.watches.add(w);
    if (fromRv === undefined) {
      for (const obj of initial) this.emit(w, "ADDED", obj);
    } else {
      for (const entry of this.window) if (entry.rv > fromRv) this.deliver(w, entry);
    }
    return {
      stop: () => {
        w.stopped = true;
        this.watches.delete(w);
      },
    };
  }

  private deliver(w: ActiveWatch, e: WindowEntry): void {
    if (w.stopped || e.resource !== w.filter.resource) return;
    const ns = w.filter.namespace;
    if (ns && e.object.metadata.namespace !== ns) return;
    const now = w.filter.matches(e.object);
    if (e.type !== "MODIFIED") {
      if (now) this.emit(w, e.type, e.object);
      return;
    }
    const before = e.old ? w.filter.matches(e.old) : false;
    if (now && before) this.emit(w, "MODIFIED", e.object);
    else if (now) this.emit(w, "ADDED", e.object);
    else if (before) this.emit(w, "DELETED", e.object);
  }

  private emit(w: ActiveWatch, type: ChangeType, obj: KubeObject): void {
    const viewed = w.filter.view ? w.filter.view(obj) : obj;
    const object = w.filter.shared ? viewed : clone(viewed);
    try {
      w.onEvent({ type, object });
    } catch {
      // A failing consumer must not break the write that produced the event; it simply stops.
      w.stopped = true;
      this.watches.delete(w);
    }
  }
}

/** Parses a resourceVersion parameter ("" and "0" mean "any": start from the current state). */
export function parseResourceVersion(rv: string | undefined): number | undefined {
  if (rv === undefined || rv === "" || rv === "0") return undefined;
  if (!/^\d+$/.test(rv)) throw newBadRequest(`invalid resource version: ${JSON.stringify(rv)}`);
  return Number(rv);
}
