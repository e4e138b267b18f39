/**
 * The shapes a sandbox shares with the rest of Podium: its persisted state, the ports it needs from
 * the lead's code (cluster persistence, state storage, command history) and what it reports.
 */
import type { CountingClock } from "../cluster/clock";
import type { Cluster } from "../cluster/contracts";

/** What `minikube status` reports: no cluster, a running one, or one stopped with its objects kept. */
export type MinikubeState = "none" | "running" | "stopped";

/** One command line a student ran, for the command history table and lesson checks. */
export interface CommandRecord {
  sandboxId: string;
  tabId: string;
  /** The line as typed (continuation lines joined with "\n"). */
  command: string;
  exitCode: number;
  /** Wall-clock epoch ms when the line was submitted. */
  startedAt: number;
  durationMs: number;
  /** The first part of what the command printed (stdout and stderr as the terminal showed them, no colour). */
  output: string;
  /** "host" or the pod (`namespace/name`) whose shell ran the line. */
  shell: string;
}

export interface CommandHistorySink {
  onCommand(record: CommandRecord): void;
}

/** Everything about a sandbox outside its cluster objects, stored by the lead (one JSON document). */
export interface SandboxState {
  version: 1;
  minikube: MinikubeState;
  /** How far the cluster's clock lags the sandbox clock because of `minikube stop` (PausableClock). */
  clusterClockOffsetMs: number;
  /** Files under the student's home directory, path → content. */
  files: Record<string, string>;
}

export interface SandboxStateStore {
  load(sandboxId: string): Promise<SandboxState | null>;
  save(sandboxId: string, state: SandboxState): Promise<void>;
}

/**
 * How a sandbox gets its cluster: a fresh bootstrapped one on the first `minikube start`, the persisted
 * one after a reload, none after `minikube delete`. Implemented over server/cluster's createCluster /
 * loadCluster and its persistence port (cluster-provider.ts).
 */
export interface ClusterProvider {
  create(sandboxId: string, clock: CountingClock): Promise<Cluster>;
  /** The stored cluster, or null when none was stored. */
  load(sandboxId: string, clock: CountingClock): Promise<Cluster | null>;
  /** Forgets the stored cluster (`minikube delete`). */
  destroy(sandboxId: string): Promise<void>;
}
