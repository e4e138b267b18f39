/**
 * What the shell needs to know about a line before running it, read from just-bash's parser: whether
 * bash would ask for more (PS2 `> `), and how to split it into the steps the shell runs one by one so
 * that output appears in order, `exit` and background `&` work, and a long-running command can write
 * straight to the terminal.
 */
import { parse, serialize } from "just-bash";
import type { PipelineNode, ScriptNode, StatementNode } from "just-bash";

type RedirectionOperator = "<" | ">" | ">>" | ">&" | "<&" | "<>" | ">|" | "&>" | "&>>" | "<<<" | "<<" | "<<-";
const INPUT_ONLY: ReadonlySet<RedirectionOperator> = new Set(["<", "<<", "<<-", "<<<"]);

/**
 * True when bash would print the continuation prompt: an open quote, `$(`, `${`, here-document or
 * compound command, or a line ending in `|`, `&&`, `||` or a backslash.
 */
export function isIncomplete(text: string): boolean {
  if (/(\|\||&&|\||\\)\s*$/.test(text) && !/\\\\\s*$/.test(text)) return true;
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

/** One pipeline of a statement, with the operator that decides whether it runs. */
export interface PipelineStep {
  kind: "pipeline";
  /** The operator before it: run always (";"), only after success ("&&") or only after failure ("||"). */
  when: ";" | "&&" | "||";
  source: string;
  /** A lone simple command without output redirection: its stdout is the terminal. */
  tty: boolean;
  /** `exit [n]` typed at top level: the interpreter computes the status, the shell then closes. */
  exit?: boolean;
}

export interface BackgroundStep {
  kind: "background";
  source: string;
}

/** The whole line in one interpreter call (function definitions must share a call with their use). */
export interface WholeStep {
  kind: "whole";
  source: string;
}

export type Step = PipelineStep | BackgroundStep | WholeStep;

/** Splits a line into steps; a line that does not parse is one step, so bash's own error appears. */
export function planLine(text: string): Step[] {
  let ast: ScriptNode;
  try {
    ast = parse(text);
  } catch {
    return [{ kind: "whole", source: text }];
  }
  if (ast.statements.some((s) => s.pipelines.some((p) => p.commands.some((c) => c.type === "FunctionDef")))) {
    return [{ kind: "whole", source: text }];
  }
  const steps: Step[] = [];
  for (const statement of ast.statements) {
    if (statement.background) {
      steps.push({ kind: "background", source: serializeStatement({ ...statement, background: false }) });
      continue;
    }
    statement.pipelines.forEach((pipeline, i) => {
      const when = i === 0 ? ";" : statement.operators[i - 1];
      steps.push(pipelineStep(pipeline, when));
    });
  }
  return steps;
}

function pipelineStep(pipeline: PipelineNode, when: PipelineStep["when"]): PipelineStep {
  const source = serializeStatement({ type: "Statement", pipelines: [pipeline], operators: [], background: false });
  const only = pipeline.commands.length === 1 ? pipeline.commands[0] : undefined;
  const simple = only?.type === "SimpleCommand" ? only : undefined;
  const tty = !!simple && !pipeline.negated && simple.redirections.every((r) => INPUT_ONLY.has(r.operator));
  const name = simple?.name && simple.name.parts.length === 1 && simple.name.parts[0].type === "Literal" ? simple.name.parts[0].value : undefined;
  const exit = name === "exit" && simple?.redirections.length === 0;
  return exit ? { kind: "pipeline", when, source, tty, exit } : { kind: "pipeline", when, source, tty };
}

function serializeStatement(statement: StatementNode): string {
  return serialize({ type: "Script", statements: [statement] });
}
