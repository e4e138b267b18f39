/**
 * One container's stdout as the kubelet keeps it (the json-file log driver): chunks with the time
 * they were written, read back whole, by tail or since a time, with RFC 3339 nano timestamps for
 * `--timestamps`, and followed until the container ends.
 */
import { formatTime } from "../runtime/time-format";

interface Chunk {
  at: number;
  text: string;
}

export interface LogQuery {
  tailLines?: number;
  sinceMs?: number;
  timestamps?: boolean;
}

/**
 * Go's time.RFC3339Nano, which the kubelet uses for `--timestamps`: trailing zeros of the fraction are
 * dropped (2026-11-27T08:54:26.37Z, 2026-11-27T08:54:26Z). Simulated times have millisecond precision.
 */
export function rfc3339Nano(ms: number): string {
  const fraction = String(((ms % 1000) + 1000) % 1000).padStart(3, "0").replace(/0+$/, "");
  return formatTime(ms).replace("Z", fraction ? `.${fraction}Z` : "Z");
}

export class LogBuffer {
  private readonly chunks: Chunk[] = [];
  private readonly followers = new Set<{ onData: (s: string) => void; onEnd: () => void; timestamps: boolean }>();
  private ended = false;

  write(at: number, text: string): void {
    if (!text || this.ended) return;
    this.chunks.push({ at, text });
    for (const f of this.followers) f.onData(this.render([{ at, text }], f.timestamps));
  }

  /** Marks the end of the container: followers are told once. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const f of [...this.followers]) f.onEnd();
    this.followers.clear();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  read(q: LogQuery = {}): string {
    const chunks = q.sinceMs === undefined ? this.chunks : this.chunks.filter((c) => c.at >= q.sinceMs!);
    let lines = this.lines(chunks);
    if (q.tailLines !== undefined && q.tailLines >= 0) lines = q.tailLines === 0 ? [] : lines.slice(-q.tailLines);
    return lines.map((l) => (q.timestamps ? `${rfc3339Nano(l.at)} ${l.text}` : l.text)).join("");
  }

  follow(timestamps: boolean, onData: (s: string) => void, onEnd: () => void): () => void {
    if (this.ended) {
      onEnd();
      return () => {};
    }
    const f = { onData, onEnd, timestamps };
    this.followers.add(f);
    return () => this.followers.delete(f);
  }

  private render(chunks: Chunk[], timestamps: boolean): string {
    return this.lines(chunks).map((l) => (timestamps ? `${rfc3339Nano(l.at)} ${l.text}` : l.text)).join("");
  }

  /** Splits into lines that keep their "\n" (the last one may lack it). */
  private lines(chunks: Chunk[]): { at: number; text: string }[] {
    const out: { at: number; text: string }[] = [];
    for (const c of chunks) for (const piece of c.text.match(/[^\n]*\n|[^\n]+$/g) ?? []) out.push({ at: c.at, text: piece });
    return out;
  }
}
