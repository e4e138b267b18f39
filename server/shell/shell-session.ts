/**
 * The shells of one terminal: the host login shell at the bottom and, above it, the interactive pod
 * shells `kubectl exec -ti POD -- bash` opened (popped by `exit`). It runs a line in the top shell, caps
 * what the line may print, lets virtual time advance while the line waits, makes the line's effects
 * durable before the prompt comes back (ARCHITECTURE.md: "A command's effects are persisted before its
 * prompt returns") and reports the line to the command history.
 */
import type { Sandbox } from "../sandbox/sandbox";
import { hostShellProfile } from "./host-shell";
import type { OutputSink, TtyModes } from "./run-context";
import { Shell } from "./shell";
import { CappedSink } from "./capped-sink";

export interface ShellSessionOptions {
  sandbox: Sandbox;
  tabId: string;
  /** The output is a real terminal: colour prompts, minikube's emoji. */
  color: boolean;
  /** Everything the shells print, foreground lines and background jobs. */
  output: OutputSink;
  size?: () => { cols: number; rows: number };
  /**
   * A pod shell ended while no line ran in it (its container was killed): `text` is what kubectl
   * prints; the terminal shows it and the prompt of the shell below.
   */
  onShellEnded?: (text: string) => void;
}

export interface LineOutcome {
  exitCode: number;
  /** The host shell ran `exit`: the login session is over. */
  loggedOut: boolean;
  durationMs: number;
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

export class ShellSession {
  readonly history: string[] = [];
  private readonly stack: Shell[];
  private readonly unwatch = new Map<Shell, () => void>();
  /** The line running now, and where its shell ended under it (a pod deleted meanwhile). */
  private current: { shell: Shell; controller: AbortController; tty: TtyModes; ended?: { depth: number; exitCode: number } } | null = null;

  constructor(private readonly opts: ShellSessionOptions) {
    const services = {
      sandbox: opts.sandbox,
      tabId: opts.tabId,
      history: () => this.history,
      clearHistory: () => void this.history.splice(0),
      enter: (shell: Shell) => this.enter(shell),
      background: opts.output,
    };
    this.stack = [new Shell(hostShellProfile(opts.sandbox), services)];
  }

  get top(): Shell {
    return this.stack[this.stack.length - 1];
  }

  /** How many shells deep the terminal is (1 = the host). */
  get depth(): number {
    return this.stack.length;
  }

  prompt(): string {
    return this.top.prompt(this.opts.color);
  }

  /** bash's "[1]+  Done …" lines for jobs that ended since the last prompt. */
  notifications(): string {
    return this.stack.map((s) => s.jobs.takeNotifications()).join("");
  }

  /** Whether keys typed while the current line runs are echoed (false between lines). */
  echoesTypeahead(): boolean {
    return this.current?.tty.echo ?? false;
  }

  /** Adds a line to the history as bash (HISTCONTROL=ignoreboth) would. */
  remember(line: string): void {
    if (!line.trim() || /^\s/.test(line) || this.history.at(-1) === line) return;
    this.history.push(line);
  }

  /** Runs a line in the top shell; Ctrl-C is `signal`. Never throws. */
  async run(line: string, signal: AbortSignal): Promise<LineOutcome> {
    const started = Date.now();
    const shell = this.top;
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) controller.abort();
    const sink = new CappedSink(this.opts.output);
    const current: NonNullable<ShellSession["current"]> = { shell, controller, tty: { echo: true } };
    this.current = current;
    const size = this.opts.size?.() ?? { cols: 80, rows: 24 };
    const work = shell.runLine(line, { terminal: sink, tty: current.tty, signal: controller.signal, color: this.opts.color, ...size });
    let result = await this.opts.sandbox.drive(work, controller.signal, () => {
      sink.write("^C\n");
      controller.abort();
    });
    result ??= { exitCode: 130, exited: false };
    signal.removeEventListener("abort", onAbort);
    this.current = null;
    let loggedOut = false;
    if (current.ended) {
      sink.write(this.leave(current.ended.depth, current.ended.exitCode));
      result = { exitCode: current.ended.exitCode, exited: false };
    } else if (result.exited) {
      if (this.stack.length > 1) {
        this.stopWatching(this.stack.pop()!);
        sink.write("exit\n");
        // kubectl exec ends with the shell's status and reports a failing one (see container-lifetime.ts).
        this.top.status = result.exitCode;
        if (result.exitCode !== 0) sink.write(`command terminated with exit code ${result.exitCode}\n`);
      } else {
        sink.write("logout\n");
        loggedOut = true;
      }
    }
    await this.opts.sandbox.persist().catch(() => undefined);
    const durationMs = Date.now() - started;
    this.opts.sandbox.recordCommand({
      tabId: this.opts.tabId,
      command: line,
      exitCode: result.exitCode,
      startedAt: started,
      durationMs,
      output: sink.excerpt.replace(ANSI, ""),
      shell: shell.profile.name,
    });
    return { exitCode: result.exitCode, loggedOut, durationMs };
  }

  /** Stops background jobs (kubectl proxy &) and leaves every pod shell. */
  dispose(): void {
    for (const shell of this.stack) {
      shell.jobs.killAll();
      this.stopWatching(shell);
    }
    this.stack.splice(1);
  }

  private enter(shell: Shell): void {
    this.stack.push(shell);
    const stop = shell.profile.watchEnd?.((exitCode) => this.shellEnded(shell, exitCode));
    if (stop) this.unwatch.set(shell, stop);
  }

  /** A shell's machine went away: a running line in it is stopped first, an idle terminal told now. */
  private shellEnded(shell: Shell, exitCode: number): void {
    const depth = this.stack.indexOf(shell);
    if (depth < 1) return;
    const current = this.current;
    if (current && this.stack.indexOf(current.shell) >= depth) {
      current.ended = { depth: Math.min(depth, current.ended?.depth ?? depth), exitCode };
      current.controller.abort();
      return;
    }
    const text = this.leave(depth, exitCode);
    this.opts.onShellEnded?.(text);
  }

  /**
   * Pops the shells from `depth` up, their jobs killed with them, and returns kubectl's report; the
   * shell below sees kubectl's exit status in `$?`.
   */
  private leave(depth: number, exitCode: number): string {
    for (const shell of this.stack.splice(depth)) {
      shell.jobs.killAll();
      this.stopWatching(shell);
    }
    this.top.status = exitCode;
    return `command terminated with exit code ${exitCode}\n`;
  }

  private stopWatching(shell: Shell): void {
    this.unwatch.get(shell)?.();
    this.unwatch.delete(shell);
  }
}
