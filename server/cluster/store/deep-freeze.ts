/** Freezes a stored object and everything in it, so a controller that mutates a cached object fails loudly. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Parts shared with the previous version are frozen already and stop the walk at once.
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A mutable deep copy of a JSON object (stored objects are plain JSON: no cycles, dates or classes).
 * A plain recursive copy, because structuredClone's serialise/deserialise round trip costs about seven
 * times as much for a pod and copies are made on every store read and write. Keys whose value is
 * `undefined` are kept, as structuredClone keeps them.
 */
export function clone<T>(value: T): T {
  return copyJson(value) as T;
}

function copyJson(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  // for-in rather than Object.keys: no array of keys per copied object (copies are the store's main garbage).
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = copyJson((value as Record<string, unknown>)[key]);
    // JSON.parse makes "__proto__" an own key; assigning it would set the copy's prototype instead.
    if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}
