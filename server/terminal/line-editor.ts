/**
 * readline's editing of one input line (emacs mode, the bindings bash users rely on): cursor moves,
 * deletions, kills and history browsing. It only edits text; `terminal-session.ts` draws it.
 */

export class LineEditor {
  text = "";
  cursor = 0;
  /** History index while browsing (history.length = the line being typed). */
  private browse = -1;
  private draft = "";

  constructor(private readonly maxLength: number) {}

  reset(text = ""): void {
    this.text = text;
    this.cursor = text.length;
    this.browse = -1;
    this.draft = "";
  }

  /** Inserts at the cursor; false (and nothing inserted) when the line would pass its limit. */
  insert(s: string): boolean {
    if (this.text.length + s.length > this.maxLength) return false;
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
    this.cursor += s.length;
    return true;
  }

  left(): void {
    if (this.cursor > 0) this.cursor--;
  }

  right(): void {
    if (this.cursor < this.text.length) this.cursor++;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  backspace(): void {
    if (this.cursor === 0) return;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
  }

  deleteForward(): void {
    if (this.cursor >= this.text.length) return;
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
  }

  /** Ctrl-U: unix-line-discard, everything before the cursor. */
  killToStart(): void {
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
  }

  /** Ctrl-K: kill-line, everything from the cursor on. */
  killToEnd(): void {
    this.text = this.text.slice(0, this.cursor);
  }

  /** Ctrl-W: unix-word-rubout, back to the previous whitespace. */
  killWordBack(): void {
    let i = this.cursor;
    while (i > 0 && /\s/.test(this.text[i - 1])) i--;
    while (i > 0 && !/\s/.test(this.text[i - 1])) i--;
    this.text = this.text.slice(0, i) + this.text.slice(this.cursor);
    this.cursor = i;
  }

  /** Alt-B / Alt-F: backward-word and forward-word. */
  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !/[A-Za-z0-9]/.test(this.text[i - 1])) i--;
    while (i > 0 && /[A-Za-z0-9]/.test(this.text[i - 1])) i--;
    this.cursor = i;
  }

  wordRight(): void {
    let i = this.cursor;
    while (i < this.text.length && !/[A-Za-z0-9]/.test(this.text[i])) i++;
    while (i < this.text.length && /[A-Za-z0-9]/.test(this.text[i])) i++;
    this.cursor = i;
  }

  /** Up arrow: the previous history entry (the typed line is kept as a draft). */
  historyUp(history: readonly string[]): boolean {
    const at = this.browse < 0 ? history.length : this.browse;
    if (at === 0) return false;
    if (this.browse < 0) this.draft = this.text;
    this.browse = at - 1;
    this.show(history[this.browse]);
    return true;
  }

  historyDown(history: readonly string[]): boolean {
    if (this.browse < 0) return false;
    this.browse++;
    if (this.browse >= history.length) {
      this.browse = -1;
      this.show(this.draft);
    } else this.show(history[this.browse]);
    return true;
  }

  private show(text: string): void {
    this.text = text;
    this.cursor = text.length;
  }
}
