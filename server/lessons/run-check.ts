import type { Check } from "./check-schema";
import { fail, type CheckContext } from "./check-context";
import { evaluateClusterRunning } from "./checks/cluster-running";
import { evaluateCommandRan } from "./checks/command-ran";
import { evaluateCurlReached } from "./checks/curl-reached";
import { evaluateObjectExists } from "./checks/object-exists";
import { evaluateObjectMatches } from "./checks/object-matches";
import { evaluateOutputShowed } from "./checks/output-showed";
import { evaluatePodsReady } from "./checks/pods-ready";
import { getCustomCheck } from "./custom-check-registry";
import "./custom-checks";
import { say } from "./localized-text";
import { resolveResource } from "./resource-names";
import type { CheckResult } from "./types";

/** Evaluates one check. Never throws: a broken check reads as a reason, so one bad lesson cannot stall a session. */
export function runCheck(check: Check, ctx: CheckContext): CheckResult {
  try {
    switch (check.type) {
      case "objectExists":
        return evaluateObjectExists(check, ctx);
      case "objectMatches":
        return evaluateObjectMatches(check, ctx);
      case "podsReady":
        return evaluatePodsReady(check, ctx);
      case "commandRan":
        return evaluateCommandRan(check, ctx);
      case "outputShowed":
        return evaluateOutputShowed(check, ctx);
      case "curlReached":
        return evaluateCurlReached(check, ctx);
      case "clusterRunning":
        return evaluateClusterRunning(ctx);
      case "custom":
        return runCustom(check.name, check.params, ctx);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail(say(`This step's check could not run (${message}).`, `这一步的检查无法运行（${message}）。`));
  }
}

function runCustom(name: string, params: unknown, ctx: CheckContext): CheckResult {
  const custom = getCustomCheck(name);
  if (!custom) return fail(say(`Unknown custom check "${name}".`, `未知的自定义检查 "${name}"。`));
  return custom.evaluate(custom.params.parse(params), ctx);
}

/**
 * The store resources whose changes can flip this check; history checks need none. The tracker
 * watches exactly these, so a lesson about pods does not wake up on every event.
 */
export function resourcesWatchedBy(check: Check): string[] {
  switch (check.type) {
    case "objectExists":
    case "objectMatches":
      return [resolveResource(check).resource];
    case "podsReady":
      return ["pods"];
    case "curlReached":
      return check.podSelector ? ["pods"] : [];
    case "clusterRunning":
      return ["nodes"];
    case "custom":
      return getCustomCheck(check.name)?.watches ?? [];
    default:
      return [];
  }
}
