import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LessonLoadError, loadCourse, loadCourses } from "./course-loader";
import { validateCourse } from "./validate-course";

const COURSE = `id: demo
title: { en: Demo, zh-CN: 演示 }
description: { en: A demo, zh-CN: 一个演示 }
lessons: [01-first]
`;

function lessonFile(opts: { title: string; body: string; checks?: string; hint?: string; stepIds?: string[] }): string {
  const ids = opts.stepIds ?? ["start"];
  const steps = ids
    .map(
      (id) => `  - id: ${id}
    commands:
      - minikube start
    hints:
      - ${opts.hint ?? "hint"}
    checks:
${opts.checks ?? "      - type: clusterRunning"}`,
    )
    .join("\n");
  return `---
id: first
title: ${opts.title}
summary: s
minutes: 5
steps:
${steps}
---
${opts.body}
`;
}

const EN_BODY = "Intro.\n\n## Start it {#start}\n\nRun this:\n\n```\nminikube start\n```\n";
const ZH_BODY = "介绍。\n\n## 启动 {#start}\n\n执行：\n\n```\nminikube start\n```\n";

function courseDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "podium-lessons-"));
  const dir = path.join(root, "demo");
  mkdirSync(dir);
  for (const [name, text] of Object.entries({ "course.yaml": COURSE, ...files })) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadCourse(dir);
    return [];
  } catch (err) {
    if (err instanceof LessonLoadError) return err.problems;
    throw err;
  }
}

describe("loadCourse", () => {
  it("merges both languages into one lesson with localized text", async () => {
    const dir = courseDir({
      "01-first.en.md": lessonFile({ title: "First", body: EN_BODY }),
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: ZH_BODY, hint: "提示" }),
    });
    const course = await loadCourse(dir);
    const lesson = course.lessons[0]!;
    expect(lesson.title).toEqual({ en: "First", "zh-CN": "第一课" });
    expect(lesson.intro).toEqual({ en: "Intro.", "zh-CN": "介绍。" });
    expect(lesson.steps[0]).toMatchObject({
      id: "start",
      title: { en: "Start it", "zh-CN": "启动" },
      commands: [{ run: "minikube start", tab: 1, longRunning: false, skipInCheck: false }],
      hints: [{ en: "hint", "zh-CN": "提示" }],
      checks: [{ type: "clusterRunning" }],
    });
    expect(lesson.steps[0]!.instructions.en).toContain("```\nminikube start\n```");
    expect(validateCourse(course)).toEqual([]);
  });

  it("reports a missing language", async () => {
    const dir = courseDir({ "01-first.en.md": lessonFile({ title: "First", body: EN_BODY }) });
    expect((await problemsOf(dir)).join("\n")).toContain("01-first.zh-CN.md: missing");
  });

  it("reports languages that disagree on step ids or checks", async () => {
    const ids = courseDir({
      "01-first.en.md": lessonFile({ title: "First", body: EN_BODY }),
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: ZH_BODY.replace("{#start}", "{#begin}"), stepIds: ["begin"] }),
    });
    expect((await problemsOf(ids)).join("\n")).toContain("step ids differ");
    const checks = courseDir({
      "01-first.en.md": lessonFile({ title: "First", body: EN_BODY }),
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: ZH_BODY, checks: "      - type: commandRan\n        pattern: minikube" }),
    });
    expect((await problemsOf(checks)).join("\n")).toContain('checks of step "start" differ');
  });

  it("reports schema errors, bad regexes and body sections that do not match the steps", async () => {
    const bad = courseDir({
      "01-first.en.md": lessonFile({ title: "First", body: EN_BODY, checks: "      - type: podsReady\n        selector: app=x" }),
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: "## 别的 {#other}\n\ntext", checks: "      - type: commandRan\n        pattern: '(unclosed'" }),
    });
    const problems = (await problemsOf(bad)).join("\n");
    expect(problems).toMatch(/01-first\.en\.md: steps\.0\.checks\.0\.count/);
    expect(problems).toContain("not a valid regular expression");
  });

  it("reports invalid YAML instead of throwing", async () => {
    const dir = courseDir({
      "01-first.en.md": "---\nid: first\ntitle: a: b\n---\n",
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: ZH_BODY }),
    });
    expect((await problemsOf(dir)).join("\n")).toContain("front matter is not valid YAML");
  });
});

describe("validateCourse", () => {
  it("catches prose that shows a command the step does not offer, and unknown custom checks", async () => {
    const body = EN_BODY.replace("minikube start\n```", "minikube start\nkubectl get nodez\n```");
    const dir = courseDir({
      "01-first.en.md": lessonFile({ title: "First", body, checks: "      - type: custom\n        name: noSuchCheck" }),
      "01-first.zh-CN.md": lessonFile({ title: "第一课", body: ZH_BODY, checks: "      - type: custom\n        name: noSuchCheck" }),
    });
    const problems = validateCourse(await loadCourse(dir)).join("\n");
    expect(problems).toContain("en instructions show `kubectl get nodez`");
    expect(problems).toContain('custom check "noSuchCheck" is not registered');
  });

  it("catches kubectl commands that do not exist", async () => {
    const typo = (body: string) => body.replaceAll("minikube start", "kubectl strat");
    const dir = courseDir({
      "01-first.en.md": typo(lessonFile({ title: "First", body: EN_BODY })),
      "01-first.zh-CN.md": typo(lessonFile({ title: "第一课", body: ZH_BODY })),
    });
    expect(validateCourse(await loadCourse(dir))).toEqual(['first/start: `kubectl strat`: kubectl has no command "strat"']);
  });
});

describe("the shipped courses", () => {
  it("load and validate without problems", async () => {
    const courses = await loadCourses(path.resolve(import.meta.dirname, "../../lessons"));
    expect(courses.map((c) => c.id)).toContain("kubernetes-basics");
    for (const course of courses) expect(validateCourse(course)).toEqual([]);
    const basics = courses.find((c) => c.id === "kubernetes-basics")!;
    expect(basics.lessons.map((l) => l.id)).toEqual([
      "concepts", "create-cluster", "deploy-app", "explore-app", "expose-app", "scale-app", "update-app", "sandbox",
    ]);
  });
});
