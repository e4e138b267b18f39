/**
 * What the teacher side needs from running sandboxes and terminals, as a port: server/teaching and the
 * teacher socket features (dashboard, mirror, takeover) call only this; the lead implements it over the
 * sandbox manager and the terminal sessions. Tests use server/teaching/testing/fake-student-runtime.ts.
 */
import type { ClusterPicture } from "@/components/lab/cluster-picture";

/** online: a lab tab is open and the student typed recently; idle: open but quiet; offline: no lab open. */
export type Presence = "online" | "idle" | "offline";

export interface TerminalSnapshot {
  tabId: string;
  /** The serialized screen (escape sequences), written as is into a fresh xterm.js to reproduce it. */
  data: string;
}

export interface StudentRuntime {
  /** Ids of the student's terminal tabs that have a session (open or kept for reconnection), in tab order. */
  terminalTabs(userId: string): Promise<string[]>;
  /** The current screen of one tab, or null when that tab has no session. */
  terminalSnapshot(userId: string, tabId: string): Promise<TerminalSnapshot | null>;
  /** Calls `cb` with everything any of the student's terminals prints from now on; returns the unsubscribe. */
  onTerminalOutput(userId: string, cb: (tabId: string, data: string) => void): () => void;
  /** Types into the student's terminal as if the student had (used only after the student agreed to a takeover). */
  writeToTerminal(userId: string, tabId: string, data: string): Promise<void>;
  /**
   * Deletes the student's cluster and closes their terminals (as `minikube delete`); when `byUserId` is
   * someone else, the runtime tells the student ("sandbox-reset" to their room) and emits the classroom event.
   */
  resetSandbox(userId: string, byUserId: string): Promise<void>;
  presence(userId: string): Presence;
  /** The student's cluster as the lab's cluster view draws it; null when the sandbox was never created. */
  clusterPicture(userId: string): Promise<ClusterPicture | null>;
  /** Calls `cb` whenever the student's cluster picture changes; returns the unsubscribe. */
  onClusterPicture(userId: string, cb: (picture: ClusterPicture) => void): () => void;
  /** For the admin page: users with an open socket, and sandboxes whose cluster is loaded in memory. */
  liveFigures(): { connectedUsers: number; clustersInMemory: number };
}
