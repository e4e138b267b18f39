/**
 * The body of a streaming reply: producers push chunks from store callbacks, the consumer (the HTTP
 * adapter or in-process kubectl) pulls them with `for await`. Ending runs the registered cleanups once
 * (stopping the store watch, cancelling timers), whether the producer ended it or the consumer left.
 */
export class ChunkQueue implements AsyncIterable<string> {
  private readonly chunks: string[] = [];
  private waiting: ((result: IteratorResult<string>) => void) | undefined;
  private ended = false;
  private readonly cleanups: (() => void)[] = [];

  get isEnded(): boolean {
    return this.ended;
  }

  push(chunk: string): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value: chunk, done: false });
    } else {
      this.chunks.push(chunk);
    }
  }

  /** Ends the stream after the chunks already queued. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const fn of this.cleanups.splice(0)) {
      try {
        fn();
      } catch {
        // A failing cleanup must not keep the others from running.
      }
    }
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  /** Runs `fn` when the stream ends (at once if it already has). */
  onEnd(fn: () => void): void {
    if (this.ended) fn();
    else this.cleanups.push(fn);
  }

  [Symbol.asyncIterator](): AsyncIterator<string> {
    return {
      next: () => {
        const chunk = this.chunks.shift();
        if (chunk !== undefined) return Promise.resolve({ value: chunk, done: false });
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          this.waiting = resolve;
        });
      },
      return: () => {
        this.chunks.length = 0;
        this.end();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
