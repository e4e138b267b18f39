/**
 * Parser for the Go text/template language (text/template/parse: lex.go, parse.go) as kubectl's
 * `-o go-template` uses it: text, `{{- -}}` trimming, comments, pipelines with `|`, variables
 * (`$x := ...`, `$i, $v := range`), fields (`.a.b`, `$x.a`), literals, function calls, and the
 * if/else if/range/with/else/end control structures.
 */

export type Arg =
  | { t: "field"; base: "dot" | string; path: string[] } // base "dot" or a variable name like "$x"
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "bool"; v: boolean }
  | { t: "nil" }
  | { t: "ident"; name: string } // a function name
  | { t: "pipe"; pipe: Pipeline } // parenthesised
  | { t: "chain"; base: Arg; path: string[] }; // (pipeline).field.chain

export interface Command {
  args: Arg[];
}

export interface Pipeline {
  decl: string[];
  /** `=` assignment to an existing variable instead of `:=` */
  assign: boolean;
  cmds: Command[];
}

export type Node =
  | { t: "text"; v: string }
  | { t: "action"; pipe: Pipeline }
  | { t: "if" | "with"; pipe: Pipeline; list: Node[]; elseList?: Node[] }
  | { t: "range"; pipe: Pipeline; list: Node[]; elseList?: Node[] };

export class TemplateError extends Error {}

type Tok = { k: "text"; v: string } | { k: "action"; v: string; line: number };

function lexTemplate(src: string): Tok[] {
  const toks: Tok[] = [];
  let pos = 0;
  while (pos < src.length) {
    const open = src.indexOf("{{", pos);
    if (open < 0) {
      toks.push({ k: "text", v: src.slice(pos) });
      break;
    }
    let text = src.slice(pos, open);
    let start = open + 2;
    if (/^- /.test(src.slice(start, start + 2)) || src.slice(start, start + 2) === "-\t" || src.slice(start, start + 2) === "-\n") {
      text = text.replace(/[ \t\r\n]+$/, "");
      start += 1;
    }
    if (text) toks.push({ k: "text", v: text });
    // find the closing delimiter outside of quotes
    let i = start;
    let quote = "";
    for (; i < src.length; i++) {
      const c = src[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = "";
      } else if (c === '"' || c === "`" || c === "'") quote = c;
      else if (src.startsWith("}}", i)) break;
    }
    if (i >= src.length) throw new TemplateError("unclosed action");
    let body = src.slice(start, i);
    pos = i + 2;
    if (/[ \t\r\n]-$/.test(body)) {
      body = body.slice(0, -1);
      const m = /^[ \t\r\n]*/.exec(src.slice(pos));
      pos += m ? m[0].length : 0;
    }
    toks.push({ k: "action", v: body.trim(), line: 1 });
  }
  return toks;
}

/** Splits an action body into words (strings, parens and operators kept as their own tokens). */
function words(body: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < body.length && body[j] !== '"') j += body[j] === "\\" ? 2 : 1;
      out.push(body.slice(i, j + 1));
      i = j + 1;
    } else if (c === "`") {
      const j = body.indexOf("`", i + 1);
      out.push(body.slice(i, j + 1));
      i = j + 1;
    } else if (c === "'") {
      const j = body.indexOf("'", i + 2);
      out.push(body.slice(i, j + 1));
      i = j + 1;
    } else if ("()|".includes(c)) {
      out.push(c);
      i++;
      if (c === ")" && body[i] === ".") {
        let j = i;
        while (j < body.length && !/[\s()|,]/.test(body[j])) j++;
        out.push("\u0000" + body.slice(i, j));
        i = j;
      }
    } else if (body.startsWith(":=", i)) {
      out.push(":=");
      i += 2;
    } else if (c === "=" || c === ",") {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < body.length && !/[\s()|,]/.test(body[j]) && !body.startsWith(":=", j)) {
        if (body[j] === "=" ) break;
        j++;
      }
      // a field chain may follow a parenthesised pipeline: (x).a -> handled as separate word ".a"
      out.push(body.slice(i, j));
      i = j;
    }
  }
  return out;
}

function unquote(w: string): string {
  if (w.startsWith("`")) return w.slice(1, -1);
  if (w.startsWith("'")) {
    const inner = JSON.parse(`"${w.slice(1, -1).replace(/"/g, '\\"')}"`) as string;
    return String(inner.codePointAt(0));
  }
  return JSON.parse(w) as string;
}

