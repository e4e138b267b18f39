/**
 * An in-memory StudentRuntime for tests and the dashboard benchmark: terminals are strings, output is
 * pushed by the test with `print`, and every write and reset is recorded for assertions.
 */
import type { ClusterPicture } from "@/components/lab/cluster-picture";
import type { Presence, StudentRuntime, TerminalSnapshot } from "../../classroom/student-runtime";

export class FakeStudentRuntime implements StudentRuntime {
  readonly screens = new Map<string, Map<string, string>>();
  readonly presences = new Map<string, Presence>();
  readonly pictures = new Map<string, ClusterPicture>();
  readonly writes: { userId: string; tabId: string; data: string }[] = [];
  readonly resets: { userId: string; by: string }[] = [];
  private readonly outputListeners = new Map<string, Set<(tabId: string, data: string) => void>>();
  private readonly pictureListeners = new Map<string, Set<(p: ClusterPicture) => void>>();

  /** Appends to the student's screen and streams it to mirrors, as a terminal printing would. */
  print(userId: string, tabId: string, data: string): void {
    const tabs = this.screens.get(userId) ?? new Map<string, string>();
    tabs.set(tabId, (tabs.get(tabId) ?? "") + data);
    this.screens.set(userId, tabs);
    for (const cb of this.outputListeners.get(userId) ?? []) cb(tabId, data);
  }

  setPicture(userId: string, picture: ClusterPicture): void {
    this.pictures.set(userId, picture);
    for (const cb of this.pictureListeners.get(userId) ?? []) cb(picture);
  }

  listenerCount(userId: string): number {
    return this.outputListeners.get(userId)?.size ?? 0;
  }

  async terminalTabs(userId: string): Promise<string[]> {
    return [...(this.screens.get(userId)?.keys() ?? [])];
  }

  async terminalSnapshot(userId: string, tabId: string): Promise<TerminalSnapshot | null> {
    const data = this.screens.get(userId)?.get(tabId);
    return data === undefined ? null : { tabId, data };
  }

  onTerminalOutput(userId: string, cb: (tabId: string, data: string) => void): () => void {
    return subscribe(this.outputListeners, userId, cb);
  }

  async writeToTerminal(userId: string, tabId: string, data: string): Promise<void> {
    this.writes.push({ userId, tabId, data });
  }

  async resetSandbox(userId: string, byUserId: string): Promise<void> {
    this.resets.push({ userId, by: byUserId });
    this.screens.delete(userId);
  }

  presence(userId: string): Presence {
    return this.presences.get(userId) ?? "offline";
  }

  async clusterPicture(userId: string): Promise<ClusterPicture | null> {
    return this.pictures.get(userId) ?? null;
  }

  onClusterPicture(userId: string, cb: (picture: ClusterPicture) => void): () => void {
    return subscribe(this.pictureListeners, userId, cb);
  }

  liveFigures() {
    return { connectedUsers: [...this.presences.values()].filter((p) => p !== "offline").length, clustersInMemory: this.pictures.size };
  }
}

function subscribe<T>(map: Map<string, Set<T>>, key: string, cb: T): () => void {
  const set = map.get(key) ?? new Set<T>();
  set.add(cb);
  map.set(key, set);
  return () => void set.delete(cb);
}
