import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toGoYaml, yamlKeyLess } from "./go-yaml";

const testdata = (f: string) => readFileSync(new URL(`../testdata/${f}`, import.meta.url), "utf8");

describe("toGoYaml", () => {
  it("prints a deployment exactly as kubectl get -o yaml", () => {
    const obj = JSON.parse(testdata("deployment_hello-node.json"));
    expect(toGoYaml(obj)).toBe(testdata("getpodyaml.stdout"));
  });

  it("quotes strings that would read as other types", () => {
    expect(toGoYaml({ a: "3", b: "true", c: "", d: "y", e: "2026-11-27T08:54:25Z", f: "x y", g: "*", h: "a: b" })).toBe(
      'a: "3"\nb: "true"\nc: ""\nd: "y"\ne: "2026-11-27T08:54:25Z"\nf: x y\ng: \'*\'\nh: \'a: b\'\n',
    );
  });

  it("writes multi-line strings as literal blocks", () => {
    expect(toGoYaml({ m: { k: '{"a":1}\n' }, n: "x\ny" })).toBe('m:\n  k: |\n    {"a":1}\n"n": |-\n  x\n  y\n');
  });

  it("folds long plain scalars after column 80", () => {
    const msg = "word ".repeat(30).trim();
    const out = toGoYaml({ message: msg });
    expect(out.split("\n")[0].length).toBeGreaterThan(80);
    expect(out.split("\n")[1].startsWith("  word")).toBe(true);
  });

  it("sorts non-letters before letters and digit runs numerically", () => {
    expect(yamlKeyLess(".", "f:app")).toBe(true);
    expect(yamlKeyLess("a10", "a9")).toBe(false);
    expect(yamlKeyLess("a9", "a10")).toBe(true);
  });

  it("indents sequences of maps like yaml.v2", () => {
    expect(toGoYaml({ items: [{ a: 1, b: [] }, "x"], e: {} })).toBe("e: {}\nitems:\n- a: 1\n  b: []\n- x\n");
  });
});