function parseArg(w: string, rest: string[]): Arg {
  if (w === "(") {
    const inner: string[] = [];
    let depth = 1;
    while (rest.length) {
      const x = rest.shift() as string;
      if (x === "(") depth++;
      if (x === ")" && --depth === 0) break;
      inner.push(x);
    }
    const piped: Arg = { t: "pipe", pipe: parsePipeline(inner) };
    if (rest[0]?.startsWith("\u0000")) return { t: "chain", base: piped, path: (rest.shift() as string).slice(2).split(".") };
    return piped;
  }
  if (w.startsWith('"') || w.startsWith("`")) return { t: "str", v: unquote(w) };
  if (w.startsWith("'")) return { t: "num", v: Number(unquote(w)) };
  if (w === "true" || w === "false") return { t: "bool", v: w === "true" };
  if (w === "nil") return { t: "nil" };
  if (/^[-+]?(\d|\.\d)/.test(w)) {
    const n = Number(w);
    if (Number.isNaN(n)) throw new TemplateError(`bad number syntax: "${w}"`);
    return { t: "num", v: n };
  }
  if (w === ".") return { t: "field", base: "dot", path: [] };
  if (w.startsWith(".")) return { t: "field", base: "dot", path: w.slice(1).split(".") };
  if (w.startsWith("$")) {
    const [name, ...path] = w.split(".");
    return { t: "field", base: name, path };
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(w)) return { t: "ident", name: w };
  throw new TemplateError(`unexpected "${w}" in command`);
}

export function parsePipeline(ws: string[]): Pipeline {
  const pipe: Pipeline = { decl: [], assign: false, cmds: [] };
  const declAt = ws.findIndex((w) => w === ":=" || w === "=");
  let rest = ws;
  if (declAt > 0 && ws.slice(0, declAt).every((w) => w.startsWith("$") || w === ",")) {
    pipe.decl = ws.slice(0, declAt).filter((w) => w !== ",");
    pipe.assign = ws[declAt] === "=";
    rest = ws.slice(declAt + 1);
  }
  let current: Arg[] = [];
  const queue = [...rest];
  while (queue.length) {
    const w = queue.shift() as string;
    if (w === "|") {
      if (!current.length) throw new TemplateError("missing command");
      pipe.cmds.push({ args: current });
      current = [];
      continue;
    }
    current.push(parseArg(w, queue));
  }
  if (current.length) pipe.cmds.push({ args: current });
  if (!pipe.cmds.length) throw new TemplateError("missing value for command");
  return pipe;
}

/** Parses a whole template into its node tree. */
export function parseGoTemplate(src: string): Node[] {
  const toks = lexTemplate(src);
  let i = 0;
  function parseList(stopAt: string[]): { list: Node[]; stop: string } {
    const list: Node[] = [];
    while (i < toks.length) {
      const tok = toks[i++];
      if (tok.k === "text") {
        list.push({ t: "text", v: tok.v });
        continue;
      }
      const body = tok.v;
      if (body.startsWith("/*")) continue;
      const ws = words(body);
      const kw = ws[0];
      if (stopAt.includes(kw)) {
        if (kw === "else" && ws[1] === "if") {
          // `else if` is an else containing a nested if that shares our `end`
          const pipe = parsePipeline(ws.slice(2));
          const inner = parseList(["else", "end"]) as { list: Node[]; stop: string; elseIf?: Node };
          const node: Node = { t: "if", pipe, list: inner.list };
          if (inner.stop === "elseif") node.elseList = [inner.elseIf as Node];
          else if (inner.stop === "else") node.elseList = parseList(["end"]).list;
          return { list: [...list], stop: "elseif", elseIf: node } as never;
        }
        return { list, stop: kw };
      }
      if (kw === "if" || kw === "with" || kw === "range") {
        const pipe = parsePipeline(ws.slice(1));
        const body1 = parseList(["else", "end"]) as { list: Node[]; stop: string; elseIf?: Node };
        const node = { t: kw, pipe, list: body1.list } as Node & { elseList?: Node[] };
        if (body1.stop === "elseif") node.elseList = [body1.elseIf as Node];
        else if (body1.stop === "else") node.elseList = parseList(["end"]).list;
        else if (body1.stop !== "end") throw new TemplateError(`unexpected EOF`);
        list.push(node);
        continue;
      }
      if (kw === "end" || kw === "else") throw new TemplateError(`unexpected {{${kw}}}`);
      if (kw === "define" || kw === "template" || kw === "block") throw new TemplateError(`${kw} is not supported`);
      list.push({ t: "action", pipe: parsePipeline(ws) });
    }
    if (stopAt.length) throw new TemplateError("unexpected EOF");
    return { list, stop: "" };
  }
  return parseList([]).list;
}
