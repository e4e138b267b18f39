/**
 * resource.Quantity values compared as numbers (k8s.io/apimachinery/pkg/api/resource/quantity.go):
 * decimal SI suffixes (m, k, M, G, ...), binary ones (Ki, Mi, Gi, ...) and exponents (1e3).
 */

export const QUANTITY_REGEX = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const SUFFIX: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The value in base units, or undefined when `q` is not a quantity. */
export function quantityValue(q: unknown): number | undefined {
  if (typeof q === "number") return q;
  if (typeof q !== "string") return undefined;
  const m = QUANTITY_REGEX.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (Number.isNaN(n)) return undefined;
  const suffix = m[2];
  if (suffix in SUFFIX) return n * SUFFIX[suffix];
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  return exp ? n * 10 ** Number(exp[1]) : undefined;
}
