/** Freezes a stored object and everything in it, so a controller that mutates a cached object fails loudly. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** A mutable deep copy of a JSON object (stored objects are plain JSON). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
