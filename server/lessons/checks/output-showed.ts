import type { CheckOf } from "../check-schema";
import { fail, PASS, type CheckContext } from "../check-context";
import { runSuggestion, scopeHistory } from "../history-scope";
import { say } from "../localized-text";
import type { CheckResult } from "../types";

/**
 * Passes when some command's output matched `pattern`, whatever its exit code: an error message the
 * student is meant to see (ImagePullBackOff, "Connection refused") is an output too.
 */
export function evaluateOutputShowed(check: CheckOf<"outputShowed">, ctx: CheckContext): CheckResult {
  const scoped = scopeHistory(ctx.history, check.after);
  if ("missing" in scoped) return fail(scoped.missing);
  const re = new RegExp(check.pattern, "m");
  const cmd = check.commandPattern ? new RegExp(check.commandPattern) : undefined;
  const candidates = scoped.records.filter((r) => !cmd || cmd.test(r.command));
  if (candidates.some((r) => re.test(r.output))) return PASS;
  if (candidates.length > 0) {
    return fail(
      say(
        "You ran the command, but its output did not show what this step is looking for yet. Look again, or run it once more.",
        "你已经执行了命令，但输出中还没有出现这一步要观察的内容。再看一看，或者再执行一次。",
      ),
    );
  }
  return fail(runSuggestion(check.example));
}
