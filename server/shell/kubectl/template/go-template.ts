/**
 * Executes a parsed Go text/template (text/template/exec.go, funcs.go) over JSON data, printing values
 * the way fmt's %v does for unstructured Kubernetes objects (`map[k:v]`, `[a b]`, `<no value>` for a
 * missing key). kubectl's template printer adds no functions of its own beyond the Go builtins here.
 */
import { formatValue, FUNCS, MISSING, truthy, type Value } from "./go-template-funcs";
import { parseGoTemplate as parse, TemplateError, type Arg, type Node, type Pipeline } from "./go-template-parse";

export { formatValue } from "./go-template-funcs";

export { TemplateError };
export type GoTemplate = Node[];

export function parseGoTemplate(src: string): GoTemplate {
  return parse(src);
}

export interface ExecOptions {
  /** "default" prints `<no value>`; "error" fails like --allow-missing-template-keys=false. */
  missingKey?: "default" | "error";
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
