/**
 * YAML as `kubectl get -o yaml` prints it: sigs.k8s.io/yaml JSONToYAML, i.e. gopkg.in/yaml.v2 marshalling
 * a generic map. Reproduced: key order (sorter.go keyList.Less: numbers first, then a "natural" order in
 * which non-letters sort before letters and digit runs compare numerically), sequences not indented
 * under their key, scalar styles (encode.go stringv + emitterc.go analyze/select_scalar_style: plain
 * when it would not resolve to another type and has no indicators, else single quotes, else double
 * quotes; literal `|` blocks for multi-line strings) and folding of long plain and single-quoted
 * scalars past column 80 (best_width).
 */
import { stringScalar } from "./yaml-scalar";

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
