/**
 * When a student counts as stuck, so the teacher looks at them first: either they have been on their
 * current step much longer than the cohort usually needs for it, or they keep running the same command
 * and it keeps failing. Pure (no clock, no database), so the dashboard and its tests share it.
 */
export interface StuckPolicy {
  /** "Much longer" = this many times the cohort's median time on the step. */
  slowFactor: number;
  /** Nobody is stuck before this long on a step, however fast the others were. */
  minStuckMs: number;
  /** Used while fewer than `minSamples` students have finished the step. */
  fallbackStuckMs: number;
  minSamples: number;
  /** The same command failing this many times in a row (most recent first). */
  repeatedFailures: number;
}

export const DEFAULT_STUCK_POLICY: StuckPolicy = {
  slowFactor: 2.5,
  minStuckMs: 5 * 60_000,
  fallbackStuckMs: 15 * 60_000,
  minSamples: 3,
  repeatedFailures: 3,
};

export type StuckReason =
  | { kind: "slow"; stepKey: string; onStepMs: number; medianMs: number | null }
  | { kind: "repeated-failure"; command: string; times: number };

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Whitespace differences do not make a different command. */
const normalize = (command: string) => command.trim().replace(/\s+/g, " ");

export function stuckReason(
  input: {
    current?: { stepKey: string; startedAt: number };
    /** The student's latest commands, newest first. */
    recentCommands: { command: string; exitCode: number }[];
  },
  medianMsByStep: ReadonlyMap<string, { medianMs: number | null; samples: number }>,
  now: number,
  policy: StuckPolicy = DEFAULT_STUCK_POLICY,
): StuckReason | null {
  const latest = input.recentCommands.slice(0, policy.repeatedFailures);
  if (latest.length === policy.repeatedFailures && latest.every((c) => c.exitCode !== 0 && normalize(c.command) === normalize(latest[0].command))) {
    return { kind: "repeated-failure", command: normalize(latest[0].command), times: latest.length };
  }
  if (!input.current) return null;
  const onStepMs = now - input.current.startedAt;
  const stats = medianMsByStep.get(input.current.stepKey);
  const enough = stats && stats.medianMs !== null && stats.samples >= policy.minSamples;
  const limit = enough ? Math.max(policy.minStuckMs, policy.slowFactor * stats.medianMs!) : policy.fallbackStuckMs;
  return onStepMs > limit ? { kind: "slow", stepKey: input.current.stepKey, onStepMs, medianMs: stats?.medianMs ?? null } : null;
}
