/**
 * One terminal tab: readline-style editing, history, completion and Ctrl-C on top of a ShellSession,
 * with a server-side screen so a reconnect restores exactly what was shown. Transport-agnostic: the
 * lead wires `write` to the socket's input events and `onOutput` to its output events. Several tabs of
 * one sandbox share its cluster and filesystem; each has its own shells, history and jobs.
 */
import { isIncomplete } from "../shell/command-line";
import { ShellSession } from "../shell/shell-session";
import { MAX_LINE_BYTES } from "../shell/shell-limits";
import type { Sandbox } from "../sandbox/sandbox";
import { commonPrefix, complete } from "./completion";
import { parseKeys, type Key } from "./input-keys";
import { LineEditor } from "./line-editor";
import { InputLineView } from "./input-line-view";
import { echoTypeahead } from "./typeahead-echo";
import { formatColumns, toTerminal } from "./terminal-text";
import { ScreenBuffer } from "./screen-buffer";

export interface TerminalSessionOptions {
  sandbox: Sandbox;
  tabId: string;
  cols?: number;
  rows?: number;
  /** Colour prompts and minikube's emoji (default true: the browser terminal is a TTY). */
  color?: boolean;
  /**
   * A `snapshot()` of this tab's screen from before a server restart (see screen-saver.ts): it is put
   * back on the screen, not sent as output, and the new session's first prompt follows on a new line.
   */
  restoreScreen?: string;
}

/** Type-ahead kept while a command runs, like a tty's input queue. */
const MAX_TYPEAHEAD = 64 * 1024;
/** A saved screen larger than any the serializer makes of SCROLLBACK lines is not ours: ignore it. */
const MAX_RESTORED_SCREEN = 8 * 1024 * 1024;

export class TerminalSession {
  private session: ShellSession;
  private readonly editor = new LineEditor(MAX_LINE_BYTES);
  private readonly screen: ScreenBuffer;
  private readonly listeners = new Set<(data: string) => void>();
  private cols: number;
  private rows: number;
  private state: "prompt" | "busy" = "prompt";
  private running: AbortController | null = null;
  private typeahead = "";
  private continuation: string[] = [];
  private readonly view: InputLineView;
  private lastKeyWasTab = false;
  /** Type-ahead echoed on the current line while a command runs (what an erase may rub out). */
  private echoed = "";
  private atLineStart = true;
  private idleWaiters: (() => void)[] = [];
  /** kubectl's report of a pod shell that ended while the terminal was busy, shown at the next prompt. */
  private endedReport = "";
  private readonly detach: () => void;
  private disposed = false;

  constructor(private readonly opts: TerminalSessionOptions) {
    this.cols = opts.cols ?? 80;
    this.rows = opts.rows ?? 24;
    this.screen = new ScreenBuffer(this.cols, this.rows);
    this.view = new InputLineView(this.editor, (data) => this.emit(data), () => this.cols);
    this.detach = opts.sandbox.attach();
    this.session = this.newShellSession();
    if (opts.restoreScreen && opts.restoreScreen.length <= MAX_RESTORED_SCREEN) void this.restore(opts.restoreScreen);
    else this.showPrompt();
  }

  /** Keys typed while the old screen is put back wait as type-ahead for the first prompt. */
  private async restore(saved: string): Promise<void> {
    this.state = "busy";
    await this.screen.restore(saved);
    if (this.disposed) return;
    this.atLineStart = true;
    this.becomeIdle();
  }

  private newShellSession(): ShellSession {
    return new ShellSession({
      sandbox: this.opts.sandbox,
      tabId: this.opts.tabId,
      color: this.opts.color ?? true,
      output: { write: (s) => this.emit(toTerminal(s)) },
      size: () => ({ cols: this.cols, rows: this.rows }),
      onShellEnded: (text) => this.shellEnded(text),
    });
  }

  /** Keyboard input from the browser (xterm.js `onData`). */
  write(data: string): void {
    if (this.disposed) return;
    if (this.state === "busy") {
      if (data.includes("\x03") && this.running) {
        // ISIG: the interrupt also flushes the input queue (termios NOFLSH is off).
        this.typeahead = "";
        this.emit("^C");
        this.running.abort();
        return;
      }
      if (this.typeahead.length + data.length > MAX_TYPEAHEAD) return;
      this.typeahead += data;
      if (this.running && this.session.echoesTypeahead()) this.echoTypeahead(data);
      return;
    }
    this.handleKeys(parseKeys(data));
  }

