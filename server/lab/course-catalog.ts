/**
 * The courses of this installation, loaded from lessons/ once at start-up, with every Markdown text
 * rendered to HTML once. Lesson files are part of the installation (authored in the repository), so
 * their HTML is trusted; anything a user types is rendered as text elsewhere.
 */
import { marked } from "marked";
import { loadCourses } from "../lessons/course-loader";
import type { Course, Lesson, LocalizedText } from "../lessons/types";

export interface RenderedStep {
  id: string;
  title: LocalizedText;
  html: LocalizedText;
  commands: { run: string; tab: number; longRunning: boolean; label?: LocalizedText }[];
  hintCount: number;
  manual: boolean;
}

export interface RenderedLesson {
  courseId: string;
  id: string;
  index: number;
  kind: Lesson["kind"];
  title: LocalizedText;
  summary: LocalizedText;
  minutes: number;
  introHtml: LocalizedText;
  steps: RenderedStep[];
}

function render(text: LocalizedText): LocalizedText {
  return { en: marked.parse(text.en, { async: false }), "zh-CN": marked.parse(text["zh-CN"], { async: false }) };
}

function renderLesson(lesson: Lesson): RenderedLesson {
  return {
    courseId: lesson.courseId,
    id: lesson.id,
    index: lesson.index,
    kind: lesson.kind,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    introHtml: render(lesson.intro),
    steps: lesson.steps.map((s) => ({
      id: s.id,
      title: s.title,
      html: render(s.instructions),
      commands: s.commands.map((c) => ({ run: c.run, tab: c.tab, longRunning: c.longRunning, label: c.label })),
      hintCount: s.hints.length,
      manual: s.checks.length === 0,
    })),
  };
}

export class CourseCatalog {
  private rendered = new Map<string, RenderedLesson>();

  private constructor(readonly courses: Course[]) {
    for (const c of courses) for (const l of c.lessons) this.rendered.set(`${c.id}/${l.id}`, renderLesson(l));
  }

  static async load(root?: string): Promise<CourseCatalog> {
    return new CourseCatalog(await loadCourses(root));
  }

  course(id: string): Course | undefined {
    return this.courses.find((c) => c.id === id);
  }

  lesson(courseId: string, lessonId: string): Lesson | undefined {
    return this.course(courseId)?.lessons.find((l) => l.id === lessonId);
  }

  renderedLesson(courseId: string, lessonId: string): RenderedLesson | undefined {
    return this.rendered.get(`${courseId}/${lessonId}`);
  }
}
