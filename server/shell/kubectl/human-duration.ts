/**
 * The time formats describe uses: ages via apimachinery's HumanDuration (one implementation, shared with
 * the API server's table printing) and time.RFC1123Z in UTC, the sandbox's local zone.
 */
import { humanDuration } from "../../kube-api/human-duration";

export { humanDuration };

/** describe.go translateTimestampSince: `<unknown>` for a zero time. */
export function since(timestamp: string | null | undefined, nowMs: number): string {
  if (!timestamp) return "<unknown>";
  const t = Date.parse(timestamp);
  if (Number.isNaN(t) || t <= Date.UTC(1, 0, 1)) return "<unknown>";
  return humanDuration(nowMs - t);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Go's time.RFC1123Z layout, `Fri, 27 Nov 2026 08:54:26 +0000`. */
export function rfc1123z(timestamp: string | number): string {
  const d = new Date(timestamp);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
