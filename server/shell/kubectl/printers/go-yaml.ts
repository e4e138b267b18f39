/**
 * YAML as `kubectl get -o yaml` prints it: sigs.k8s.io/yaml JSONToYAML, i.e. gopkg.in/yaml.v2 marshalling
 * a generic map. Reproduced: key order (sorter.go keyList.Less: numbers first, then a "natural" order in
 * which non-letters sort before letters and digit runs compare numerically), sequences not indented
 * under their key, scalar styles (encode.go stringv + emitterc.go analyze/select_scalar_style: plain
 * when it would not resolve to another type and has no indicators, else single quotes, else double
 * quotes; literal `|` blocks for multi-line strings) and folding of long plain and single-quoted
 * scalars past column 80 (best_width).
 */

const BEST_WIDTH = 80;

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}
function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function keyFloat(k: string): number | undefined {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(k)) return undefined;
  return Number(k);
}

/** yaml.v2 sorter.go keyList.Less for string keys. */
export function yamlKeyLess(a: string, b: string): boolean {
  const af = keyFloat(a);
  const bf = keyFloat(b);
  if (af !== undefined && bf !== undefined) return af !== bf ? af < bf : a < b;
  if (af !== undefined) return true;
  if (bf !== undefined) return false;
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

const NON_STRING_PLAIN = new Set([
  "", "~", "null", "Null", "NULL",
  "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE",
  "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE",
  ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "<<",
]);

/** True when yaml.v2's resolve() would read the unquoted text as something other than a string. */
function resolvesToNonString(s: string): boolean {
  if (NON_STRING_PLAIN.has(s)) return true;
  if (/^[-+]?(0|[1-9][0-9_]*)$/.test(s)) return true; // int
  if (/^[-+]?0b[01_]+$/.test(s) || /^[-+]?0x[0-9a-fA-F_]+$/.test(s) || /^[-+]?0[0-7_]+$/.test(s)) return true;
  if (/^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return true; // float
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s)) return true; // base 60
  // timestamps (yaml.v2 >= 2.1 resolves them when unquoted)
  if (/^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)/.test(s) && !Number.isNaN(Date.parse(s.replace(" ", "T")))) return true;
  return false;
}

interface Analysis {
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  /** literal/folded block styles */
  blockAllowed: boolean;
}

/** emitterc.go yaml_emitter_analyze_scalar, reduced to block context. */
function analyze(s: string): Analysis {
  if (s === "") return { blockPlainAllowed: false, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = false;
  let special = false;
  let lineBreaks = false;
  let spaceBreak = false;
  let breakSpace = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith("---") || s.startsWith("...")) blockIndicators = true;
  const chars = [...s];
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || next === " " || next === "\t" || next === "\n" || next === "\r";
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) blockIndicators = true;
      if ((c === "?" || c === ":") && followedByWhitespace) blockIndicators = true;
      if (c === "-" && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ":" && followedByWhitespace) blockIndicators = true;
      if (c === "#" && precededByWhitespace) blockIndicators = true;
    }
    const code = c.codePointAt(0) as number;
    const printable =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x7e) || code === 0x85 ||
      (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) || code >= 0x10000;
    if (!printable) special = true;
    if (c === "\n" || c === "\r") lineBreaks = true;
    if (c === " ") {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (c === "\n" || c === "\r") {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === " " || c === "\t" || c === "\n" || c === "\r";
  }
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  const blockAllowed = !(spaceBreak || special || trailingSpace);
  return { blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/** Writes text folding at single spaces once past BEST_WIDTH, as write_plain/single_quoted do. */
function fold(text: string, column: number, indent: number, isSpaceAt: (i: number) => boolean): string {
  let out = "";
  let col = column;
  let spaces = false;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (isSpaceAt(i)) {
      if (!spaces && col > BEST_WIDTH && i > 0 && i < chars.length - 1 && !isSpaceAt(i + 1)) {
        out += "\n" + " ".repeat(indent);
        col = indent;
      } else {
        out += chars[i];
        col++;
      }
      spaces = true;
    } else {
      out += chars[i];
      col++;
      spaces = false;
    }
  }
  return out;
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).toUpperCase().padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}

/**
 * A string scalar written at `column` (chars already on the line); `indent` is where continuation
 * lines start. `isKey`: simple keys never fold nor use block styles.
 */