  onOutput(cb: (data: string) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** The screen as escape sequences for a reconnecting xterm.js (call `settled()` first in tests). */
  snapshot(): string {
    return this.screen.snapshot();
  }

  /**
   * `snapshot()` once everything written so far is on the screen (what a ScreenSaver stores), with at
   * most `scrollback` lines above the screen when given; null once the session is disposed.
   */
  async settledSnapshot(scrollback?: number): Promise<string | null> {
    if (this.disposed) return null;
    await this.screen.flush();
    return this.disposed ? null : this.screen.snapshot(scrollback);
  }

  /** The visible text of the screen, for tests and the teacher's plain view. */
  async screenText(): Promise<string> {
    await this.screen.flush();
    return this.screen.text();
  }

  resize(cols: number, rows: number): void {
    this.cols = Math.max(10, Math.min(1000, Math.floor(cols)));
    this.rows = Math.max(2, Math.min(500, Math.floor(rows)));
    this.screen.resize(this.cols, this.rows);
  }

  /** Resolves when the terminal waits at a prompt with nothing queued (tests, the CLI). */
  settled(): Promise<void> {
    if (this.state === "prompt" && !this.typeahead) return this.screen.flush();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve)).then(() => this.screen.flush());
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.running?.abort();
    this.session.dispose();
    this.detach();
    this.screen.dispose();
    this.listeners.clear();
  }

  /** Shows keys typed while a command runs, as a tty in canonical mode does (typeahead-echo.ts). */
  private echoTypeahead(data: string): void {
    const { out, line } = echoTypeahead(data, this.echoed);
    this.emit(out);
    this.echoed = line;
  }

  private emit(data: string): void {
    if (!data || this.disposed) return;
    // Anything printed after echoed type-ahead ends what an erase may rub out.
    this.echoed = "";
    this.atLineStart = data.endsWith("\n");
    this.screen.write(data);
    for (const cb of this.listeners) cb(data);
  }

  private showPrompt(): void {
    let out = this.atLineStart ? "" : "\r\n";
    out += toTerminal(this.session.notifications());
    const prompt = this.continuation.length ? "> " : this.session.prompt();
    this.editor.reset();
    this.emit(out + prompt);
    this.view.promptShown(prompt);
    this.atLineStart = false;
  }

  private handleKeys(keys: Key[]): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key.type !== "tab") this.lastKeyWasTab = false;
      // Keys that print (or hand over to a command) first put the typed text on the screen.
      if (!(key.type in EDIT_KEYS) && key.type !== "text" && key.type !== "up" && key.type !== "down") this.view.update();
      this.handleKey(key);
      if (this.state === "busy") {
        // A line runs (or completion looks things up): the rest waits as type-ahead.
        this.typeahead = keys.slice(i + 1).map(keyText).join("") + this.typeahead;
        return;
      }
    }
    this.view.update();
  }

  private handleKey(key: Key): void {
    const e = this.editor;
    switch (key.type) {
      case "text":
        if (!e.insert(key.text)) this.emit("\x07");
        return;
      case "enter":
        this.submit();
        return;
      case "tab":
        void this.completeWord();
        return;
      case "ctrl-c":
        this.view.moveTo(e.text.length);
        this.emit("^C\r\n");
        this.continuation = [];
        this.session.top.status = 130;
        this.showPrompt();
        return;
      case "ctrl-d":
        if (e.text.length > 0) e.deleteForward();
        else if (this.continuation.length === 0) this.runLine("exit", false);
        return;
      case "ctrl-l":
        this.reprompt("\x1b[H\x1b[2J");
        return;
      case "up":
        e.historyUp(this.session.history.map(oneLine));
        return;
      case "down":
        e.historyDown(this.session.history.map(oneLine));
        return;
      default:
        EDIT_KEYS[key.type]?.(e);
        return;
    }
  }

  private submit(): void {
    const text = this.editor.text;
    this.view.moveTo(text.length);
    this.emit("\r\n");
    const full = this.continuation.length ? `${this.continuation.join("\n")}\n${text}` : text;
    if (isIncomplete(full)) {
      this.continuation.push(text);
      this.becomeIdle();
      return;
    }
    this.continuation = [];
    if (!full.trim()) {
      this.becomeIdle();
      return;
    }
    this.runLine(full, true);
  }

  private runLine(line: string, remember: boolean): void {
    if (remember) this.session.remember(line);
    this.state = "busy";
    this.running = new AbortController();
    const signal = this.running.signal;
    void this.session.run(line, signal).then((outcome) => {
      this.running = null;
      if (this.disposed) return;
      if (outcome.loggedOut) {
        // A new login shell, as a terminal emulator would start after the old one exited.
        this.session.dispose();
        const history = this.session.history;
        this.session = this.newShellSession();
        this.session.history.push(...history);
      }
      this.becomeIdle();
    });
  }

  /**
   * A pod shell ended under an idle prompt (its pod was deleted): kubectl's report goes where the cursor
   * is, after whatever was typed, and the shell below prompts; the typed line is gone with the shell.
   */
  private shellEnded(text: string): void {
    if (this.disposed) return;
    if (this.state !== "prompt") {
      this.endedReport += text;
      return;
    }
    this.view.moveTo(this.editor.text.length);
    this.emit(toTerminal(text));
    this.continuation = [];
    this.showPrompt();
  }

  /** Shows a prompt and replays type-ahead. */
  private becomeIdle(): void {
    this.state = "prompt";
    this.emit(toTerminal(this.endedReport));
    if (this.endedReport) this.continuation = [];
    this.endedReport = "";
    this.showPrompt();
    const pending = this.typeahead;
    this.typeahead = "";
    if (pending) this.write(pending);
    if (this.state === "prompt" && !this.typeahead) for (const w of this.idleWaiters.splice(0)) w();
  }

  private async completeWord(): Promise<void> {
    this.state = "busy";
    const before = this.editor.text.slice(0, this.editor.cursor);
    const result = await complete(before, this.session.top).catch(() => ({ start: before.length, candidates: [] as string[], noSpace: false }));
    const word = before.slice(result.start);
    const { candidates } = result;
    if (candidates.length === 1) {
      const done = candidates[0];
      this.editor.insert(done.slice(word.length) + (result.noSpace && /[/=]$/.test(done) ? "" : " "));
    } else if (candidates.length > 1) {
      const prefix = commonPrefix(candidates);
      if (prefix.length > word.length) this.editor.insert(prefix.slice(word.length));
      else if (this.lastKeyWasTab) {
        this.view.moveTo(this.editor.text.length);
        this.reprompt("\r\n" + toTerminal(formatColumns(candidates, this.cols)));
      } else this.emit("\x07");
    } else this.emit("\x07");
    this.lastKeyWasTab = true;
    this.state = "prompt";
    this.view.update();
    if (this.endedReport) {
      const report = this.endedReport;
      this.endedReport = "";
      this.shellEnded(report);
    }
    const pending = this.typeahead;
    this.typeahead = "";
    if (pending) this.write(pending);
    else for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Writes `before`, the prompt again and the line being edited (Ctrl-L, completion lists). */
  private reprompt(before: string): void {
    const prompt = this.continuation.length ? "> " : this.session.prompt();
    this.emit(before + prompt);
    this.view.promptShown(prompt);
    this.view.redraw();
  }
}

