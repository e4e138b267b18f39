/**
 * The resource limits of one command line. just-bash counts commands, loop iterations, call depth and
 * output, and stops a runaway line with an error; the counts here keep the longest CPU-bound line
 * (`while true; do :; done`, a fork bomb) to a fraction of a second of one core (about 0.2 s on an idle
 * machine, several times that when the cores are shared), because the
 * interpreter never yields to the event loop while it counts.
 */
import type { BashOptions } from "just-bash";

type ExecutionLimits = NonNullable<BashOptions["executionLimits"]>;

export const MIB = 1024 * 1024;

/** What one terminal shows of one command line; the rest is dropped with a note. */
export const MAX_OUTPUT_PER_LINE = MIB;
/**
 * Longest line the shell accepts (bash has none; a browser can paste anything): just-bash refuses
 * scripts over 1,000,000 bytes, less room for the shell's own `$?` prefix.
 */
export const MAX_LINE_BYTES = 1_000_000 - 64;

export const SHELL_LIMITS: ExecutionLimits = {
  maxCommandCount: 5_000,
  maxLoopIterations: 5_000,
  maxAwkIterations: 100_000,
  maxSedIterations: 100_000,
  maxJqIterations: 100_000,
  maxCallDepth: 100,
  maxSubstitutionDepth: 20,
  maxExecDepth: 16,
  maxBraceExpansionResults: 10_000,
  maxArrayElements: 100_000,
  maxStringLength: 4 * MIB,
  maxHeredocSize: MIB,
  maxSourceBytes: MAX_LINE_BYTES + 1024,
  maxOutputSize: 4 * MIB,
  maxFileSystemBytes: 32 * MIB,
  maxLiveBytes: 64 * MIB,
  maxInputBytes: 16 * MIB,
  maxWorkUnits: 2_000_000,
  // Long-running commands (kubectl proxy, get -w) legitimately run for hours until Ctrl-C; CPU is
  // bounded by the counts above, not by wall time.
  maxExecutionTimeMs: 24 * 3600_000,
};

/**
 * Rewrites just-bash's limit errors ("…, increase executionLimits.maxCommandCount") into a message for
 * a student, who cannot change the limits, and drops the interpreter's own note about an aborted run
 * (the terminal already shows ^C).
 */
export function explainLimitErrors(stderr: string): string {
  if (!stderr) return stderr;
  return stderr
    .replace(/, increase executionLimits\.\w+/g, ": the command was stopped (Podium limits runaway commands)")
    .replace(/^bash: execution aborted\n?/gm, "");
}
