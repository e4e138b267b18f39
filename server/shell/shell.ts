/**
 * One bash shell on just-bash: a host login shell or a shell inside a pod. just-bash forgets variables,
 * the working directory and `$?` after each `exec()`, so the shell carries them from one step to the
 * next (ENVIRONMENT.md, "Shell simulation"). A line runs step by step (command-line.ts) so that output
 * keeps its order, `&` starts a job and a top-level `exit` closes the shell.
 */
import { Bash, defineCommand, type CustomCommand, type IFileSystem } from "just-bash";
import type { Sandbox } from "../sandbox/sandbox";
import { CappedSink } from "./capped-sink";
import { planLine } from "./command-line";
import { hasUnterminatedArithmetic, UNTERMINATED_ARITHMETIC } from "./parser-guard";
import { JobTable } from "./job-table";
import type { OutputSink, RunContext } from "./run-context";
import { explainLimitErrors, SHELL_LIMITS } from "./shell-limits";

/** What a shell needs from the terminal it runs in. */
export interface ShellServices {
  sandbox: Sandbox;
  tabId: string;
  /** The terminal's command history, oldest first (`history`). */
  history(): readonly string[];
  /** `history -c`. */
  clearHistory(): void;
  /** Opens an interactive shell on top of this one (`kubectl exec -ti POD -- bash`). */
  enter(shell: Shell): void;
  /** Where background jobs write. */
  background: OutputSink;
}

/** What kind of machine a shell runs on. */
export interface ShellProfile {
  /** "host", or the pod as "namespace/name". */
  name: string;
  fs: IFileSystem;
  env: Record<string, string>;
  cwd: string;
  /** PS1 as bash would expand it, with colour when the terminal has it. */
  prompt(shell: Shell, color: boolean): string;
  /** The commands this machine has besides just-bash's own, bound to `shell`. */
  commands(shell: Shell): CustomCommand[];
  /**
   * For a machine that can go away under an interactive shell (a pod's container): calls `onEnd` once
   * with the shell's exit status when it does; returns the function that stops watching.
   */
  watchEnd?(onEnd: (exitCode: number) => void): () => void;
}

export interface LineResult {
  exitCode: number;
  /** `exit` ran at top level: the terminal pops this shell. */
  exited: boolean;
}

/** Variables just-bash reports that bash keeps to itself (never exported, never carried as such). */
const INTERNAL_VARS = new Set(["?"]);

/** How long a new background job may run before the line goes on (real time). */
const JOB_START_MS = 200;

const IDLE_RUN: RunContext = {
  terminal: { write: () => undefined },
  signal: new AbortController().signal,
  color: false,
  cols: 80,
  rows: 24,
};

export class Shell {
  env: Record<string, string>;
  cwd: string;
  status = 0;
  readonly jobs: JobTable;
  private readonly bash: Bash;
  private run: RunContext = IDLE_RUN;

  constructor(
    readonly profile: ShellProfile,
    readonly services: ShellServices,
    state?: { env: Record<string, string>; cwd: string },
  ) {
    this.jobs = new JobTable(() => services.sandbox.allocatePid());
    this.env = { ...(state?.env ?? profile.env) };
    this.cwd = state?.cwd ?? profile.cwd;
    const status = defineCommand("__podium_status", async (args) => ({ stdout: "", stderr: "", exitCode: Number(args[0]) || 0 }));
    this.bash = new Bash({
      fs: profile.fs,
      cwd: this.cwd,
      env: this.env,
      customCommands: [status, ...profile.commands(this)],
      executionLimits: SHELL_LIMITS,
    });
  }

  get sandbox(): Sandbox {
    return this.services.sandbox;
  }

  /** The run in progress (what Podium's commands write to and listen on). */
  currentRun(): RunContext {
    return this.run;
  }

  /** Runs `fn` with parts of the run context replaced (watch captures its command's output). */
  async withRun<T>(patch: Partial<RunContext>, fn: () => Promise<T>): Promise<T> {
    const saved = this.run;
    this.run = { ...saved, ...patch };
    try {
      return await fn();
    } finally {
      this.run = saved;
    }
  }

  prompt(color: boolean): string {
    return this.profile.prompt(this, color);
  }

  /** Runs one (possibly multi-line) command line to the end. Never throws. */
  async runLine(line: string, io: Omit<RunContext, "ttyCommand">): Promise<LineResult> {
    let exited = false;
    for (const step of planLine(line)) {
      if (io.signal.aborted) break;
      if (step.kind === "background") {
        await this.startJob(step.source, io);
        this.status = 0;
        continue;
      }
      this.run = { ...io, ttyCommand: step.ttyCommand };
      try {
        await this.execStep(step.source, io);
      } finally {
        this.run = IDLE_RUN;
      }
      if (io.signal.aborted) this.status = 130;
      if (step.kind === "statement" && step.exit) {
        exited = true;
        break;
      }
    }
    return { exitCode: this.status, exited };
  }

  private async execStep(source: string, io: Omit<RunContext, "ttyCommand">): Promise<void> {
    if (hasUnterminatedArithmetic(source)) {
      io.terminal.write(UNTERMINATED_ARITHMETIC);
      this.status = 2;
      return;
    }
    const script = this.status !== 0 ? `__podium_status ${this.status}; ${source}` : source;
    try {
      const result = await this.bash.exec(script, { env: this.env, replaceEnv: true, cwd: this.cwd, signal: io.signal, rawScript: true });
      if (result.stdout) io.terminal.write(result.stdout);
      const stderr = explainLimitErrors(result.stderr);
      if (stderr) io.terminal.write(stderr);
      this.status = result.exitCode;
      this.absorb(result.env);
    } catch (err) {
      // just-bash reports script errors as results; anything thrown is an interpreter fault.
      io.terminal.write(`bash: ${err instanceof Error ? err.message : String(err)}\n`);
      this.status = 1;
    }
  }

  private absorb(env: Record<string, string> | undefined): void {
    if (!env) return;
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(env)) if (!INTERNAL_VARS.has(k)) next[k] = v;
    this.env = next;
    if (next.PWD) this.cwd = next.PWD;
  }

  /** A copy of this shell (same machine, variables and directory) for a background job. */
  fork(): Shell {
    return new Shell(this.profile, this.services, { env: this.env, cwd: this.cwd });
  }

  /**
   * Starts a job and lets it run until it waits or ends (at most a moment), so what it prints first
   * ("Starting to serve on 127.0.0.1:8001") comes before the next prompt, as with a real process.
   */
  private async startJob(source: string, io: Omit<RunContext, "ttyCommand">): Promise<void> {
    const { job, announce } = this.jobs.start(source, async (signal) => {
      const child = this.fork();
      // A job's output over its whole life is capped like one foreground line's.
      const result = await child.runLine(source, { ...io, tty: undefined, terminal: new CappedSink(this.services.background), signal });
      return result.exitCode;
    });
    io.terminal.write(announce);
    const until = Date.now() + JOB_START_MS;
    while (job.state === "Running" && !this.sandbox.isWaiting(job.controller.signal) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
}
