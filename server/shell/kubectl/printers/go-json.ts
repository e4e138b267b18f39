/**
 * JSON as Go's encoding/json writes an unstructured object: map keys sorted, `<`, `>`, `&`, U+2028 and
 * U+2029 escaped, control characters as \u00XX (except \n \r \t). `kubectl get -o json` indents with
 * four spaces (printers.JSONPrinter: json.MarshalIndent(obj, "", "    ")).
 */

export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&" || c === 0x2028 || c === 0x2029)
      out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

/** Go's formatting of a float64 in JSON ('f' for moderate exponents, else 'e'). */
function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return n.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  return String(n);
}

/** json.MarshalIndent(v, "", indent); compact when indent is "". */
export function goJSON(v: unknown, indent = "    ", level = 0): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return goQuote(v);
  if (typeof v === "number") return goNumber(v);
  if (typeof v === "boolean") return String(v);
  const nl = indent ? "\n" : "";
  const pad = indent.repeat(level + 1);
  const end = indent.repeat(level);
  const sep = indent ? ": " : ":";
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    return "[" + nl + v.map((x) => pad + goJSON(x, indent, level + 1)).join("," + nl) + nl + end + "]";
  }
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  if (!keys.length) return "{}";
  return (
    "{" +
    nl +
    keys.map((k) => pad + goQuote(k) + sep + goJSON((v as Record<string, unknown>)[k], indent, level + 1)).join("," + nl) +
    nl +
    end +
    "}"
  );
}
