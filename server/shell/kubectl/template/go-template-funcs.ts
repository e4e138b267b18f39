/**
 * Values and built-in functions of Go's text/template (exec.go, funcs.go) as kubectl's templates see
 * JSON data: fmt %v printing (`map[k:v]`, `[a b]`, `<no value>`), truthiness, and/or/not, len, index,
 * slice, print/printf/println, eq/ne/lt/le/gt/ge, html/js/urlquery, plus kubectl's base64decode/exists.
 */
import { TemplateError } from "./go-template-parse";

export const MISSING = Symbol("missing");
export type Value = unknown;

/** fmt %v of a JSON value. */
export function formatValue(v: Value): string {
  if (v === MISSING || v === undefined) return "<no value>";
  if (v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "[" + v.map(formatInner).join(" ") + "]";
  if (typeof v === "object")
    return (
      "map[" +
      Object.keys(v as object)
        .sort()
        .map((k) => `${k}:${formatInner((v as Record<string, unknown>)[k])}`)
        .join(" ") +
      "]"
    );
  return String(v);
}

function formatInner(v: Value): string {
  return v === null ? "<nil>" : formatValue(v);
}

function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const s = String(n);
  return s.replace(/e\+?(-?)(\d)$/, (_m, sign, d) => `e${sign || "+"}0${d}`);
}

export function truthy(v: Value): boolean {
  if (v === MISSING || v === undefined || v === null || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v as object).length > 0;
  return true;
}

function basicEq(a: Value, b: Value): boolean {
  if (a === MISSING || b === MISSING) throw new TemplateError("incompatible types for comparison");
  if (typeof a === "object" && a !== null) throw new TemplateError("non-comparable type");
  return a === b;
}

function compare(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  throw new TemplateError("incompatible types for comparison");
}

function goPrintf(format: string, args: Value[]): string {
  let i = 0;
  return format.replace(/%([-+# 0]*)(\d*)(?:\.(\d+))?([vsdqfxXtT%])/g, (_m, flags: string, width: string, prec: string, verb: string) => {
    if (verb === "%") return "%";
    const a = args[i++];
    let s: string;
    switch (verb) {
      case "q":
        s = JSON.stringify(formatValue(a));
        break;
      case "d":
        s = typeof a === "number" ? String(Math.trunc(a)) : `%!d(${typeof a}=${formatValue(a)})`;
        break;
      case "f":
        s = typeof a === "number" ? a.toFixed(prec ? Number(prec) : 6) : `%!f(${typeof a}=${formatValue(a)})`;
        break;
      case "x":
      case "X":
        s = typeof a === "number" ? a.toString(16) : Buffer.from(formatValue(a)).toString("hex");
        if (verb === "X") s = s.toUpperCase();
        break;
      case "T":
        s = typeof a === "string" ? "string" : typeof a === "number" ? (Number.isInteger(a) ? "int64" : "float64") : typeof a === "boolean" ? "bool" : Array.isArray(a) ? "[]interface {}" : "map[string]interface {}";
        break;
      default:
        s = formatValue(a);
        if (prec && verb === "s") s = s.slice(0, Number(prec));
    }
    const w = width ? Number(width) : 0;
    if (s.length < w) s = flags.includes("-") ? s.padEnd(w) : s.padStart(w, flags.includes("0") && verb !== "s" ? "0" : " ");
    return s;
  });
}

export const FUNCS: Record<string, (args: Value[]) => Value> = {
  and: (a) => a.find((x) => !truthy(x)) ?? a[a.length - 1],
  or: (a) => a.find((x) => truthy(x)) ?? a[a.length - 1],
  not: (a) => !truthy(a[0]),
  len: ([x]) => {
    if (typeof x === "string" || Array.isArray(x)) return x.length;
    if (x && typeof x === "object") return Object.keys(x).length;
    throw new TemplateError(`len of type ${typeof x}`);
  },
  index: ([x, ...keys]) => {
    let cur = x;
    for (const k of keys) {
      if (Array.isArray(cur)) {
        if (typeof k !== "number" || k < 0 || k >= cur.length) throw new TemplateError(`index out of range: ${formatValue(k)}`);
        cur = cur[k];
      } else if (cur && typeof cur === "object") {
        const o = cur as Record<string, unknown>;
        cur = String(k) in o ? o[String(k)] : MISSING;
      } else if (cur === MISSING || cur === undefined || cur === null) {
        throw new TemplateError("index of untyped nil");
      } else throw new TemplateError(`can't index item of type ${typeof cur}`);
    }
    return cur;
  },
  slice: ([x, ...idx]) => {
    const n = idx.map(Number);
    if (typeof x === "string" || Array.isArray(x)) return x.slice(n[0] ?? 0, n[1] ?? undefined);
    throw new TemplateError("can't slice item");
  },
  print: (a) => a.map((x, i) => (i > 0 && typeof x !== "string" && typeof a[i - 1] !== "string" ? " " : "") + formatValue(x)).join(""),
  println: (a) => a.map(formatValue).join(" ") + "\n",
  printf: ([f, ...rest]) => goPrintf(String(f), rest),
  eq: ([a, ...bs]) => {
    if (!bs.length) throw new TemplateError("missing argument for comparison");
    return bs.some((b) => basicEq(a, b));
  },
  ne: ([a, b]) => !basicEq(a, b),
  lt: ([a, b]) => compare(a, b) < 0,
  le: ([a, b]) => compare(a, b) <= 0,
  gt: ([a, b]) => compare(a, b) > 0,
  ge: ([a, b]) => compare(a, b) >= 0,
  html: (a) => formatValue(a[0]).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&#34;").replace(/'/g, "&#39;"),
  js: (a) => formatValue(a[0]).replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/"/g, '\\"'),
  urlquery: (a) => encodeURIComponent(a.map(formatValue).join("")),
  base64decode: ([x]) => Buffer.from(String(x), "base64").toString("utf8"),
  exists: ([x, ...path]) => {
    let cur = x;
    for (const p of path) {
      if (!cur || typeof cur !== "object" || !(String(p) in (cur as object))) return false;
      cur = (cur as Record<string, unknown>)[String(p)];
    }
    return true;
  },
};
