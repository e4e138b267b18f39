/**
 * The namespace controller (pkg/controller/namespace/deletion/namespaced_resources_deleter.go, v1.20):
 * once a namespace has a deletionTimestamp it deletes every namespaced object in it, keeps the
 * status conditions up to date, waits for what is still terminating (pods in their grace period,
 * objects with finalizers), and finally removes the `kubernetes` finalizer through the finalize
 * subresource, which lets the API server remove the namespace.
 */
import { isNotFound } from "../errors/status-error";
import { RESOURCES } from "../kinds/registry";
import type { Controller, ControllerContext } from "../runtime/controller";
import { formatTime } from "../runtime/time-format";
import type { KubeObject } from "../types";
import { clone } from "../store/deep-freeze";

const NAMESPACED = RESOURCES.filter((r) => r.namespaced && !r.storageKey).map((r) => r.key);
const FINALIZER = "kubernetes";

/** The conditions a 1.20 namespace shows while terminating (namespace_controller condition updater). */
function conditions(remaining: Map<string, number>, withFinalizers: Map<string, number>, now: string) {
  const c = (type: string, status: string, reason: string, message: string) => ({ type, status, lastTransitionTime: now, reason, message });
  const counts = [...remaining].map(([r, n]) => `${r} has ${n} resource instances`).join(", ");
  return [
    c("NamespaceDeletionDiscoveryFailure", "False", "ResourcesDiscovered", "All resources successfully discovered"),
    c("NamespaceDeletionGroupVersionParsingFailure", "False", "ParsedGroupVersions", "All legacy kube types successfully parsed"),
    c("NamespaceDeletionContentFailure", "False", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
    remaining.size
      ? c("NamespaceContentRemaining", "True", "SomeResourcesRemain", `Some resources are remaining: ${counts}`)
      : c("NamespaceContentRemaining", "False", "ContentRemoved", "All content successfully removed"),
    withFinalizers.size
      ? c("NamespaceFinalizersRemaining", "True", "SomeFinalizersRemain", `Some content in the namespace has finalizers remaining: ${[...withFinalizers].map(([f, n]) => `${f} in ${n} resource instances`).join(", ")}`)
      : c("NamespaceFinalizersRemaining", "False", "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
  ];
}

export function namespaceController(ctx: ControllerContext): Controller {
  const { store, lister } = ctx;

  /** Deletes what is left and reports what remains (resource plural → count) and which finalizers hold it. */
  function deleteContent(ns: string): { remaining: Map<string, number>; finalizers: Map<string, number> } {
    const remaining = new Map<string, number>();
    const finalizers = new Map<string, number>();
    for (const resource of NAMESPACED) {
      for (const obj of lister.scan(resource, ns)) {
        if (!obj.metadata.deletionTimestamp) {
          try {
            const { finished } = store.delete(resource, ns, obj.metadata.name ?? "", { propagationPolicy: "Background" });
            if (finished) continue;
          } catch (err) {
            if (isNotFound(err)) continue;
            throw err;
          }
        }
        const current = lister.peek(resource, ns, obj.metadata.name ?? "");
        if (!current) continue;
        // Upstream prints GroupResource as "<resource>.<group>", hence "pods." for the core group.
        const plural = resource.includes(".") ? resource : `${resource}.`;
        remaining.set(plural, (remaining.get(plural) ?? 0) + 1);
        for (const f of current.metadata.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
      }
    }
    return { remaining, finalizers };
  }

  function writeConditions(ns: KubeObject, remaining: Map<string, number>, finalizers: Map<string, number>): void {
    const fresh = conditions(remaining, finalizers, formatTime(ctx.clock.now()));
    const old = (ns.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime: string; message: string }[];
    // Keep lastTransitionTime when a condition's status did not change.
    for (const c of fresh) {
      const prev = old.find((o) => o.type === c.type);
      if (prev && prev.status === c.status) c.lastTransitionTime = prev.lastTransitionTime;
    }
    if (JSON.stringify(old) === JSON.stringify(fresh)) return;
    const copy = clone(ns);
    copy.status = { phase: "Terminating", conditions: fresh };
    store.updateStatus("namespaces", copy);
  }

  return {
    name: "namespace-controller",
    watches: [
      { resource: "namespaces" },
      // Content going away may let a terminating namespace finish.
      ...NAMESPACED.map((resource) => ({
        resource,
        keysFor: (obj: KubeObject, type: string) => {
          const ns = obj.metadata.namespace ?? "";
          return type === "DELETED" && lister.peek("namespaces", "", ns)?.metadata.deletionTimestamp ? [ns] : [];
        },
      })),
    ],
    reconcile(name) {
      const ns = lister.peek("namespaces", "", name);
      if (!ns?.metadata.deletionTimestamp) return;
      const { remaining, finalizers } = deleteContent(name);
      const latest = lister.peek("namespaces", "", name);
      if (!latest) return;
      writeConditions(latest, remaining, finalizers);
      if (remaining.size) return; // re-run when the rest is deleted (watch above)
      const current = lister.peek("namespaces", "", name)!;
      const left = ((current.spec?.finalizers ?? []) as string[]).filter((f) => f !== FINALIZER);
      if (left.length === (current.spec?.finalizers ?? []).length) return;
      const copy = clone(current);
      copy.spec = { ...copy.spec, finalizers: left };
      store.finalizeNamespace(copy);
    },
  };
}
