import type { CheckOf } from "../check-schema";
import { fail, findObjects, NO_CLUSTER, PASS, type CheckContext } from "../check-context";
import { tracesOf } from "../curl-traces";
import { runSuggestion, scopeHistory } from "../history-scope";
import { say, zh } from "../localized-text";
import type { CheckResult, HttpTrace, LocalizedText } from "../types";

const ROUTE_NAMES: Record<string, { en: string; zh: string }> = {
  pod: { en: "a pod directly", zh: "直接访问 Pod" },
  service: { en: "the service's cluster IP", zh: "Service 的集群 IP" },
  nodeport: { en: "the node's IP and the NodePort", zh: "节点 IP 加 NodePort" },
  proxy: { en: "kubectl proxy", zh: "kubectl proxy" },
};

/** Passes when curl got answers along the wanted route, from pods matching the selector, often enough. */
export function evaluateCurlReached(check: CheckOf<"curlReached">, ctx: CheckContext): CheckResult {
  const scoped = scopeHistory(ctx.history, check.after);
  if ("missing" in scoped) return fail(scoped.missing);
  const response = check.responsePattern ? new RegExp(check.responsePattern) : undefined;

  let allowedPods: Set<string> | undefined;
  if (check.podSelector) {
    if (!ctx.cluster) return fail(NO_CLUSTER);
    const found = findObjects(ctx.cluster, { resource: "pods", namespace: check.namespace, selector: check.podSelector });
    if ("error" in found) return fail(found.error);
    allowedPods = new Set(found.objects.map((p) => p.metadata.name ?? ""));
  }

  const attempts: HttpTrace[] = [];
  const reached: HttpTrace[] = [];
  for (const rec of scoped.records) {
    for (const trace of tracesOf(rec, check.namespace)) {
      if (check.via && trace.via !== check.via) continue;
      attempts.push(trace);
      const answered = trace.status !== undefined && trace.status < 400;
      const podOk = !allowedPods || (trace.pod !== undefined && allowedPods.has(trace.pod.name));
      const needsPod = check.distinctPods !== undefined;
      if (answered && podOk && (!needsPod || trace.pod) && (!response || response.test(rec.output))) reached.push(trace);
    }
  }
  const distinct = new Set(reached.map((t) => t.pod?.name).filter(Boolean)).size;
  const enoughPods = check.distinctPods === undefined || distinct >= check.distinctPods;
  if (reached.length >= check.minTimes && enoughPods) return PASS;
  return fail(...explain(check, attempts, reached.length, distinct));
}

function explain(check: CheckOf<"curlReached">, attempts: HttpTrace[], reached: number, distinct: number): LocalizedText[] {
  const route = check.via ? ROUTE_NAMES[check.via] : undefined;
  if (attempts.length === 0) {
    const r = route ? say(`No curl request has gone through ${route.en} yet.`, zh`还没有通过${route.zh}的 curl 请求。`) : say("You have not reached the app with curl yet.", "你还没有用 curl 访问到应用。");
    return [r, runSuggestion(check.example)];
  }
  if (reached === 0 && attempts.every((a) => a.status === undefined)) {
    return [say("Your curl requests did not get an answer: check the address and port.", "你的 curl 请求没有得到响应：请检查地址和端口。")];
  }
  if (check.distinctPods !== undefined && distinct < check.distinctPods) {
    return [
      say(
        `Answers came from ${distinct} different pod(s); the step needs ${check.distinctPods}. Run curl a few more times.`,
        `响应来自 ${distinct} 个不同的 Pod，这一步需要 ${check.distinctPods} 个。请多执行几次 curl。`,
      ),
    ];
  }
  if (check.responsePattern && reached < check.minTimes) {
    return [say("The app answered, but not with what this step expects yet.", "应用有响应，但还不是这一步期望的内容。")];
  }
  return [
    say(
      `curl reached the app ${reached} time(s); the step needs ${check.minTimes}.`,
      `curl 访问到应用 ${reached} 次，这一步需要 ${check.minTimes} 次。`,
    ),
  ];
}
