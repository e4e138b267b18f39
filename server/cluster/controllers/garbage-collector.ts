/**
 * The garbage collector (pkg/controller/garbagecollector/garbagecollector.go, v1.20), level-triggered:
 * - a dependent whose owners are all gone (or replaced by a new uid) is deleted in the background
 *   (attemptToDeleteItem); dangling references next to a live owner are removed;
 * - an owner deleted with propagationPolicy Orphan keeps the `orphan` finalizer until its dependents'
 *   references to it are removed (orphanDependents);
 * - an owner deleted with Foreground keeps `foregroundDeletion` until its blocking dependents
 *   (blockOwnerDeletion) are gone; the collector deletes them, in foreground when they own others.
 */
import { isConflict, isNotFound } from "../errors/status-error";
import type { Controller, ControllerContext } from "../runtime/controller";
import { FINALIZER_FOREGROUND, FINALIZER_ORPHAN } from "../store/deletion-plan";
import type { KubeObject } from "../types";
import { dependentsOf, findOwner, GC_RESOURCES, keyOfObject, ownerLocation, parseGcKey, gcKey } from "./garbage-collector-graph";
import { clone } from "../store/deep-freeze";

export function garbageCollector(ctx: ControllerContext): Controller {
  const { store, lister } = ctx;

  /** A change to an object concerns itself, its dependents (when it goes away) and its owners (foreground waits). */
  const keysFor = (resource: string) => (obj: KubeObject, type: string): string[] => {
    const keys = [keyOfObject(resource, obj)];
    if (type === "DELETED" || obj.metadata.deletionTimestamp) {
      for (const d of dependentsOf(lister, resource, obj)) keys.push(keyOfObject(d.resource, d.object));
    }
    if (type === "DELETED" || obj.metadata.deletionTimestamp) {
      for (const ref of obj.metadata.ownerReferences ?? []) {
        const loc = ownerLocation(ref, obj.metadata.namespace ?? "");
        if (loc) keys.push(gcKey(loc.resource, loc.namespace, ref.name));
      }
    }
    return keys;
  };

  function removeFinalizer(resource: string, obj: KubeObject, finalizer: string): void {
    const copy = clone(obj);
    copy.metadata.finalizers = (copy.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    store.update(resource, copy);
  }

  function deleteQuietly(resource: string, obj: KubeObject, policy: "Background" | "Foreground"): void {
    try {
      store.delete(resource, obj.metadata.namespace ?? "", obj.metadata.name ?? "", {
        propagationPolicy: policy,
        preconditions: { uid: obj.metadata.uid },
      });
    } catch (err) {
      if (!isNotFound(err) && !isConflict(err)) throw err;
    }
  }

  /** orphanDependents: strip references to the owner, then let the owner go. */
  function orphan(resource: string, owner: KubeObject): void {
    for (const d of dependentsOf(lister, resource, owner)) {
      const copy = clone(d.object);
      copy.metadata.ownerReferences = copy.metadata.ownerReferences?.filter((r) => r.uid !== owner.metadata.uid);
      if (!copy.metadata.ownerReferences?.length) delete copy.metadata.ownerReferences;
      store.update(d.resource, copy);
    }
    removeFinalizer(resource, owner, FINALIZER_ORPHAN);
  }

  /** Foreground: delete dependents, and let the owner go once no blocking dependent is left. */
  function foreground(resource: string, owner: KubeObject): void {
    let blocking = 0;
    for (const d of dependentsOf(lister, resource, owner)) {
      const ref = d.object.metadata.ownerReferences?.find((r) => r.uid === owner.metadata.uid);
      if (ref?.blockOwnerDeletion) blocking++;
      if (d.object.metadata.deletionTimestamp) continue;
      const hasOwnDependents = dependentsOf(lister, d.resource, d.object).length > 0;
      deleteQuietly(d.resource, d.object, hasOwnDependents ? "Foreground" : "Background");
    }
    if (blocking === 0) removeFinalizer(resource, owner, FINALIZER_FOREGROUND);
  }

  /** attemptToDeleteItem for an object that is not itself being deleted. */
  function collectIfOrphaned(resource: string, obj: KubeObject): void {
    const refs = obj.metadata.ownerReferences ?? [];
    if (!refs.length) return;
    const ns = obj.metadata.namespace ?? "";
    const live = refs.filter((r) => findOwner(lister, r, ns));
    // An owner deleting in foreground pulls its dependents with it.
    const waiting = live.filter((r) => {
      const owner = findOwner(lister, r, ns)!;
      return owner.metadata.deletionTimestamp && owner.metadata.finalizers?.includes(FINALIZER_FOREGROUND);
    });
    if (live.length === 0 || (waiting.length > 0 && waiting.length === live.length)) {
      const hasOwnDependents = dependentsOf(lister, resource, obj).length > 0;
      deleteQuietly(resource, obj, waiting.length > 0 && hasOwnDependents ? "Foreground" : "Background");
      return;
    }
    if (live.length < refs.length) {
      const copy = clone(obj);
      copy.metadata.ownerReferences = live;
      store.update(resource, copy);
    }
  }

  return {
    name: "garbage-collector-controller",
    watches: GC_RESOURCES.map((resource) => ({ resource, keysFor: keysFor(resource) })),
    reconcile(key) {
      const { resource, namespace, name } = parseGcKey(key);
      const obj = lister.peek(resource, namespace, name);
      if (!obj) return;
      const finalizers = obj.metadata.finalizers ?? [];
      if (obj.metadata.deletionTimestamp) {
        if (finalizers.includes(FINALIZER_ORPHAN)) orphan(resource, obj);
        else if (finalizers.includes(FINALIZER_FOREGROUND)) foreground(resource, obj);
        return;
      }
      collectIfOrphaned(resource, obj);
    },
  };
}
