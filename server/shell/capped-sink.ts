/**
 * The limit on what one command shows in a terminal: a foreground line, or a background job over its
 * whole life (bash would print all of it; a browser tab cannot hold it). The first part is also kept as
 * the excerpt stored with the command history.
 */
import type { OutputSink } from "./run-context";
import { MAX_OUTPUT_PER_LINE } from "./shell-limits";

const EXCERPT_CHARS = 4096;

export const OUTPUT_TRUNCATED = "\n[output truncated: Podium shows at most 1 MiB per command]\n";

/** Passes output on until MAX_OUTPUT_PER_LINE has gone through, then says so once and drops the rest. */
export class CappedSink implements OutputSink {
  excerpt = "";
  private written = 0;
  private truncated = false;

  constructor(private readonly out: OutputSink) {}

  write(text: string): void {
    if (this.truncated || !text) return;
    if (this.excerpt.length < EXCERPT_CHARS) this.excerpt += text.slice(0, EXCERPT_CHARS - this.excerpt.length);
    if (this.written + text.length > MAX_OUTPUT_PER_LINE) {
      this.truncated = true;
      this.out.write(text.slice(0, MAX_OUTPUT_PER_LINE - this.written) + OUTPUT_TRUNCATED);
      return;
    }
    this.written += text.length;
    this.out.write(text);
  }
}
