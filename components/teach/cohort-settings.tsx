"use client";
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { CourseChoice, useCourses } from "./course-choice";
import { card, type CohortDetail } from "./cohort-manage";

/** Rename, assign courses, archive or restore. */
export function CohortSettings({ cohort, onChange }: { cohort: CohortDetail["cohort"]; onChange: () => void }) {
  const { t } = useT();
  const courses = useCourses();
  const [chosen, setChosen] = useState(cohort.courses);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function patch(body: object) {
    setError(null);
    setNotice(null);
    try {
      await api("PATCH", `/api/teach/cohorts/${cohort.id}`, body);
      setNotice(t("cohort.saved"));
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section className={card} aria-labelledby="settings-title">
      <h2 id="settings-title" className="text-lg font-semibold">{t("cohort.settings")}</h2>
      <form className="flex flex-wrap items-end gap-3" onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        void patch({ name: new FormData(e.currentTarget).get("name") });
      }}>
        <Field id="rename" name="name" label={t("teach.name")} defaultValue={cohort.name} required />
        <Button type="submit">{t("cohort.rename")}</Button>
      </form>
      {courses.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <CourseChoice courses={courses} value={chosen} onChange={setChosen} />
          <Button type="button" onClick={() => void patch({ courses: chosen })}>{t("cohort.saveCourses")}</Button>
        </div>
      )}
      <div>
        <button type="button" onClick={() => void patch({ archived: !cohort.archived })}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
          {cohort.archived ? t("cohort.unarchive") : t("cohort.archive")}
        </button>
      </div>
      <ErrorText message={error} />
      {notice && <p role="status" className="text-sm text-green-700 dark:text-green-300">{notice}</p>}
    </section>
  );
}
