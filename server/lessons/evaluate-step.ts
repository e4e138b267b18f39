import type { CheckContext } from "./check-context";
import { runCheck } from "./run-check";
import type { Step, StepResult } from "./types";

/**
 * Whether a step is done now, and if not, why, in plain words and both languages. Every check runs
 * (no short-circuit) so the student sees everything still missing at once.
 */
export function evaluateStep(step: Pick<Step, "checks">, ctx: CheckContext): StepResult {
  if (step.checks.length === 0) return { done: false, manual: true, reasons: [] };
  const reasons = step.checks.flatMap((check) => {
    const result = runCheck(check, ctx);
    return result.ok ? [] : result.reasons;
  });
  return { done: reasons.length === 0, manual: false, reasons: dedupe(reasons) };
}

function dedupe<T extends { en: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.en) ? false : (seen.add(i.en), true)));
}