const EDIT_KEYS: Partial<Record<Key["type"], (e: LineEditor) => void>> = {
  backspace: (e) => e.backspace(),
  delete: (e) => e.deleteForward(),
  left: (e) => e.left(),
  right: (e) => e.right(),
  home: (e) => e.home(),
  "ctrl-a": (e) => e.home(),
  end: (e) => e.end(),
  "ctrl-e": (e) => e.end(),
  "ctrl-u": (e) => e.killToStart(),
  "ctrl-k": (e) => e.killToEnd(),
  "ctrl-w": (e) => e.killWordBack(),
  "word-left": (e) => e.wordLeft(),
  "word-right": (e) => e.wordRight(),
};

/** A history entry as the editor recalls it: one line (bash's cmdhist joins with "; "). */
function oneLine(entry: string): string {
  return entry.replace(/\n/g, "; ");
}

/** Re-encodes a parsed key for type-ahead. */
function keyText(key: Key): string {
  const codes: Partial<Record<Key["type"], string>> = { enter: "\r", tab: "\t", backspace: "\x7f", "ctrl-c": "\x03", "ctrl-d": "\x04", up: "\x1b[A", down: "\x1b[B", left: "\x1b[D", right: "\x1b[C" };
  return key.type === "text" ? key.text : (codes[key.type] ?? "");
}