function stringScalar(s: string, column: number, indent: number, isKey: boolean): string {
  const a = analyze(s);
  const canPlain = !resolvesToNonString(s) && !/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s);
  if (s.includes("\n") && !isKey) return a.blockAllowed ? literal(s, indent) : doubleQuoted(s);
  if (!canPlain) return doubleQuoted(s);
  if (a.blockPlainAllowed) {
    if (isKey) return s;
    const chars = [...s];
    return fold(s, column, indent, (i) => chars[i] === " ");
  }
  if (a.singleQuotedAllowed) {
    const chars = [...s];
    const body = isKey ? s.replace(/'/g, "''") : foldQuoted(chars, column + 1, indent);
    return `'${body}'`;
  }
  return doubleQuoted(s);
}

function foldQuoted(chars: string[], column: number, indent: number): string {
  let out = "";
  let col = column;
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === " ") {
      if (!spaces && col > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== " ") {
        out += "\n" + " ".repeat(indent);
        col = indent;
      } else {
        out += c;
        col++;
      }
      spaces = true;
    } else {
      if (c === "'") {
        out += "'";
        col++;
      }
      out += c;
      col++;
      spaces = false;
    }
  }
  return out;
}

function literal(s: string, indent: number): string {
  let chomp = "-";
  if (s.endsWith("\n")) chomp = /\n\n$/.test(s) || s === "\n" ? "+" : "";
  const indicator = s.startsWith(" ") || s.startsWith("\n") ? "2" : "";
  const body = chomp === "" ? s.slice(0, -1) : chomp === "+" ? s.slice(0, -1) : s;
  const lines = body.split("\n").map((l) => (l === "" ? "" : " ".repeat(indent) + l));
  return `|${indicator}${chomp}\n${lines.join("\n")}`;
}

function scalar(v: unknown, column: number, indent: number, isKey = false): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") {
    if (Number.isInteger(v)) return String(v);
    return String(v).replace(/e\+?(\d)$/, "e+0$1");
  }
  return stringScalar(String(v), column, indent, isKey);
}

function isCollection(v: unknown): v is object {
  return typeof v === "object" && v !== null && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
}

function emptyCollection(v: unknown): string | undefined {
  if (Array.isArray(v) && v.length === 0) return "[]";
  if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) return "{}";
  return undefined;
}

function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
}

/** Emits a mapping whose keys start at `indent`; `firstPrefix` replaces the first line's indentation. */
function emitMap(o: Record<string, unknown>, indent: number, firstPrefix?: string): string {
  let out = "";
  sortedKeys(o).forEach((k, idx) => {
    const prefix = idx === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(indent);
    const key = scalar(k, prefix.length, indent, true);
    out += prefix + key + ":";
    out += emitValue(o[k], indent, prefix.length + key.length + 1, true);
  });
  return out;
}

function emitSeq(a: unknown[], indent: number, firstPrefix?: string): string {
  let out = "";
  a.forEach((item, idx) => {
    const prefix = (idx === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(indent)) + "- ";
    if (isCollection(item)) {
      out += Array.isArray(item) ? emitSeq(item, indent + 2, prefix) : emitMap(item as Record<string, unknown>, indent + 2, prefix);
    } else {
      const empty = emptyCollection(item);
      out += prefix + (empty ?? scalar(item, prefix.length, indent + 2)) + "\n";
    }
  });
  return out;
}

/** The value after `key:`; `column` is where the colon ended. */
function emitValue(v: unknown, indent: number, column: number, inMap: boolean): string {
  if (isCollection(v)) {
    // yaml.v2 writes sequences inside mappings without extra indentation.
    if (Array.isArray(v)) return "\n" + emitSeq(v, inMap ? indent : indent + 2);
    return "\n" + emitMap(v as Record<string, unknown>, indent + 2);
  }
  const empty = emptyCollection(v);
  if (empty) return ` ${empty}\n`;
  return " " + scalar(v, column + 1, indent + 2) + "\n";
}

/** sigs.k8s.io/yaml.Marshal of a JSON value. */
export function toGoYaml(v: unknown): string {
  if (isCollection(v)) return Array.isArray(v) ? emitSeq(v, 0) : emitMap(v as Record<string, unknown>, 0);
  const empty = emptyCollection(v);
  return (empty ?? scalar(v, 0, 0)) + "\n";
}
