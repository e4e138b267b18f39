import { describe, expect, it } from "vitest";
import { readPath, parsePath } from "./json-path";
import { splitSections } from "./markdown-sections";

describe("splitSections", () => {
  it("splits at level-2 headings with ids and ignores headings inside code fences", () => {
    const md = "Intro\n\n## One {#one}\ntext\n```\n## not a step {#x}\n```\n## Plain heading\nmore\n## Two {#two}\nlast";
    const s = splitSections(md);
    expect(s.intro).toBe("Intro");
    expect(s.steps.map((x) => x.id)).toEqual(["one", "two"]);
    expect(s.steps[0]!.body).toContain("## not a step {#x}");
    expect(s.steps[0]!.body).toContain("## Plain heading");
    expect(s.steps[1]).toEqual({ id: "two", title: "Two", body: "last" });
  });
});

describe("json paths", () => {
  const obj = { metadata: { labels: { "app.kubernetes.io/name": "x" } }, spec: { containers: [{ name: "a", image: "i:1" }, { name: "b", image: "i:2" }] } };
  it("reads dotted names, indexes, quoted keys and name selectors", () => {
    expect(readPath(obj, "spec.containers[1].image")).toBe("i:2");
    expect(readPath(obj, "spec.containers[name=a].image")).toBe("i:1");
    expect(readPath(obj, "metadata.labels['app.kubernetes.io/name']")).toBe("x");
    expect(readPath(obj, "spec.missing.deeper")).toBeUndefined();
  });
  it("rejects malformed paths", () => {
    expect(() => parsePath("spec..replicas")).toThrow();
    expect(() => parsePath("spec[")).toThrow();
  });
});
