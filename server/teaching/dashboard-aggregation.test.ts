import { describe, expect, it } from "vitest";
import { buildDashboard, type ProgressRow } from "./dashboard-aggregation";
import type { StepOutline } from "./course-outlines";

const MIN = 60_000;
const t = (m: number) => new Date(m * MIN);
const step = (lessonId: string, stepId: string): StepOutline => ({
  key: `c/${lessonId}/${stepId}`, courseId: "c", lessonId, stepId, lessonTitle: { en: lessonId, "zh-CN": lessonId }, stepTitle: { en: stepId, "zh-CN": stepId },
});
const row = (userId: string, lessonId: string, stepId: string, start: number, done: number | null, hintsUsed = 0): ProgressRow => ({
  userId, courseId: "c", lessonId, stepId, startedAt: t(start), completedAt: done === null ? null : t(done), hintsUsed,
});

describe("buildDashboard", () => {
  const students = ["a", "b", "c", "d"].map((id) => ({ id, username: id, displayName: id.toUpperCase() }));
  const dash = buildDashboard({
    cohort: { id: "co", name: "Co", courses: ["c"] },
    outline: [step("l1", "s1"), step("l1", "s2"), { ...step("x", "y"), courseId: "other", key: "other/x/y" }],
    students,
    progress: [
      row("a", "l1", "s1", 0, 2), row("b", "l1", "s1", 0, 4), row("c", "l1", "s1", 0, 6, 2),
      row("a", "l1", "s2", 2, null, 1), row("c", "l1", "s2", 6, null),
      row("d", "l9", "extra", 0, null), // a step missing from the outline still shows up
    ],
    commands: [
      { userId: "c", command: "kubectl get deploy", exitCode: 0, startedAt: t(40) },
      { userId: "a", command: "kubectl apply -f x", exitCode: 1, startedAt: t(39) },
      { userId: "a", command: "kubectl apply -f x", exitCode: 1, startedAt: t(38) },
      { userId: "a", command: "kubectl apply -f x", exitCode: 1, startedAt: t(37) },
    ],
    failing: [
      { command: "kubectl apply -f x", userId: "a", failures: 3 },
      { command: "kubectl  apply -f x", userId: "b", failures: 1 },
      { command: "kubectl get pdo", userId: "c", failures: 2 },
    ],
    now: 40 * MIN,
  });

  it("lays out the cohort's course steps as columns, then reached steps the outline lacks", () => {
    expect(dash.steps.map((s) => s.key)).toEqual(["c/l1/s1", "c/l1/s2", "c/l9/extra"]);
  });

  it("fills each student's completed steps, current step and hints", () => {
    const a = dash.students.find((s) => s.id === "a")!;
    expect(Object.keys(a.completed)).toEqual(["c/l1/s1"]);
    expect(a.current).toEqual({ key: "c/l1/s2", startedAt: t(2).toISOString() });
    expect(dash.students.find((s) => s.id === "c")!.hintsUsed).toBe(2);
    expect(a.recentFailures).toHaveLength(3);
    expect(a.lastCommandAt).toBe(t(39).toISOString());
  });

  it("counts completions and the median time per step", () => {
    expect(dash.stepStats[0]).toEqual({ key: "c/l1/s1", completed: 3, medianMs: 4 * MIN });
    expect(dash.stepStats[1]).toEqual({ key: "c/l1/s2", completed: 0, medianMs: null });
  });

  it("marks repeated failures and long stays as stuck", () => {
    expect(dash.students.find((s) => s.id === "a")!.stuck).toMatchObject({ kind: "repeated-failure", command: "kubectl apply -f x" });
    // c has been on s2 for 34 minutes with no one finished it: past the fallback limit.
    expect(dash.students.find((s) => s.id === "c")!.stuck).toMatchObject({ kind: "slow", stepKey: "c/l1/s2" });
    expect(dash.students.find((s) => s.id === "b")!.stuck).toBeNull();
  });

  it("ranks the commands that fail most, merging spacing variants and counting students", () => {
    expect(dash.failingCommands).toEqual([
      { command: "kubectl apply -f x", failures: 4, students: 2 },
      { command: "kubectl get pdo", failures: 2, students: 1 },
    ]);
  });
});
