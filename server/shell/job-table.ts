/**
 * Background jobs of one shell (`cmd &`, `jobs`, `kill %N`, `fg`), modelled here because just-bash
 * runs every line to completion. A job runs its own interpreter on the shared filesystem and writes to
 * the terminal as it goes; its end is reported before the next prompt, in bash's format
 * (jobs.c: `[1]+  Done                    sleep 5`).
 */

export type JobState = "Running" | "Done" | "Terminated" | "Exit";

export interface Job {
  id: number;
  pid: number;
  command: string;
  state: JobState;
  exitCode?: number;
  controller: AbortController;
  done: Promise<number>;
  /** Finished but not yet reported at a prompt. */
  unreported: boolean;
}

/** bash pads the state column to 24 characters (jobs.c pretty_print_job). */
export function formatJob(job: Job, marker: string, withAmp: boolean): string {
  const state = job.state === "Exit" ? `Exit ${job.exitCode}` : job.state;
  return `[${job.id}]${marker}  ${state.padEnd(24)}${job.command}${withAmp && job.state === "Running" ? " &" : ""}\n`;
}

export class JobTable {
  private readonly jobs: Job[] = [];

  constructor(private readonly allocatePid: () => number) {}

  /** Starts `run` as a job; returns bash's `[1] 2401` line. */
  start(command: string, run: (signal: AbortSignal) => Promise<number>): { job: Job; announce: string } {
    const controller = new AbortController();
    const id = (this.jobs.at(-1)?.id ?? 0) + 1;
    const job: Job = { id, pid: this.allocatePid(), command, state: "Running", controller, done: Promise.resolve(0), unreported: false };
    job.done = run(controller.signal)
      .catch(() => 1)
      .then((code) => {
        job.exitCode = code;
        job.state = controller.signal.aborted ? "Terminated" : code === 0 ? "Done" : "Exit";
        job.unreported = true;
        return code;
      });
    this.jobs.push(job);
    return { job, announce: `[${id}] ${job.pid}\n` };
  }

  /** The `+` job (most recent) and `-` job (the one before), as bash marks them. */
  private marker(job: Job): string {
    const live = this.jobs;
    if (job === live.at(-1)) return "+";
    if (job === live.at(-2)) return "-";
    return " ";
  }

  /** `jobs`: every job still known, finished ones reported (and forgotten) here. */
  list(): string {
    let out = "";
    for (const job of [...this.jobs]) {
      out += formatJob(job, this.marker(job), true);
      if (job.state !== "Running") this.forget(job);
    }
    return out;
  }

  /** Lines for jobs that ended since the last prompt. */
  takeNotifications(): string {
    let out = "";
    for (const job of [...this.jobs]) {
      if (!job.unreported) continue;
      out += formatJob(job, this.marker(job), false);
      this.forget(job);
    }
    return out;
  }

  /** Finds a job by `%N`, `%+`, `%-`, `%%`, `%name` or a PID. */
  find(spec: string): Job | undefined {
    if (/^\d+$/.test(spec)) return this.jobs.find((j) => j.pid === Number(spec));
    if (spec === "%%" || spec === "%+" || spec === "%") return this.jobs.at(-1);
    if (spec === "%-") return this.jobs.at(-2);
    const n = /^%(\d+)$/.exec(spec);
    if (n) return this.jobs.find((j) => j.id === Number(n[1]));
    if (spec.startsWith("%")) return this.jobs.find((j) => j.command.startsWith(spec.slice(1)));
    return undefined;
  }

  running(): Job[] {
    return this.jobs.filter((j) => j.state === "Running");
  }

  /** Stops every job (the terminal closes). */
  killAll(): void {
    for (const job of this.jobs) job.controller.abort();
  }

  private forget(job: Job): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
  }
}
