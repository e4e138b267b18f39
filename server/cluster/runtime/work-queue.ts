/**
 * A FIFO of keys that holds each key once (client-go util/workqueue: "dirty" set semantics). Items
 * are opaque strings; the controller manager prefixes them with the controller's index.
 */
export class WorkQueue {
  private readonly items = new Set<string>();

  add(item: string): void {
    this.items.add(item);
  }

  /** Takes the oldest item, or undefined when empty. A key re-added while processing runs again. */
  take(): string | undefined {
    const first = this.items.values().next();
    if (first.done) return undefined;
    this.items.delete(first.value);
    return first.value;
  }

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }
}
