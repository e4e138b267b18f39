/**
 * generateName: apiserver/pkg/storage/names/generate.go `SimpleNameGenerator` — the base cut to
 * 58 characters plus utilrand.String(5) over k8s.io/apimachinery/pkg/util/rand's alphabet (no vowels,
 * no confusable digits), so `web-` becomes `web-7xk2q`.
 */
import { randomInt } from "node:crypto";

export const NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
const MAX_NAME_LENGTH = 63;
const RANDOM_LENGTH = 5;
const MAX_GENERATED_BASE = MAX_NAME_LENGTH - RANDOM_LENGTH;

/** utilrand.String(n). */
export function randomString(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += NAME_ALPHABET[randomInt(NAME_ALPHABET.length)];
  return out;
}

export function generateName(base: string): string {
  return `${base.length > MAX_GENERATED_BASE ? base.slice(0, MAX_GENERATED_BASE) : base}${randomString(RANDOM_LENGTH)}`;
}
