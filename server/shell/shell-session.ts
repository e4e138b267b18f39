/**
 * The shells of one terminal: the host login shell at the bottom and, above it, the interactive pod
 * shells `kubectl exec -ti POD -- bash` opened (popped by `exit`). It runs a line in the top shell, caps
 * what the line may print, lets virtual time advance while the line waits, makes the line's effects
 * durable before the prompt comes back (ARCHITECTURE.md: "A command's effects are persisted before its
 * prompt returns") and reports the line to the command history.
 */
import type { Sandbox } from "../sandbox/sandbox";
import { hostShellProfile } from "./host-shell";
import type { OutputSink } from "./run-context";
import { Shell } from "./shell";
import { MAX_OUTPUT_PER_LINE } from "./shell-limits";

export interface ShellSessionOptions {
  sandbox: Sandbox;
  tabId: string;
  /** The output is a real terminal: colour prompts, minikube's emoji. */
  color: boolean;
  /** Everything the shells print, foreground lines and background jobs. */
  output: OutputSink;
  size?: () => { cols: number; rows: number };
}

export interface LineOutcome {
  exitCode: number;
  /** The host shell ran `exit`: the login session is over. */
  loggedOut: boolean;
  durationMs: number;
}

const EXCERPT_CHARS = 4096;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

export class ShellSession {
  readonly history: string[] = [];
  private readonly stack: Shell[];

  constructor(private readonly opts: ShellSessionOptions) {
    const services = {
      sandbox: opts.sandbox,
      tabId: opts.tabId,
      history: () => this.history,
      enter: (shell: Shell) => this.stack.push(shell),
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
    const size = this.opts.size?.() ?? { cols: 80, rows: 24 };
    const work = shell.runLine(line, { terminal: sink, signal: controller.signal, color: this.opts.color, ...size });
    let result = await this.opts.sandbox.drive(work, controller.signal, () => {
      sink.write("^C\n");
      controller.abort();
    });
    result ??= { exitCode: 130, exited: false };
    signal.removeEventListener("abort", onAbort);
    let loggedOut = false;
    if (result.exited) {
      if (this.stack.length > 1) {
        this.stack.pop();
        sink.write("exit\n");
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
    for (const shell of this.stack) shell.jobs.killAll();
    this.stack.splice(1);
  }
}

/** Passes output on until a line has printed MAX_OUTPUT_PER_LINE, then says so once and drops the rest. */
class CappedSink implements OutputSink {
  excerpt = "";
  private written = 0;
  private truncated = false;

  constructor(private readonly out: OutputSink) {}

  write(text: string): void {
    if (this.truncated || !text) return;
    if (this.excerpt.length < EXCERPT_CHARS) this.excerpt += text.slice(0, EXCERPT_CHARS - this.excerpt.length);
    if (this.written + text.length > MAX_OUTPUT_PER_LINE) {
      this.truncated = true;
      this.out.write(text.slice(0, MAX_OUTPUT_PER_LINE - this.written) + "\n[output truncated: Podium shows at most 1 MiB per command]\n");
      return;
    }
    this.written += text.length;
    this.out.write(text);
  }
}
