"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";

type Text = { en: string; "zh-CN": string };
interface LessonRow { id: string; kind: string; title: Text; summary: Text; minutes: number; steps: number; done: number }
interface CourseRow { id: string; title: Text; description: Text; lessons: LessonRow[] }

/** Every course with a progress bar per lesson; the first unfinished lesson is offered as "Continue". */
export function CourseList() {
  const { t, locale } = useT();
  const [courses, setCourses] = useState<CourseRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ courses: CourseRow[] }>("GET", "/api/courses").then((r) => setCourses(r.courses)).catch((e: Error) => setError(e.message));
  }, []);

  return (
    <div className="flex flex-col gap-8">
      <ErrorText message={error} />
      {courses?.map((course) => {
        const next = course.lessons.find((l) => l.steps > 0 && l.done < l.steps) ?? course.lessons[0];
        return (
          <article key={course.id} className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
            <div className="mb-3 flex flex-wrap items-baseline gap-3">
              <h2 className="text-xl font-semibold">{course.title[locale]}</h2>
              {next && (
                <Link href={`/courses/${course.id}/${next.id}`} className="ml-auto rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
                  {t("courses.continue")}
                </Link>
              )}
            </div>
            <p className="mb-4 text-zinc-600 dark:text-zinc-300">{course.description[locale]}</p>
            <ol className="flex flex-col gap-2">
              {course.lessons.map((lesson) => {
                const pct = lesson.steps ? Math.round((lesson.done / lesson.steps) * 100) : 0;
                return (
                  <li key={lesson.id} data-testid={`lesson-${lesson.id}`}>
                    <Link href={`/courses/${course.id}/${lesson.id}`} className="grid grid-cols-[1fr_10rem] items-center gap-3 rounded-md p-2 hover:bg-zinc-50 dark:hover:bg-zinc-800">
                      <span>
                        <span className="font-medium">{lesson.title[locale]}</span>
                        <span className="ml-2 text-xs text-zinc-500">{t("courses.minutes", { n: lesson.minutes })}</span>
                        <span className="block text-sm text-zinc-600 dark:text-zinc-400">{lesson.summary[locale]}</span>
                      </span>
                      <span className="flex flex-col gap-1">
                        <span role="progressbar" aria-valuemin={0} aria-valuemax={lesson.steps} aria-valuenow={lesson.done}
                          aria-label={lesson.title[locale]} className="h-2 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-700">
                          <span className="block h-full bg-emerald-500 transition-all" style={{ width: `${pct}%` }} />
                        </span>
                        <span className="text-xs text-zinc-500">{t("courses.progress", { done: lesson.done, total: lesson.steps })}</span>
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </article>
        );
      })}
    </div>
  );
}
