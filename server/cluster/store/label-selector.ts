/**
 * Label selectors: the string form parsed exactly like k8s.io/apimachinery/pkg/labels/selector.go
 * `labels.Parse` (lexer, parser and error messages), and the metav1.LabelSelector form converted as
 * `metav1.LabelSelectorAsSelector`.
 */
import { isQualifiedName, isValidLabelValue } from "../kinds/name-validation";

export type Operator = "in" | "notin" | "=" | "==" | "!=" | "exists" | "!" | "gt" | "lt";

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

/** A parsed selector: all requirements must match (an empty list matches everything). */
export interface LabelSelector {
  requirements: Requirement[];
  /** True for a null metav1.LabelSelector: matches nothing. */
  matchesNothing?: boolean;
}

/** A parse failure; `message` is what the API server puts into its BadRequest. */
export class SelectorParseError extends Error {}

type Tok = "id" | "eos" | "!" | "!=" | "(" | ")" | "," | "=" | "==" | ">" | "<" | "in" | "notin" | "error";
interface Token {
  tok: Tok;
  lit: string;
}

const SPECIAL = new Set(["=", "!", "(", ")", ",", ">", "<"]);
const SYMBOLS: Record<string, Tok> = { "!": "!", "!=": "!=", "(": "(", ")": ")", ",": ",", "=": "=", "==": "==", ">": ">", "<": "<" };
const isWhitespace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";

function lex(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  for (;;) {
    while (i < input.length && isWhitespace(input[i])) i++;
    if (i >= input.length) {
      out.push({ tok: "eos", lit: "" });
      return out;
    }
    const c = input[i];
    if (SPECIAL.has(c)) {
      // Longest symbol that is still a known token (Lexer.scanSpecialSymbol).
      let lit = "";
      let tok: Tok | undefined;
      while (i < input.length && SPECIAL.has(input[i])) {
        const next = lit + input[i];
        if (!(next in SYMBOLS)) break;
        lit = next;
        tok = SYMBOLS[next];
        i++;
      }
      if (!tok) {
        out.push({ tok: "error", lit: `error expected: keyword found '${input[i]}'` });
        i++;
        continue;
      }
      out.push({ tok, lit });
      continue;
    }
    let j = i;
    while (j < input.length && !isWhitespace(input[j]) && !SPECIAL.has(input[j])) j++;
    const lit = input.slice(i, j);
    i = j;
    out.push({ tok: lit === "in" ? "in" : lit === "notin" ? "notin" : "id", lit });
  }
}

const BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  /** In the "Values" context keywords are identifiers (Parser.lookahead/consume with Values). */
  private peek(values: boolean): Token {
    const t = this.tokens[this.pos];
    return values && (t.tok === "in" || t.tok === "notin") ? { tok: "id", lit: t.lit } : t;
  }
  private next(values: boolean): Token {
    const t = this.peek(values);
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.peek(true);
      if (tok === "eos") return reqs;
      if (tok !== "id" && tok !== "!") throw new SelectorParseError(`found '${lit}', expected: !, identifier, or 'end of string'`);
      try {
        reqs.push(this.requirement());
      } catch (e) {
        throw new SelectorParseError(`unable to parse requirement: ${(e as Error).message}`);
      }
      const t = this.next(true);
      if (t.tok === "eos") return reqs;
      if (t.tok !== ",") throw new SelectorParseError(`found '${t.lit}', expected: ',' or 'end of string'`);
      const t2 = this.peek(true);
      if (t2.tok !== "id" && t2.tok !== "!") throw new SelectorParseError(`found '${t2.lit}', expected: identifier after ','`);
    }
  }

  private requirement(): Requirement {
    let t = this.next(true);
    let operator: Operator | undefined;
    if (t.tok === "!") {
      operator = "!";
      t = this.next(true);
    }
    if (t.tok !== "id") throw new Error(`found '${t.lit}', expected: identifier`);
    const key = t.lit;
    const keyErrs = isQualifiedName(key);
    if (keyErrs.length) throw new Error(`invalid label key ${JSON.stringify(key)}: ${keyErrs.join("; ")}`);
    const la = this.peek(true).tok;
    if (la === "eos" || la === ",") return newRequirement(key, operator ?? "exists", []);
    if (operator === "!") return newRequirement(key, "!", []);
    const op = this.operator();
    const values = op === "in" || op === "notin" ? this.valueSet() : this.exactValue();
    return newRequirement(key, op, values);
  }

  private operator(): Operator {
    const t = this.next(false);
    const ops: Partial<Record<Tok, Operator>> = { in: "in", notin: "notin", "=": "=", "==": "==", "!=": "!=", ">": "gt", "<": "lt" };
    const op = ops[t.tok];
    if (!op) throw new Error(`found '${t.lit}', expected: ${BINARY_OPERATORS}`);
    return op;
  }

  private valueSet(): string[] {
    const t = this.next(true);
    if (t.tok !== "(") throw new Error(`found '${t.lit}' expected: '('`);
    const la = this.peek(true);
    if (la.tok === ")") {
      this.next(true);
      return [""];
    }
    if (la.tok !== "id" && la.tok !== ",") throw new Error(`found '${la.lit}', expected: ',', ')' or identifier`);
    const s = this.identifiers();
    if (this.next(true).tok !== ")") throw new Error(`found '${la.lit}', expected: ')'`);
    return s;
  }

  private identifiers(): string[] {
    const s = new Set<string>();
    for (;;) {
      const t = this.next(true);
      if (t.tok === "id") {
        s.add(t.lit);
        const t2 = this.peek(true);
        if (t2.tok === ",") continue;
        if (t2.tok === ")") return [...s].sort();
        throw new Error(`found '${t2.lit}', expected: ',' or ')'`);
      }
      if (t.tok === ",") {
        if (!s.size) s.add("");
        const t2 = this.peek(true);
        if (t2.tok === ")") {
          s.add("");
          return [...s].sort();
        }
        if (t2.tok === ",") {
          this.next(true);
          s.add("");
        }
        continue;
      }
      throw new Error(`found '${t.lit}', expected: ',', or identifier`);
    }
  }

  private exactValue(): string[] {
    const la = this.peek(true);
    if (la.tok === "eos" || la.tok === ",") return [""];
    const t = this.next(true);
    if (t.tok === "id") return [t.lit];
    throw new Error(`found '${t.lit}', expected: identifier`);
  }
}

