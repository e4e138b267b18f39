/**
 * A recording KubectlIO for tests: collects stdout/stderr and runs kubectl with a fixed clock.
 */
import type { KubectlClock, KubectlIO } from "./io";
import { runKubectl } from "./run-kubectl";
import type { KubeTransport } from "./transport";
import { primeDiscovery } from "./discovery-client";
import { STATIC_REST_MAPPER } from "./rest-mapper";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runWith(
  argv: string[],
  transport: KubeTransport | null,
  extra: Partial<KubectlIO> & { clock?: KubectlClock; coldDiscovery?: boolean } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: KubectlIO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    signal: new AbortController().signal,
    env: {},
    transport,
    clock: { now: () => Date.UTC(2026, 10, 27, 9, 0, 0) },
    ...extra,
  };
  // a warm discovery cache, as in the fixture recordings: no discovery requests in the logs
  if (transport && !extra.coldDiscovery) primeDiscovery(io.clock, STATIC_REST_MAPPER, io.clock.now());
  const code = await runKubectl(argv, io);
  return { code, stdout, stderr };
}
