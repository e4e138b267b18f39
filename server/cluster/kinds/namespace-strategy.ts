/**
 * Namespaces: pkg/registry/core/namespace (spec.finalizers ["kubernetes"] and phase Active on create;
 * updates keep spec.finalizers and status, which only the `finalize` and `status` subresources
 * change) and the NamespaceLifecycle admission plugin's immortal namespaces.
 */
import { newForbidden } from "../errors/status-error";
import { validateLabelName } from "./name-validation";
import type { KindStrategy } from "./strategy";

/** NamespaceLifecycle's immortalNamespaces. */
export const IMMORTAL_NAMESPACES = ["default", "kube-system", "kube-public"];

/** Refuses deleting a namespace the cluster cannot live without. */
export function admitNamespaceDelete(name: string): void {
  if (IMMORTAL_NAMESPACES.includes(name)) throw newForbidden("namespaces", name, "this namespace may not be deleted");
}

export const namespaceStrategy: KindStrategy = {
  validateName: validateLabelName,
  applyDefaults(ns) {
    ns.spec ??= {};
  },
  prepareForCreate(ns) {
    ns.spec = { finalizers: ["kubernetes"] };
    ns.status = { phase: "Active" };
  },
  prepareForUpdate(ns, old) {
    ns.spec = old.spec;
  },
  generationChanged: () => false,
};
