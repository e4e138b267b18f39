/**
 * Golden transcript scripts: command lines plus harness directions on lines starting with "#@"
 * (`#@ wait 60s`: simulated time passes before the next line, as while a student reads;
 * `#@ interrupt 5s`: Ctrl-C reaches the next line after that long). Plain comments are dropped.
 */
import { parseSleepOperand } from "../commands/sleep-command";
import { splitCommandLines } from "../transcript";

export interface GoldenLine {
  line: string;
  waitBeforeMs: number;
  interruptAfterMs?: number;
}

export function parseGoldenScript(source: string): GoldenLine[] {
  const out: GoldenLine[] = [];
  let wait = 0;
  let interrupt: number | undefined;
  const commands = splitCommandLines(source);
  for (const command of commands) {
    const directive = /^#@\s*(wait|interrupt)\s+(\S+)\s*$/.exec(command);
    if (directive) {
      const ms = parseSleepOperand(directive[2]);
      if (ms === undefined) throw new Error(`bad duration in ${command}`);
      if (directive[1] === "wait") wait += ms;
      else interrupt = ms;
      continue;
    }
    if (/^\s*#/.test(command) || !command.trim()) continue;
    out.push({ line: command, waitBeforeMs: wait, interruptAfterMs: interrupt });
    wait = 0;
    interrupt = undefined;
  }
  return out;
}
