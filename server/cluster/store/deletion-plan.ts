/**
 * What a DELETE does to an object, as apiserver/pkg/registry/generic/registry/store.go Delete and
 * rest/delete.go BeforeDelete decide it: remove it now, or mark it (deletionTimestamp, grace period,
 * propagation finalizer) and leave the rest to the kubelet or the controllers.
 */
import type { DeleteOptions } from "../contracts";
import type { KindStrategy } from "../kinds/strategy";
import { formatTime, parseTime } from "../runtime/time-format";
import type { KubeObject } from "../types";

export const FINALIZER_ORPHAN = "orphan";
export const FINALIZER_FOREGROUND = "foregroundDeletion";

export type DeletionPlan =
  | { action: "remove" }
  | { action: "mark"; object: KubeObject }
  /** Already being deleted and nothing to shorten or add: the object is returned as is. */
  | { action: "pending" };

/** Whether anything still blocks removal (metadata.finalizers, or a namespace's spec.finalizers). */
export function hasFinalizers(obj: KubeObject): boolean {
  if (obj.metadata.finalizers?.length) return true;
  return obj.kind === "Namespace" && Boolean(obj.spec?.finalizers?.length);
}

/** `obj` is a mutable copy of the stored object. */
export function planDeletion(obj: KubeObject, strategy: KindStrategy, opts: DeleteOptions, nowMs: number): DeletionPlan {
  const meta = obj.metadata;
  const policy = opts.propagationPolicy;
  let changed = false;
  // deletionFinalizersForGarbageCollection: Orphan and Foreground are carried out by the GC via a finalizer.
  const finalizer = policy === "Orphan" ? FINALIZER_ORPHAN : policy === "Foreground" ? FINALIZER_FOREGROUND : undefined;
  if (finalizer && !meta.deletionTimestamp) {
    const list = (meta.finalizers ?? []).filter((f) => f !== FINALIZER_ORPHAN && f !== FINALIZER_FOREGROUND);
    meta.finalizers = [...list, finalizer];
    changed = true;
  }
  const grace = strategy.gracePeriodSeconds ? strategy.gracePeriodSeconds(obj, opts.gracePeriodSeconds) : 0;
  if (meta.deletionTimestamp) {
    // BeforeDelete on a deleting object: only a shorter grace period changes anything.
    const current = meta.deletionGracePeriodSeconds ?? 0;
    if (grace < current) {
      const deadline = Math.min(parseTime(meta.deletionTimestamp) ?? nowMs, nowMs + grace * 1000);
      meta.deletionTimestamp = formatTime(deadline);
      meta.deletionGracePeriodSeconds = grace;
      changed = true;
    }
    if (grace === 0 && !hasFinalizers(obj)) return { action: "remove" };
    return changed ? { action: "mark", object: obj } : { action: "pending" };
  }
  if (grace > 0) {
    meta.deletionTimestamp = formatTime(nowMs + grace * 1000);
    meta.deletionGracePeriodSeconds = grace;
    return { action: "mark", object: obj };
  }
  if (hasFinalizers(obj)) {
    meta.deletionTimestamp = formatTime(nowMs);
    meta.deletionGracePeriodSeconds = 0;
    if (obj.kind === "Namespace") obj.status = { ...(obj.status ?? {}), phase: "Terminating" };
    return { action: "mark", object: obj };
  }
  return { action: "remove" };
}

/** Store.Update's shouldDeleteDuringUpdate: a deleting object whose last finalizer went away is removed. */
export function shouldRemoveAfterUpdate(obj: KubeObject): boolean {
  const meta = obj.metadata;
  return Boolean(meta.deletionTimestamp) && !hasFinalizers(obj) && (meta.deletionGracePeriodSeconds ?? 0) === 0;
}
