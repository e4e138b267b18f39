/**
 * The screen of one terminal tab, kept on the server with @xterm/headless so a reconnecting browser
 * (or a teacher looking in) gets exactly what the student sees: `snapshot()` is the
 * @xterm/addon-serialize rendering, which xterm.js replays into an empty terminal.
 */
import serializeModule from "@xterm/addon-serialize";
import headlessModule from "@xterm/headless";

// Both packages are CommonJS: Node's ESM loader sees only their default export.
const { Terminal } = headlessModule;
const { SerializeAddon } = serializeModule;
type Terminal = InstanceType<typeof Terminal>;

/** Lines kept above the screen: enough for a tutorial session, small enough for many idle tabs. */
const SCROLLBACK = 500;

/**
 * Where the serializer starts the alternate screen (SerializeAddon.serialize writes `CSI ?1049h CSI H`
 * before it, and cells never hold escape characters, so the first occurrence is that marker).
 */
const ALT_SCREEN = "\x1b[?1049h";
/**
 * DECSTR (soft terminal reset, xterm ctlseqs `CSI ! p`) then mouse reporting off: the modes and colours
 * a program left set belong to a process that is gone once the screen is restored into a new session.
 */
const RESET_MODES = "\x1b[!p\x1b[?1000l";

export class ScreenBuffer {
  private readonly term: Terminal;
  private readonly serializer: InstanceType<typeof SerializeAddon> = new SerializeAddon();

  constructor(cols: number, rows: number) {
    this.term = new Terminal({ cols, rows, scrollback: SCROLLBACK, allowProposedApi: true });
    this.term.loadAddon(this.serializer as never);
  }

  write(data: string): void {
    this.term.write(data);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
  }

  /** Resolves once everything written so far is on the screen (xterm parses asynchronously). */
  flush(): Promise<void> {
    return new Promise((resolve) => this.term.write("", resolve));
  }

  /** The screen and scrollback (`scrollback` lines of it, default all) as escape sequences, cursor position included. */
  snapshot(scrollback?: number): string {
    return this.serializer.serialize(scrollback === undefined ? undefined : { scrollback });
  }

  /**
   * Puts a `snapshot()` of an earlier screen back (after a server restart) and leaves the cursor at the
   * start of a fresh line below everything restored, so a new prompt overwrites nothing: the snapshot's
   * cursor may sit inside a wrapped input line the student was editing. A full-screen program's
   * alternate screen is dropped, as its process is gone.
   */
  async restore(snapshot: string): Promise<void> {
    this.term.write(snapshot.split(ALT_SCREEN)[0] + RESET_MODES);
    await this.flush();
    const buffer = this.term.buffer.active;
    const cursorRow = buffer.baseY + buffer.cursorY;
    const rowText = (i: number) => (buffer.getLine(i)?.translateToString(true) ?? "").trim();
    let last = cursorRow;
    for (let i = buffer.length - 1; i > cursorRow; i--) {
      if (rowText(i)) {
        last = i;
        break;
      }
    }
    if (!rowText(last)) this.term.write("\r");
    else this.term.write((last > cursorRow ? `\x1b[${last - cursorRow}B` : "") + "\r\n");
    await this.flush();
  }

  /** The visible text (tests). */
  text(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push((buffer.getLine(i)?.translateToString(true) ?? "").trimEnd());
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines.join("\n");
  }

  dispose(): void {
    this.term.dispose();
  }
}
