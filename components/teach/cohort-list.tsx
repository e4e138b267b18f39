"use client";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { CourseChoice, useCourses } from "./course-choice";

export interface CohortRow {
  id: string;
  name: string;
  joinCode: string;
  students: number;
  archived: boolean;
  courses: string[];
}

/** The teacher's cohorts, newest first, with the form that creates one. Archived cohorts hide unless asked for. */
export function CohortList() {
  const { t } = useT();
  const courses = useCourses();
  const [cohorts, setCohorts] = useState<CohortRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const load = () => api<{ cohorts: CohortRow[] }>("GET", "/api/teach/cohorts").then((r) => setCohorts(r.cohorts)).catch((e: Error) => setError(e.message));
  useEffect(() => void load(), []);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    try {
      await api("POST", "/api/teach/cohorts", { name: new FormData(form).get("name"), ...(chosen ? { courses: chosen } : {}) });
      form.reset();
      void load();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const visible = cohorts?.filter((c) => showArchived || !c.archived);
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="flex flex-wrap items-end gap-3">
          <Field id="cohort-name" name="name" label={t("teach.name")} required />
          <Button type="submit">{t("teach.create")}</Button>
        </div>
        {courses.length > 1 && <CourseChoice courses={courses} value={chosen ?? [courses[0].id]} onChange={setChosen} />}
      </form>
      <ErrorText message={error} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
        {t("cohort.showArchived")}
      </label>
      {visible?.length === 0 && <p>{t("teach.none")}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {visible?.map((c) => (
          <li key={c.id} className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="cohort-card">
            <h2 className="text-lg font-semibold">
              {c.name}
              {c.archived && <span className="ml-2 rounded bg-zinc-200 px-2 py-0.5 text-xs font-normal dark:bg-zinc-700">{t("cohort.archived")}</span>}
            </h2>
            <p>{t("teach.joinCode")}: <code className="text-lg font-bold tracking-widest" data-testid="join-code">{c.joinCode}</code></p>
            <p>{t("teach.students")}: <span data-testid="student-count">{c.students}</span></p>
            <div className="flex gap-3">
              <Link href={`/teach/${c.id}`} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800">{t("cohort.open")}</Link>
              <Link href={`/teach/${c.id}/manage`} className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">{t("cohort.manage")}</Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
