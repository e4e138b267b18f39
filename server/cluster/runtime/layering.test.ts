/**
 * server/cluster is plain TypeScript driven by an injected Clock (STYLE.md §1, docs/team-rules.md):
 * no framework, database or socket imports, no wall-clock reads, no real timers. Comments may
 * mention them; code may not.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".case.ts") ? [full] : [];
  });
}

/** The file without comments and string contents, so only code is checked. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/`(?:\\.|[^`\\])*`/g, "``")
    .replace(/"(?:\\.|[^"\\])*"/g, (s) => (s.startsWith('"') && /^"(next|react|socket\.io|@prisma)/.test(s) ? s : '""'));
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+"(next|react|react-dom|socket\.io|socket\.io-client|@prisma\/[^"]*)(\/[^"]*)?"/, "framework or database import"],
  [/\bDate\.now\s*\(/, "Date.now()"],
  [/\bnew\s+Date\s*\(/, "new Date()"],
  [/\b(setTimeout|setInterval|setImmediate)\s*\(/, "a real timer"],
  [/\bperformance\.now\s*\(/, "performance.now()"],
];

describe("server/cluster layering", () => {
  it("reads time only from the Clock and imports no framework", () => {
    const violations: string[] = [];
    for (const file of sources(ROOT)) {
      const text = code(readFileSync(file, "utf8"));
      for (const [re, what] of FORBIDDEN) if (re.test(text)) violations.push(`${path.relative(ROOT, file)}: ${what}`);
    }
    expect(violations).toEqual([]);
  });
});
