import type { CheckOf } from "../check-schema";
import { fail, findObjects, NO_CLUSTER, PASS, type CheckContext } from "../check-context";
import { describeQuantity, quantityHolds } from "../expected-value";
import { say } from "../localized-text";
import type { CheckResult, LocalizedText } from "../types";
import { isPodReady, isTerminating, podImages, podStatusWord } from "./pod-state";

/** Counts Ready, non-terminating pods matching the selector (and image), as a scaled or updated Deployment would show them. */
export function evaluatePodsReady(check: CheckOf<"podsReady">, ctx: CheckContext): CheckResult {
  if (!ctx.cluster) return fail(NO_CLUSTER);
  const found = findObjects(ctx.cluster, { resource: "pods", namespace: check.namespace, selector: check.selector });
  if ("error" in found) return fail(found.error);
  const pods = found.objects.filter((p) => !isTerminating(p));
  const fits = (p: (typeof pods)[number]) => !check.image || podImages(p).every((img) => img === check.image);
  const counted = pods.filter((p) => isPodReady(p) && fits(p));
  const others = pods.filter((p) => !counted.includes(p));

  const reasons: LocalizedText[] = [];
  if (!quantityHolds(counted.length, check.count)) {
    const want = describeQuantity(check.count);
    const imgEn = check.image ? ` running ${check.image}` : "";
    const imgZh = check.image ? `、运行 ${check.image}` : "";
    reasons.push(
      say(
        `There ${counted.length === 1 ? "is" : "are"} ${counted.length} ready pod${counted.length === 1 ? "" : "s"} with ${check.selector}${imgEn}; the step needs ${want.en}.`,
        `带有标签 ${check.selector}${imgZh} 且已就绪的 Pod 现在有 ${counted.length} 个，这一步需要 ${want.zh}。`,
      ),
    );
  }
  if (reasons.length > 0 || (check.only && others.length > 0)) {
    for (const pod of others.slice(0, 3)) reasons.push(explainOther(pod, check.image));
  }
  return reasons.length === 0 ? PASS : fail(...reasons);
}

function explainOther(pod: Parameters<typeof podImages>[0], image: string | undefined): LocalizedText {
  const name = pod.metadata.name ?? "";
  const word = podStatusWord(pod);
  const images = podImages(pod).join(", ");
  if (image && !podImages(pod).every((i) => i === image)) {
    return say(`Pod ${name} runs ${images} (${word}).`, `Pod ${name} 运行的是 ${images}（${word}）。`);
  }
  return say(`Pod ${name} is not ready yet (${word}).`, `Pod ${name} 还没有就绪（${word}）。`);
}
