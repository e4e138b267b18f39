/**
 * The courses a cohort can be assigned and the ordered steps its dashboard shows as columns (the outline
 * only: server/lab/course-catalog.ts renders the lessons for the lab), read from
 * lessons/ with the lessons loader (server/lessons/course-loader.ts) and kept for the process' lifetime.
 * When a course does not load (a lesson is being written), its course.yaml still names it so it can be
 * assigned, and the dashboard shows only the steps students have actually reached.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { defaultLessonsRoot, loadCourses } from "../lessons/course-loader";
import { courseFileSchema } from "../lessons/lesson-schema";
import type { LocalizedText } from "../lessons/types";
import { log } from "../log";

export interface StepOutline {
  /** `<courseId>/<lessonId>/<stepId>`: how progress rows and dashboard columns are matched. */
  key: string;
  courseId: string;
  lessonId: string;
  stepId: string;
  lessonTitle: LocalizedText;
  stepTitle: LocalizedText;
}

export interface CourseOutline {
  id: string;
  title: LocalizedText;
  /** Empty when the course's lessons do not load. */
  steps: StepOutline[];
}

export const stepKey = (courseId: string, lessonId: string, stepId: string) => `${courseId}/${lessonId}/${stepId}`;

export type OutlineSource = () => Promise<CourseOutline[]>;

export async function readCourseOutlines(root = defaultLessonsRoot()): Promise<CourseOutline[]> {
  try {
    const courses = await loadCourses(root);
    return courses.map((c) => ({
      id: c.id,
      title: c.title,
      steps: c.lessons.flatMap((l) =>
        l.steps.map((s) => ({ key: stepKey(c.id, l.id, s.id), courseId: c.id, lessonId: l.id, stepId: s.id, lessonTitle: l.title, stepTitle: s.title })),
      ),
    }));
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message : String(err) }, "courses did not load; dashboards show reached steps only");
    return readCourseHeaders(root);
  }
}

async function readCourseHeaders(root: string): Promise<CourseOutline[]> {
  const out: CourseOutline[] = [];
  for (const dir of (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    try {
      const meta = courseFileSchema.parse(parseYaml(await readFile(path.join(root, dir, "course.yaml"), "utf8")));
      out.push({ id: meta.id, title: meta.title, steps: [] });
    } catch {
      continue;
    }
  }
  return out;
}

let cached: Promise<CourseOutline[]> | undefined;

/** The process-wide catalog; lessons change only with a deployment, so one read is enough. */
export const defaultCourseOutlines: OutlineSource = () => {
  cached ??= readCourseOutlines().catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
};
