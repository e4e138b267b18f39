import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkSchema, type CheckInput } from "./check-schema";
import { createHistoryFeed } from "./history-feed";
import { createProgressTracker, type ProgressEvent } from "./progress-tracker";
import { fakeCluster, readyPod } from "./testing/fake-cluster";
import type { Lesson, Step } from "./types";

const text = (s: string) => ({ en: s, "zh-CN": s });
const step = (id: string, checks: CheckInput[]): Step => ({
  id,
  title: text(id),
  instructions: text(id),
  commands: [],
  hints: [],
  checks: checks.map((c) => checkSchema.parse(c)),
});
const lesson = (steps: Step[], kind: Lesson["kind"] = "guided"): Lesson => ({
  courseId: "c",
  id: "scale",
  index: 5,
  kind,
  title: text("t"),
  summary: text("s"),
  minutes: 5,
  intro: text(""),
  setup: [],
  steps,
});

const scaleLesson = lesson([
  step("read", []),
  step("scale-up", [{ type: "commandRan", pattern: "replicas=4" }, { type: "podsReady", selector: "app=kb", count: 4 }]),
  step("scale-down", [{ type: "commandRan", pattern: "replicas=2" }, { type: "podsReady", selector: "app=kb", count: 2 }]),
]);

describe("createProgressTracker", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is sequential: a reading step waits for acknowledge, later steps wait for earlier ones", () => {
    const cluster = fakeCluster();
    const history = createHistoryFeed();
    const events: ProgressEvent[] = [];
    const tracker = createProgressTracker({ lesson: scaleLesson, cluster, history, onEvent: (e) => events.push(e) });
    for (const n of ["a", "b", "c", "d"]) cluster.store.create("pods", "default", readyPod(n, { app: "kb" }));
    history.push({ command: "kubectl scale deploy/kb --replicas=4", exitCode: 0, output: "" });
    let snap = tracker.evaluateNow();
    expect(snap.current).toBe("read");
    expect(snap.currentResult?.manual).toBe(true);
    expect(events.filter((e) => e.type === "step-completed")).toEqual([]);

    tracker.acknowledge("read");
    snap = tracker.evaluateNow();
    expect(snap.completed).toEqual(["read", "scale-up"]);
    expect(snap.current).toBe("scale-down");
    tracker.stop();
  });

  it("re-evaluates after watch events and history, debounced, and emits each completion once", () => {
    const cluster = fakeCluster();
    const history = createHistoryFeed();
    const events: ProgressEvent[] = [];
    const tracker = createProgressTracker({ lesson: scaleLesson, cluster, history, completed: ["read"], debounceMs: 100, onEvent: (e) => events.push(e) });
    history.push({ command: "kubectl scale deploy/kb --replicas=4", exitCode: 0, output: "" });
    for (const n of ["a", "b", "c"]) cluster.store.create("pods", "default", readyPod(n, { app: "kb" }));
    vi.advanceTimersByTime(150);
    // Scaled to 3 instead of 4: not complete, and the lesson pane hears why.
    const status = events.filter((e) => e.type === "step-status");
    expect(status).toHaveLength(1);
    expect(status[0]?.type === "step-status" && status[0].result.reasons[0]?.en).toBe("There are 3 ready pods with app=kb; the step needs 4.");

    cluster.store.create("pods", "default", readyPod("d", { app: "kb" }));
    vi.advanceTimersByTime(150);
    history.push({ command: "kubectl get pods", exitCode: 0, output: "" });
    vi.advanceTimersByTime(150);
    const done = events.filter((e) => e.type === "step-completed").map((e) => (e.type === "step-completed" ? e.stepId : ""));
    expect(done).toEqual(["scale-up"]);

    history.push({ command: "kubectl scale deploy/kb --replicas=2", exitCode: 0, output: "" });
    cluster.store.delete("pods", "default", "c");
    cluster.store.delete("pods", "default", "d");
    vi.advanceTimersByTime(150);
    expect(events.filter((e) => e.type === "step-completed")).toHaveLength(2);
    expect(events.filter((e) => e.type === "lesson-completed")).toHaveLength(1);
    // Completion is sticky: scaling again does not undo it.
    cluster.store.create("pods", "default", readyPod("e", { app: "kb" }));
    vi.advanceTimersByTime(150);
    expect(tracker.evaluateNow().lessonDone).toBe(true);
    tracker.stop();
  });

  it("watches only what the checks read, follows setCluster, and stops cleanly", () => {
    const history = createHistoryFeed();
    const events: ProgressEvent[] = [];
    const tracker = createProgressTracker({ lesson: scaleLesson, cluster: null, history, completed: ["read"], onEvent: (e) => events.push(e) });
    expect(tracker.evaluateNow().currentResult?.reasons.map((r) => r.en)).toContain("The cluster is not running yet: start it with `minikube start`.");
    const cluster = fakeCluster();
    tracker.setCluster(cluster);
    expect(cluster.store.watcherCount()).toBe(1);
    tracker.stop();
    expect(cluster.store.watcherCount()).toBe(0);
  });

  it("follows the cluster through resolveCluster after a history record (minikube start)", async () => {
    const history = createHistoryFeed();
    const l = lesson([step("up", [{ type: "clusterRunning" }])]);
    let current: ReturnType<typeof fakeCluster> | null = null;
    const events: ProgressEvent[] = [];
    const tracker = createProgressTracker({ lesson: l, cluster: null, resolveCluster: () => current, history, onEvent: (e) => events.push(e) });
    const cluster = fakeCluster();
    cluster.store.create("nodes", "", { apiVersion: "v1", kind: "Node", metadata: { name: "minikube" }, status: { conditions: [{ type: "Ready", status: "True" }] } });
    current = cluster;
    history.push({ command: "minikube start", exitCode: 0, output: "" });
    await vi.advanceTimersByTimeAsync(300);
    expect(events.filter((e) => e.type === "lesson-completed")).toHaveLength(1);
    expect(cluster.store.watcherCount()).toBe(1);
    tracker.stop();
    expect(cluster.store.watcherCount()).toBe(0);
  });

  it("ignores history from before `since`", () => {
    const history = createHistoryFeed([{ command: "kubectl get nodes", exitCode: 0, output: "", startedAt: 1000 }]);
    const l = lesson([step("nodes", [{ type: "commandRan", pattern: "get nodes" }])]);
    const events: ProgressEvent[] = [];
    const tracker = createProgressTracker({ lesson: l, cluster: null, history, since: 2000, onEvent: (e) => events.push(e) });
    expect(tracker.evaluateNow().lessonDone).toBe(false);
    history.push({ command: "kubectl get nodes", exitCode: 0, output: "", startedAt: 3000 });
    expect(tracker.evaluateNow().lessonDone).toBe(true);
    tracker.stop();
  });

  it("judges sandbox challenges independently", () => {
    const l = lesson([step("one", [{ type: "commandRan", pattern: "one" }]), step("two", [{ type: "commandRan", pattern: "two" }])], "sandbox");
    const history = createHistoryFeed([{ command: "two", exitCode: 0, output: "" }]);
    const tracker = createProgressTracker({ lesson: l, cluster: null, history, onEvent: () => {} });
    expect(tracker.evaluateNow().completed).toEqual(["two"]);
    tracker.stop();
  });
});
