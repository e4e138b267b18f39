import type { CheckOf } from "../check-schema";
import { fail, PASS, type CheckContext } from "../check-context";
import { runSuggestion, scopeHistory } from "../history-scope";
import { say } from "../localized-text";
import type { CheckResult, CommandRecord } from "../types";

/** Passes when a command line matching `pattern` ran (successfully unless `succeeded: false`) often enough. */
export function evaluateCommandRan(check: CheckOf<"commandRan">, ctx: CheckContext): CheckResult {
  const scoped = scopeHistory(ctx.history, check.after);
  if ("missing" in scoped) return fail(scoped.missing);
  const re = new RegExp(check.pattern);
  const typed = scoped.records.filter((r) => re.test(r.command) && placeOk(r, check.insidePod));
  const counted = typed.filter((r) => (r.exitCode === 0) === check.succeeded);
  if (counted.length >= check.minTimes) return PASS;

  const reasons = [];
  if (counted.length > 0) {
    reasons.push(
      say(
        `You ran it ${counted.length} time(s); the step needs ${check.minTimes}.`,
        `你执行了 ${counted.length} 次，这一步需要 ${check.minTimes} 次。`,
      ),
    );
  }
  const last = typed[typed.length - 1];
  if (last && check.succeeded && last.exitCode !== 0) {
    reasons.push(
      say(
        `\`${last.command}\` failed (exit code ${last.exitCode}); read its error message and try again.`,
        `\`${last.command}\` 执行失败（退出码 ${last.exitCode}），请查看错误信息后重试。`,
      ),
    );
  } else if (last && !check.succeeded) {
    reasons.push(say(`\`${last.command}\` succeeded; this step expects it to fail.`, `\`${last.command}\` 执行成功了，而这一步预期它会失败。`));
  }
  if (check.insidePod !== undefined && typed.length === 0 && scoped.records.some((r) => re.test(r.command))) {
    reasons.push(
      check.insidePod
        ? say("Run it inside the pod's shell (after `kubectl exec -ti … -- bash`).", "请在 Pod 的 Shell 中执行（先执行 `kubectl exec -ti … -- bash`）。")
        : say("Run it on the host, not inside a pod's shell: type `exit` first.", "请在主机上执行，而不是在 Pod 的 Shell 里：先输入 `exit`。"),
    );
  }
  if (reasons.length === 0) reasons.push(runSuggestion(check.example));
  return fail(...reasons);
}

/** Records without `shell` come from shells that do not say where they ran: they count either way. */
function placeOk(rec: CommandRecord, insidePod: boolean | undefined): boolean {
  if (insidePod === undefined || rec.shell === undefined) return true;
  return (rec.shell !== "host") === insidePod;
}
