/**
 * kubectl's JSONPath (k8s.io/client-go/util/jsonpath: parser.go, jsonpath.go): template text with
 * `{...}` actions holding `$`, `.field`, `..field`, `*`, `[n]`, `[a:b:c]`, `[a,b]`, `['key']`,
 * `[?(@.x=="y")]` filters, `{range ...}{end}` and string literals such as `{"\n"}`. Several results of
 * one action are joined by spaces; maps and lists print as compact JSON, strings raw.
 */
import { goJSON } from "../printers/go-json";
import { formatValue } from "./go-template";
import { JsonPathError, parseJsonPath, type Action, type JsonPathTemplate, type Step } from "./jsonpath-parse";

export { JsonPathError, parseJsonPath, type JsonPathTemplate };

interface EvalCtx {
  root: unknown;
  allowMissingKeys: boolean;
}

function evalSteps(steps: Step[], input: unknown[], ctx: EvalCtx): unknown[] {
  let cur = input;
  for (const s of steps) {
    const next: unknown[] = [];
    switch (s.t) {
      case "root":
        next.push(ctx.root);
        break;
      case "current":
        next.push(...cur);
        break;
      case "field":
        for (const v of cur) {
          if (v && typeof v === "object" && !Array.isArray(v)) {
            for (const n of s.names) {
              if (n in (v as object)) next.push((v as Record<string, unknown>)[n]);
              else if (!ctx.allowMissingKeys) throw new JsonPathError(`${n} is not found`);
            }
          } else if (!ctx.allowMissingKeys) throw new JsonPathError(`${s.names[0]} is not found`);
        }
        break;
      case "wildcard":
        for (const v of cur) {
          if (Array.isArray(v)) next.push(...v);
          else if (v && typeof v === "object") next.push(...Object.values(v));
        }
        break;
      case "recursive": {
        const visit = (v: unknown) => {
          next.push(v);
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v === "object") Object.values(v).forEach(visit);
        };
        cur.forEach(visit);
        break;
      }
      case "index":
        for (const v of cur) {
          if (!Array.isArray(v)) continue;
          for (const ix of s.indices) {
            if (typeof ix === "number") {
              const k = ix < 0 ? v.length + ix : ix;
              if (k < 0 || k >= v.length) throw new JsonPathError(`array index out of bounds: index ${ix}, length ${v.length}`);
              next.push(v[k]);
            } else {
              const norm = (n: number | undefined, d: number) => (n === undefined ? d : n < 0 ? Math.max(0, v.length + n) : Math.min(n, v.length));
              const start = norm(ix.start, 0);
              const end = norm(ix.end, v.length);
              const step = ix.step ?? 1;
              for (let k = start; k < end; k += step > 0 ? step : 1) next.push(v[k]);
            }
          }
        }
        break;
      case "filter":
        for (const v of cur) {
          const elems = Array.isArray(v) ? v : [v];
          for (const e of elems) if (filterMatches(s, e, ctx)) next.push(e);
        }
        break;
    }
    cur = next;
  }
  return cur;
}

function filterMatches(s: Extract<Step, { t: "filter" }>, elem: unknown, ctx: EvalCtx): boolean {
  const sub = { ...ctx, allowMissingKeys: true };
  const left = evalSteps(s.left, [elem], sub);
  if (!s.op) return left.length > 0;
  const right = s.right && "literal" in s.right ? [s.right.literal] : evalSteps(s.right as Step[], [elem], sub);
  if (!left.length || !right.length) return false;
  const [a, b] = [left[0], right[0]];
  switch (s.op) {
    case "==":
      return a === b || (typeof a === "number" && Number(b) === a);
    case "!=":
      return a !== b;
    case "<":
      return (a as number) < (b as number);
    case ">":
      return (a as number) > (b as number);
    case "<=":
      return (a as number) <= (b as number);
    case ">=":
      return (a as number) >= (b as number);
  }
  return false;
}

function printResults(values: unknown[], asJson: boolean): string {
  if (asJson) return goJSON(values, "    ") + "\n";
  return values
    .map((v) => (v !== null && typeof v === "object" ? goJSON(v, "") : v === null ? "<nil>" : formatValue(v)))
    .join(" ");
}

/** Evaluates a template over `data` (kubectl's JSONPathPrinter). */
export function executeJsonPath(
  tpl: JsonPathTemplate,
  data: unknown,
  opts: { allowMissingKeys?: boolean; asJson?: boolean } = {},
): string {
  const ctx: EvalCtx = { root: data, allowMissingKeys: opts.allowMissingKeys ?? true };
  const run = (actions: Action[], dot: unknown): string => {
    let out = "";
    for (const a of actions) {
      if (a.t === "text" || a.t === "literal") out += a.v;
      else if (a.t === "expr") {
        const steps = a.steps[0]?.t === "root" ? a.steps : a.steps;
        out += printResults(evalSteps(steps, [steps[0]?.t === "root" ? data : dot], ctx), !!opts.asJson);
      } else {
        for (const item of evalSteps(a.steps, [dot], ctx)) {
          const elems = Array.isArray(item) && a.steps.at(-1)?.t !== "wildcard" && a.steps.at(-1)?.t !== "index" ? item : [item];
          for (const e of elems) out += run(a.body, e);
        }
      }
    }
    return out;
  };
  try {
    return run(tpl.actions, data);
  } catch (err) {
    if (err instanceof JsonPathError) throw new JsonPathError(`error executing jsonpath ${JSON.stringify(tpl.source)}: Error executing template: ${err.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${tpl.source}\n\tobject given to jsonpath engine was:\n\t\t${goJSON(data, "")}\n\n`);
    throw err;
  }
}

/** kubectl's RelaxedJSONPathExpression: `.a.b`, `a.b` or `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  const m = /^\{?(.*?)\}?$/.exec(expr.trim());
  let body = m ? m[1] : expr;
  if (!body.startsWith(".") && !body.startsWith("$") && !body.startsWith("[")) body = "." + body;
  return `{${body}}`;
}
