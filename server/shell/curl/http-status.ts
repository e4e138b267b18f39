import { strftime } from "../commands/date-command";

/** Reason phrases curl prints on the status line (net/http status.go, what Go servers send). */
const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  410: "Gone",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? "";
}

/** Header names as Go's textproto.CanonicalMIMEHeaderKey writes them ("content-type" → "Content-Type"). */
export function canonicalHeader(name: string): string {
  return name
    .split("-")
    .map((p) => (p ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))
    .join("-");
}

/** An HTTP Date header (RFC 7231 IMF-fixdate) for a simulated time. */
export function httpDate(ms: number): string {
  return strftime("%a, %d %b %Y %H:%M:%S GMT", ms);
}
