/**
 * The parts of resource.ParseQuantity (apimachinery/pkg/api/resource/quantity.go) that decide how a
 * Quantity is spewed: its int64Amount (value, scale), its Format and the cached string `s`, which
 * ParseQuantity keeps only when the input is already canonical. Exponent forms (`1e3`) and values that
 * overflow int64 are not modelled; they parse as best we can.
 */
export interface ParsedQuantity {
  value: number;
  scale: number;
  format: "DecimalSI" | "BinarySI" | "DecimalExponent";
  cached: string;
}

const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

export function parseQuantity(str: string): ParsedQuantity {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?([a-zA-Z]*)$/.exec(str.trim());
  if (!m) return { value: 0, scale: 0, format: "DecimalSI", cached: "" };
  const [, sign, num = "", denom = "", suffix] = m;
  const positive = sign !== "-";
  const binary = suffix in binarySuffixes;
  if (binary) {
    const exponent = binarySuffixes[suffix];
    const base = Number(num + denom) / 10 ** denom.length;
    const value = Math.round(base * 2 ** exponent) * (positive ? 1 : -1);
    // "if exponent%10 == 0 && (value&0x07 != 0)" keeps the string (quantity.go ParseQuantity).
    const keep = denom.length === 0 && (Number(num) & 0x07) !== 0;
    return { value, scale: 0, format: "BinarySI", cached: keep ? str : "" };
  }
  const exponent = decimalSuffixes[suffix] ?? 0;
  const scale = exponent - denom.length;
  const shifted = num + denom;
  const value = Number(shifted) * (positive ? 1 : -1);
  const keep = scale % 3 === 0 && !shifted.endsWith("000") && shifted[0] !== "0";
  return { value, scale, format: "DecimalSI", cached: keep ? str : "" };
}
