/**
 * `date` on the sandbox's clock (just-bash's reads the host's wall clock, which differs from simulated
 * time at any speed but 1): the default output, `-u`, `-R`, `-I`, and `+FORMAT` with the strftime
 * conversions scripts use. Other options (`-d`, `-s`, `-r`) fall back to the bundled command.
 */
import { defineCommand, type Command } from "just-bash";
import type { Shell } from "../shell";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** strftime over UTC (the machine's zone: minikube hosts and containers run in UTC). */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const conv: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()],
    b: () => MONTHS[d.getUTCMonth()],
    h: () => MONTHS[d.getUTCMonth()],
    d: () => p(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => p(d.getUTCHours()),
    M: () => p(d.getUTCMinutes()),
    S: () => p(d.getUTCSeconds()),
    Y: () => String(d.getUTCFullYear()),
    y: () => p(d.getUTCFullYear() % 100),
    m: () => p(d.getUTCMonth() + 1),
    j: () => p(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, 3),
    s: () => String(Math.floor(ms / 1000)),
    N: () => p((ms % 1000) * 1_000_000, 9),
    T: () => `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`,
    F: () => `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`,
    D: () => `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${p(d.getUTCFullYear() % 100)}`,
    Z: () => "UTC",
    z: () => "+0000",
    n: () => "\n",
    t: () => "\t",
    "%": () => "%",
  };
  return format.replace(/%(.)/g, (m, c: string) => conv[c]?.() ?? m);
}

export function dateCommand(shell: Shell): Command {
  return defineCommand("date", async (args, ctx) => {
    const now = shell.sandbox.clock.now();
    let format = "%a %b %e %H:%M:%S %Z %Y";
    for (const a of args) {
      if (a === "-u" || a === "--utc" || a === "--universal") continue;
      if (a === "-R" || a === "--rfc-email") format = "%a, %d %b %Y %H:%M:%S %z";
      else if (a === "-I" || a === "--iso-8601") format = "%F";
      else if (a.startsWith("+")) format = a.slice(1);
      else if (ctx.origCommand) return ctx.origCommand(args);
    }
    return { stdout: strftime(format, now) + "\n", stderr: "", exitCode: 0 };
  });
}
