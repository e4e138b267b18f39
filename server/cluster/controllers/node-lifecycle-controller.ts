/**
 * The node's liveness signals without a clock ticking: a real kubelet renews its Lease every 10 s
 * (pkg/kubelet/nodelease, renewInterval = 40 s × 0.25) and re-posts its conditions' lastHeartbeatTime
 * every 5 min when nothing changed (nodeStatusReportFrequency, kubelet_node_status.go). Here the
 * timestamps are brought to the latest point of those grids whenever something happens on the node
 * (a pod of it changes, the node changes) or when a reader asks (`refreshNodeHeartbeat`, for the API's
 * `describe node`); an idle cluster holds no timer for them. The node stays Ready: nothing in the
 * simulation takes it down.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import type { ObjectStore } from "../contracts";
import type { StoreLister } from "../store/store-hooks";
import { formatMicroTime, formatTime, parseTime } from "../runtime/time-format";
import { clone } from "../store/deep-freeze";

const LEASE_RENEW_MS = 10_000;
const STATUS_REPORT_MS = 300_000;
const LEASES = "leases.coordination.k8s.io";

/** The latest tick of a grid of `period` starting at `origin`, not after `now`. */
const tick = (origin: number, period: number, now: number): number => origin + Math.floor((now - origin) / period) * period;

/** Brings the node's lease renewTime and condition heartbeats up to `now`'s grid points. */
export function refreshNodeHeartbeat(store: ObjectStore, lister: StoreLister, nodeName: string, now: number): void {
  const node = lister.peek("nodes", "", nodeName);
  if (!node) return;
  const origin = parseTime(node.metadata.creationTimestamp) ?? now;
  const lease = lister.peek(LEASES, "kube-node-lease", nodeName);
  if (lease) {
    const renew = tick(parseTime(lease.spec?.acquireTime) ?? origin, LEASE_RENEW_MS, now);
    const current = parseTime(lease.spec?.renewTime);
    if (current === undefined || current < renew) {
      const copy = clone(lease) as KubeObject;
      copy.spec = { ...copy.spec, renewTime: formatMicroTime(renew) };
      store.update(LEASES, copy);
    }
  }
  const beat = tick(origin, STATUS_REPORT_MS, now);
  const conditions = (node.status?.conditions ?? []) as { lastHeartbeatTime?: string }[];
  if (conditions.some((c) => (parseTime(c.lastHeartbeatTime) ?? 0) < beat)) {
    const copy = clone(node) as KubeObject;
    copy.status.conditions = conditions.map((c) => ({ ...c, lastHeartbeatTime: formatTime(Math.max(beat, parseTime(c.lastHeartbeatTime) ?? 0)) }));
    store.updateStatus("nodes", copy);
  }
}

/** Creates the heartbeat refresher for a ControllerManager. */
export function nodeLifecycleController(ctx: ControllerContext): Controller {
  return {
    name: "node-lifecycle-controller",
    watches: [{ resource: "nodes" }, { resource: "pods", keysFor: (pod) => (pod.spec?.nodeName ? [pod.spec.nodeName] : []) }],
    reconcile: (key) => refreshNodeHeartbeat(ctx.store, ctx.lister, key, ctx.clock.now()),
  };
}
