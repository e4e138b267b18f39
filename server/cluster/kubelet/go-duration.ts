/**
 * Go's time.Duration.String() (src/time/time.go), for the kubelet's
 * `Successfully pulled image "x" in 6.513357735s` message.
 */

function fraction(value: bigint, digits: number): string {
  const s = value.toString().padStart(digits, "0").replace(/0+$/, "");
  return s ? `.${s}` : "";
}

export function goDuration(nanos: bigint): string {
  if (nanos === 0n) return "0s";
  const neg = nanos < 0n;
  let n = neg ? -nanos : nanos;
  let out: string;
  if (n < 1_000n) out = `${n}ns`;
  else if (n < 1_000_000n) out = `${n / 1_000n}${fraction(n % 1_000n, 3)}µs`;
  else if (n < 1_000_000_000n) out = `${n / 1_000_000n}${fraction(n % 1_000_000n, 6)}ms`;
  else {
    const secs = `${(n / 1_000_000_000n) % 60n}${fraction(n % 1_000_000_000n, 9)}s`;
    n /= 1_000_000_000n;
    const mins = n / 60n;
    const hours = mins / 60n;
    out = hours > 0n ? `${hours}h${mins % 60n}m${secs}` : mins > 0n ? `${mins}m${secs}` : secs;
  }
  return neg ? `-${out}` : out;
}
