import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, generatePassword, randomFromAlphabet } from "./random-codes";
import { generateJoinCode, joinCodeProblem } from "./join-codes";

describe("random codes", () => {
  it("makes join codes of 8 unambiguous characters", () => {
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  it("makes passwords of three groups of four, above the 8-character minimum", () => {
    expect(generatePassword()).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });

  it("uses every character of the alphabet about equally often", () => {
    const counts = new Map<string, number>();
    for (const ch of randomFromAlphabet(CODE_ALPHABET, 31_000)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(CODE_ALPHABET.length);
    // Expected 1000 each; modulo bias would give the first 8 characters about 1/8 more.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(850);
      expect(n).toBeLessThan(1150);
    }
  });
});

describe("joinCodeProblem", () => {
  const open = { archived: false, codeExpires: null, codeMaxUses: null, codeUses: 0 };
  const now = new Date("2026-01-01T00:00:00Z");
  it("names why a code cannot be used", () => {
    expect(joinCodeProblem(null, now)).toBe("unknown");
    expect(joinCodeProblem(open, now)).toBeNull();
    expect(joinCodeProblem({ ...open, archived: true }, now)).toBe("archived");
    expect(joinCodeProblem({ ...open, codeExpires: now }, now)).toBe("expired");
    expect(joinCodeProblem({ ...open, codeExpires: new Date(now.getTime() + 1) }, now)).toBeNull();
    expect(joinCodeProblem({ ...open, codeMaxUses: 2, codeUses: 2 }, now)).toBe("used_up");
    expect(joinCodeProblem({ ...open, codeMaxUses: 2, codeUses: 1 }, now)).toBeNull();
  });
});
