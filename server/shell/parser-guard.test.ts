import { describe, expect, it } from "vitest";
import { hasUnterminatedArithmetic } from "./parser-guard";
import { testSandbox, testSession } from "./testing/test-sandbox";

describe("hasUnterminatedArithmetic", () => {
  it.each([
    ["echo $((x$?", true],
    ["a=$((1+$A", true],
    ["echo $((1+2)) $((x$?", true],
    ["echo $(( (1+2) * 3", true],
    ["echo $((1+2))", false],
    ["echo $(( (1+2) * 3 ))", false],
    ["echo '$((x$A'", false],
    ["echo \\$((x", false],
    ["echo $(ls)", false],
  ])("%j → %s", (text, expected) => {
    expect(hasUnterminatedArithmetic(text)).toBe(expected);
  });

  it("keeps the shell alive where just-bash's parser would loop forever", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect(await t.run("exit$((iptrue-o$?")).toEqual({ out: "bash: unexpected EOF while looking for matching `)'\nbash: syntax error: unexpected end of file\n", code: 2 });
  });
});
