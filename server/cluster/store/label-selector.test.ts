import { describe, expect, it } from "vitest";
import { formatLabelSelector, labelSelectorFromSpec, matchesLabels, parseLabelSelector } from "./label-selector";

const parseError = (s: string) => {
  try {
    parseLabelSelector(s);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe("labels.Parse", () => {
  it("parses equality and set-based requirements, sorted by key", () => {
    const sel = parseLabelSelector("tier in (frontend, backend),app=web,!legacy,env!=prod,track");
    expect(formatLabelSelector(sel)).toBe("app=web,env!=prod,!legacy,tier in (backend,frontend),track");
  });

  it("matches like Requirement.Matches", () => {
    const m = (s: string, labels: Record<string, string>) => matchesLabels(parseLabelSelector(s), labels);
    expect(m("app=web", { app: "web" })).toBe(true);
    expect(m("app==web", { app: "db" })).toBe(false);
    expect(m("app!=web", {})).toBe(true);
    expect(m("tier in (a,b)", { tier: "b" })).toBe(true);
    expect(m("tier notin (a,b)", { tier: "c" })).toBe(true);
    expect(m("tier notin (a,b)", {})).toBe(true);
    expect(m("tier", { tier: "" })).toBe(true);
    expect(m("!tier", { tier: "" })).toBe(false);
    expect(m("n>3", { n: "4" })).toBe(true);
    expect(m("n<3", { n: "x" })).toBe(false);
    expect(m("", { a: "b" })).toBe(true);
    expect(m("a=", { a: "" })).toBe(true);
  });

  it("reports upstream's messages", () => {
    expect(parseError("app=web x")).toBe("found 'x', expected: ',' or 'end of string'");
    expect(parseError("app=")).toBeUndefined();
    expect(parseError("a,")).toBe("found '', expected: identifier after ','");
    expect(parseError("=a")).toBe("found '=', expected: !, identifier, or 'end of string'");
    expect(parseError("a in b")).toBe("unable to parse requirement: found 'b' expected: '('");
    expect(parseError("a b")).toBe("unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt");
    expect(parseError("A_-=x")).toMatch(/^unable to parse requirement: invalid label key "A_-": name part must consist of alphanumeric characters/);
    expect(parseError("a=b$")).toMatch(/^unable to parse requirement: invalid label value: "b\$": at key: "a": a valid label must be an empty string/);
    expect(parseError("n>x")).toBe("unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer");
  });
});

describe("LabelSelectorAsSelector", () => {
  it("null matches nothing, {} everything", () => {
    expect(matchesLabels(labelSelectorFromSpec(null), {})).toBe(false);
    expect(matchesLabels(labelSelectorFromSpec({}), { a: "b" })).toBe(true);
  });
  it("combines matchLabels and matchExpressions", () => {
    const sel = labelSelectorFromSpec({ matchLabels: { app: "x" }, matchExpressions: [{ key: "tier", operator: "In", values: ["b", "a"] }] });
    expect(formatLabelSelector(sel)).toBe("app=x,tier in (a,b)");
    expect(matchesLabels(sel, { app: "x", tier: "a" })).toBe(true);
    expect(matchesLabels(sel, { app: "x" })).toBe(false);
  });
});
