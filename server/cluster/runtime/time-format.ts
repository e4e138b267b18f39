/**
 * Timestamps as the API server serialises them, computed from epoch milliseconds without reading the
 * wall clock: metav1.Time is RFC 3339 at second precision ("2026-11-27T08:54:26Z"), metav1.MicroTime
 * has six fraction digits ("2026-11-27T08:54:26.123000Z", RFC3339Micro in apimachinery/pkg/apis/meta/v1/micro_time.go).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse). */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

function parts(ms: number): { date: string; time: string; millis: number } {
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  const [y, mo, d] = civil(days);
  const s = Math.floor(inDay / 1000);
  return {
    date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`,
    time: `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`,
    millis: inDay % 1000,
  };
}

/** metav1.Time: "2026-11-27T08:54:26Z" (fractions truncated). */
export function formatTime(ms: number): string {
  const p = parts(ms);
  return `${p.date}T${p.time}Z`;
}

/** metav1.MicroTime: "2026-11-27T08:54:26.123000Z". */
export function formatMicroTime(ms: number): string {
  const p = parts(ms);
  return `${p.date}T${p.time}.${pad(p.millis, 3)}000Z`;
}

/** Epoch milliseconds of an RFC 3339 timestamp, or undefined when absent or malformed. */
export function parseTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
