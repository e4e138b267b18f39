/**
 * Structural sharing between versions of a stored object: an update usually changes a few fields
 * (replicas, a condition, an annotation), so the new version reuses every part of the previous one
 * that is identical (same keys in the same order, same values). Reused parts are already frozen, so
 * freezing the new version is cheaper, versions share memory, and caches keyed by a frozen part
 * (the rendered pod template of a ReplicaSet, controllers/deployment-revisions.ts) stay valid
 * across updates that do not touch it. Key order counts because it is the order of the JSON output.
 */

type Json = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Json => typeof v === "object" && v !== null;

/**
 * Returns `old` when `next` is identical to it, otherwise `next` with its identical parts replaced
 * by `old`'s (in place: `next` must be a fresh, unfrozen copy; frozen parts are left as they are).
 */
export function shareUnchanged<T>(next: T, old: unknown): T {
  return share(next, old) as T;
}

function share(next: unknown, old: unknown): unknown {
  if (next === old) return old;
  if (!isContainer(next) || !isContainer(old) || Array.isArray(next) !== Array.isArray(old)) return next;
  const writable = !Object.isFrozen(next);
  if (Array.isArray(next)) {
    const before = old as unknown[];
    let same = next.length === before.length;
    for (let i = 0; i < next.length; i++) {
      const v = i < before.length ? share(next[i], before[i]) : next[i];
      if (writable && v !== next[i]) next[i] = v;
      if (v !== before[i]) same = false;
    }
    return same ? old : next;
  }
  const before = old as Record<string, unknown>;
  const keys = Object.keys(next);
  const oldKeys = Object.keys(before);
  let same = keys.length === oldKeys.length;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (same && oldKeys[i] !== k) same = false;
    // Assigning "__proto__" would set the prototype; such a key is simply not shared.
    if (k === "__proto__" || !Object.prototype.hasOwnProperty.call(before, k)) {
      same = false;
      continue;
    }
    const v = share(next[k], before[k]);
    if (writable && v !== next[k]) next[k] = v;
    if (v !== before[k]) same = false;
  }
  return same ? old : next;
}
