import { describe, expect, it } from "vitest";
import { checkSchema, type CheckInput } from "./check-schema";
import { runLesson, type LessonSandbox } from "./lesson-runner";
import { fakeCluster, readyPod } from "./testing/fake-cluster";
import type { CommandRecord, Lesson, Step } from "./types";

const text = (s: string) => ({ en: s, "zh-CN": s });
const cmd = (run: string, extra: Partial<Step["commands"][number]> = {}) => ({ run, tab: 1, longRunning: false, skipInCheck: false, ...extra });
const step = (id: string, commands: Step["commands"], checks: CheckInput[]): Step => ({
  id,
  title: text(id),
  instructions: text(id),
  commands,
  hints: [],
  checks: checks.map((c) => checkSchema.parse(c)),
});
const lesson = (steps: Step[], setup = [cmd("minikube start")]): Lesson => ({
  courseId: "c", id: "l", index: 1, kind: "guided", title: text("l"), summary: text("s"), minutes: 1, intro: text(""), setup, steps,
});

/** A sandbox whose commands are scripted: pods become ready one per `wait`, as if they started slowly. */
function scriptedSandbox(): LessonSandbox & { started: string[]; waits: number } {
  const cluster = fakeCluster();
  const history: CommandRecord[] = [];
  let wanted = 0;
  let ready = 0;
  const sandbox = {
    started: [] as string[],
    waits: 0,
    async run(line: string) {
      let result = { exitCode: 0, output: "" };
      const scale = /--replicas=(\d+)/.exec(line);
      if (scale) wanted = Number(scale[1]);
      if (line === "false") result = { exitCode: 1, output: "boom" };
      if (line.startsWith("kubectl create deployment x") && history.some((h) => h.command === line)) {
        result = { exitCode: 1, output: 'error: failed to create deployment: deployments.apps "x" already exists' };
      }
      history.push({ command: line, ...result });
      return result;
    },
    async start(line: string) {
      sandbox.started.push(line);
    },
    async wait() {
      sandbox.waits++;
      if (ready < wanted) cluster.store.create("pods", "default", readyPod(`p${ready++}`, { app: "x" }));
    },
    async cluster() {
      return cluster;
    },
    history: () => history,
    async dispose() {},
  };
  return sandbox;
}

describe("runLesson", () => {
  it("re-runs a step after pauses until its checks pass, and the live tracker agrees", async () => {
    const sandbox = scriptedSandbox();
    const l = lesson([
      step("proxy", [cmd("kubectl proxy", { tab: 2, longRunning: true }), cmd("echo hi")], [{ type: "commandRan", pattern: "echo" }]),
      step("scale", [cmd("kubectl scale deploy/x --replicas=2")], [{ type: "podsReady", selector: "app=x", count: 2 }]),
    ]);
    const report = await runLesson(l, sandbox, { attempts: 5 });
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => [s.stepId, s.done, s.attempts])).toEqual([["proxy", true, 1], ["scale", true, 3]]);
    expect(sandbox.started).toEqual(["kubectl proxy"]);
    expect(report.trackerProblems).toEqual([]);
  });

  it("reports a step that never passes, with its reasons and failing commands, and stops there", async () => {
    const sandbox = scriptedSandbox();
    const l = lesson([
      step("broken", [cmd("false")], [{ type: "podsReady", selector: "app=x", count: 4 }]),
      step("later", [cmd("echo")], [{ type: "commandRan", pattern: "echo" }]),
    ]);
    const report = await runLesson(l, sandbox, { attempts: 2 });
    expect(report.ok).toBe(false);
    expect(report.steps).toHaveLength(1);
    expect(report.steps[0]).toMatchObject({ stepId: "broken", done: false, attempts: 2, failedCommands: [{ line: "false", exitCode: 1 }] });
    expect(report.steps[0]!.reasons[0]!.en).toContain("the step needs 4");
  });

  it("does not let setup commands satisfy a step, and tolerates 'already exists' in setup", async () => {
    const sandbox = scriptedSandbox();
    const create = cmd("kubectl create deployment x --image=i");
    const l = lesson([step("create", [create], [{ type: "commandRan", pattern: "^kubectl create deployment" }])], [create, cmd("false")]);
    const report = await runLesson(l, sandbox, { attempts: 1 });
    expect(report.setupFailures.map((f) => f.line)).toEqual(["false"]);
    // The step's own run of the command fails ("already exists"), and the setup's success does not count.
    expect(report.steps[0]!.done).toBe(false);
  });
});
