/** `history [N]` over the terminal's own history, numbered as bash prints it (`%5d  %s`). */
import { defineCommand, type Command } from "just-bash";
import type { Shell } from "../shell";

export function historyCommand(shell: Shell): Command {
  return defineCommand("history", async (args) => {
    const all = shell.services.history();
    if (args[0] === "-c") {
      shell.services.clearHistory();
      return { stdout: "", stderr: "", exitCode: 0 };
    }
    const n = args[0] !== undefined ? Number(args[0]) : all.length;
    if (!Number.isInteger(n) || n < 0) {
      return { stdout: "", stderr: `bash: history: ${args[0]}: numeric argument required\n`, exitCode: 1 };
    }
    const start = Math.max(0, all.length - n);
    const lines = all.slice(start).map((line, i) => `${String(start + i + 1).padStart(5)}  ${line}\n`);
    return { stdout: lines.join(""), stderr: "", exitCode: 0 };
  });
}
