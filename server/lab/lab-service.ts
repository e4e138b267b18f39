/**
 * The student's lab as the server sees it: which sandbox is whose, the terminals, the lesson being
 * worked on and its progress, the live cluster picture, reset and kubeconfig. Socket handlers and routes
 * call this; it also implements the teacher side's StudentRuntime port.
 */
import type { Db } from "../db/prisma";
import type { Logger } from "../log";
import type { ClassroomEvents } from "../classroom/classroom-events";
import type { Presence, StudentRuntime, TerminalSnapshot } from "../classroom/student-runtime";
import type { ClusterPicture } from "@/components/lab/cluster-picture";
import type { SandboxManager } from "../sandbox/sandbox-manager";
import type { Sandbox } from "../sandbox/sandbox";
import type { CommandRecord } from "../sandbox/sandbox-types";
import type { CourseCatalog } from "./course-catalog";
import { ProgressStore } from "./progress-store";
import { SandboxDirectory } from "./sandbox-directory";
import { CommandHistory } from "./command-history";
import { LessonSession } from "./lesson-session";
import { ClusterPictureFeed } from "./cluster-picture-feed";
import { TerminalHub } from "./terminal-hub";
import { PrismaScreenStore } from "./prisma-screen-store";
import { issueKubeToken, kubeconfigYaml, revokeKubeToken } from "./kube-api-tokens";
import { notFound } from "../http/app-error";

export interface LabDeps {
  db: Db;
  log: Logger;
  events: ClassroomEvents;
  catalog: CourseCatalog;
  /** Built by the caller with `lab.history` as its command sink (see createLab). */
  sandboxes: SandboxManager;
  directory: SandboxDirectory;
  history: CommandHistory;
}

/** Output fan-out, set by the realtime layer. */
export interface LabOutlets {
  toUser(userId: string, event: string, payload: unknown): void;
}

/** A student counts as idle after this long without typing. */
const IDLE_AFTER_MS = 3 * 60_000;

export class LabService implements StudentRuntime {
  readonly progress: ProgressStore;
  readonly terminals: TerminalHub;
  private outlets: LabOutlets = { toUser: () => undefined };
  private lessons = new Map<string, LessonSession>(); // by user id: the lesson their lab shows
  private feeds = new Map<string, { feed: ClusterPictureFeed; listeners: Set<(p: ClusterPicture) => void> }>();
  private sockets = new Map<string, number>(); // open sockets per user
  private lastInput = new Map<string, number>();

  constructor(private readonly deps: LabDeps) {
    this.progress = new ProgressStore(deps.db);
    this.terminals = new TerminalHub(new PrismaScreenStore(deps.db), deps.log);
    deps.history.subscribe((sandboxId, record) => void this.onCommand(sandboxId, record));
  }

  get catalog() {
    return this.deps.catalog;
  }
  get events() {
    return this.deps.events;
  }

  setOutlets(outlets: LabOutlets): void {
    this.outlets = outlets;
  }

  async sandboxOf(userId: string): Promise<Sandbox> {
    return this.deps.sandboxes.get(await this.deps.directory.sandboxOf(userId));
  }

  // ---- the lab page ----

  /** The student opened a lesson: start following its progress and their cluster. */
  async joinLesson(userId: string, courseId: string, lessonId: string) {
    const lesson = this.deps.catalog.lesson(courseId, lessonId);
    if (!lesson) throw notFound(`There is no lesson "${courseId}/${lessonId}".`);
    const sandbox = await this.sandboxOf(userId);
    const cluster = await sandbox.runningCluster();
    const current = this.lessons.get(userId);
    if (current?.key !== `${courseId}/${lessonId}`) {
      current?.stop();
      const [history, completed, startedAt] = await Promise.all([
        this.deps.history.recent(sandbox.id),
        this.progress.completedSteps(userId, courseId, lessonId),
        this.progress.lessonStartedAt(userId, courseId, lessonId),
      ]);
      this.lessons.set(
        userId,
        // Commands from before the student opened this lesson do not count for it.
        new LessonSession(userId, lesson, cluster, history, completed, startedAt?.getTime() ?? Date.now(), {
          progress: this.progress,
          events: this.deps.events,
          log: this.deps.log,
          toStudent: (event, payload) => this.outlets.toUser(userId, event, payload),
        }),
      );
    }
    const picture = await this.clusterPicture(userId);
    return { picture, ...this.lessons.get(userId)!.snapshot() };
  }

  leaveLesson(userId: string): void {
    this.lessons.get(userId)?.stop();
    this.lessons.delete(userId);
  }

  acknowledge(userId: string, courseId: string, lessonId: string, stepId: string): void {
    const session = this.lessons.get(userId);
    if (session?.key === `${courseId}/${lessonId}`) session.acknowledge(stepId);
  }

  socketOpened(userId: string): void {
    this.sockets.set(userId, (this.sockets.get(userId) ?? 0) + 1);
    this.deps.events.emit("presence-changed", { userId, state: this.presence(userId) });
  }

  socketClosed(userId: string): void {
    const n = (this.sockets.get(userId) ?? 1) - 1;
    if (n > 0) this.sockets.set(userId, n);
    else {
      this.sockets.delete(userId);
      this.leaveLesson(userId);
    }
    this.deps.events.emit("presence-changed", { userId, state: this.presence(userId) });
  }

