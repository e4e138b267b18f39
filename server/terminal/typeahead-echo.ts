/**
 * What a tty in canonical mode shows of keys typed while a command runs (linux n_tty.c): ECHO prints
 * text as it arrives, ECHOE rubs out an erased character with "\b \b", and Enter (ICRNL) echoes as a
 * newline that ONLCR sends as CR LF. bash's readline reads the same keys at the next prompt and draws
 * them again, so a student sees what they typed ahead twice, as in a real terminal. Keys a real tty
 * would show in ^X form (ECHOCTL: arrows, Tab) are queued without being shown.
 */
import { parseKeys } from "./input-keys";

/**
 * The echo of `data`, given `line`: what was echoed since the last newline and the last output (an
 * erase can only rub out that). Returns the text for the terminal and the new `line`.
 */
export function echoTypeahead(data: string, line: string): { out: string; line: string } {
  let out = "";
  for (const key of parseKeys(data)) {
    if (key.type === "text") {
      out += key.text;
      line += key.text;
    } else if (key.type === "enter") {
      out += "\r\n";
      line = "";
    } else if (key.type === "backspace" && line) {
      const last = [...line].pop()!;
      line = line.slice(0, -last.length);
      // One backspace moves one column: only a one-column character can be rubbed out this way.
      if (/^[\x20-\x7e]$/.test(last)) out += "\b \b";
    }
  }
  return { out, line };
}
