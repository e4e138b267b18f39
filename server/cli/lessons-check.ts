/**
 * `npm run lessons:check`: validates every course under lessons/ (schema, both languages with the same
 * steps, commands and checks, prose that matches the commands), then plays each lesson in a fresh
 * headless sandbox on virtual time and asserts that every step's checks pass. Exits 1 with a report
 * naming the file or step and the reason on any failure.
 *
 *   npm run lessons:check                       all courses, validation and runs
 *   npm run lessons:check -- --static           validation only (no sandbox)
 *   npm run lessons:check -- --lesson scale-app only that lesson's run (validation still covers all)
 *   npm run lessons:check -- --verbose          print every command and its output
 *   npm run lessons:check -- --root DIR         courses from DIR instead of ./lessons
 */
import { parseArgs } from "node:util";
import { loadCourses, LessonLoadError } from "../lessons/course-loader";
import { runLesson, type LessonReport } from "../lessons/lesson-runner";
import { createHeadlessLessonSandbox } from "../lessons/headless-lesson-sandbox";
import { validateCourse } from "../lessons/validate-course";
import { clusterProvider, MemoryClusterStorage } from "../sandbox/cluster-provider";
import type { Course } from "../lessons/types";

const { values } = parseArgs({
  options: {
    static: { type: "boolean", default: false },
    lesson: { type: "string", multiple: true },
    course: { type: "string" },
    root: { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});

async function main(): Promise<number> {
  const started = Date.now();
  let courses: Course[];
  try {
    courses = await loadCourses(values.root);
  } catch (err) {
    if (!(err instanceof LessonLoadError)) throw err;
    printProblems("Lesson files are invalid", err.problems);
    return 1;
  }
  if (values.course) courses = courses.filter((c) => c.id === values.course);
  const problems = courses.flatMap((c) => validateCourse(c).map((p) => `${c.id}: ${p}`));
  if (problems.length > 0) {
    printProblems("Lessons failed validation", problems);
    return 1;
  }
  const lessonCount = courses.reduce((n, c) => n + c.lessons.length, 0);
  console.log(`✓ ${courses.length} course(s), ${lessonCount} lessons: files valid in every language`);
  if (values.static) return 0;

  // One in-memory provider for all runs; each lesson gets its own sandbox id, hence its own fresh cluster.
  const clusters = clusterProvider(new MemoryClusterStorage());
  let failed = 0;
  for (const course of courses) {
    for (const lesson of course.lessons) {
      if (values.lesson && !values.lesson.includes(lesson.id)) continue;
      if (lesson.steps.every((s) => s.checks.length === 0)) continue; // reading lessons have nothing to run
      const t0 = Date.now();
      const sandbox = createHeadlessLessonSandbox(`lessons-check-${lesson.id}`, clusters);
      let report: LessonReport;
      try {
        report = await runLesson(lesson, sandbox, {
          onCommand: values.verbose ? (tab, line, r) => console.log(`  [tab ${tab}] $ ${line}  (exit ${r.exitCode})\n${indent(r.output)}`) : undefined,
        });
      } finally {
        await sandbox.dispose();
      }
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (report.ok) console.log(`✓ ${course.id}/${lesson.id}: ${report.steps.length} steps pass (${secs}s)`);
      else {
        failed++;
        printReport(course.id, report);
      }
    }
  }
  console.log(`${failed === 0 ? "✓ all lessons pass" : `✗ ${failed} lesson(s) failed`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return failed === 0 ? 0 : 1;
}

function printProblems(title: string, problems: string[]): void {
  console.error(`✗ ${title}:`);
  for (const p of problems) console.error(`  - ${p}`);
}

function printReport(courseId: string, report: LessonReport): void {
  console.error(`✗ ${courseId}/${report.lessonId}`);
  for (const f of report.setupFailures) console.error(`  setup command failed (exit ${f.exitCode}): ${f.line}\n${indent(f.output, "      ")}`);
  for (const step of report.steps.filter((s) => !s.done)) {
    console.error(`  step "${step.stepId}" not done after ${step.attempts} attempt(s):`);
    for (const r of step.reasons) console.error(`    - ${r.en}`);
    for (const c of step.failedCommands) console.error(`    command failed (exit ${c.exitCode}): ${c.line}\n${indent(c.output, "        ")}`);
  }
  for (const p of report.trackerProblems) console.error(`  progress tracker: ${p}`);
}

function indent(text: string, pad = "    "): string {
  const lines = text.replace(/\n$/, "").split("\n").slice(0, 30);
  return lines.map((l) => pad + l).join("\n");
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
