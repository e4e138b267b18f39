/**
 * Sandboxes for tests and benchmarks: in memory, on virtual time, with the real cluster assembly.
 */
import { clusterProvider, MemoryClusterStorage } from "../../sandbox/cluster-provider";
import { Sandbox } from "../../sandbox/sandbox";
import type { CommandRecord } from "../../sandbox/sandbox-types";
import { VirtualClock } from "../../sandbox/virtual-clock";
import type { CountingClock } from "../../cluster/clock";
import { ShellSession } from "../shell-session";

/** 2026-11-27 08:00:00 UTC, the same origin as the cluster's FakeClock. */
export const TEST_EPOCH = Date.UTC(2026, 10, 27, 8, 0, 0);

/**
 * A sandbox on virtual time, or on `clock` (a fast SystemClock for tests of commands that run until
 * Ctrl-C, which virtual time would interrupt as soon as nothing else is due).
 */
export function testSandbox(id = "test", clock: CountingClock = new VirtualClock(TEST_EPOCH)): { sandbox: Sandbox; clock: CountingClock; records: CommandRecord[] } {
  const records: CommandRecord[] = [];
  const sandbox = new Sandbox({
    id,
    clock,
    clusters: clusterProvider(new MemoryClusterStorage()),
    history: { onCommand: (r) => records.push(r) },
  });
  return { sandbox, clock, records };
}

/** A shell session whose output is collected; `run` returns what one line printed. */
export function testSession(sandbox: Sandbox, tabId = "tab-1") {
  let output = "";
  const session = new ShellSession({ sandbox, tabId, color: false, output: { write: (s) => (output += s) } });
  return {
    session,
    async run(line: string, signal = new AbortController().signal): Promise<{ out: string; code: number }> {
      const before = output.length;
      const outcome = await session.run(line, signal);
      return { out: output.slice(before), code: outcome.exitCode };
    },
    all: () => output,
  };
}
