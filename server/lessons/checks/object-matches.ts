import type { CheckOf } from "../check-schema";
import { describeTarget, fail, findObjects, NO_CLUSTER, noneYet, PASS, type CheckContext } from "../check-context";
import { describeExpected, matchesExpected, showValue } from "../expected-value";
import { readPath } from "../json-path";
import { say } from "../localized-text";
import type { CheckResult, LocalizedText } from "../types";
import type { KubeObject } from "../../cluster/types";

/** Passes when the targeted object (or every / any object the selector picks) has the expected field values. */
export function evaluateObjectMatches(check: CheckOf<"objectMatches">, ctx: CheckContext): CheckResult {
  if (!ctx.cluster) return fail(NO_CLUSTER);
  const found = findObjects(ctx.cluster, check);
  if ("error" in found) return fail(found.error);
  const live = found.objects.filter((o) => !o.metadata.deletionTimestamp);
  const what = describeTarget(check);
  if (live.length === 0) return fail(noneYet(what));

  const mismatches = live.map((obj) => ({ obj, reasons: mismatchesOf(obj, check.fields) }));
  const bad = mismatches.filter((m) => m.reasons.length > 0);
  const passes = check.match === "any" ? bad.length < live.length : bad.length === 0;
  if (passes) return PASS;
  // Show the first offending object's differences: enough to act on without flooding the pane.
  return fail(...(bad[0]?.reasons ?? []));
}

function mismatchesOf(obj: KubeObject, fields: CheckOf<"objectMatches">["fields"]): LocalizedText[] {
  const reasons: LocalizedText[] = [];
  const name = `${obj.kind} "${obj.metadata.name}"`;
  for (const [path, expected] of Object.entries(fields)) {
    const actual = readPath(obj, path);
    if (matchesExpected(actual, expected)) continue;
    const want = describeExpected(expected);
    const got = actual === undefined || actual === null ? { en: "not set", zh: "未设置" } : { en: showValue(actual), zh: showValue(actual) };
    reasons.push(
      say(
        `${name}: ${path} is ${got.en}; the step needs ${want.en}.`,
        `${name}：${path} 当前为 ${got.zh}，这一步需要 ${want.zh}。`,
      ),
    );
  }
  return reasons;
}