/** labels.NewRequirement's checks. */
function newRequirement(key: string, operator: Operator, values: string[]): Requirement {
  if ((operator === "in" || operator === "notin") && !values.length) {
    throw new Error("for 'in', 'notin' operators, values set can't be empty");
  }
  if ((operator === "=" || operator === "==" || operator === "!=") && values.length !== 1) {
    throw new Error("exact-match compatibility requires one single value");
  }
  if (operator === "gt" || operator === "lt") {
    if (values.length !== 1) throw new Error("for 'Gt', 'Lt' operators, exactly one value is required");
    if (!/^[-+]?\d+$/.test(values[0])) throw new Error("for 'Gt', 'Lt' operators, the value must be an integer");
  }
  for (const v of values) {
    const errs = isValidLabelValue(v);
    if (errs.length) throw new Error(`invalid label value: ${JSON.stringify(v)}: at key: ${JSON.stringify(key)}: ${errs.join("; ")}`);
  }
  return { key, operator, values };
}

/** labels.Parse. Throws SelectorParseError with upstream's message. Requirements come sorted by key. */
export function parseLabelSelector(selector: string): LabelSelector {
  const reqs = new Parser(lex(selector)).parse();
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { requirements: reqs };
}

/** Requirement.Matches. */
function matchesRequirement(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = labels[r.key];
  switch (r.operator) {
    case "in":
    case "=":
    case "==":
      return has && r.values.includes(value);
    case "notin":
    case "!=":
      return !has || !r.values.includes(value);
    case "exists":
      return has;
    case "!":
      return !has;
    case "gt":
    case "lt": {
      if (!has || !/^[-+]?\d+$/.test(value)) return false;
      const lhs = Number(value);
      const rhs = Number(r.values[0]);
      return r.operator === "gt" ? lhs > rhs : lhs < rhs;
    }
  }
}

export function matchesLabels(sel: LabelSelector, labels: Record<string, string> | undefined): boolean {
  if (sel.matchesNothing) return false;
  const l = labels ?? {};
  return sel.requirements.every((r) => matchesRequirement(r, l));
}

/** The metav1.LabelSelector JSON shape. */
export interface LabelSelectorSpec {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/**
 * metav1.LabelSelectorAsSelector: null matches nothing, {} matches everything. Throws
 * SelectorParseError for an unknown operator (`"Foo" is not a valid pod selector operator`).
 */
export function labelSelectorFromSpec(spec: LabelSelectorSpec | null | undefined): LabelSelector {
  if (!spec) return { requirements: [], matchesNothing: true };
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(spec.matchLabels ?? {})) reqs.push({ key: k, operator: "=", values: [v] });
  for (const e of spec.matchExpressions ?? []) {
    const op = ({ In: "in", NotIn: "notin", Exists: "exists", DoesNotExist: "!" } as Record<string, Operator>)[e.operator];
    if (!op) throw new SelectorParseError(`${JSON.stringify(e.operator)} is not a valid pod selector operator`);
    reqs.push({ key: e.key, operator: op, values: [...(e.values ?? [])].sort() });
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { requirements: reqs };
}

/** internalSelector.String(): `app=x,tier in (a,b),!gone` (what `kubectl get rs -o wide` shows). */
export function formatLabelSelector(sel: LabelSelector): string {
  return sel.requirements
    .map((r) => {
      switch (r.operator) {
        case "exists":
          return r.key;
        case "!":
          return `!${r.key}`;
        case "in":
        case "notin":
          return `${r.key} ${r.operator} (${r.values.join(",")})`;
        case "gt":
          return `${r.key}>${r.values[0]}`;
        case "lt":
          return `${r.key}<${r.values[0]}`;
        default:
          return `${r.key}${r.operator}${r.values[0]}`;
      }
    })
    .join(",");
}
