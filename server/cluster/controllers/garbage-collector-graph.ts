/**
 * The owner/dependent relations the garbage collector follows (pkg/controller/garbagecollector/graph.go),
 * computed from the stored objects instead of a separate graph so that nothing needs rebuilding
 * after a restart. Keys are `<resource>|<namespace>/<name>`.
 */
import { resourceByKind, RESOURCES } from "../kinds/registry";
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject, OwnerReference } from "../types";

/** Resources the collector tracks: every stored kind except Events (which never own nor are owned). */
export const GC_RESOURCES = RESOURCES.filter((r) => !r.storageKey && r.key !== "events").map((r) => r.key);
const NAMESPACED = new Set(RESOURCES.filter((r) => r.namespaced).map((r) => r.key));

export function gcKey(resource: string, namespace: string, name: string): string {
  return `${resource}|${namespace ? `${namespace}/` : ""}${name}`;
}

export function parseGcKey(key: string): { resource: string; namespace: string; name: string } {
  const bar = key.indexOf("|");
  const rest = key.slice(bar + 1);
  const slash = rest.indexOf("/");
  return slash < 0
    ? { resource: key.slice(0, bar), namespace: "", name: rest }
    : { resource: key.slice(0, bar), namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
}

export function keyOfObject(resource: string, obj: KubeObject): string {
  return gcKey(resource, obj.metadata.namespace ?? "", obj.metadata.name ?? "");
}

/** The storage key and namespace where an owner reference points (owners are in the dependent's namespace or cluster-scoped). */
export function ownerLocation(ref: OwnerReference, dependentNamespace: string): { resource: string; namespace: string } | undefined {
  const r = resourceByKind(ref.kind, ref.apiVersion);
  if (!r) return undefined;
  return { resource: r.key, namespace: r.namespaced ? dependentNamespace : "" };
}

/** The live owner a reference names (same uid), or undefined when it is gone (dangling). */
export function findOwner(lister: StoreLister, ref: OwnerReference, dependentNamespace: string): KubeObject | undefined {
  const loc = ownerLocation(ref, dependentNamespace);
  if (!loc) return undefined;
  const owner = lister.peek(loc.resource, loc.namespace, ref.name);
  return owner && owner.metadata.uid === ref.uid ? owner : undefined;
}

/** Objects whose ownerReferences name `owner` by uid. */
export function dependentsOf(lister: StoreLister, ownerResource: string, owner: KubeObject): { resource: string; object: KubeObject }[] {
  const uid = owner.metadata.uid;
  const ns = NAMESPACED.has(ownerResource) ? owner.metadata.namespace : undefined;
  const out: { resource: string; object: KubeObject }[] = [];
  for (const resource of GC_RESOURCES) {
    for (const obj of lister.scan(resource, ns)) {
      if (obj.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push({ resource, object: obj });
    }
  }
  return out;
}
