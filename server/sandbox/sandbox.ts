/**
 * One student's machine: the minikube profile (none | running | stopped), its cluster, the host's
 * virtual filesystem, the host ports held by `kubectl proxy` / `port-forward`, and the sinks for command
 * history and persisted state. Terminals (server/terminal) and the headless CLI drive it through shells
 * (server/shell); several terminal tabs share one sandbox and so one cluster.
 */
import { InMemoryFs, type IFileSystem } from "just-bash";
import { parseDocument } from "yaml";
import type { CountingClock } from "../cluster/clock";
import type { Cluster } from "../cluster/contracts";
import { HostPorts } from "./host-ports";
import { baseHostFiles, HOST_HOME, minikubeKubeconfig } from "./host-files";
import { PausableClock } from "./pausable-clock";
import type {
  ClusterProvider,
  CommandHistorySink,
  CommandRecord,
  MinikubeState,
  SandboxState,
  SandboxStateStore,
} from "./sandbox-types";
import { SandboxTime } from "./sandbox-time";

export interface SandboxOptions {
  id: string;
  /** The sandbox's time: a SystemClock for live terminals, a VirtualClock for the CLI and tests. */
  clock: CountingClock;
  clusters: ClusterProvider;
  /** Restored state (from `SandboxStateStore.load`); a fresh machine when absent. */
  state?: SandboxState | null;
  store?: SandboxStateStore;
  history?: CommandHistorySink;
}

/** Largest home directory persisted with the sandbox state; bigger files stay in memory only. */
const MAX_PERSISTED_FILE_BYTES = 256 * 1024;
const MAX_CONTAINER_FILESYSTEMS = 64;

export class Sandbox {
  readonly id: string;
  readonly clock: CountingClock;
  /** Waiting on the sandbox clock, and moving virtual time while a command waits. */
  readonly time: SandboxTime;
  readonly fs: IFileSystem;
  readonly ports = new HostPorts();
  private minikubeState: MinikubeState;
  private clusterClock: PausableClock | null = null;
  private currentCluster: Cluster | null = null;
  private clusterLoad: Promise<void> | null = null;
  private readonly clusters: ClusterProvider;
  private readonly store?: SandboxStateStore;
  private readonly history?: CommandHistorySink;
  private readonly restoredOffset: number;
  private readonly containerFiles = new Map<string, IFileSystem>();
  private lastActive = Date.now();
  private lastPid = 2400;
  private activeSessions = 0;

  constructor(opts: SandboxOptions) {
    this.id = opts.id;
    this.clock = opts.clock;
    this.time = new SandboxTime(opts.clock);
    this.clusters = opts.clusters;
    this.store = opts.store;
    this.history = opts.history;
    this.minikubeState = opts.state?.minikube ?? "none";
    this.restoredOffset = opts.state?.clusterClockOffsetMs ?? 0;
    this.fs = new InMemoryFs({ ...baseHostFiles(), ...(opts.state?.files ?? {}) });
  }

  minikube(): MinikubeState {
    return this.minikubeState;
  }

  /** The cluster when minikube is running: what kubectl and curl talk to. */
  async runningCluster(): Promise<Cluster | null> {
    if (this.minikubeState !== "running") return null;
    return this.loadedCluster();
  }

  /** The cluster whenever one exists (running or stopped), loading a persisted one on first use. */
  async loadedCluster(): Promise<Cluster | null> {
    if (this.minikubeState === "none") return null;
    if (!this.currentCluster) {
      this.clusterLoad ??= this.loadStoredCluster();
      await this.clusterLoad;
    }
    return this.currentCluster;
  }

  private async loadStoredCluster(): Promise<void> {
    const clock = new PausableClock(this.clock, this.restoredOffset, this.minikubeState === "stopped");
    const cluster = await this.clusters.load(this.id, clock);
    if (cluster) {
      this.clusterClock = clock;
      this.currentCluster = cluster;
      if (this.minikubeState === "stopped") lifecycle(cluster)?.stop();
    } else {
      // The state says a cluster existed but its objects are gone: behave as after `minikube delete`.
      this.minikubeState = "none";
      clock.dispose();
    }
  }

  /** `minikube start`: creates and bootstraps a cluster, or resumes a stopped one. */
  async startMinikube(): Promise<"created" | "restarted" | "running"> {
    const existing = await this.loadedCluster();
    if (existing && this.minikubeState === "running") return "running";
    if (existing) {
      this.clusterClock?.resume();
      lifecycle(existing)?.start();
      this.minikubeState = "running";
      await this.writeKubeconfig();
      await this.persist();
      return "restarted";
    }
    const clock = new PausableClock(this.clock);
    this.currentCluster = await this.clusters.create(this.id, clock);
    this.clusterClock = clock;
    this.minikubeState = "running";
    await this.writeKubeconfig();
    await this.persist();
    return "created";
  }

  /** `minikube stop`: keeps the objects, freezes the cluster's time. */
  async stopMinikube(): Promise<boolean> {
    if (this.minikubeState !== "running") return false;
    await this.currentCluster?.flush();
    if (this.currentCluster) lifecycle(this.currentCluster)?.stop();
    this.clusterClock?.pause();
    this.minikubeState = "stopped";
    await this.unsetKubeContext();
    await this.persist();
    return true;
  }

  /** `minikube delete`: forgets the cluster and its stored objects. */
  async deleteMinikube(): Promise<boolean> {
    const had = this.minikubeState !== "none";
    await this.currentCluster?.flush().catch(() => undefined);
    if (this.currentCluster) lifecycle(this.currentCluster)?.stop();
    this.clusterClock?.dispose();
    this.clusterClock = null;
    this.currentCluster = null;
    this.clusterLoad = null;
    this.minikubeState = "none";
    await this.clusters.destroy(this.id);
    await this.fs.rm(`${HOST_HOME}/.kube/config`, { force: true });
    await this.persist();
    return had;
  }

