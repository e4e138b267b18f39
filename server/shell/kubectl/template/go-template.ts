/**
 * Executes a parsed Go text/template (text/template/exec.go, funcs.go) over JSON data, printing values
 * the way fmt's %v does for unstructured Kubernetes objects (`map[k:v]`, `[a b]`, `<no value>` for a
 * missing key). kubectl's template printer adds no functions of its own beyond the Go builtins here.
 */
import { parseGoTemplate as parse, TemplateError, type Arg, type Node, type Pipeline } from "./go-template-parse";

export { TemplateError };
export type GoTemplate = Node[];

export function parseGoTemplate(src: string): GoTemplate {
  return parse(src);
}

export interface ExecOptions {
  /** "default" prints `<no value>`; "error" fails like --allow-missing-template-keys=false. */
  missingKey?: "default" | "error";
}

const MISSING = Symbol("missing");
type Value = unknown;

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

function truthy(v: Value): boolean {
  if (v === MISSING || v === undefined || v === null || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v as object).length > 0;
  return true;
}

type Vars = { name: string; value: Value }[];

interface State {
  out: string;
  vars: Vars;
  opts: ExecOptions;
}

function lookup(vars: Vars, name: string): Value {
  for (let i = vars.length - 1; i >= 0; i--) if (vars[i].name === name) return vars[i].value;
  throw new TemplateError(`undefined variable: ${name}`);
}

function field(value: Value, path: string[], st: State): Value {
  let cur = value;
  for (const p of path) {
    if (cur === MISSING || cur === undefined || cur === null) {
      if (cur === null || cur === undefined) throw new TemplateError(`nil pointer evaluating interface {}.${p}`);
      return MISSING;
    }
    if (typeof cur !== "object" || Array.isArray(cur))
      throw new TemplateError(`can't evaluate field ${p} in type ${Array.isArray(cur) ? "[]interface {}" : typeof cur}`);
    const obj = cur as Record<string, unknown>;
    if (!(p in obj)) {
      if (st.opts.missingKey === "error") throw new TemplateError(`map has no entry for key "${p}"`);
      cur = MISSING;
      continue;
    }
    cur = obj[p];
  }
  return cur;
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

const FUNCS: Record<string, (args: Value[]) => Value> = {
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

function evalArg(arg: Arg, dot: Value, st: State, final?: Value, hasFinal = false): Value {
  switch (arg.t) {
    case "str":
      return arg.v;
    case "num":
      return arg.v;
    case "bool":
      return arg.v;
    case "nil":
      return null;
    case "pipe":
      return evalPipeline(arg.pipe, dot, st);
    case "chain":
      return field(evalArg(arg.base, dot, st), arg.path, st);
    case "field":
      return field(arg.base === "dot" ? dot : lookup(st.vars, arg.base), arg.path, st);
    case "ident": {
      const fn = FUNCS[arg.name];
      if (!fn) throw new TemplateError(`function "${arg.name}" not defined`);
      return fn(hasFinal ? [final] : []);
    }
  }
}

function evalPipeline(pipe: Pipeline, dot: Value, st: State): Value {
  let value: Value = undefined;
  let has = false;
  for (const cmd of pipe.cmds) {
    const [head, ...rest] = cmd.args;
    if (head.t === "ident") {
      const fn = FUNCS[head.name];
      if (!fn) throw new TemplateError(`function "${head.name}" not defined`);
      const args = rest.map((a) => evalArg(a, dot, st));
      if (has) args.push(value);
      value = fn(args);
    } else {
      if (rest.length) throw new TemplateError(`can't give argument to non-function ${JSON.stringify(head)}`);
      if (has) throw new TemplateError("can't give argument to non-function");
      value = evalArg(head, dot, st);
    }
    has = true;
  }
  if (pipe.decl.length === 1) {
    if (pipe.assign) {
      const v = [...st.vars].reverse().find((x) => x.name === pipe.decl[0]);
      if (!v) throw new TemplateError(`undefined variable: ${pipe.decl[0]}`);
      v.value = value;
    } else st.vars.push({ name: pipe.decl[0], value });
  }
  return value;
}

/** Variables declared in a list stay visible until that list ends (Go scopes them to {{end}}). */
function walk(nodes: Node[], dot: Value, st: State): void {
  const base = st.vars.length;
  for (const n of nodes) {
    switch (n.t) {
      case "text":
        st.out += n.v;
        break;
      case "action": {
        const v = evalPipeline(n.pipe, dot, st);
        if (!n.pipe.decl.length) st.out += formatValue(v);
        break;
      }
      case "if":
      case "with": {
        const v = evalPipeline(n.pipe, dot, st);
        if (truthy(v)) walk(n.list, n.t === "with" ? v : dot, st);
        else if (n.elseList) walk(n.elseList, dot, st);
        break;
      }
      case "range": {
        const decl = n.pipe.decl;
        const v = evalPipeline({ ...n.pipe, decl: [] }, dot, st);
        const entries: [Value, Value][] = Array.isArray(v)
          ? v.map((x, i) => [i, x])
          : v && typeof v === "object"
            ? Object.keys(v)
                .sort()
                .map((k) => [k, (v as Record<string, unknown>)[k]])
            : [];
        if (v !== null && v !== undefined && v !== MISSING && typeof v !== "object" && !(typeof v === "number"))
          throw new TemplateError(`range can't iterate over ${formatValue(v)}`);
        if (typeof v === "number") for (let i = 0; i < v; i++) entries.push([i, i]);
        if (!entries.length) {
          if (n.elseList) walk(n.elseList, dot, st);
          break;
        }
        for (const [k, x] of entries) {
          const inner = st.vars.length;
          if (decl.length === 1) st.vars.push({ name: decl[0], value: x });
          if (decl.length === 2) st.vars.push({ name: decl[0], value: k }, { name: decl[1], value: x });
          walk(n.list, x, st);
          st.vars.length = inner;
        }
        break;
      }
    }
  }
  st.vars.length = base;
}

/** Runs a template over `data`; throws TemplateError with Go's message on failure. */
export function executeGoTemplate(tpl: GoTemplate, data: unknown, opts: ExecOptions = {}): string {
  const st: State = { out: "", vars: [{ name: "$", value: data }], opts };
  walk(tpl, data, st);
  return st.out;
}
