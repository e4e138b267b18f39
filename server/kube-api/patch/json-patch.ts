/**
 * JSON Patch (RFC 6902) for `application/json-patch+json`, as evanphx/json-patch v4 applies it in
 * apiserver/pkg/endpoints/handlers/patch.go (used by `kubectl rollout undo`). Failures throw a
 * JsonPatchError whose message follows the library's wording; the handler turns it into the 422 the
 * apiserver returns.
 */
import { isObject, type Json } from "./merge-patch";

export class JsonPatchError extends Error {
  /** True for a malformed patch document (400), false for an operation that cannot apply (422). */
  constructor(
    message: string,
    readonly malformed = false,
  ) {
    super(message);
  }
}

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

/** RFC 6901 pointer → reference tokens ("/a~1b/0" → ["a/b", "0"]). */
function tokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new JsonPatchError(`Unable to parse path ${JSON.stringify(pointer)}`, true);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function clone<T extends Json>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The container holding the last token of `path`, and that token. */
function parentOf(doc: Json, path: string, op: string): { parent: Json; key: string } {
  const t = tokens(path);
  if (t.length === 0) throw new JsonPatchError(`Unable to ${op} the document root at ${path}`);
  let node: Json = doc;
  for (const key of t.slice(0, -1)) {
    const next = child(node, key);
    if (next === undefined) throw new JsonPatchError(`doc is missing path: ${JSON.stringify(path)}: missing value`);
    node = next;
  }
  return { parent: node, key: t[t.length - 1] };
}

function child(node: Json, key: string): Json | undefined {
  if (Array.isArray(node)) {
    const i = arrayIndex(key, node.length - 1);
    return node[i];
  }
  if (isObject(node)) return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
  return undefined;
}

function arrayIndex(key: string, max: number): number {
  if (!/^(0|[1-9][0-9]*)$/.test(key)) throw new JsonPatchError(`Unable to access invalid index: ${key}: invalid index referenced`);
  const i = Number(key);
  if (i > max) throw new JsonPatchError(`Unable to access invalid index: ${i}: invalid index referenced`);
  return i;
}

function get(doc: Json, path: string): Json {
  let node: Json | undefined = doc;
  for (const key of tokens(path)) {
    node = node === undefined ? undefined : child(node, key);
  }
  if (node === undefined) throw new JsonPatchError(`doc is missing path: ${JSON.stringify(path)}: missing value`);
  return node;
}

function add(doc: Json, path: string, value: Json): Json {
  if (path === "") return value;
  const { parent, key } = parentOf(doc, path, "add");
  if (Array.isArray(parent)) {
    const i = key === "-" ? parent.length : arrayIndex(key, parent.length);
    parent.splice(i, 0, value);
  } else if (isObject(parent)) parent[key] = value;
  else throw new JsonPatchError(`doc is missing path: ${JSON.stringify(path)}: missing value`);
  return doc;
}

function remove(doc: Json, path: string): Json {
  const { parent, key } = parentOf(doc, path, "remove");
  if (Array.isArray(parent)) parent.splice(arrayIndex(key, parent.length - 1), 1);
  else if (isObject(parent) && Object.prototype.hasOwnProperty.call(parent, key)) delete parent[key];
  else throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
  return doc;
}

function replace(doc: Json, path: string, value: Json): Json {
  if (path === "") return value;
  const { parent, key } = parentOf(doc, path, "replace");
  if (Array.isArray(parent)) parent[arrayIndex(key, parent.length - 1)] = value;
  else if (isObject(parent) && Object.prototype.hasOwnProperty.call(parent, key)) parent[key] = value;
  else throw new JsonPatchError(`Unable to replace nonexistent key: ${key}: missing value`);
  return doc;
}

function equal(a: Json, b: Json): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return a === b;
}

/** Parses a JSON Patch document; a malformed one throws a JsonPatchError with `malformed` set. */
export function parseJsonPatch(body: string): Operation[] {
  let ops: unknown;
  try {
    ops = JSON.parse(body);
  } catch {
    throw new JsonPatchError("invalid character in JSON patch document", true);
  }
  if (!Array.isArray(ops)) throw new JsonPatchError("json: cannot unmarshal object into Go value of type jsonpatch.Patch", true);
  for (const op of ops) {
    if (!isObject(op)) throw new JsonPatchError("json: cannot unmarshal into Go value of type jsonpatch.Operation", true);
  }
  return ops as Operation[];
}

/** Applies the operations in order to a copy of `doc`. */
export function applyJsonPatch(doc: Json, ops: Operation[]): Json {
  let result = clone(doc);
  for (const op of ops) {
    const path = typeof op.path === "string" ? op.path : undefined;
    if (path === undefined) throw new JsonPatchError(`Unexpected kind: ${String(op.op)}`);
    switch (op.op) {
      case "add":
        result = add(result, path, clone(op.value ?? null));
        break;
      case "remove":
        result = remove(result, path);
        break;
      case "replace":
        result = replace(result, path, clone(op.value ?? null));
        break;
      case "move": {
        const from = op.from ?? "";
        const value = get(result, from);
        result = add(remove(result, from), path, value);
        break;
      }
      case "copy":
        result = add(result, path, clone(get(result, op.from ?? "")));
        break;
      case "test": {
        let actual: Json | undefined;
        try {
          actual = get(result, path);
        } catch {
          actual = undefined;
        }
        if (actual === undefined ? op.value !== null && op.value !== undefined : !equal(actual, op.value ?? null)) {
          throw new JsonPatchError(`testing value ${path} failed: test failed`);
        }
        break;
      }
      default:
        throw new JsonPatchError(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return result;
}
