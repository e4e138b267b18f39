/** Text helpers for drawing on an xterm: line endings, widths, cursor moves, column lists. */

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

/** Shell output uses "\n"; a terminal needs "\r\n" (the tty's onlcr). */
export function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, "")].length;
}

/** Escape sequences that move the cursor between two positions of a wrapped input line. */
export function moveCursor(from: number, to: number, cols: number): string {
  if (from === to) return "";
  const rows = Math.floor(to / cols) - Math.floor(from / cols);
  let out = rows < 0 ? `\x1b[${-rows}A` : rows > 0 ? `\x1b[${rows}B` : "";
  const col = to % cols;
  out += "\r" + (col > 0 ? `\x1b[${col}C` : "");
  return out;
}

/** readline's completion listing: candidates in columns, sorted down then across. */
export function formatColumns(items: string[], cols: number): string {
  const width = Math.max(...items.map((s) => s.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(items.length / perRow);
  let out = "";
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) line += item.padEnd(width);
    }
    out += line.trimEnd() + "\n";
  }
  return out;
}
