/**
 * Failed-login limiter: a sliding window of failure times per key (an account or an IP). Kept in memory:
 * a restart forgets it, which is acceptable for a single-process classroom server.
 */
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    return Math.ceil((recent[0] + this.windowMs - this.now()) / 1000);
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}

/** 5 failures per account and 20 per IP in 15 minutes, the usual guidance for interactive logins. */
export function createLoginLimiters(now?: () => number) {
  return {
    perAccount: new FailureLimiter(5, 15 * 60_000, now),
    perIp: new FailureLimiter(20, 15 * 60_000, now),
  };
}
