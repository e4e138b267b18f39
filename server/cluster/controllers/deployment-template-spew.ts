/**
 * go-spew's `%#v` rendering of a v1.PodTemplateSpec, byte for byte, as used by ComputeHash
 * (pkg/controller/controller_utils.go → pkg/util/hash/hash.go DeepHashObject: ConfigState{Indent:" ",
 * SortKeys, DisableMethods, SpewKeys}). Rules reproduced from davecgh/go-spew/spew/format.go:
 * a value prints `(<type>)` before itself unless it is a slice element or a map key/value
 * (`ignoreNextType`); nil pointers, slices and maps print `<nil>`; structs print `{Field:value …}`;
 * map keys are sorted. The API server stores objects as protobuf, so an empty list or map comes back
 * to the controller as nil; we treat `[]` and `{}` maps the same way.
 */
import { podTemplateSpecType, type GoType } from "./deployment-spew-types";
import { parseQuantity } from "./deployment-quantity";

/** Renders a (defaulted) pod template JSON as go-spew would render the Go struct. */
export function spewPodTemplate(template: unknown): string {
  return render(podTemplateSpecType, template, true);
}

/** Renders any JSON value described by `type` (hash.DeepHashObject's `%#v`). */
export function spew(type: GoType, value: unknown): string {
  return render(type, value, true);
}

function isNil(t: GoType, v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (t.k === "slice") return !Array.isArray(v) || v.length === 0;
  if (t.k === "map") return typeof v !== "object" || Object.keys(v as object).length === 0;
  return false;
}

function typeName(t: GoType): string {
  switch (t.k) {
    case "str":
    case "int":
    case "map":
    case "struct":
    case "opaque":
      return t.go;
    case "bool":
      return "bool";
    case "ptr":
      return "*" + typeName(t.elem);
    case "slice":
      return "[]" + typeName(t.elem);
    case "intOrString":
      return "intstr.IntOrString";
    case "quantity":
      return "resource.Quantity";
    case "time":
      return "v1.Time";
  }
}

function render(t: GoType, v: unknown, showType: boolean): string {
  if (t.k === "ptr") {
    // formatPtr: a nil pointer is `(*T)<nil>`, a set one `(*T)` followed by the value without its type.
    const nil = v === undefined || v === null;
    if (!showType) return nil ? "<nil>" : "<*>" + render(t.elem, v, false);
    return `(${typeName(t)})` + (nil ? "<nil>" : render(t.elem, v, false));
  }
  const prefix = showType ? `(${typeName(t)})` : "";
  return prefix + renderBody(t, v);
}

function renderBody(t: GoType, v: unknown): string {
  switch (t.k) {
    case "str":
      return typeof v === "string" ? v : "";
    case "int":
      return String(typeof v === "number" ? Math.trunc(v) : 0);
    case "bool":
      return v === true ? "true" : "false";
    case "slice":
      if (isNil(t, v)) return "<nil>";
      return "[" + (v as unknown[]).map((e) => render(t.elem, e, false)).join(" ") + "]";
    case "map": {
      if (isNil(t, v)) return "<nil>";
      const rec = v as Record<string, unknown>;
      const keys = Object.keys(rec).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return "map[" + keys.map((k) => `${render(t.key, k, false)}:${render(t.val, rec[k], false)}`).join(" ") + "]";
    }
    case "struct": {
      const rec = (v ?? {}) as Record<string, unknown>;
      const parts = t.fields.map(([goName, json, ft]) => `${goName}:${render(ft, json === null ? rec : rec[json], true)}`);
      return "{" + parts.join(" ") + "}";
    }
    case "intOrString": {
      const isStr = typeof v === "string";
      return `{Type:(intstr.Type)${isStr ? 1 : 0} IntVal:(int32)${isStr ? 0 : Number(v ?? 0)} StrVal:(string)${isStr ? v : ""}}`;
    }
    case "quantity": {
      const q = parseQuantity(v === undefined || v === null ? "0" : String(v));
      return `{i:(resource.int64Amount){value:(int64)${q.value} scale:(resource.Scale)${q.scale}} d:(resource.infDecAmount){Dec:(*inf.Dec)<nil>} s:(string)${q.cached} Format:(resource.Format)${q.format}}`;
    }
    case "time":
      // Templates never carry a creationTimestamp (kubectl sends null), so this is always Go's zero time.
      return "{Time:(time.Time){wall:(uint64)0 ext:(int64)0 loc:(*time.Location)<nil>}}";
    case "opaque":
      // Not modelled field by field (see deployment-spew-types.ts); a stable rendering keeps hashes deterministic.
      return JSON.stringify(v);
    case "ptr":
      return render(t, v, false);
  }
}
