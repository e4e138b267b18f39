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

  /** The screen and scrollback as escape sequences, cursor position included. */
  snapshot(): string {
    return this.serializer.serialize();
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
