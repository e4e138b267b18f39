/**
 * CSRF defence for cookie-authenticated requests: a mutating request whose Origin (or, without one, Referer)
 * names another site is refused. Requests with neither header come from non-browser clients, which cannot
 * ride on a victim's cookie, and are allowed.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isForeignOrigin(method: string, headers: { origin?: string; referer?: string; host?: string }, publicUrl?: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const source = headers.origin ?? headers.referer;
  if (!source || source === "null") return source === "null";
  let origin: URL;
  try {
    origin = new URL(source);
  } catch {
    return true;
  }
  if (publicUrl && origin.origin === new URL(publicUrl).origin) return false;
  return origin.host !== headers.host;
}
