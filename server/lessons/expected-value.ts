import type { ExpectedValue, Quantity } from "./check-schema";

/**
 * Compares a field read from an object with what a check expects. Scalars compare as text so that a
 * YAML author's `replicas: 4` and `image: "x:v2"` both just work.
 */
export function matchesExpected(actual: unknown, expected: ExpectedValue): boolean {
  if (expected === null || typeof expected !== "object") {
    if (expected === null) return actual === null || actual === undefined;
    return actual !== undefined && actual !== null && String(actual) === String(expected);
  }
  const present = actual !== undefined && actual !== null;
  if (expected.exists !== undefined && expected.exists !== present) return false;
  if (expected.not !== undefined && present && String(actual) === String(expected.not)) return false;
  if (expected.gte !== undefined || expected.lte !== undefined) {
    const n = Number(actual ?? 0);
    if (Number.isNaN(n)) return false;
    if (expected.gte !== undefined && n < expected.gte) return false;
    if (expected.lte !== undefined && n > expected.lte) return false;
  }
  if (expected.regex !== undefined && !(present && new RegExp(expected.regex).test(String(actual)))) return false;
  return true;
}

/** "4", "at least 2", "between 2 and 4": for reasons shown to students. */
export function describeExpected(expected: ExpectedValue): { en: string; zh: string } {
  if (expected === null) return { en: "empty", zh: "为空" };
  if (typeof expected !== "object") return { en: showValue(expected), zh: showValue(expected) };
  const en: string[] = [];
  const zh: string[] = [];
  if (expected.exists === true) en.push("set"), zh.push("已设置");
  if (expected.exists === false) en.push("not set"), zh.push("未设置");
  if (expected.not !== undefined) en.push(`not "${String(expected.not)}"`), zh.push(`不是 "${String(expected.not)}"`);
  const q = describeQuantity({ gte: expected.gte, lte: expected.lte });
  if (expected.gte !== undefined || expected.lte !== undefined) en.push(q.en), zh.push(q.zh);
  if (expected.regex !== undefined) en.push(`matching /${expected.regex}/`), zh.push(`匹配 /${expected.regex}/`);
  return { en: en.join(" and "), zh: zh.join("且") };
}

export function quantityHolds(n: number, q: Quantity | undefined, defaultMin = 1): boolean {
  if (q === undefined) return n >= defaultMin;
  if (typeof q === "number") return n === q;
  return (q.gte === undefined || n >= q.gte) && (q.lte === undefined || n <= q.lte);
}

export function describeQuantity(q: Quantity | undefined, defaultMin = 1): { en: string; zh: string } {
  if (q === undefined) return { en: `at least ${defaultMin}`, zh: `至少 ${defaultMin} 个` };
  if (typeof q === "number") return { en: String(q), zh: `${q} 个` };
  if (q.gte !== undefined && q.lte !== undefined) {
    return q.gte === q.lte
      ? { en: String(q.gte), zh: `${q.gte} 个` }
      : { en: `between ${q.gte} and ${q.lte}`, zh: `${q.gte} 到 ${q.lte} 个` };
  }
  if (q.gte !== undefined) return { en: `at least ${q.gte}`, zh: `至少 ${q.gte} 个` };
  if (q.lte !== undefined) return { en: `at most ${q.lte}`, zh: `最多 ${q.lte} 个` };
  return { en: "any number", zh: "任意数量" };
}

/** Numbers and booleans bare, text in quotes, objects as JSON: how a value reads in a reason. */
export function showValue(v: unknown): string {
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return String(v);
}
