"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";
import type { StepOutline } from "@/server/teaching/course-outlines";
import { useT } from "@/components/i18n/i18n-provider";
import { StudentMirror } from "./student-mirror";
import { StudentCluster } from "./student-cluster";
import { CommandHistory } from "./command-history";
import { StudentActions } from "./student-actions";
import { formatDuration, formatTime } from "./format";

interface Detail {
  cohort: { id: string; name: string };
  student: { id: string; username: string; displayName: string };
  steps: StepOutline[];
  progress: { courseId: string; lessonId: string; stepId: string; startedAt: string; completedAt: string | null; attempts: number; hintsUsed: number }[];
}

/** Looking over one student's shoulder: their live terminal and cluster, history, progress, and the teacher's actions. */
export function StudentDetail({ cohortId, studentId }: { cohortId: string; studentId: string }) {
  const { t } = useT();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api<Detail>("GET", `/api/teach/cohorts/${cohortId}/students/${studentId}`).then(setDetail, (e: Error) => setError(e.message)), [cohortId, studentId]);

  if (error) return <ErrorText message={error} />;
  if (!detail) return <p>{t("common.loading")}</p>;
  const name = detail.student.displayName;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{name} <span className="font-mono text-base text-zinc-500">({detail.student.username})</span></h1>
        <Link href={`/teach/${cohortId}`} className="text-sm text-sky-700 underline dark:text-sky-300">{t("cohort.backToDashboard")}</Link>
      </div>
      <StudentActions studentId={studentId} name={name} />
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <StudentMirror studentId={studentId} name={name} />
        <StudentCluster studentId={studentId} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <CommandHistory cohortId={cohortId} studentId={studentId} />
        <ProgressList detail={detail} />
      </div>
    </div>
  );
}

function ProgressList({ detail }: { detail: Detail }) {
  const { t, locale } = useT();
  const rows = new Map(detail.progress.map((p) => [`${p.courseId}/${p.lessonId}/${p.stepId}`, p]));
  const steps = detail.steps.length ? detail.steps : detail.progress.map((p) => ({ key: `${p.courseId}/${p.lessonId}/${p.stepId}`, stepTitle: { en: p.stepId, "zh-CN": p.stepId }, lessonTitle: { en: p.lessonId, "zh-CN": p.lessonId } }));
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="progress-title">
      <h2 id="progress-title" className="mb-2 text-lg font-semibold">{t("student.progress")}</h2>
      {detail.progress.length === 0 && <p className="text-sm">{t("student.noProgress")}</p>}
      <ol className="flex flex-col gap-1 text-sm">
        {steps.map((s) => {
          const p = rows.get(s.key);
          const state = p?.completedAt ? "done" : p ? "current" : "todo";
          return (
            <li key={s.key} className="flex justify-between gap-2" data-testid="progress-step" data-state={state}>
              <span><span aria-hidden>{state === "done" ? "✓" : state === "current" ? "▸" : "·"}</span> {s.lessonTitle[locale]} › {s.stepTitle[locale]}</span>
              <span className="text-xs text-zinc-500">
                {p?.completedAt ? `${formatTime(p.completedAt, locale)} (${formatDuration(new Date(p.completedAt).getTime() - new Date(p.startedAt).getTime(), locale)})` : p ? t("dash.working") : ""}
                {p && p.hintsUsed > 0 ? ` · ${t("dash.hints")}: ${p.hintsUsed}` : ""}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
