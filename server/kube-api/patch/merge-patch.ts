/**
 * JSON Merge Patch (RFC 7386), as evanphx/json-patch `MergePatch` applies `application/merge-patch+json`
 * in apiserver/pkg/endpoints/handlers/patch.go: objects merge key by key, `null` deletes, anything
 * else (arrays included) replaces.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Applies `patch` to `target` without mutating either. */
export function applyMergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const result: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}
