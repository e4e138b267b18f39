/**
 * The pod-template-hash label: ComputeHash (pkg/controller/controller_utils.go, v1.20) = FNV-32a over
 * go-spew `%#v` of the PodTemplateSpec, plus collisionCount as 8 little-endian bytes when set, then
 * rand.SafeEncodeString of the decimal sum (apimachinery/pkg/util/rand/rand.go).
 */
import { spewPodTemplate } from "./deployment-template-spew";
import { defaultedTemplate } from "./deployment-template-defaults";

/** Alphabet without vowels or confusable characters (rand.go `alphanums`). */
export const SAFE_ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

export function fnv32a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** SafeEncodeString: each character maps to `alphanums[ch % len]`. */
export function safeEncodeString(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHANUMS[s.charCodeAt(i) % SAFE_ALPHANUMS.length];
  return out;
}

/** Hashes of stored (deep-frozen, so unchanging) templates, per collisionCount: syncs recompute them often. */
const hashesOfStored = new WeakMap<object, Map<number | undefined, string>>();

/** The hash of a template without a pod-template-hash label (the deployment's own template). */
export function computeTemplateHash(template: unknown, collisionCount?: number): string {
  const count = collisionCount ?? undefined;
  if (typeof template !== "object" || template === null || !Object.isFrozen(template)) return templateHash(template, count);
  let known = hashesOfStored.get(template);
  if (!known) hashesOfStored.set(template, (known = new Map()));
  let hash = known.get(count);
  if (hash === undefined) known.set(count, (hash = templateHash(template, count)));
  return hash;
}

function templateHash(template: unknown, collisionCount: number | undefined): string {
  const text = spewPodTemplate(defaultedTemplate(template));
  let bytes = new TextEncoder().encode(text);
  if (collisionCount !== undefined && collisionCount !== null) {
    const extra = new Uint8Array(8);
    new DataView(extra.buffer).setUint32(0, collisionCount >>> 0, true);
    const joined = new Uint8Array(bytes.length + 8);
    joined.set(bytes);
    joined.set(extra, bytes.length);
    bytes = joined;
  }
  return safeEncodeString(String(fnv32a(bytes)));
}
