/**
 * `yes [STRING]`: just-bash pipes carry whole outputs, not streams, so `yes` cannot run until its reader
 * stops; it writes one output's worth (the per-line output cap) and ends, which is all any reader in a
 * terminal line can show anyway.
 */
import { defineCommand, type Command } from "just-bash";
import { MAX_OUTPUT_PER_LINE } from "../shell-limits";

export function yesCommand(): Command {
  return defineCommand("yes", async (args) => {
    const line = (args.length ? args.join(" ") : "y") + "\n";
    const count = Math.max(1, Math.floor(MAX_OUTPUT_PER_LINE / line.length));
    return { stdout: line.repeat(count), stderr: "", exitCode: 0 };
  });
}