  /** The cluster clock's lag behind the sandbox clock (persisted). */
  clusterClockOffset(): number {
    return this.clusterClock?.offset() ?? this.restoredOffset;
  }

  private async writeKubeconfig(): Promise<void> {
    const ip = this.currentCluster?.network.nodeIP() ?? "192.168.49.2";
    await this.fs.mkdir(`${HOST_HOME}/.kube`, { recursive: true });
    await this.fs.writeFile(`${HOST_HOME}/.kube/config`, minikubeKubeconfig(ip));
  }

  /**
   * `minikube stop` leaves kubectl without a current context (cmd/minikube/cmd/stop.go calls
   * kubeconfig.UnsetCurrentContext, which clears it only when it names the profile), so kubectl falls
   * back to localhost:8080 until `minikube start` writes the context again.
   */
  private async unsetKubeContext(): Promise<void> {
    const path = `${HOST_HOME}/.kube/config`;
    const text = await this.fs.readFile(path).catch(() => null);
    if (text === null) return;
    try {
      const doc = parseDocument(text);
      if (doc.errors.length || doc.get("current-context") !== "minikube") return;
      doc.set("current-context", "");
      await this.fs.writeFile(path, doc.toString());
    } catch {
      // A kubeconfig the student broke is left as it is, as minikube would fail to load it.
    }
  }

  /**
   * A container's filesystem, kept while the sandbox lives so files a student writes in one
   * `kubectl exec` are there in the next; a restarted container (new key) starts from its image.
   */
  containerFs(key: string, files: () => Record<string, string>): IFileSystem {
    let fs = this.containerFiles.get(key);
    if (!fs) {
      fs = new InMemoryFs(files());
      this.containerFiles.set(key, fs);
      // Old containers are gone for good once their pods are; keep memory bounded.
      if (this.containerFiles.size > MAX_CONTAINER_FILESYSTEMS) this.containerFiles.delete(this.containerFiles.keys().next().value as string);
    }
    return fs;
  }

  /** The next process id of the machine (jobs print it: `[1] 2401`). */
  allocatePid(): number {
    return ++this.lastPid;
  }

  /** Resolves true after `ms` of sandbox time, or false as soon as `signal` (the run's Ctrl-C) aborts. */
  wait(ms: number, signal?: AbortSignal): Promise<boolean> {
    return this.time.wait(ms, signal);
  }

  /** Marks `work` as the run `run` waiting on simulated time (see SandboxTime.waitingOn). */
  waitingOn<T>(run: AbortSignal | undefined, work: Promise<T>): Promise<T> {
    return this.time.waitingOn(run, work);
  }

  isWaiting(run: AbortSignal): boolean {
    return this.time.isWaiting(run);
  }

  /** Awaits a foreground line, moving virtual time while it waits (see SandboxTime.drive). */
  drive<T>(work: Promise<T>, run: AbortSignal, onStuck: () => void): Promise<T | undefined> {
    return this.time.drive(work, run, onStuck);
  }

  /** Reports a finished command line to the history sink. */
  recordCommand(record: Omit<CommandRecord, "sandboxId">): void {
    this.touch();
    try {
      this.history?.onCommand({ sandboxId: this.id, ...record });
    } catch {
      // History is best effort: a failing sink must not break the student's shell.
    }
  }

  /** Everything to store about this machine besides its cluster objects. */
  async snapshotState(): Promise<SandboxState> {
    const files: Record<string, string> = {};
    for (const path of this.fs.getAllPaths()) {
      if (!path.startsWith(`${HOST_HOME}/`)) continue;
      const stat = await this.fs.stat(path).catch(() => null);
      if (!stat?.isFile || stat.size > MAX_PERSISTED_FILE_BYTES) continue;
      files[path] = await this.fs.readFile(path);
    }
    return { version: 1, minikube: this.minikubeState, clusterClockOffsetMs: this.clusterClockOffset(), files };
  }

  /** Makes the cluster's writes and the sandbox state durable (a prompt waits for this). */
  async persist(): Promise<void> {
    await this.currentCluster?.flush();
    if (this.store) await this.store.save(this.id, await this.snapshotState());
  }

  touch(): void {
    this.lastActive = Date.now();
  }

  /** No terminal attached and no command for `ms` (wall-clock) milliseconds. */
  isIdleFor(ms: number): boolean {
    return this.activeSessions === 0 && Date.now() - this.lastActive >= ms;
  }

  /** Terminals attach while open so an in-use sandbox is never evicted. */
  attach(): () => void {
    this.activeSessions++;
    this.touch();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.activeSessions--;
      this.touch();
    };
  }

  /** Flushes and stops the cluster's timers (eviction, shutdown); the sandbox is unusable afterwards. */
  async dispose(): Promise<void> {
    await this.persist().catch(() => undefined);
    if (this.currentCluster) lifecycle(this.currentCluster)?.stop();
    this.clusterClock?.dispose();
    this.currentCluster = null;
  }
}

/**
 * The start/stop of server/cluster's SimulatedCluster (controllers frozen while stopped). The Cluster
 * contract does not promise them, so a cluster without them is left to its paused clock alone.
 */
function lifecycle(cluster: Cluster): { start(): void; stop(): void } | undefined {
  const c = cluster as Partial<{ start: () => void; stop: () => void }>;
  return typeof c.start === "function" && typeof c.stop === "function" ? (c as { start(): void; stop(): void }) : undefined;
}
