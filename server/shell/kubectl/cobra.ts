/**
 * The parts of spf13/cobra (command.go, args.go) that shape what a user sees: finding the command
 * among the arguments (Find/stripFlags), "unknown command" with its "Did you mean this?" suggestions
 * (SuggestionsFor: Levenshtein distance ≤ 2, case-insensitive, or a prefix match).
 */
import type { Command } from "./command";
import type { FlagSpec } from "./flags";

/** Levenshtein distance, case-insensitive as cobra's `ld(s, t, ignoreCase=true)`. */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 0; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    }
  return d[s.length][t.length];
}

export function suggestionsFor(typed: string, commands: Command[]): string[] {
  const out: string[] = [];
  for (const c of commands) {
    const close = levenshtein(typed, c.name) <= 2 || c.name.toLowerCase().startsWith(typed.toLowerCase());
    if (close || c.suggestFor?.includes(typed)) out.push(c.name);
  }
  // cobra sorts subcommands by name before suggesting (EnableCommandSorting).
  return out.sort();
}

/** The first argument that is not a flag or a flag's value (cobra's stripFlags + argsMinusFirstX). */
export function firstNonFlag(argv: string[], flags: FlagSpec[]): number {
  const takesValue = (spec: FlagSpec | undefined) => !!spec && spec.type !== "bool" && spec.noOptDefault === undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return -1;
    if (a.startsWith("--") && a.length > 2) {
      if (!a.includes("=") && takesValue(flags.find((f) => f.name === a.slice(2)))) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (a.length === 2 && takesValue(flags.find((f) => f.shorthand === a[1]))) i++;
      continue;
    }
    return i;
  }
  return -1;
}

export function findSubcommand(name: string, commands: Command[]): Command | undefined {
  return commands.find((c) => c.name === name || c.aliases?.includes(name));
}
