import { isDeepStrictEqual } from "node:util";
import type { CommandFrontMatter, LessonFrontMatter } from "./lesson-schema";
import type { BodySections } from "./markdown-sections";
import { LOCALES, type LessonCommand, type Lesson, type Locale, type LocalizedText, type Step } from "./types";

export interface LessonSource {
  locale: Locale;
  file: string;
  front: LessonFrontMatter;
  body: BodySections;
}

/**
 * Joins the per-language files of one lesson into a Lesson, reporting every way they disagree. What a
 * student does and what is checked must not depend on the language they read the lesson in, so ids,
 * commands and checks must be identical; only prose differs.
 */
export function mergeLesson(courseId: string, index: number, sources: Record<Locale, LessonSource>): { lesson?: Lesson; problems: string[] } {
  const problems: string[] = [];
  const base = sources.en;
  for (const locale of LOCALES) problems.push(...sectionProblems(sources[locale]));
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const other = sources[locale];
    const where = `${other.file} vs ${base.file}`;
    for (const key of ["id", "kind", "minutes"] as const) {
      if (other.front[key] !== base.front[key]) problems.push(`${where}: "${key}" differs`);
    }
    if (!sameCommands(other.front.setup, base.front.setup)) problems.push(`${where}: setup commands differ`);
    const ids = (s: LessonSource) => s.front.steps.map((st) => st.id).join(",");
    if (ids(other) !== ids(base)) {
      problems.push(`${where}: step ids differ (${ids(other)} / ${ids(base)})`);
      continue;
    }
    base.front.steps.forEach((step, i) => {
      const o = other.front.steps[i] as (typeof other.front.steps)[number];
      if (!isDeepStrictEqual(o.checks, step.checks)) problems.push(`${where}: checks of step "${step.id}" differ`);
      if (!sameCommands(o.commands, step.commands)) problems.push(`${where}: commands of step "${step.id}" differ`);
      if (o.hints.length !== step.hints.length) problems.push(`${where}: step "${step.id}" has ${o.hints.length} hints, not ${step.hints.length}`);
    });
  }
  if (problems.length > 0) return { problems };

  const text = (pick: (s: LessonSource) => string): LocalizedText =>
    Object.fromEntries(LOCALES.map((l) => [l, pick(sources[l])])) as LocalizedText;
  const steps: Step[] = base.front.steps.map((step, i) => ({
    id: step.id,
    title: text((s) => s.body.steps[i]?.title ?? ""),
    instructions: text((s) => s.body.steps[i]?.body ?? ""),
    commands: step.commands.map((c, j) => toCommand(c, (l) => sources[l].front.steps[i]?.commands[j])),
    hints: step.hints.map((_, j) => text((s) => s.front.steps[i]?.hints[j] ?? "")),
    checks: step.checks,
  }));
  const lesson: Lesson = {
    courseId,
    id: base.front.id,
    index,
    kind: base.front.kind,
    title: text((s) => s.front.title),
    summary: text((s) => s.front.summary),
    minutes: base.front.minutes,
    intro: text((s) => s.body.intro),
    setup: base.front.setup.map((c, j) => toCommand(c, (l) => sources[l].front.setup[j])),
    steps,
  };
  return { lesson, problems };
}

/** Every step in the front matter has a body section, in the same order, and nothing else does. */
function sectionProblems(src: LessonSource): string[] {
  const front = src.front.steps.map((s) => s.id);
  const body = src.body.steps.map((s) => s.id);
  if (front.join(",") === body.join(",")) {
    return src.body.steps.filter((s) => s.body === "").map((s) => `${src.file}: step "${s.id}" has no instructions`);
  }
  return [`${src.file}: body sections (${body.join(", ")}) do not match the steps (${front.join(", ")})`];
}

function sameCommands(a: CommandFrontMatter[], b: CommandFrontMatter[]): boolean {
  const strip = (c: CommandFrontMatter) => ({ ...c, label: undefined });
  return isDeepStrictEqual(a.map(strip), b.map(strip));
}

function toCommand(c: CommandFrontMatter, inLocale: (l: Locale) => CommandFrontMatter | undefined): LessonCommand {
  const { label, ...rest } = c;
  const out: LessonCommand = { run: rest.run, tab: rest.tab, longRunning: rest.longRunning, skipInCheck: rest.skipInCheck };
  if (label !== undefined) out.label = Object.fromEntries(LOCALES.map((l) => [l, inLocale(l)?.label ?? label])) as LocalizedText;
  return out;
}
