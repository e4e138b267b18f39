/**
 * `sleep NUMBER[SUFFIX]...` (GNU coreutils sleep.c): waits on the sandbox clock, so on virtual time (CLI,
 * tests) it moves simulated time forward at once, and Ctrl-C ends it with status 130.
 */
import { defineCommand, type Command } from "just-bash";
import type { Shell } from "../shell";

const UNIT_MS: Record<string, number> = { "": 1000, s: 1000, m: 60_000, h: 3600_000, d: 86_400_000 };

/** Parses one operand ("5", "0.5", "2m"); undefined when invalid. */
export function parseSleepOperand(arg: string): number | undefined {
  const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined;
}

export function sleepCommand(shell: Shell): Command {
  return defineCommand("sleep", async (args) => {
    if (args.length === 0) {
      return { stdout: "", stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exitCode: 1 };
    }
    let total = 0;
    for (const arg of args) {
      const ms = parseSleepOperand(arg);
      if (ms === undefined) {
        return { stdout: "", stderr: `sleep: invalid time interval ‘${arg}’\nTry 'sleep --help' for more information.\n`, exitCode: 1 };
      }
      total += ms;
    }
    const completed = await shell.sandbox.wait(total, shell.currentRun().signal);
    return { stdout: "", stderr: "", exitCode: completed ? 0 : 130 };
  });
}
