import { say } from "./localized-text";
import type { CommandRecord, LocalizedText } from "./types";

/**
 * The part of the history a check looks at. With `after`, only records that follow the last successful
 * command matching it, so "curl fails once the service is deleted" cannot be satisfied by a failure
 * from before the service existed.
 */
export function scopeHistory(
  history: CommandRecord[],
  after: string | undefined,
): { records: CommandRecord[] } | { missing: LocalizedText } {
  if (!after) return { records: history };
  const re = new RegExp(after);
  for (let i = history.length - 1; i >= 0; i--) {
    const rec = history[i] as CommandRecord;
    if (rec.exitCode === 0 && re.test(rec.command)) return { records: history.slice(i + 1) };
  }
  return {
    missing: say(
      "The command this step builds on has not run successfully yet: do the earlier part of the step first.",
      "这一步依赖的前一个命令还没有成功执行：请先完成前面的操作。",
    ),
  };
}

/** "Run `kubectl get nodes`." or a generic nudge when the check names no example. */
export function runSuggestion(example: string | undefined): LocalizedText {
  return example
    ? say(`Run \`${example}\`.`, `请执行 \`${example}\`。`)
    : say("Run the command shown in this step.", "请执行这一步中给出的命令。");
}
