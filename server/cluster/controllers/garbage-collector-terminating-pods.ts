/**
 * A safety net for pods whose grace period ran out without the kubelet finishing them (no kubelet
 * wired, or a pod on a node that is gone): like the PodGC controller's gcTerminating
 * (pkg/controller/podgc/gc_controller.go), it force-deletes them. It waits `SLACK_MS` past the
 * deadline so a working kubelet always finishes first and emits its own events.
 */
import { isNotFound } from "../errors/status-error";
import type { Controller, ControllerContext } from "../runtime/controller";
import { splitKey } from "../runtime/controller";
import { parseTime } from "../runtime/time-format";

const SLACK_MS = 30_000;

export function terminatingPodCollector(ctx: ControllerContext): Controller {
  return {
    name: "pod-garbage-collector",
    watches: [{ resource: "pods", keysFor: (pod) => (pod.metadata.deletionTimestamp ? [`${pod.metadata.namespace}/${pod.metadata.name}`] : []) }],
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const pod = ctx.lister.peek("pods", namespace, name);
      const deadline = parseTime(pod?.metadata.deletionTimestamp);
      if (!pod || deadline === undefined) return;
      const due = deadline + SLACK_MS;
      if (ctx.clock.now() < due) {
        ctx.requeueAt(key, due);
        return;
      }
      try {
        ctx.store.delete("pods", namespace, name, { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata.uid } });
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
  };
}
