/**
 * The escape hatch for checks that are not worth a declarative type: named TypeScript functions,
 * each in its own file under custom-checks/, registered by name with a zod schema for its params.
 */
import type { z } from "zod";
import type { CheckContext } from "./check-context";
import type { CheckResult } from "./types";

export interface CustomCheck<P = unknown> {
  name: string;
  /** Validates `params` from the front matter when lessons load, so a typo fails lessons:check, not a student. */
  params: z.ZodType<P>;
  /** Resources whose changes can change the outcome; the progress tracker watches them. */
  watches: string[];
  evaluate(params: P, ctx: CheckContext): CheckResult;
}

const registry = new Map<string, CustomCheck>();

export function registerCustomCheck<P>(check: CustomCheck<P>): void {
  if (registry.has(check.name)) throw new Error(`custom check "${check.name}" is registered twice`);
  registry.set(check.name, check as CustomCheck);
}

export function getCustomCheck(name: string): CustomCheck | undefined {
  return registry.get(name);
}

export function customCheckNames(): string[] {
  return [...registry.keys()].sort();
}
