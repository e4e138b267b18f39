/**
 * `jobs`, `kill` and `fg` over the shell's JobTable (bash builtins jobs.def, kill.def, fg_bg.def).
 * `kill` reaches only this shell's jobs: there are no other processes on the simulated host.
 */
import { defineCommand, type Command } from "just-bash";
import type { Shell } from "../shell";

const KILL_USAGE = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n";

export function jobCommands(shell: Shell): Command[] {
  const jobs = defineCommand("jobs", async () => ({ stdout: shell.jobs.list(), stderr: "", exitCode: 0 }));

  const kill = defineCommand("kill", async (args) => {
    const targets = args.filter((a, i) => !(a.startsWith("-") && i === 0) && !(args[0] === "-s" && i === 1));
    if (args[0] === "-l") return { stdout: " 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 9) SIGKILL\t15) SIGTERM\n", stderr: "", exitCode: 0 };
    if (targets.length === 0) return { stdout: "", stderr: `bash: ${KILL_USAGE}`, exitCode: 2 };
    let stderr = "";
    for (const spec of targets) {
      const job = shell.jobs.find(spec);
      if (job && job.state === "Running") job.controller.abort();
      else if (spec.startsWith("%")) stderr += `bash: kill: ${spec}: no such job\n`;
      else if (/^\d+$/.test(spec)) stderr += `bash: kill: (${spec}) - No such process\n`;
      else stderr += `bash: kill: ${spec}: arguments must be process or job IDs\n`;
    }
    // Let the job's commands see the abort so `jobs` right after shows it gone.
    await new Promise((resolve) => setImmediate(resolve));
    return { stdout: "", stderr, exitCode: stderr ? 1 : 0 };
  });

  const fg = defineCommand("fg", async (args) => {
    const job = shell.jobs.find(args[0] ?? "%+");
    if (!job || job.state !== "Running") {
      return { stdout: "", stderr: `bash: fg: ${args[0] ?? "current"}: no such job\n`, exitCode: 1 };
    }
    const run = shell.currentRun();
    run.terminal.write(`${job.command}\n`);
    const onAbort = () => job.controller.abort();
    run.signal.addEventListener("abort", onAbort, { once: true });
    const code = await shell.sandbox.waitingOn(run.signal, job.done);
    run.signal.removeEventListener("abort", onAbort);
    job.unreported = false;
    return { stdout: "", stderr: "", exitCode: code };
  });

  return [jobs, kill, fg];
}
