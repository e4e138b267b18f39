/**
 * Checks a loaded course for mistakes the schema cannot see: custom checks that do not exist or get
 * bad params, field paths that do not parse, and prose that disagrees with the clickable commands.
 * (course-loader.ts already checks the schema and that both languages agree.)
 */
import { getCustomCheck } from "./custom-check-registry";
import "./custom-checks";
import { parsePath } from "./json-path";
import { LOCALES, type Course, type Lesson, type Step } from "./types";

/** kubectl v1.20's top-level commands (`kubectl --help`): a typo in a lesson must not reach students. */
const KUBECTL_COMMANDS = new Set(
  ("create expose run set explain get edit delete rollout scale autoscale certificate cluster-info top cordon uncordon " +
    "drain taint describe logs attach exec port-forward proxy cp auth debug diff apply patch replace wait kustomize " +
    "label annotate completion api-resources api-versions config plugin version options help").split(" "),
);

export function validateCourse(course: Course): string[] {
  return course.lessons.flatMap((lesson) => [
    ...lesson.setup.flatMap((c) => commandProblems(c.run).map((p) => `${lesson.id} setup: ${p}`)),
    ...lesson.steps.flatMap((step) => stepProblems(lesson, step).map((p) => `${lesson.id}/${step.id}: ${p}`)),
  ]);
}

function stepProblems(lesson: Lesson, step: Step): string[] {
  const problems: string[] = [];
  for (const check of step.checks) {
    if (check.type === "custom") {
      const custom = getCustomCheck(check.name);
      if (!custom) problems.push(`custom check "${check.name}" is not registered in server/lessons/custom-checks`);
      else {
        const parsed = custom.params.safeParse(check.params);
        if (!parsed.success) problems.push(`custom check "${check.name}": bad params: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
      }
    }
    if (check.type === "objectMatches") {
      for (const path of Object.keys(check.fields)) {
        try {
          parsePath(path);
        } catch (err) {
          problems.push(`objectMatches: ${(err as Error).message}`);
        }
      }
    }
  }
  for (const c of step.commands) problems.push(...commandProblems(c.run));
  if (lesson.kind === "guided") problems.push(...proseProblems(step));
  return problems;
}

/**
 * In guided lessons every line of a code block in the instructions must be one of the step's commands
 * (so what a student reads is what a click sends), and every command must be shown in the prose.
 */
function proseProblems(step: Step): string[] {
  const problems: string[] = [];
  const runs = new Set(step.commands.map((c) => c.run));
  for (const locale of LOCALES) {
    const shown = codeBlockLines(step.instructions[locale]);
    for (const line of shown) if (!runs.has(line)) problems.push(`${locale} instructions show \`${line}\`, which is not among the step's commands`);
    for (const run of runs) if (!shown.includes(run)) problems.push(`${locale} instructions never show the command \`${run}\``);
  }
  return problems;
}

function codeBlockLines(markdown: string): string[] {
  const lines: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    else if (inFence && line.trim()) lines.push(line.trim());
  }
  return lines;
}

/** kubectl lines must name a kubectl command that exists. */
function commandProblems(line: string): string[] {
  const problems: string[] = [];
  for (const m of line.matchAll(/(?:^|[;&|(]\s*|\bdo\s+)kubectl\s+((?:-\S+\s+)*)([a-z-]+)/g)) {
    const sub = m[2] as string;
    if (!KUBECTL_COMMANDS.has(sub)) problems.push(`\`${line}\`: kubectl has no command "${sub}"`);
  }
  return problems;
}
