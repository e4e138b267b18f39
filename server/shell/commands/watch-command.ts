/**
 * `watch [-n SECONDS] [-t] COMMAND` (procps-ng watch.c): clears the screen, prints the header and the
 * command's output every interval until Ctrl-C. It needs a terminal, as the real one does.
 */
import { defineCommand, type Command, type CommandContext } from "just-bash";
import { strftime } from "./date-command";
import type { Shell } from "../shell";

export function watchCommand(shell: Shell): Command {
  return defineCommand("watch", async (args, ctx) => {
    const run = shell.currentRun();
    let intervalS = 2;
    let title = true;
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === "-n" || a === "--interval") intervalS = Number(args[++i]);
      else if (a.startsWith("-n") && a.length > 2) intervalS = Number(a.slice(2));
      else if (a.startsWith("--interval=")) intervalS = Number(a.slice(11));
      else if (a === "-t" || a === "--no-title") title = false;
      else if (a === "--") {
        i++;
        break;
      } else break;
    }
    const command = args.slice(i).join(" ");
    if (!Number.isFinite(intervalS) || intervalS < 0) return { stdout: "", stderr: "watch: failed to parse argument: '" + args[i - 1] + "'\n", exitCode: 1 };
    if (!command) return { stdout: "", stderr: "\nUsage:\n watch [options] command\n", exitCode: 1 };
    if (run.ttyCommand !== "watch" || ctx.substitutionDepth) return { stdout: "", stderr: "Error opening terminal: unknown.\n", exitCode: 1 };
    const interval = Math.max(0.1, intervalS);
    // watch.c runs curses with noecho(): keys typed meanwhile are not shown.
    const echo = run.tty?.echo;
    if (run.tty) run.tty.echo = false;
    try {
      await redrawUntilStopped(shell, ctx, { command, interval, title });
    } finally {
      if (run.tty && echo !== undefined) run.tty.echo = echo;
    }
    return { stdout: "", stderr: "", exitCode: 0 };
  });
}

async function redrawUntilStopped(shell: Shell, ctx: CommandContext, opts: { command: string; interval: number; title: boolean }): Promise<void> {
  const run = shell.currentRun();
  const { command, interval } = opts;
  for (;;) {
    let captured = "";
    await shell.withRun({ ttyCommand: undefined }, async () => {
      const result = await ctx.exec?.(command, { cwd: ctx.cwd, signal: run.signal });
      captured = (result?.stdout ?? "") + (result?.stderr ?? "");
    });
    if (run.signal.aborted) break;
    let screen = "\x1b[H\x1b[2J";
    if (opts.title) {
      const left = `Every ${interval.toFixed(1)}s: ${command}`;
      const right = `${shell.env.HOSTNAME ?? "podium"}: ${strftime("%a %b %e %H:%M:%S %Y", shell.sandbox.clock.now())}`;
      screen += left + " ".repeat(Math.max(1, run.cols - left.length - right.length)) + right + "\n\n";
    }
    run.terminal.write(screen + captured.split("\n").slice(0, Math.max(1, run.rows - 3)).join("\n"));
    if (!(await shell.sandbox.wait(interval * 1000, run.signal))) break;
  }
}
