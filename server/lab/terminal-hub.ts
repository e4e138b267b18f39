/**
 * The terminal sessions of every sandbox in this process, one per (sandbox, tab). A session outlives its
 * browser connection so a reload or a teacher's mirror sees the same screen; it is closed after a quiet
 * while with nobody watching, which also lets the sandbox be evicted from memory.
 */
import { TerminalSession } from "../terminal/terminal-session";
import type { Sandbox } from "../sandbox/sandbox";

/** Quiet time after which an unwatched terminal is closed. */
const UNWATCHED_TTL_MS = 30 * 60_000;
const MAX_TABS_PER_SANDBOX = 8;

interface Entry {
  session: TerminalSession;
  sandboxId: string;
  tabId: string;
  watchers: number;
  lastUsed: number;
}

export class TerminalHub {
  private entries = new Map<string, Entry>();
  private outputListeners = new Set<(sandboxId: string, tabId: string, data: string) => void>();
  private sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** The session of a tab, created on first use. Tab ids are short strings chosen by the browser ("1", "2"…). */
  async open(sandbox: Sandbox, tabId: string, cols: number, rows: number): Promise<TerminalSession> {
    const key = `${sandbox.id}/${tabId}`;
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.tabs(sandbox.id).length >= MAX_TABS_PER_SANDBOX) throw new Error(`At most ${MAX_TABS_PER_SANDBOX} terminal tabs.`);
      const session = new TerminalSession({ sandbox, tabId, cols, rows });
      entry = { session, sandboxId: sandbox.id, tabId, watchers: 0, lastUsed: Date.now() };
      session.onOutput((data) => {
        entry!.lastUsed = Date.now();
        for (const l of this.outputListeners) l(sandbox.id, tabId, data);
      });
      this.entries.set(key, entry);
      // A new terminal has just drawn its first prompt; let the screen buffer take it before a snapshot.
      await session.settled();
    } else {
      entry.session.resize(cols, rows);
    }
    return entry.session;
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

  /** Closes every tab of a sandbox (reset). */
  closeAll(sandboxId: string): void {
    for (const [key, e] of this.entries) {
      if (e.sandboxId !== sandboxId) continue;
      e.session.dispose();
      this.entries.delete(key);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const e of this.entries.values()) e.session.dispose();
    this.entries.clear();
  }

  private sweep(): void {
    const cutoff = Date.now() - UNWATCHED_TTL_MS;
    for (const [key, e] of this.entries) {
      if (e.watchers > 0 || e.lastUsed > cutoff) continue;
      e.session.dispose();
      this.entries.delete(key);
    }
  }

  count(): number {
    return this.entries.size;
  }
}