  /** Typing makes an idle student online again; going idle is noticed by the dashboard's own re-checks. */
  noteInput(userId: string): void {
    const wasIdle = this.presence(userId) === "idle";
    this.lastInput.set(userId, Date.now());
    if (wasIdle) this.deps.events.emit("presence-changed", { userId, state: "online" });
  }

  /** Deletes the student's cluster (as `minikube delete`), closes their terminals and revokes API tokens. */
  async resetSandbox(userId: string, byUserId: string): Promise<void> {
    const sandbox = await this.sandboxOf(userId);
    await this.terminals.closeAll(sandbox.id);
    await sandbox.deleteMinikube();
    await revokeKubeToken(this.deps.db, sandbox.id);
    await this.refreshCluster(userId, sandbox);
    this.deps.events.emit("sandbox-reset", { userId, sandboxId: sandbox.id, by: byUserId });
    if (byUserId !== userId) this.outlets.toUser(userId, "sandbox-reset", { by: byUserId });
  }

  /** A kubeconfig with a fresh token for the sandbox's API (the previous token stops working). */
  async kubeconfig(userId: string, baseUrl: string): Promise<string> {
    const sandboxId = await this.deps.directory.sandboxOf(userId);
    const token = await issueKubeToken(this.deps.db, sandboxId);
    return kubeconfigYaml(`${baseUrl}/k8s/${sandboxId}`, token);
  }

  // ---- StudentRuntime (the teacher side) ----

  async terminalTabs(userId: string): Promise<string[]> {
    return this.terminals.tabs(await this.deps.directory.sandboxOf(userId));
  }

  async terminalSnapshot(userId: string, tabId: string): Promise<TerminalSnapshot | null> {
    const session = this.terminals.get(await this.deps.directory.sandboxOf(userId), tabId);
    return session ? { tabId, data: session.snapshot() } : null;
  }

  onTerminalOutput(userId: string, cb: (tabId: string, data: string) => void): () => void {
    let sandboxId: string | undefined;
    void this.deps.directory.sandboxOf(userId).then((id) => (sandboxId = id));
    return this.terminals.onOutput((sid, tabId, data) => {
      if (sid === sandboxId) cb(tabId, data);
    });
  }

  async writeToTerminal(userId: string, tabId: string, data: string): Promise<void> {
    this.terminals.get(await this.deps.directory.sandboxOf(userId), tabId)?.write(data);
  }

  presence(userId: string): Presence {
    if (!this.sockets.get(userId)) return "offline";
    return Date.now() - (this.lastInput.get(userId) ?? 0) < IDLE_AFTER_MS ? "online" : "idle";
  }

  async clusterPicture(userId: string): Promise<ClusterPicture | null> {
    const sandbox = await this.sandboxOf(userId);
    return (await this.feedFor(userId, sandbox)).picture();
  }

  onClusterPicture(userId: string, cb: (picture: ClusterPicture) => void): () => void {
    void this.sandboxOf(userId).then((sandbox) => this.feedFor(userId, sandbox));
    const entry = this.feedEntry(userId);
    entry.listeners.add(cb);
    return () => entry.listeners.delete(cb);
  }

  liveFigures() {
    return { connectedUsers: this.sockets.size, clustersInMemory: this.deps.sandboxes.loadedIds().length };
  }

  // ---- internals ----

  private feedEntry(userId: string) {
    let entry = this.feeds.get(userId);
    if (!entry) {
      entry = { feed: new ClusterPictureFeed((p) => this.publishPicture(userId, p)), listeners: new Set() };
      this.feeds.set(userId, entry);
    }
    return entry;
  }

  private async feedFor(userId: string, sandbox: Sandbox): Promise<ClusterPictureFeed> {
    const feed = this.feedEntry(userId).feed;
    feed.follow(sandbox.minikube(), await sandbox.loadedCluster());
    return feed;
  }

  private publishPicture(userId: string, picture: ClusterPicture): void {
    this.outlets.toUser(userId, "cluster:picture", picture);
    for (const cb of this.feeds.get(userId)?.listeners ?? []) cb(picture);
  }

  /** After every command: follow minikube start/stop/delete in the picture and the lesson's checks. */
  private async onCommand(sandboxId: string, record: CommandRecord): Promise<void> {
    const userId = this.deps.directory.ownerOf(sandboxId);
    if (!userId) return;
    const sandbox = await this.deps.sandboxes.get(sandboxId);
    const cluster = await this.refreshCluster(userId, sandbox);
    this.lessons.get(userId)?.onCommand(record, cluster);
  }

  private async refreshCluster(userId: string, sandbox: Sandbox) {
    const cluster = await sandbox.runningCluster();
    this.feeds.get(userId)?.feed.follow(sandbox.minikube(), await sandbox.loadedCluster());
    this.lessons.get(userId)?.useCluster(cluster);
    return cluster;
  }

  /** Saves every terminal screen (before the database closes) and stops following lessons and clusters. */
  async close(): Promise<void> {
    await this.terminals.close();
    for (const s of this.lessons.values()) s.stop();
    for (const f of this.feeds.values()) f.feed.stop();
  }
}
