/**
 * A port of Go's text/tabwriter (the elastic-tabstop algorithm, text/tabwriter/tabwriter.go) with the
 * `RememberWidths` flag of github.com/liggitt/tabwriter, which kubectl's table printer uses so that a
 * `get -w` column never shrinks once a wide value has been printed. Cells are tab-terminated; the last
 * cell of a line is never padded; a line without tabs ends the current column block (Go flushes there).
 */

export interface TabWriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  rememberWidths?: boolean;
}

/** kubectl get: printers.GetNewTabWriter (minwidth 6, tabwidth 4, padding 3, RememberWidths). */
export const TABLE_TABWRITER: TabWriterOptions = { minwidth: 6, tabwidth: 4, padding: 3, padchar: " ", rememberWidths: true };
/** kubectl describe: tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) in describe.go tabbedString. */
export const DESCRIBE_TABWRITER: TabWriterOptions = { minwidth: 0, tabwidth: 8, padding: 2, padchar: " " };

type Line = string[];

const runeWidth = (s: string) => [...s].length;

export class TabWriter {
  private buffer = "";
  private out = "";
  private widths: number[] = [];
  private maxwidths: number[] = [];

  constructor(private readonly opts: TabWriterOptions) {}

  write(text: string): void {
    this.buffer += text;
    // Go flushes as soon as a completed line has a single cell: it cannot affect later columns.
    let start = 0;
    for (;;) {
      const nl = this.buffer.indexOf("\n", start);
      if (nl < 0) break;
      const line = this.buffer.slice(start, nl);
      start = nl + 1;
      if (!line.includes("\t")) {
        this.formatBuffered(this.buffer.slice(0, start));
        this.buffer = this.buffer.slice(start);
        start = 0;
      }
    }
  }

  /** Formats everything buffered and returns all output produced since the last call. */
  flush(): string {
    if (this.buffer) this.formatBuffered(this.buffer);
    this.buffer = "";
    const out = this.out;
    this.out = "";
    return out;
  }

  private formatBuffered(text: string): void {
    const parts = text.split("\n");
    const lines: Line[] = parts.map((p, i) => (i === parts.length - 1 && p === "" ? [] : p.split("\t")));
    this.widths = [];
    this.format(lines, 0, lines.length);
  }

  private format(lines: Line[], line0: number, line1: number): void {
    const column = this.widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      this.writeLines(lines, line0, i);
      line0 = i;
      let width = this.opts.minwidth;
      for (; i < line1; i++) {
        const line = lines[i];
        if (column >= line.length - 1) break;
        const w = runeWidth(line[column]) + this.opts.padding;
        if (w > width) width = w;
      }
      if (this.opts.rememberWidths) {
        if (this.maxwidths.length < this.widths.length) this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
        if (this.maxwidths.length === this.widths.length) this.maxwidths.push(width);
        else if (this.maxwidths[this.widths.length] > width) width = this.maxwidths[this.widths.length];
        else this.maxwidths[this.widths.length] = width;
      }
      this.widths.push(width);
      this.format(lines, line0, i);
      this.widths.pop();
      line0 = i;
    }
    this.writeLines(lines, line0, line1);
  }

  private writeLines(lines: Line[], line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = lines[i];
      line.forEach((cell, j) => {
        this.out += cell;
        // Go pads every cell that has a column width; within a block that is never a line's last cell.
        if (j < this.widths.length) this.out += this.opts.padchar.repeat(Math.max(0, this.widths[j] - runeWidth(cell)));
      });
      if (i + 1 < lines.length) this.out += "\n";
    }
  }
}
