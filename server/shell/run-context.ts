/**
 * Where a running line writes and how it is stopped. The shell reads it when a Podium command
 * (kubectl, minikube, curl, watch) runs, to decide whether to stream to the terminal as it goes or to
 * hand its output back to the interpreter (pipes, redirections, `$(…)`).
 */
import type { ResolvedCommandContext } from "just-bash";

export interface OutputSink {
  write(text: string): void;
}

/** The terminal's line discipline while a foreground line runs (termios c_lflag), shared with the terminal. */
export interface TtyModes {
  /** ECHO: the terminal shows keys typed ahead while the line runs. */
  echo: boolean;
}

export interface RunContext {
  /** The command of the current step whose stdout is the terminal (not piped, redirected or captured). */
  ttyCommand?: string;
  /** Present for a foreground line in a terminal: a full-screen command turns `echo` off (curses noecho). */
  tty?: TtyModes;
  /** The terminal (or the CLI's stdout). */
  terminal: OutputSink;
  /** Ctrl-C for the foreground line, `kill %N` for a job. */
  signal: AbortSignal;
  /** minikube's emoji and kubectl's colours: only when the terminal is a TTY. */
  color: boolean;
  cols: number;
  rows: number;
}

/** A command's two output streams: straight to the terminal when live, collected otherwise. */
export class CommandOutput {
  private stdout = "";
  private stderr = "";

  constructor(
    readonly live: boolean,
    private readonly terminal: OutputSink,
  ) {}

  /** Live when `name` is the step's terminal command (and not inside `$(…)`, as far as just-bash says). */
  static for(run: RunContext, ctx: ResolvedCommandContext, name: string): CommandOutput {
    return new CommandOutput(run.ttyCommand === name && !ctx.substitutionDepth, run.terminal);
  }

  out = (s: string): void => {
    if (this.live) this.terminal.write(s);
    else this.stdout += s;
  };

  err = (s: string): void => {
    if (this.live) this.terminal.write(s);
    else this.stderr += s;
  };

  result(exitCode: number): { stdout: string; stderr: string; exitCode: number } {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
}
