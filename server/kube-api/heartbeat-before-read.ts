/**
 * Fresh node heartbeats for readers. The simulated kubelet renews its Lease and re-posts its node
 * conditions only when something happens on the node, so that an idle cluster holds no timer
 * (server/cluster/controllers/node-lifecycle-controller.ts). A read of nodes or leases (get, list,
 * watch: `kubectl describe node`, `kubectl get lease -n kube-node-lease`) therefore first brings them
 * to where a ticking kubelet would have left them.
 */
import { refreshNodeHeartbeat } from "@/server/cluster/controllers/node-lifecycle-controller";
import { storageKeyOf } from "@/server/cluster/kinds/registry";
import { isStoreLister } from "@/server/cluster/store/store-hooks";
import type { RequestContext } from "./request-context";

const HEARTBEAT_RESOURCES = new Set(["nodes", "leases.coordination.k8s.io"]);
const READS = new Set(["get", "list", "watch"]);

export function refreshHeartbeatsBeforeRead(ctx: RequestContext): void {
  if (!READS.has(ctx.info.verb) || !HEARTBEAT_RESOURCES.has(storageKeyOf(ctx.key))) return;
  const store = ctx.cluster.store;
  // A store without uncopied views is a test double that simulates no kubelet.
  if (!isStoreLister(store)) return;
  const now = ctx.cluster.clock.now();
  for (const node of store.scan("nodes")) refreshNodeHeartbeat(store, store, node.metadata.name ?? "", now);
}
