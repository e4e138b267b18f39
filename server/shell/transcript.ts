/**
 * Runs a list of command lines in one sandbox and writes what a terminal would show: the prompt (`$ `
 * for the host, as the seed tutorial prints it; a pod shell's own prompt), the command, its output.
 * Used by the headless CLI and the golden tests.
 */
import type { Sandbox } from "../sandbox/sandbox";
import { isIncomplete } from "./command-line";
import { ShellSession } from "./shell-session";

export interface TranscriptOptions {
  write(text: string): void;
  color: boolean;
  /** Called before each line runs (the golden tests advance time here). */
  beforeLine?(line: string, index: number): Promise<void> | void;
  /** Simulated time after which line `index` gets a Ctrl-C, if any (a student interrupting it). */
  interruptAfter?(index: number): number | undefined;
  tabId?: string;
}

/** Splits a script into command lines, joining the lines of one command (here-documents, open quotes). */
export function splitCommandLines(source: string): string[] {
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const commands: string[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    pending.push(line);
    const text = pending.join("\n");
    if (isIncomplete(text)) continue;
    commands.push(text);
    pending = [];
  }
  if (pending.length) commands.push(pending.join("\n"));
  return commands;
}

/** Runs every line; resolves to the exit status of the last one. */
export async function runTranscript(sandbox: Sandbox, commands: string[], opts: TranscriptOptions): Promise<number> {
  let atLineStart = true;
  const write = (text: string) => {
    if (!text) return;
    atLineStart = text.endsWith("\n");
    opts.write(text);
  };
  // A prompt starts on a fresh line even after output without a final newline (as the terminal does).
  const newline = () => {
    if (!atLineStart) write("\n");
  };
  const session = new ShellSession({ sandbox, tabId: opts.tabId ?? "cli", color: opts.color, output: { write } });
  let code = 0;
  try {
    for (const [index, line] of commands.entries()) {
      await opts.beforeLine?.(line, index);
      newline();
      write(session.notifications());
      const prompt = session.depth === 1 ? "$ " : session.prompt();
      write(prompt + line.split("\n").join("\n> ") + "\n");
      session.remember(line);
      if (!line.trim()) continue;
      const ctl = new AbortController();
      const after = opts.interruptAfter?.(index);
      const timer = after !== undefined ? sandbox.clock.schedule(sandbox.clock.now() + after, () => {
        write("^C");
        ctl.abort();
      }) : undefined;
      const outcome = await session.run(line, ctl.signal);
      if (timer) sandbox.clock.cancel(timer);
      code = outcome.exitCode;
      if (outcome.loggedOut) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    newline();
    write(session.notifications());
  } finally {
    session.dispose();
  }
  return code;
}
