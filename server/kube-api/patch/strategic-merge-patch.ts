/**
 * Strategic merge patch (`application/strategic-merge-patch+json`), after
 * k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (v1.20) `StrategicMergeMapPatch`:
 * maps merge, lists with a merge strategy merge element by element on their merge key (see
 * patch-strategies.ts), other lists are replaced, `null` deletes, and the directives
 * `$patch: replace|delete|merge`, `$retainKeys`, `$setElementOrder/<list>` and
 * `$deleteFromPrimitiveList/<list>` are honoured and never stored.
 */
import { isObject, type Json } from "./merge-patch";
import { listStrategy } from "./patch-strategies";

type JsonMap = Record<string, Json>;

export class StrategicMergePatchError extends Error {}

const DIRECTIVE = "$patch";
const RETAIN_KEYS = "$retainKeys";
const SET_ORDER = "$setElementOrder/";
const DELETE_PRIMITIVE = "$deleteFromPrimitiveList/";

/** Applies `patch` to `original` (an object of `kind`), returning a new document. */
export function applyStrategicMergePatch(original: JsonMap, patch: JsonMap, kind: string): JsonMap {
  if (!isObject(patch)) throw new StrategicMergePatchError("invalid JSON document");
  return mergeMap(structuredClone(original), patch, [], kind);
}

function mergeMap(original: JsonMap, patch: JsonMap, path: string[], kind: string): JsonMap {
  const directive = patch[DIRECTIVE];
  if (directive !== undefined) {
    if (directive === "replace") {
      const { [DIRECTIVE]: _, ...rest } = patch;
      return mergeMap({}, rest, path, kind);
    }
    if (directive === "delete") return {};
    if (directive !== "merge") throw new StrategicMergePatchError(`Unknown patch type: ${String(directive)}`);
  }
  let result: JsonMap = original;
  const retain = patch[RETAIN_KEYS];
  if (retain !== undefined) {
    if (!Array.isArray(retain)) throw new StrategicMergePatchError("invalid patch: $retainKeys must be a list of strings");
    const keep = new Set(retain.map(String));
    result = Object.fromEntries(Object.entries(result).filter(([k]) => keep.has(k)));
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === DIRECTIVE || key === RETAIN_KEYS || key.startsWith(SET_ORDER)) continue;
    if (key.startsWith(DELETE_PRIMITIVE)) {
      const target = key.slice(DELETE_PRIMITIVE.length);
      if (!Array.isArray(value)) throw new StrategicMergePatchError("invalid patch: $deleteFromPrimitiveList must be a list");
      const current = result[target];
      if (Array.isArray(current)) result[target] = current.filter((x) => !value.some((v) => v === x));
      continue;
    }
    if (key.startsWith("$")) throw new StrategicMergePatchError(`Unknown patch directive: ${key}`);
    const childPath = [...path, key];
    if (value === null) {
      delete result[key];
      continue;
    }
    const current = result[key];
    if (isObject(value)) result[key] = mergeMap(isObject(current) ? current : {}, value, childPath, kind);
    else if (Array.isArray(value)) result[key] = mergeList(Array.isArray(current) ? current : [], value, childPath, kind);
    else result[key] = value;
  }
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const target = key.slice(SET_ORDER.length);
    if (!Array.isArray(order)) throw new StrategicMergePatchError("invalid patch: $setElementOrder must be a list");
    const list = result[target];
    const strategy = listStrategy(kind, [...path, target]);
    if (Array.isArray(list)) result[target] = reorder(list, order, original[target], strategy.mergeKey);
  }
  return result;
}

function mergeList(original: Json[], patch: Json[], path: string[], kind: string): Json[] {
  const strategy = listStrategy(kind, path);
  if (!strategy.merge) return patch.map((v) => fresh(v, path, kind));
  if (patch.some((v) => isObject(v) && v[DIRECTIVE] === "replace")) {
    return patch.filter((v) => !(isObject(v) && v[DIRECTIVE] === "replace")).map((v) => fresh(v, path, kind));
  }
  const key = strategy.mergeKey;
  if (!key) {
    const merged = [...original];
    for (const v of patch) if (!merged.some((x) => x === v)) merged.push(v);
    return merged;
  }
  let result = [...original];
  for (const element of patch) {
    if (!isObject(element)) throw new StrategicMergePatchError(`invalid patch: expected a map in list ${path.join(".")}`);
    const id = element[key];
    if (id === undefined) {
      throw new StrategicMergePatchError(`map: ${JSON.stringify(element)} does not contain declared merge key: ${key}`);
    }
    if (element[DIRECTIVE] === "delete") {
      result = result.filter((x) => !(isObject(x) && x[key] === id));
      continue;
    }
    const i = result.findIndex((x) => isObject(x) && x[key] === id);
    if (i >= 0) result[i] = mergeMap(result[i] as JsonMap, element, path, kind);
    else result.push(mergeMap({}, element, path, kind));
  }
  return result;
}

/** A patch value placed where the original had nothing: directives are still applied (and dropped). */
function fresh(v: Json, path: string[], kind: string): Json {
  if (isObject(v)) return mergeMap({}, v, path, kind);
  if (Array.isArray(v)) return v.map((x) => fresh(x, path, kind));
  return v;
}

/**
 * `$setElementOrder` (normalizeElementOrder + mergeSortedSlice): the elements it names come in its order,
 * the others (server-only) keep their places relative to the original list.
 */
function reorder(list: Json[], order: Json[], originalList: Json | undefined, mergeKey?: string): Json[] {
  const idOf = (v: Json): Json => (mergeKey && isObject(v) ? v[mergeKey] : v);
  const orderIds = order.map(idOf);
  const serverIds = (Array.isArray(originalList) ? originalList : []).map(idOf);
  const named = list.filter((v) => orderIds.includes(idOf(v))).sort((a, b) => orderIds.indexOf(idOf(a)) - orderIds.indexOf(idOf(b)));
  const serverOnly = list
    .filter((v) => !orderIds.includes(idOf(v)))
    .sort((a, b) => serverIds.indexOf(idOf(a)) - serverIds.indexOf(idOf(b)));
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < named.length && j < serverOnly.length) {
    if (serverIds.indexOf(idOf(named[i])) <= serverIds.indexOf(idOf(serverOnly[j]))) out.push(named[i++]);
    else out.push(serverOnly[j++]);
  }
  return [...out, ...named.slice(i), ...serverOnly.slice(j)];
}
