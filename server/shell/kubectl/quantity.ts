/**
 * Just enough of apimachinery's resource.Quantity for describe node: parse `250m`, `1`, `128Mi`, `1G`,
 * add, and print in canonical form (binary suffixes stay binary, millis when not whole).
 */

const BINARY: [string, number][] = [["Ei", 2 ** 60], ["Pi", 2 ** 50], ["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
const DECIMAL: [string, number][] = [["E", 1e18], ["P", 1e15], ["T", 1e12], ["G", 1e9], ["M", 1e6], ["k", 1e3]];

export interface Quantity {
  /** value × 1000, so millis stay integral */
  milli: number;
  binary: boolean;
}

export function parseQuantity(s: string | number | undefined): Quantity {
  if (s === undefined) return { milli: 0, binary: false };
  const text = String(s);
  const m = /^([+-]?\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec(text);
  if (!m) return { milli: 0, binary: false };
  const n = parseFloat(m[1]);
  const suffix = m[2];
  if (suffix === "m") return { milli: Math.round(n), binary: false };
  const b = BINARY.find(([k]) => k === suffix);
  if (b) return { milli: Math.round(n * b[1] * 1000), binary: true };
  const d = DECIMAL.find(([k]) => k === suffix);
  return { milli: Math.round(n * (d ? d[1] : 1) * 1000), binary: false };
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli + b.milli, binary: a.milli ? a.binary : b.binary };
}

export function formatQuantity(q: Quantity): string {
  if (q.milli === 0) return "0";
  if (q.milli % 1000 !== 0) return `${q.milli}m`;
  const v = q.milli / 1000;
  for (const [suffix, factor] of q.binary ? BINARY : DECIMAL) if (v % factor === 0) return `${v / factor}${suffix}`;
  return String(v);
}
