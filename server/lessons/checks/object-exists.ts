import type { CheckOf } from "../check-schema";
import { describeTarget, fail, findObjects, NO_CLUSTER, noneYet, PASS, type CheckContext } from "../check-context";
import { describeQuantity, quantityHolds } from "../expected-value";
import { say, zh } from "../localized-text";
import type { CheckResult } from "../types";

/** Passes when the targeted objects exist (in the wanted number), or, with `absent`, when none does. */
export function evaluateObjectExists(check: CheckOf<"objectExists">, ctx: CheckContext): CheckResult {
  if (!ctx.cluster) return fail(NO_CLUSTER);
  const found = findObjects(ctx.cluster, check);
  if ("error" in found) return fail(found.error);
  // Objects being deleted are on their way out: a deleted service should count as gone.
  const live = found.objects.filter((o) => !o.metadata.deletionTimestamp);
  const what = describeTarget(check);
  if (check.absent) {
    if (live.length === 0) return PASS;
    const names = live.map((o) => o.metadata.name).join(", ");
    const verb = what.plural ? "still exist" : "still exists";
    return fail(say(`${cap(what.en)} ${verb} (${names}).`, zh`${what.zh}仍然存在（${names}）。`));
  }
  if (quantityHolds(live.length, check.count)) return PASS;
  if (live.length === 0) return fail(noneYet(what));
  const want = describeQuantity(check.count);
  return fail(
    say(
      `There are ${live.length} ${what.en}; the step needs ${want.en}.`,
      zh`现在有 ${live.length} 个${what.zh}，这一步需要 ${want.zh}。`,
    ),
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
