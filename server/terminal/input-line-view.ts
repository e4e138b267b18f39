/**
 * Draws the line being edited after the prompt, as readline's display code does: only what changed
 * since the last draw reaches the terminal, and cursor moves account for the line wrapping at the
 * terminal's width (xterm leaves the cursor pending at the right margin, so a full row is closed with
 * CR LF before the cursor comes back).
 */
import type { LineEditor } from "./line-editor";
import { moveCursor, visibleWidth } from "./terminal-text";

export class InputLineView {
  private promptWidth = 0;
  /** Where the cursor was drawn, in characters after the prompt. */
  private drawnAt = 0;
  private drawnText = "";

  constructor(
    private readonly editor: LineEditor,
    private readonly emit: (data: string) => void,
    private readonly cols: () => number,
  ) {}

  /** A prompt was just written at the start of a line: nothing of the input is on screen yet. */
  promptShown(prompt: string): void {
    this.promptWidth = visibleWidth(prompt);
    this.drawnAt = 0;
    this.drawnText = "";
  }

  /** Puts the cursor after character `index` of the drawn line. */
  moveTo(index: number): void {
    this.emit(moveCursor(this.promptWidth + this.drawnAt, this.promptWidth + index, this.cols()));
    this.drawnAt = index;
  }

  /** Draws the editor's line if it differs from what is on screen. */
  update(): void {
    if (this.editor.text === this.drawnText && this.editor.cursor === this.drawnAt) return;
    this.redraw();
  }

  /** Rewrites the line after the prompt and puts the cursor where the editor has it. */
  redraw(): void {
    const { text, cursor } = this.editor;
    const cols = this.cols();
    const start = this.promptWidth;
    let out = moveCursor(start + this.drawnAt, start, cols) + text;
    const end = start + text.length;
    if (text.length > 0 && end % cols === 0) out += "\r\n";
    out += "\x1b[J" + moveCursor(end, start + cursor, cols);
    this.emit(out);
    this.drawnAt = cursor;
    this.drawnText = text;
  }
}
