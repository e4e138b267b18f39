import { describe, expect, it } from "vitest";
import { executeJsonPath, parseJsonPath, relaxedJsonPath } from "./jsonpath";

const data = {
  kind: "List",
  items: [
    { metadata: { name: "a", labels: { app: "x" } }, status: { phase: "Running" }, spec: { containers: [{ image: "nginx" }] } },
    { metadata: { name: "b", labels: {} }, status: { phase: "Pending" }, spec: { containers: [{ image: "redis" }, { image: "busybox" }] } },
  ],
};
const jp = (t: string, o: { allowMissingKeys?: boolean; asJson?: boolean } = {}) => executeJsonPath(parseJsonPath(t), data, o);

describe("jsonpath", () => {
  it("lists names with [*]", () => expect(jp("{.items[*].metadata.name}")).toBe("a b"));
  it("indexes and slices", () => {
    expect(jp("{.items[0].metadata.name}")).toBe("a");
    expect(jp("{.items[-1:].metadata.name}")).toBe("b");
    expect(jp("{.items[0:1].metadata.name}")).toBe("a");
  });
  it("filters", () => expect(jp('{.items[?(@.status.phase=="Pending")].metadata.name}')).toBe("b"));
  it("ranges with literals", () => expect(jp('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}')).toBe("a\tRunning\nb\tPending\n"));
  it("recurses with ..", () => expect(jp("{..image}")).toBe("nginx redis busybox"));
  it("prints maps as JSON", () => expect(jp("{.items[0].metadata.labels}")).toBe('{"app":"x"}'));
  it("quoted keys and text around actions", () => expect(jp("name: {.items[0].metadata['name']}!")).toBe("name: a!"));
  it("missing keys print nothing unless disallowed", () => {
    expect(jp("{.nope}")).toBe("");
    expect(() => jp("{.nope}", { allowMissingKeys: false })).toThrow(/nope is not found/);
  });
  it("relaxes custom-column expressions", () => {
    expect(relaxedJsonPath(".metadata.name")).toBe("{.metadata.name}");
    expect(relaxedJsonPath("metadata.name")).toBe("{.metadata.name}");
    expect(relaxedJsonPath("{.metadata.name}")).toBe("{.metadata.name}");
  });
});
