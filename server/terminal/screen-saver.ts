/**
 * Keeps a terminal tab's screen in storage so it survives a server restart: the lead's ScreenStore
 * holds one `snapshot()` per (sandbox, tab); a new TerminalSession gets it back as `restoreScreen`.
 * Saves are debounced: a burst of output is one write, `delayMs` after it ends, and a stream that never
 * pauses (`kubectl get pods -w`) is still written every `maxDelayMs`.
 */
import type { TerminalSession } from "./terminal-session";

/** Where screens are kept (the lead's Prisma model TerminalScreen {sandboxId, tabId, data, updatedAt}). */
export interface ScreenStore {
  /** The last saved snapshot of the tab, or null. */
  load(sandboxId: string, tabId: string): Promise<string | null>;
  save(sandboxId: string, tabId: string, snapshot: string): Promise<void>;
  /** Forgets every tab of a sandbox (a reset starts with empty terminals). */
  clear(sandboxId: string): Promise<void>;
}

export interface ScreenSaverOptions {
  delayMs?: number;
  maxDelayMs?: number;
  /** A failed save is reported here and retried with the next change; it never reaches the student. */
  onError?: (err: unknown) => void;
}

/**
 * Largest snapshot stored; a bigger one (a very wide terminal with colourful scrollback) is stored
 * with the visible screen only, so one tab never costs the database more than this per save.
 */
export const MAX_STORED_SNAPSHOT = 1024 * 1024;

export class ScreenSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirtySince: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;
  private readonly delayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly session: TerminalSession,
    private readonly store: ScreenStore,
    private readonly sandboxId: string,
    private readonly tabId: string,
    private readonly opts: ScreenSaverOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? 2000;
    this.maxDelayMs = Math.max(this.delayMs, opts.maxDelayMs ?? 10_000);
    this.stopListening = session.onOutput(() => this.changed());
  }

  /** Writes the screen now if it changed since the last save; resolves when stored. */
  saveNow(): Promise<void> {
    this.clearTimer();
    if (this.dirtySince === null) return this.chain;
    this.dirtySince = null;
    // One save at a time, in order, so an older screen never overwrites a newer one.
    this.chain = this.chain.then(() => this.write()).catch((err: unknown) => {
      this.dirtySince ??= Date.now();
      this.opts.onError?.(err);
    });
    return this.chain;
  }

  /** Stops following the session after a last save. Call before `session.dispose()`. */
  async close(): Promise<void> {
    this.stopListening();
    await this.saveNow();
  }

  /** Stops following the session without saving (the sandbox is being reset). */
  cancel(): void {
    this.stopListening();
    this.clearTimer();
    this.dirtySince = null;
  }

  private changed(): void {
    const now = Date.now();
    this.dirtySince ??= now;
    this.clearTimer();
    const wait = Math.max(0, Math.min(this.delayMs, this.dirtySince + this.maxDelayMs - now));
    this.timer = setTimeout(() => void this.saveNow(), wait);
    // A pending save must not keep a finishing process (tests, the CLI) alive; shutdown calls close().
    this.timer.unref?.();
  }

  private async write(): Promise<void> {
    let data = await this.session.settledSnapshot();
    if (data !== null && data.length > MAX_STORED_SNAPSHOT) data = await this.session.settledSnapshot(0);
    if (data === null || data.length > MAX_STORED_SNAPSHOT) return;
    await this.store.save(this.sandboxId, this.tabId, data);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
