/**
 * Rejects JSON whose values have the wrong type for the Go struct they decode into, as the apiserver's
 * decoder does before anything else sees the object (a 400 `... cannot be handled as a Deployment: json:
 * cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`). Only the
 * fields described in k8s-types.ts are checked; the others pass through unchanged.
 */
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { SCHEMAS, type FieldSpec, type MessageSchema } from "./k8s-types";

const byName = new Map<string, Map<string, FieldSpec>>();

/** Kinds without a description still decode metadata as ObjectMeta and spec/status as structs. */
const ANY_KIND: MessageSchema = { 1: ["metadata", "ObjectMeta"], 2: ["spec", "Struct"], 3: ["status", "Struct"] };

function schemaOf(message: string): MessageSchema | undefined {
  return message === "*" ? ANY_KIND : SCHEMAS[message];
}

function fieldsOf(message: string): Map<string, FieldSpec> | undefined {
  const schema = schemaOf(message);
  if (!schema) return undefined;
  let m = byName.get(message);
  if (!m) {
    m = new Map();
    for (const spec of Object.values(schema)) {
      // Inline structs (Volume's VolumeSource) contribute their fields to the parent's JSON.
      if (spec[2]?.includes("inline")) for (const [k, v] of fieldsOf(spec[1]) ?? []) m.set(k, v);
      else m.set(spec[0], spec);
    }
    byName.set(message, m);
  }
  return m;
}

const INT64 = new Set(["generation", "activeDeadlineSeconds", "terminationGracePeriodSeconds", "deletionGracePeriodSeconds", "tolerationSeconds"]);

function goType(spec: FieldSpec): string {
  const [name, type, flags = ""] = spec;
  let t: string;
  if (type === "s" || type === "bytes") t = "string";
  else if (type === "i") t = INT64.has(name) ? "int64" : "int32";
  else if (type === "b") t = "bool";
  else if (type === "time") t = "v1.Time";
  else if (type === "quantity") t = "resource.Quantity";
  else if (type === "intstr") t = "intstr.IntOrString";
  else if (type.startsWith("map:")) t = "map[string]string";
  else t = `v1.${type}`;
  return flags.includes("r") ? `[]${t}` : t;
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return "array";
  if (v === null) return "null";
  if (typeof v === "object") return "object";
  return typeof v;
}

class TypeMismatch {
  constructor(
    readonly got: string,
    readonly struct: string,
    readonly path: string,
    readonly type: string,
  ) {}
}

function checkScalar(type: string, v: unknown): boolean {
  switch (type) {
    case "s":
    case "bytes":
    case "time":
      return typeof v === "string";
    case "i":
      return typeof v === "number" && Number.isInteger(v);
    case "b":
      return typeof v === "boolean";
    case "quantity":
    case "intstr":
      return typeof v === "string" || (typeof v === "number" && Number.isInteger(v));
    default:
      return typeof v === "object" && !Array.isArray(v);
  }
}

function checkValue(spec: FieldSpec, v: unknown, struct: string, path: string, single = false): void {
  if (v === null) return; // null is the zero value for every Go type
  const [, type, flags = ""] = spec;
  if (flags.includes("r") && !single) {
    if (!Array.isArray(v)) throw new TypeMismatch(jsonKind(v), struct, path, goType(spec));
    v.forEach((x) => checkValue(spec, x, struct, path, true));
    return;
  }
  if (type.startsWith("map:")) {
    if (jsonKind(v) !== "object") throw new TypeMismatch(jsonKind(v), struct, path, goType(spec));
    const valueType = type.slice(4);
    for (const x of Object.values(v as object)) {
      if (x !== null && !checkScalar(valueType, x)) throw new TypeMismatch(jsonKind(x), struct, path, valueType === "s" ? "string" : valueType);
    }
    return;
  }
  if (!checkScalar(type, v)) {
    throw new TypeMismatch(typeof v === "number" && type === "i" ? `number ${v}` : jsonKind(v), struct, path, flags.includes("r") ? goType(spec).slice(2) : goType(spec));
  }
  if (fieldsOf(type)) checkMessage(type, v as Record<string, unknown>, path);
}

function checkMessage(message: string, obj: Record<string, unknown>, path: string): void {
  const fields = fieldsOf(message);
  if (!fields) return;
  for (const [key, value] of Object.entries(obj)) {
    const spec = fields.get(key);
    if (spec) checkValue(spec, value, message, path ? `${path}.${key}` : key);
  }
}

/** Throws the decoder's 400 when a described field of `obj` has the wrong JSON type. */
export function checkJsonTypes(obj: KubeObject): void {
  const message = SCHEMAS[obj.kind] ? obj.kind : "*";
  try {
    checkMessage(message, obj as unknown as Record<string, unknown>, "");
  } catch (err) {
    if (!(err instanceof TypeMismatch)) throw err;
    const version = obj.apiVersion.split("/").pop();
    // Undescribed kinds: spec and status decode into <Kind>Spec / <Kind>Status.
    const type = err.type === "v1.Struct" ? `v1.${obj.kind}${err.path[0].toUpperCase()}${err.path.slice(1)}` : err.type;
    throw newBadRequest(
      `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: json: cannot unmarshal ${err.got} into Go struct field ${err.struct === "*" ? obj.kind : err.struct}.${err.path} of type ${type}`,
    );
  }
}
