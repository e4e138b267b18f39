import { fail, NO_CLUSTER, PASS, type CheckContext } from "../check-context";
import { say } from "../localized-text";
import type { CheckResult } from "../types";

/** Passes once `minikube start` has produced a cluster whose node reports Ready, as `kubectl get nodes` shows it. */
export function evaluateClusterRunning(ctx: CheckContext): CheckResult {
  if (!ctx.cluster) return fail(NO_CLUSTER);
  let nodes;
  try {
    nodes = ctx.cluster.store.list("nodes", "").items;
  } catch {
    return fail(NO_CLUSTER);
  }
  const ready = nodes.some((n) =>
    ((n.status?.conditions ?? []) as Array<{ type?: string; status?: string }>).some((c) => c.type === "Ready" && c.status === "True"),
  );
  if (ready) return PASS;
  return fail(
    say("The cluster is starting, but its node is not Ready yet: wait a moment.", "集群正在启动，但节点还没有就绪（Ready）：请稍等片刻。"),
  );
}
