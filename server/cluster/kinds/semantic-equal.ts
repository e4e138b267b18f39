/**
 * Deep equality of JSON values regardless of key order (apiequality.Semantic.DeepEqual for plain
 * JSON): what decides whether an update changed the spec (and bumps generation). Keys whose value is
 * `undefined` count as absent. Written without temporary arrays or closures: every write and most
 * reconciles compare whole objects, and the garbage showed up as scavenges in a command's latency.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    const aa = a as unknown[];
    const bb = b as unknown[];
    if (aa.length !== bb.length) return false;
    for (let i = 0; i < aa.length; i++) if (!semanticEqual(aa[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // Every defined key of `a` must equal `b`'s (so be defined there too); then equal counts leave `b` no extra one.
  let defined = 0;
  for (const k in ao) {
    if (!Object.prototype.hasOwnProperty.call(ao, k) || ao[k] === undefined) continue;
    if (!semanticEqual(ao[k], bo[k])) return false;
    defined++;
  }
  for (const k in bo) if (Object.prototype.hasOwnProperty.call(bo, k) && bo[k] !== undefined) defined--;
  return defined === 0;
}
