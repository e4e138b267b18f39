/**
 * Splits what xterm.js sends into keys: printable runs, control characters and the escape sequences
 * of the keys readline binds (xterm's ctlseqs: CSI A–D arrows, CSI H/F and CSI 1~/4~ home/end, CSI 3~
 * delete, SS3 variants, ESC b/f for Alt-B/F). Bracketed-paste markers are dropped; anything else
 * unknown is ignored, so binary garbage cannot confuse the editor.
 */

export type Key =
  | { type: "text"; text: string }
  | {
      type:
        | "enter" | "tab" | "backspace" | "delete" | "left" | "right" | "up" | "down" | "home" | "end"
        | "ctrl-a" | "ctrl-c" | "ctrl-d" | "ctrl-e" | "ctrl-k" | "ctrl-l" | "ctrl-u" | "ctrl-w" | "word-left" | "word-right";
    };

const CSI_KEYS: Record<string, Key["type"]> = {
  A: "up", B: "down", C: "right", D: "left", H: "home", F: "end",
  "1~": "home", "7~": "home", "4~": "end", "8~": "end", "3~": "delete",
  "1;5D": "word-left", "1;5C": "word-right", "1;3D": "word-left", "1;3C": "word-right",
};

const CONTROL: Record<string, Key["type"]> = {
  "\r": "enter", "\n": "enter", "\t": "tab", "\x7f": "backspace", "\x08": "backspace",
  "\x01": "ctrl-a", "\x02": "left", "\x03": "ctrl-c", "\x04": "ctrl-d", "\x05": "ctrl-e", "\x06": "right",
  "\x0b": "ctrl-k", "\x0c": "ctrl-l", "\x0e": "down", "\x10": "up", "\x15": "ctrl-u", "\x17": "ctrl-w",
};

export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  const input = data.replace(/\x1b\[20[01]~/g, "");
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "\x1b") {
      const csi = /^\x1b(?:\[|O)([0-9;]*[A-Za-z~])/.exec(input.slice(i, i + 16));
      if (csi) {
        const type = CSI_KEYS[csi[1]];
        if (type) keys.push({ type } as Key);
        i += csi[0].length;
        continue;
      }
      const alt = input[i + 1];
      if (alt === "b") keys.push({ type: "word-left" });
      else if (alt === "f") keys.push({ type: "word-right" });
      i += alt === "b" || alt === "f" ? 2 : 1;
      continue;
    }
    if (ch === "\r" && input[i + 1] === "\n") {
      keys.push({ type: "enter" });
      i += 2;
      continue;
    }
    const control = CONTROL[ch];
    if (control) {
      keys.push({ type: control } as Key);
      i++;
      continue;
    }
    let j = i;
    while (j < input.length && isPrintable(input.charCodeAt(j))) j++;
    if (j > i) {
      keys.push({ type: "text", text: input.slice(i, j) });
      i = j;
    } else i++; // an unbound control character
  }
  return keys;
}

function isPrintable(code: number): boolean {
  return code >= 0x20 && code !== 0x7f && code !== 0x1b && !(code >= 0x80 && code < 0xa0);
}
