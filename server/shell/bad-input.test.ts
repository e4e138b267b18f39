/**
 * Hostile and broken input: every case must end promptly with a message, never throw, never hang the
 * server (the interpreter does not yield while it counts, so each case also bounds blocking time).
 */
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES, MAX_OUTPUT_PER_LINE, MIB } from "./shell-limits";
import { testSandbox, testSession } from "./testing/test-sandbox";

async function timed(line: string) {
  const { sandbox } = testSandbox();
  const t = testSession(sandbox);
  const started = performance.now();
  const result = await t.run(line);
  return { ...result, ms: performance.now() - started, t };
}

describe("bad input", () => {
  it("binary garbage is just an unknown command", async () => {
    const garbage = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 7919) % 256));
    const r = await timed(garbage);
    expect(r.code).not.toBe(0);
    expect((await r.t.run("echo still here")).out).toBe("still here\n");
  });

  it("a line of the maximum length (about 1 MB) runs", async () => {
    const r = await timed(`echo ${"a".repeat(MAX_LINE_BYTES - 5)}`);
    expect(r.code).toBe(0);
    expect(r.out.length).toBe(MAX_LINE_BYTES - 4);
  });

  it("output beyond 1 MiB per line is cut with a note", async () => {
    const r = await timed("awk 'BEGIN{for(i=0;i<99999;i++) print \"0123456789abcdef\", i}'");
    expect(r.out.length).toBeLessThanOrEqual(MAX_OUTPUT_PER_LINE + 100);
    expect(r.out).toContain("[output truncated: Podium shows at most 1 MiB per command]");
  });

  it("a background job's output is cut at the same limit, with the same note", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    await t.run("awk 'BEGIN{for(i=0;i<99999;i++) print \"0123456789abcdef\", i}' &");
    await t.run("fg");
    expect(t.all().length).toBeLessThanOrEqual(MAX_OUTPUT_PER_LINE + 200);
    expect(t.all()).toContain("[output truncated: Podium shows at most 1 MiB per command]");
  });

  it("a line beyond the source limit is refused", async () => {
    const r = await timed(`echo ${"b".repeat(2 * MIB)}`);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/bash: /);
  });

  it("unterminated quotes are a syntax error", async () => {
    expect(await timed("echo 'abc").then((r) => r.out)).toBe("bash: line 1: unexpected EOF while looking for matching `''\n");
  });

  it.each([
    ["while true; do :; done", /too many commands executed .*Podium limits runaway commands/],
    ["for ((;;)); do echo x; done > /dev/null", /Podium limits runaway commands/],
    ["while :; do echo $((i++)); done | tail -1", /Podium limits runaway commands/],
    [":(){ :|:& };:", /maximum recursion depth .*Podium limits runaway commands/],
    ["f(){ f; }; f", /maximum recursion depth/],
    ["echo {1..10}{1..10}{1..10}{1..10}{1..10} | wc -c", /./],
  ])("%s stops with a clear message within moments", async (line, message) => {
    const r = await timed(line);
    expect(r.out).toMatch(message);
    // About 0.2 s on an idle machine. Not a speed test (bench/shell.ts is): the bound only tells a stop
    // from a hang, with room for a loaded CI machine.
    expect(r.ms).toBeLessThan(20_000);
  });

  it("yes | head -n 10000000 ends, with its output capped", async () => {
    const r = await timed("yes | head -n 10000000");
    expect(r.code).toBe(0);
    expect(r.out.length).toBeLessThanOrEqual(MAX_OUTPUT_PER_LINE + 100);
    expect(r.ms).toBeLessThan(20_000);
  });

  it("deeply nested command substitutions are refused", async () => {
    const r = await timed("echo " + "$(echo ".repeat(60) + "x" + ")".repeat(60));
    expect(r.out).toMatch(/bash: /);
  });
});
