/**
 * The `--help` texts of kubectl v1.20.2, captured from the real binary into ./help/<command-path>.txt
 * (e.g. `kubectl-rollout-status.txt`) and served verbatim.
 */
import { readFileSync } from "node:fs";

const cache = new Map<string, string | null>();

/** The help text of `kubectl <path...>`, or null when none was captured. */
export function helpText(path: string[]): string | null {
  const file = ["kubectl", ...path].join("-");
  if (!cache.has(file)) {
    try {
      cache.set(file, readFileSync(new URL(`./help/${file}.txt`, import.meta.url), "utf8"));
    } catch {
      cache.set(file, null);
    }
  }
  return cache.get(file) ?? null;
}
