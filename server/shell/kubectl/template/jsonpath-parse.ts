/**
 * Parser of kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath/parser.go): text with `{...}`
 * actions holding `$`, `@`, `.field`, `..`, `*`, `[n]`, `[a:b:c]`, `[a,b]`, `['key']`, filters
 * `[?(@.x=="y")]`, `range`/`end` and string literals.
 */

export type Step =
  | { t: "root" }
  | { t: "current" }
  | { t: "field"; names: string[] } // several names: a union
  | { t: "recursive" }
  | { t: "wildcard" }
  | { t: "index"; indices: (number | { start?: number; end?: number; step?: number })[] }
  | { t: "filter"; left: Step[]; op?: string; right?: Step[] | { literal: unknown } };

export type Action = { t: "text"; v: string } | { t: "expr"; steps: Step[] } | { t: "range"; steps: Step[]; body: Action[] } | { t: "literal"; v: string };

export class JsonPathError extends Error {}

export interface JsonPathTemplate {
  source: string;
  actions: Action[];
}

function splitTemplate(src: string): { text?: string; action?: string }[] {
  const out: { text?: string; action?: string }[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{", i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    if (open > i) out.push({ text: src.slice(i, open) });
    let j = open + 1;
    let quote = "";
    let depth = 1;
    for (; j < src.length; j++) {
      const c = src[j];
      if (quote) {
        if (c === "\\") j++;
        else if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) break;
    }
    if (j >= src.length) throw new JsonPathError(`unclosed action`);
    out.push({ action: src.slice(open + 1, j).trim() });
    i = j + 1;
  }
  return out;
}

function parseLiteral(s: string): unknown {
  if (/^["']/.test(s)) return unescape(s.slice(1, -1));
  if (s === "true" || s === "false") return s === "true";
  if (s === "nil" || s === "null") return null;
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  throw new JsonPathError(`unrecognized literal ${s}`);
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c);
}

/** Parses one path expression (`.items[*].metadata.name`, `@.status`, `..image`). */
export function parseSteps(expr: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const readName = () => {
    let name = "";
    while (i < expr.length && !".[".includes(expr[i]) && !/[\s()=!<>]/.test(expr[i])) {
      if (expr[i] === "\\" && i + 1 < expr.length) {
        name += expr[i + 1];
        i += 2;
      } else name += expr[i++];
    }
    return name;
  };
  while (i < expr.length) {
    const c = expr[i];
    if (c === "$") {
      steps.push({ t: "root" });
      i++;
    } else if (c === "@") {
      steps.push({ t: "current" });
      i++;
    } else if (expr.startsWith("..", i)) {
      steps.push({ t: "recursive" });
      i += 2;
      if (expr[i] === "*") {
        steps.push({ t: "wildcard" });
        i++;
      } else if (expr[i] !== "[") steps.push({ t: "field", names: [readName()] });
    } else if (c === ".") {
      i++;
      if (expr[i] === "*") {
        steps.push({ t: "wildcard" });
        i++;
      } else if (i < expr.length && expr[i] !== "[") {
        const name = readName();
        if (name) steps.push({ t: "field", names: [name] });
      }
    } else if (c === "[") {
      let depth = 1;
      let j = i + 1;
      let quote = "";
      for (; j < expr.length; j++) {
        const ch = expr[j];
        if (quote) {
          if (ch === "\\") j++;
          else if (ch === quote) quote = "";
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === "[") depth++;
        else if (ch === "]" && --depth === 0) break;
      }
      steps.push(parseBracket(expr.slice(i + 1, j).trim()));
      i = j + 1;
    } else if (/\s/.test(c)) i++;
    else {
      const name = readName();
      if (!name) throw new JsonPathError(`unrecognized character in action: ${JSON.stringify(c)}`);
      steps.push({ t: "field", names: [name] });
    }
  }
  return steps;
}

function parseBracket(body: string): Step {
  if (body === "*") return { t: "wildcard" };
  if (body.startsWith("?(") && body.endsWith(")")) {
    const inner = body.slice(2, -1).trim();
    const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(inner);
    if (!m) return { t: "filter", left: parseSteps(inner) };
    const rightRaw = m[3].trim();
    const right = /^[@$]/.test(rightRaw) ? parseSteps(rightRaw) : { literal: parseLiteral(rightRaw) };
    return { t: "filter", left: parseSteps(m[1].trim()), op: m[2], right };
  }
  const parts = body.split(",").map((p) => p.trim());
  if (parts.every((p) => /^['"]/.test(p))) return { t: "field", names: parts.map((p) => unescape(p.slice(1, -1))) };
  return {
    t: "index",
    indices: parts.map((p) => {
      if (!p.includes(":")) {
        if (!/^-?\d+$/.test(p)) throw new JsonPathError(`invalid array index ${p}`);
        return Number(p);
      }
      const [a, b, c] = p.split(":").map((x) => (x.trim() === "" ? undefined : Number(x)));
      return { start: a, end: b, step: c };
    }),
  };
}

/** Parses a kubectl JSONPath template. */
export function parseJsonPath(src: string): JsonPathTemplate {
  const pieces = splitTemplate(src);
  let idx = 0;
  const parseList = (inRange: boolean): Action[] => {
    const list: Action[] = [];
    while (idx < pieces.length) {
      const p = pieces[idx++];
      if (p.text !== undefined) {
        list.push({ t: "text", v: p.text });
        continue;
      }
      const a = p.action as string;
      if (a === "end") {
        if (!inRange) throw new JsonPathError("not in range, nothing to end");
        return list;
      }
      if (a.startsWith("range ") || a.startsWith("range\t")) {
        const steps = parseSteps(a.slice(6).trim());
        list.push({ t: "range", steps, body: parseList(true) });
      } else if (/^["']/.test(a)) list.push({ t: "literal", v: unescape(a.slice(1, -1)) });
      else list.push({ t: "expr", steps: parseSteps(a) });
    }
    if (inRange) throw new JsonPathError("unclosed range");
    return list;
  };
  return { source: src, actions: parseList(false) };
}
