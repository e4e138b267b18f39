/**
 * Decodes `application/vnd.kubernetes.protobuf` request bodies into the JSON the rest of kube-api works
 * on (apimachinery/pkg/runtime/serializer/protobuf/protobuf.go: the 4-byte magic "k8s\0", then a
 * runtime.Unknown {typeMeta{apiVersion, kind}, raw, contentEncoding, contentType} whose `raw` is the
 * object). Zero values are left out as Go's JSON `omitempty` would, except for pointer fields.
 */
import { newBadRequest } from "@/server/cluster/errors/status-error";
import { DECODABLE_KINDS, SCHEMAS, type FieldSpec } from "../api-schema/k8s-types";
import { ProtoError, readFields, toInt, type ProtoValue } from "./proto-reader";

const MAGIC = [0x6b, 0x38, 0x73, 0x00];
const utf8 = new TextDecoder("utf-8", { fatal: false });

type Json = unknown;

function bytesOf(v: ProtoValue): Uint8Array {
  if (v.wire !== 2) throw new ProtoError("proto: wrong wireType for a length-delimited field");
  return v.bytes;
}

function intOf(v: ProtoValue): number {
  if (v.wire !== 0) throw new ProtoError("proto: wrong wireType for an integer field");
  return toInt(v.value);
}

/** metav1.Time {seconds, nanos} → RFC 3339, or undefined for the zero time. */
function time(buf: Uint8Array): string | undefined {
  let seconds = 0;
  for (const f of readFields(buf)) if (f.field === 1) seconds = intOf(f.value);
  return seconds ? new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") : undefined;
}

/** intstr.IntOrString {type, intVal, strVal}. */
function intOrString(buf: Uint8Array): number | string {
  let type = 0;
  let intVal = 0;
  let strVal = "";
  for (const f of readFields(buf)) {
    if (f.field === 1) type = intOf(f.value);
    else if (f.field === 2) intVal = intOf(f.value);
    else if (f.field === 3) strVal = utf8.decode(bytesOf(f.value));
  }
  return type === 1 ? strVal : intVal;
}

function quantity(buf: Uint8Array): string {
  for (const f of readFields(buf)) if (f.field === 1) return utf8.decode(bytesOf(f.value));
  return "";
}

/** One value of `type`; undefined means "zero, leave it out". */
function scalar(type: string, v: ProtoValue, keep: boolean): Json | undefined {
  switch (type) {
    case "s": {
      const s = utf8.decode(bytesOf(v));
      return s || keep ? s : undefined;
    }
    case "bytes":
      return Buffer.from(bytesOf(v)).toString("base64");
    case "i": {
      const n = intOf(v);
      return n || keep ? n : undefined;
    }
    case "b": {
      const b = intOf(v) !== 0;
      return b || keep ? b : undefined;
    }
    case "time":
      return time(bytesOf(v));
    case "quantity":
      return quantity(bytesOf(v));
    case "intstr":
      return intOrString(bytesOf(v));
    default: {
      const msg = message(type, bytesOf(v));
      return Object.keys(msg).length || keep ? msg : undefined;
    }
  }
}

function mapEntry(valueType: string, buf: Uint8Array): [string, Json] {
  let key = "";
  let value: Json = valueType === "bytes" ? "" : valueType === "s" ? "" : undefined;
  for (const f of readFields(buf)) {
    if (f.field === 1) key = utf8.decode(bytesOf(f.value));
    else if (f.field === 2) value = scalar(valueType, f.value, true);
  }
  return [key, value];
}

function setField(out: Record<string, Json>, spec: FieldSpec, v: ProtoValue): void {
  const [name, type, flags = ""] = spec;
  if (type.startsWith("map:")) {
    const [k, value] = mapEntry(type.slice(4), bytesOf(v));
    const map = (out[name] as Record<string, Json> | undefined) ?? {};
    map[k] = value;
    out[name] = map;
    return;
  }
  if (flags.includes("inline")) {
    Object.assign(out, message(type, bytesOf(v)));
    return;
  }
  if (flags.includes("r")) {
    const list = (out[name] as Json[] | undefined) ?? [];
    list.push(type === "s" ? utf8.decode(bytesOf(v)) : scalar(type, v, true));
    out[name] = list;
    return;
  }
  const value = scalar(type, v, flags.includes("k"));
  if (value === undefined) delete out[name];
  else out[name] = value;
}

function message(name: string, buf: Uint8Array): Record<string, Json> {
  const schema = SCHEMAS[name];
  if (!schema) throw new ProtoError(`no schema for ${name}`);
  const out: Record<string, Json> = {};
  for (const f of readFields(buf)) {
    const spec = schema[f.field];
    if (spec) setField(out, spec, f.value);
  }
  return out;
}

/** True for a protobuf media type (`application/vnd.kubernetes.protobuf`). */
export function isProtobuf(contentType: string | undefined): boolean {
  return (contentType ?? "").split(";")[0].trim().toLowerCase() === "application/vnd.kubernetes.protobuf";
}

export interface ProtobufEnvelope {
  apiVersion: string;
  kind: string;
  raw: Uint8Array;
}

/** The runtime.Unknown envelope of a protobuf body; a body that is not one is the serializer's 400. */
export function readEnvelope(body: Uint8Array): ProtobufEnvelope {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) {
    throw newBadRequest("provided object is not a valid protobuf message: missing the k8s\\x00 prefix");
  }
  try {
    const env: ProtobufEnvelope = { apiVersion: "", kind: "", raw: new Uint8Array() };
    for (const f of readFields(body.subarray(4))) {
      if (f.field === 1) {
        for (const t of readFields(bytesOf(f.value))) {
          if (t.field === 1) env.apiVersion = utf8.decode(bytesOf(t.value));
          else if (t.field === 2) env.kind = utf8.decode(bytesOf(t.value));
        }
      } else if (f.field === 2) env.raw = bytesOf(f.value);
    }
    return env;
  } catch (err) {
    if (err instanceof ProtoError) throw newBadRequest(`unable to decode the protobuf body: ${err.message}`);
    throw err;
  }
}

/** Whether this sandbox can turn the envelope's kind into JSON. */
export function isDecodable(env: ProtobufEnvelope): boolean {
  return DECODABLE_KINDS.has(env.kind);
}

/** The JSON object a protobuf body encodes; undecodable bodies are a 400. */
export function decodeK8sProtobuf(body: Uint8Array): Record<string, Json> {
  const env = readEnvelope(body);
  if (!isDecodable(env)) {
    throw newBadRequest(`the protobuf encoding of ${env.kind || "this object"} is not supported by this sandbox; send it as application/json`);
  }
  try {
    return { kind: env.kind, apiVersion: env.apiVersion, ...message(env.kind, env.raw) };
  } catch (err) {
    if (err instanceof ProtoError) throw newBadRequest(`unable to decode the protobuf body: ${err.message}`);
    throw err;
  }
}
