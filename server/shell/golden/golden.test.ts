/**
 * Golden transcripts: each `*.sh` here is replayed in a fresh sandbox on virtual time and compared,
 * normalised, with the `*.transcript` beside it. `UPDATE_GOLDEN=1 npx vitest run server/shell/golden`
 * rewrites the transcripts; read the diff before keeping it.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testSandbox } from "../testing/test-sandbox";
import { runTranscript } from "../transcript";
import { parseGoldenScript } from "./golden-script";
import { normaliseTranscript } from "./normalise";

/**
 * The simulation draws names, ClusterIPs, NodePorts and backends at random; a seeded generator per
 * script makes a replay repeat itself exactly (placeholders still hide what differs from the seed).
 */
const seeded = vi.hoisted(() => {
  let state = 1;
  return {
    reset: () => void (state = 20261127),
    next: () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32),
  };
});

vi.mock("node:crypto", async (importOriginal) => {
  const crypto = await importOriginal<typeof import("node:crypto")>();
  const randomInt = (a: number, b?: number) => (b === undefined ? Math.floor(seeded.next() * a) : a + Math.floor(seeded.next() * (b - a)));
  return { ...crypto, default: { ...crypto, randomInt }, randomInt };
});

beforeEach(() => {
  seeded.reset();
  vi.spyOn(Math, "random").mockImplementation(seeded.next);
});

const DIR = import.meta.dirname;
const SCRIPTS = readdirSync(DIR).filter((f) => f.endsWith(".sh"));

async function replay(script: string): Promise<string> {
  const { sandbox } = testSandbox(script);
  const lines = parseGoldenScript(readFileSync(path.join(DIR, script), "utf8"));
  let out = "";
  await runTranscript(
    sandbox,
    lines.map((l) => l.line),
    {
      write: (s) => (out += s),
      color: false,
      beforeLine: async (_line, i) => {
        const { waitBeforeMs } = lines[i];
        if (waitBeforeMs > 0) {
          const run = new AbortController().signal;
          await sandbox.drive(sandbox.wait(waitBeforeMs, run), run, () => undefined);
        }
      },
      interruptAfter: (i) => lines[i].interruptAfterMs,
    },
  );
  return normaliseTranscript(out);
}

describe("golden transcripts", () => {
  for (const script of SCRIPTS) {
    it(script, async () => {
      const actual = await replay(script);
      const file = path.join(DIR, script.replace(/\.sh$/, ".transcript"));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
});
