/**
 * JSON exactly as the v1.20 API server writes it.
 *
 * - Compact bodies come from Go's `json.NewEncoder(w).Encode` (k8s.io/apimachinery/pkg/runtime/serializer/json/json.go
 *   `doEncode`): one line followed by "\n", with `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c`… because
 *   the encoder's HTML escaping is on (visible in the real tables: `"\u003cnone\u003e"`).
 * - Pretty bodies (`json.MarshalIndent(obj, "", "  ")`, same file) have no trailing newline. The apiserver
 *   pretty-prints for curl, wget and browsers (endpoints/handlers/negotiation `isPrettyPrint` checks the User-Agent).
 * Watch streams are always compact, whatever the User-Agent (k8s-fixtures/watch_pods_plain_curl.ndjson).
 */

const GO_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

const ESCAPED = Object.entries(GO_ESCAPES);

/**
 * Go's HTML-safe escaping. These characters can only occur inside JSON strings, so a global replace is
 * safe. One native search per character beats a regular expression with a callback per match by two to
 * twenty times on list bodies (most have no `&` or U+2028 at all; Tables have many `<none>`).
 */
function goEscape(json: string): string {
  let out = json;
  for (const [c, escaped] of ESCAPED) if (out.includes(c)) out = out.replaceAll(c, escaped);
  return out;
}

/** One compact JSON line ending in "\n", as `json.Encoder.Encode`. */
export function encodeCompact(value: unknown): string {
  return goEscape(JSON.stringify(value)) + "\n";
}

/** Indented JSON without a trailing newline, as `json.MarshalIndent(v, "", "  ")`. */
export function encodePretty(value: unknown): string {
  return goEscape(JSON.stringify(value, null, 2));
}

/** isPrettyPrint (apiserver/pkg/endpoints/handlers/responsewriters): `?pretty=true`, or a curl/wget/browser User-Agent. */
export function wantsPretty(userAgent: string | undefined, query: URLSearchParams): boolean {
  const pretty = query.get("pretty");
  // strconv.ParseBool; an empty value falls through to the User-Agent check, as upstream.
  if (pretty) return ["1", "t", "T", "TRUE", "true", "True"].includes(pretty);
  const ua = userAgent ?? "";
  return ua.startsWith("curl") || ua.startsWith("Wget") || ua.startsWith("Mozilla/5.0");
}

/** Encodes a reply body: pretty for humans, compact otherwise. */
export function encodeBody(value: unknown, pretty: boolean): string {
  return pretty ? encodePretty(value) : encodeCompact(value);
}
