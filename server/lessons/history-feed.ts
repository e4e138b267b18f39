import type { HistoryFeed } from "./progress-tracker";
import type { CommandRecord } from "./types";

export interface MemoryHistoryFeed extends HistoryFeed {
  push(record: CommandRecord): void;
  /** Same as push: lets the feed be passed as server/sandbox's CommandHistorySink. */
  onCommand(record: CommandRecord): void;
}

/**
 * A sandbox's recent command history in memory, feeding progress trackers. Seed it with the records
 * loaded from the database; older records fall off past `limit` since checks only need recent work.
 */
export function createHistoryFeed(initial: CommandRecord[] = [], limit = 1000): MemoryHistoryFeed {
  const records = initial.slice(-limit);
  const listeners = new Set<() => void>();
  const push = (record: CommandRecord) => {
    records.push(record);
    if (records.length > limit) records.splice(0, records.length - limit);
    for (const l of listeners) l();
  };
  return {
    records: () => records,
    subscribe(onRecord) {
      listeners.add(onRecord);
      return () => listeners.delete(onRecord);
    },
    push,
    onCommand: push,
  };
}
