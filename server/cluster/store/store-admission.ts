/**
 * The admission checks every create passes in the store: NamespaceLifecycle (the namespace exists
 * and is not terminating) and the per-resource object limit, refused like a ResourceQuota
 * `count/<resource>` would be.
 */
import { newBadRequest, newForbidden, newNotFound } from "../errors/status-error";
import type { KubeObject } from "../types";
import type { ClusterLimits } from "./limits";
import type { Resolved } from "./resolved-resource";
import type { StoreLister } from "./store-hooks";

const nameForErrors = (obj: KubeObject) => obj.metadata.name || obj.metadata.generateName || "";

export function admitNamespace(lister: StoreLister, r: Resolved, ns: string, obj: KubeObject): void {
  if (!ns) throw newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
  const namespace = lister.peek("namespaces", "", ns);
  if (!namespace) throw newNotFound("namespaces", ns);
  if (namespace.metadata.deletionTimestamp || namespace.status?.phase === "Terminating") {
    throw newForbidden(r.served.key, nameForErrors(obj), `unable to create new content in namespace ${ns} because it is being terminated`);
  }
}

export function admitCount(count: number, limits: ClusterLimits, r: Resolved, obj: KubeObject): void {
  if (r.storage === "events") return; // pruned to the limit instead (event-pruning.ts)
  if (count < limits.maxObjectsPerResource) return;
  const gr = r.served.key;
  throw newForbidden(gr, nameForErrors(obj), `exceeded quota: podium-limits, requested: count/${gr}=1, used: count/${gr}=${count}, limited: count/${gr}=${limits.maxObjectsPerResource}`);
}
