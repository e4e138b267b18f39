/**
 * How gopkg.in/yaml.v2 writes one string scalar: encode.go stringv (plain only when the text would not
 * resolve to another type, else double quotes), emitterc.go yaml_emitter_analyze_scalar and
 * select_scalar_style (indicators and spaces force single quotes, special characters double quotes,
 * multi-line text a literal `|` block) and the folding of long plain and single-quoted scalars past
 * column 80 (best_width).
 */

const BEST_WIDTH = 80;

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
export function stringScalar(s: string, column: number, indent: number, isKey: boolean): string {
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
