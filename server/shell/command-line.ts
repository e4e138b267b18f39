/**
 * What the shell needs to know about a line before running it, read from just-bash's parser: whether
 * bash would ask for more (PS2 `> `), and how to split it into the steps the shell runs one by one so
 * that output appears in order, `exit` and background `&` work, and a long-running command can write
 * straight to the terminal.
 */
import { parse, serialize } from "just-bash";
import type { PipelineNode, ScriptNode, StatementNode } from "just-bash";
import { hasUnterminatedArithmetic } from "./parser-guard";

type RedirectionOperator = "<" | ">" | ">>" | ">&" | "<&" | "<>" | ">|" | "&>" | "&>>" | "<<<" | "<<" | "<<-";
const INPUT_ONLY: ReadonlySet<RedirectionOperator> = new Set(["<", "<<", "<<-", "<<<"]);

/**
 * True when bash would print the continuation prompt: an open quote, `$(`, `${`, here-document or
 * compound command, or a line ending in `|`, `&&`, `||` or a backslash.
 */
export function isIncomplete(text: string): boolean {
  if (/(\|\||&&|\||\\)\s*$/.test(text) && !/\\\\\s*$/.test(text)) return true;
  if (hasUnterminatedArithmetic(text)) return true;
  let ast: ScriptNode;
  try {
    ast = parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/unexpected EOF|got EOF/.test(message)) return true;
    // "syntax error near unexpected token `done'" reported at the very end means the input stopped
    // inside a compound command: bash keeps reading.
    const at = /at (\d+):(\d+)/.exec(message);
    if (at) {
      const lines = text.split("\n");
      return Number(at[1]) >= lines.length && Number(at[2]) > lines[lines.length - 1].trimEnd().length;
    }
    return false;
  }
  try {
    serialize(ast);
  } catch (err) {
    return /here-document/.test(err instanceof Error ? err.message : "");
  }
  return false;
}

/**
 * One statement (an and-or list) run as one interpreter call, from its own source text: just-bash's
 * serializer is not faithful enough to rebuild smaller pieces (it drops `$'…'` quoting and moves
 * redirections past here-document bodies), so the shell never splits below a statement.
 */
export interface StatementStep {
  kind: "statement";
  source: string;
  /**
   * The command whose stdout is the terminal: the statement is one simple command without output
   * redirection, and that command's name does not also appear inside a `$(…)` of the statement
   * (just-bash does not tell a command it runs inside a substitution).
   */
  ttyCommand?: string;
  /** `exit [n]` typed at top level: the interpreter computes the status, the shell then closes. */
  exit?: boolean;
}

/** A statement ending in `&`, run as a job (source without the `&`). */
export interface BackgroundStep {
  kind: "background";
  source: string;
}

/**
 * The whole line in one interpreter call: function definitions must share a call with their use, and
 * a statement's source text leaves out here-document bodies.
 */
export interface WholeStep {
  kind: "whole";
  source: string;
  ttyCommand?: string;
}

export type Step = StatementStep | BackgroundStep | WholeStep;

/** Splits a line into steps; a line that does not parse is one step, so bash's own error appears. */
export function planLine(text: string): Step[] {
  if (hasUnterminatedArithmetic(text)) return [{ kind: "whole", source: text }];
  let ast: ScriptNode;
  try {
    ast = parse(text);
  } catch {
    return [{ kind: "whole", source: text }];
  }
  const statements = ast.statements;
  const single = statements.length === 1 && !statements[0].background ? statements[0] : undefined;
  const wholeTty = single && single.pipelines.length === 1 ? ttyCommandOf(single.pipelines[0], text) : undefined;
  const hasFunction = statements.some((s) => s.pipelines.some((p) => p.commands.some((c) => c.type === "FunctionDef")));
  if (hasFunction || /<</.test(text) || statements.some((s) => s.sourceText === undefined)) {
    return wholeTty ? [{ kind: "whole", source: text, ttyCommand: wholeTty }] : [{ kind: "whole", source: text }];
  }
  return statements.map((statement): Step => {
    const source = statement.sourceText ?? "";
    if (statement.background) return { kind: "background", source: source.replace(/&\s*$/, "").trimEnd() };
    const ttyCommand = statement.pipelines.length === 1 ? ttyCommandOf(statement.pipelines[0], source) : undefined;
    const step: StatementStep = { kind: "statement", source };
    if (ttyCommand) step.ttyCommand = ttyCommand;
    if (isExit(statement)) step.exit = true;
    return step;
  });
}

function simpleCommand(pipeline: PipelineNode) {
  const only = pipeline.commands.length === 1 ? pipeline.commands[0] : undefined;
  return only?.type === "SimpleCommand" ? only : undefined;
}

function commandName(simple: ReturnType<typeof simpleCommand>): string | undefined {
  const part = simple?.name?.parts.length === 1 ? simple.name.parts[0] : undefined;
  return part?.type === "Literal" ? part.value : undefined;
}

function ttyCommandOf(pipeline: PipelineNode, source: string): string | undefined {
  const simple = simpleCommand(pipeline);
  if (!simple || pipeline.negated || !simple.redirections.every((r) => INPUT_ONLY.has(r.operator))) return undefined;
  const name = commandName(simple);
  if (!name) return undefined;
  const substituted = /\$\(|`|<\(/.test(source) && source.split(name).length > 2;
  return substituted ? undefined : name;
}

function isExit(statement: StatementNode): boolean {
  if (statement.pipelines.length !== 1) return false;
  const simple = simpleCommand(statement.pipelines[0]);
  return commandName(simple) === "exit" && simple?.redirections.length === 0;
}
