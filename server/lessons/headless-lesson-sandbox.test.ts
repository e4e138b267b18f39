/**
 * The lesson runner on the real sandbox, shell and simulated cluster (virtual time): the shipped
 * "scale" lesson passes, and the same lesson with the student scaling to 3 instead of 4 does not.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clusterProvider, MemoryClusterStorage } from "../sandbox/cluster-provider";
import { findLesson, loadCourse } from "./course-loader";
import { createHeadlessLessonSandbox } from "./headless-lesson-sandbox";
import { runLesson } from "./lesson-runner";
import type { Lesson } from "./types";

const courseDir = path.resolve(import.meta.dirname, "../../lessons/kubernetes-basics");

async function scaleLesson(): Promise<Lesson> {
  const lesson = findLesson(await loadCourse(courseDir), "scale-app");
  if (!lesson) throw new Error("scale-app lesson missing");
  return lesson;
}

describe("runLesson on a headless sandbox", () => {
  it("plays the scale lesson to the end", async () => {
    const sandbox = createHeadlessLessonSandbox("scale-ok", clusterProvider(new MemoryClusterStorage()));
    try {
      const report = await runLesson(await scaleLesson(), sandbox);
      expect(report.steps.filter((s) => !s.done)).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      await sandbox.dispose();
    }
  });

  it("does not complete the scale-up step when the student scales to 3 instead of 4", async () => {
    const lesson = await scaleLesson();
    const wrong: Lesson = {
      ...lesson,
      steps: lesson.steps.map((s) =>
        s.id === "scale-up" ? { ...s, commands: s.commands.map((c) => ({ ...c, run: c.run.replace("--replicas=4", "--replicas=3") })) } : s,
      ),
    };
    const sandbox = createHeadlessLessonSandbox("scale-wrong", clusterProvider(new MemoryClusterStorage()));
    try {
      const report = await runLesson(wrong, sandbox, { attempts: 3 });
      expect(report.ok).toBe(false);
      const step = report.steps.find((s) => s.stepId === "scale-up");
      expect(step?.done).toBe(false);
      expect(step?.reasons.map((r) => r.en)).toEqual([
        'Deployment "kubernetes-bootcamp": spec.replicas is 3; the step needs 4.',
        "There are 3 ready pods with app=kubernetes-bootcamp; the step needs 4.",
      ]);
      expect(step?.reasons[1]?.["zh-CN"]).toBe("带有标签 app=kubernetes-bootcamp 且已就绪的 Pod 现在有 3 个，这一步需要 4 个。");
    } finally {
      await sandbox.dispose();
    }
  });
});
