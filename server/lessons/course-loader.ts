import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { courseFileSchema, lessonFrontMatterSchema } from "./lesson-schema";
import { mergeLesson, type LessonSource } from "./lesson-merge";
import { splitSections } from "./markdown-sections";
import { LOCALES, type Course, type Lesson, type Locale } from "./types";

/** Every problem found while loading a course, each prefixed with the file it is in. */
export class LessonLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`lessons failed to load:\n  ${problems.join("\n  ")}`);
    this.name = "LessonLoadError";
  }
}

/** The `lessons/` folder at the repository root (where `npm` runs). */
export function defaultLessonsRoot(): string {
  return path.resolve(process.cwd(), "lessons");
}

/** Loads every course under `root` (each folder with a course.yaml), in folder-name order. */
export async function loadCourses(root = defaultLessonsRoot()): Promise<Course[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const courses: Course[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    const full = path.join(root, dir);
    if (!(await readdir(full)).includes("course.yaml")) continue;
    try {
      courses.push(await loadCourse(full));
    } catch (err) {
      if (err instanceof LessonLoadError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new LessonLoadError(problems);
  return courses;
}

/** Loads one course folder: course.yaml plus `<stem>.<locale>.md` for every lesson and language. */
export async function loadCourse(dir: string): Promise<Course> {
  const problems: string[] = [];
  const coursePath = path.join(dir, "course.yaml");
  const meta = parseWith(courseFileSchema, parseYaml(await readFile(coursePath, "utf8")), rel(coursePath), problems);
  if (!meta) throw new LessonLoadError(problems);

  const lessons: Lesson[] = [];
  for (const [index, stem] of meta.lessons.entries()) {
    const sources = {} as Record<Locale, LessonSource>;
    for (const locale of LOCALES) {
      const src = await readLessonFile(path.join(dir, `${stem}.${locale}.md`), locale, problems);
      if (src) sources[locale] = src;
    }
    if (LOCALES.some((l) => !sources[l])) continue;
    const merged = mergeLesson(meta.id, index, sources);
    problems.push(...merged.problems);
    if (merged.lesson) lessons.push(merged.lesson);
  }
  const ids = lessons.map((l) => l.id);
  ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push(`${rel(dir)}: lesson id "${id}" is used twice`));
  if (problems.length > 0) throw new LessonLoadError(problems);
  return { id: meta.id, title: meta.title, description: meta.description, lessons };
}

async function readLessonFile(file: string, locale: Locale, problems: string[]): Promise<LessonSource | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    problems.push(`${rel(file)}: missing (every lesson needs a file per language: ${LOCALES.join(", ")})`);
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (err) {
    problems.push(`${rel(file)}: front matter is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const front = parseWith(lessonFrontMatterSchema, parsed.data, rel(file), problems);
  if (!front) return undefined;
  const stepIds = front.steps.map((s) => s.id);
  stepIds.filter((id, i) => stepIds.indexOf(id) !== i).forEach((id) => problems.push(`${rel(file)}: step id "${id}" is used twice`));
  return { locale, file: rel(file), front, body: splitSections(parsed.content) };
}

function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  return undefined;
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Looks a lesson up by id. */
export function findLesson(course: Course, lessonId: string): Lesson | undefined {
  return course.lessons.find((l) => l.id === lessonId);
}
