/**
 * The terminal sessions of every sandbox in this process, one per (sandbox, tab). A session outlives its
 * browser connection so a reload or a teacher's mirror sees the same screen; it is closed after a quiet
 * while with nobody watching, which also lets the sandbox be evicted from memory. Screens are kept in a
 * ScreenStore so a restarted server shows each tab as it was.
 */
import { TerminalSession } from "../terminal/terminal-session";
import { ScreenSaver, type ScreenStore } from "../terminal/screen-saver";
import type { Sandbox } from "../sandbox/sandbox";
import type { Logger } from "../log";

/** Quiet time after which an unwatched terminal is closed. */
const UNWATCHED_TTL_MS = 30 * 60_000;
const MAX_TABS_PER_SANDBOX = 8;

interface Entry {
  session: TerminalSession;
  saver: ScreenSaver | null;
  sandboxId: string;
  tabId: string;
  watchers: number;
  lastUsed: number;
}

export class TerminalHub {
  private entries = new Map<string, Entry>();
  /** Tabs being created: the saved screen loads first, and two opens of one tab must get one session. */
  private opening = new Map<string, Promise<TerminalSession>>();
  private outputListeners = new Set<(sandboxId: string, tabId: string, data: string) => void>();
  private sweeper: NodeJS.Timeout;

  constructor(
    private readonly screens?: ScreenStore,
    private readonly log?: Logger,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** The session of a tab, created on first use. Tab ids are short strings chosen by the browser ("1", "2"…). */
  async open(sandbox: Sandbox, tabId: string, cols: number, rows: number): Promise<TerminalSession> {
    const key = `${sandbox.id}/${tabId}`;
    const entry = this.entries.get(key);
    if (entry) {
      entry.session.resize(cols, rows);
      return entry.session;
    }
    let pending = this.opening.get(key);
    if (!pending) {
      pending = this.create(sandbox, tabId, cols, rows).finally(() => this.opening.delete(key));
      this.opening.set(key, pending);
    }
    return pending;
  }

  private async create(sandbox: Sandbox, tabId: string, cols: number, rows: number): Promise<TerminalSession> {
    if (this.tabs(sandbox.id).length >= MAX_TABS_PER_SANDBOX) throw new Error(`At most ${MAX_TABS_PER_SANDBOX} terminal tabs.`);
    const restoreScreen = await this.screens?.load(sandbox.id, tabId).catch((err: unknown) => {
      this.log?.warn({ err, sandbox: sandbox.id, tabId }, "could not load a terminal screen");
      return null;
    });
    const session = new TerminalSession({ sandbox, tabId, cols, rows, restoreScreen: restoreScreen ?? undefined });
    const saver = this.screens
      ? new ScreenSaver(session, this.screens, sandbox.id, tabId, {
          onError: (err) => this.log?.warn({ err, sandbox: sandbox.id, tabId }, "could not save a terminal screen"),
        })
      : null;
    const entry: Entry = { session, saver, sandboxId: sandbox.id, tabId, watchers: 0, lastUsed: Date.now() };
    session.onOutput((data) => {
      entry.lastUsed = Date.now();
      for (const l of this.outputListeners) l(sandbox.id, tabId, data);
    });
    this.entries.set(`${sandbox.id}/${tabId}`, entry);
    // A new terminal has just drawn its first prompt (after the restored screen); let the screen buffer take it before a snapshot.
    await session.settled();
    return session;
  }

  get(sandboxId: string, tabId: string): TerminalSession | undefined {
    const entry = this.entries.get(`${sandboxId}/${tabId}`);
    if (entry) entry.lastUsed = Date.now();
    return entry?.session;
  }

  tabs(sandboxId: string): string[] {
    return [...this.entries.values()].filter((e) => e.sandboxId === sandboxId).map((e) => e.tabId).sort();
  }

  watch(sandboxId: string, tabId: string, delta: 1 | -1): void {
    const entry = this.entries.get(`${sandboxId}/${tabId}`);
    if (entry) entry.watchers = Math.max(0, entry.watchers + delta);
  }

  onOutput(listener: (sandboxId: string, tabId: string, data: string) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  /** Closes every tab of a sandbox and forgets their screens (reset: the student starts afresh). */
  async closeAll(sandboxId: string): Promise<void> {
    for (const [key, e] of this.entries) {
      if (e.sandboxId !== sandboxId) continue;
      e.saver?.cancel();
      e.session.dispose();
      this.entries.delete(key);
    }
    await this.screens?.clear(sandboxId).catch((err: unknown) => this.log?.warn({ err, sandbox: sandboxId }, "could not forget terminal screens"));
  }

  /** Saves every screen, then closes every tab (server shutdown: the next process restores them). */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((e) => this.retire(e)));
  }

  private sweep(): void {
    const cutoff = Date.now() - UNWATCHED_TTL_MS;
    for (const [key, e] of this.entries) {
      if (e.watchers > 0 || e.lastUsed > cutoff) continue;
      this.entries.delete(key);
      void this.retire(e);
    }
  }

  /** A last save (the saver logs its own failures), then the session ends. */
  private async retire(e: Entry): Promise<void> {
    await e.saver?.close();
    e.session.dispose();
  }

  count(): number {
    return this.entries.size;
  }
}
