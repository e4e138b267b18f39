import { describe, expect, it } from "vitest";
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, validateSubdomainName } from "./name-validation";

describe("apimachinery validation messages", () => {
  it("DNS-1123 label and subdomain", () => {
    expect(isDNS1123Label("my-name")).toEqual([]);
    expect(isDNS1123Label("My")).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(isDNS1123Label("a".repeat(64))).toEqual(["must be no more than 63 characters"]);
    expect(isDNS1123Subdomain("a.b-c")).toEqual([]);
    expect(isDNS1123Subdomain("a_b")).toHaveLength(1);
  });

  it("DNS-1035 label (service names)", () => {
    expect(isDNS1035Label("1abc")).toEqual([
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });

  it("qualified names and label values", () => {
    expect(isQualifiedName("app.kubernetes.io/name")).toEqual([]);
    expect(isQualifiedName("a/b/c")[0]).toMatch(/^a qualified name must consist of/);
    expect(isQualifiedName("/x")).toEqual(["prefix part must be non-empty"]);
    expect(isValidLabelValue("")).toEqual([]);
    expect(isValidLabelValue("-x")[0]).toMatch(/^a valid label must be an empty string or consist of alphanumeric characters/);
  });

  it("accepts a generateName ending in a dash", () => {
    expect(validateSubdomainName("web-7567d9fdc9-", true)).toEqual([]);
    expect(validateSubdomainName("web-", false)).toHaveLength(1);
  });
});
