/** Short human durations for the dashboard ("3 min", "1 h 5 min", "45 s"), in the reader's language. */
export function formatDuration(ms: number, locale: string): string {
  const zh = locale === "zh-CN";
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return zh ? `${s} 秒` : `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return zh ? `${m} 分钟` : `${m} min`;
  const h = Math.floor(m / 60);
  return zh ? `${h} 小时 ${m % 60} 分钟` : `${h} h ${m % 60} min`;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB"];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export function formatTime(iso: string | Date, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: "short", timeStyle: "medium" });
}
