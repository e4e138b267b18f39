"use client";
import Link from "next/link";
import type { StepOutline } from "@/server/teaching/course-outlines";
import type { DashboardStudent } from "@/server/teaching/dashboard-aggregation";
import type { Presence } from "@/server/classroom/student-runtime";
import { useT } from "@/components/i18n/i18n-provider";
import { presenceDot, stuckText } from "./cohort-dashboard";
import { formatDuration } from "./format";

/**
 * Students down, steps across (grouped by lesson). A cell is green when done, amber while the student is
 * on it, grey otherwise; each has a text label, so the grid reads without colour too.
 */
export function ProgressGrid({ cohortId, steps, students, presence, now }: {
  cohortId: string;
  steps: StepOutline[];
  students: DashboardStudent[];
  presence: Record<string, Presence>;
  now: number;
}) {
  const { t, locale } = useT();
  const lessons = groupLessons(steps);
  const stepTitle = new Map(steps.map((s) => [s.key, s.stepTitle[locale]]));
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="min-w-full border-collapse text-sm" data-testid="progress-grid">
        <thead>
          <tr className="text-left">
            <th rowSpan={2} className="sticky left-0 bg-white px-3 py-2 dark:bg-zinc-900">{t("dash.student")}</th>
            <th rowSpan={2} className="px-2">{t("dash.current")}</th>
            <th rowSpan={2} className="px-2">{t("dash.hints")}</th>
            <th rowSpan={2} className="px-2">{t("dash.failures")}</th>
            {lessons.map((l) => (
              <th key={l.key} colSpan={l.steps.length} className="border-l border-zinc-200 px-1 text-xs font-medium dark:border-zinc-800" title={l.title[locale]}>
                <span className="block max-w-[12rem] truncate">{l.title[locale]}</span>
              </th>
            ))}
          </tr>
          <tr>
            {lessons.flatMap((l) => l.steps.map((s, i) => (
              <th key={s.key} scope="col" title={s.stepTitle[locale]} className={`px-0.5 text-[10px] font-normal text-zinc-500 ${i === 0 ? "border-l border-zinc-200 dark:border-zinc-800" : ""}`}>
                {i + 1}
              </th>
            )))}
          </tr>
        </thead>
        <tbody>
          {students.map((s) => {
            const state = presence[s.id] ?? "offline";
            const stuck = stuckText(s, t, locale, now);
            return (
              <tr key={s.id} data-testid="student-row" data-student={s.username} data-stuck={!!s.stuck}
                className={`border-t border-zinc-200 dark:border-zinc-800 ${s.stuck ? "bg-red-50 dark:bg-red-950/40" : ""}`}>
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-inherit px-3 py-1.5 text-left font-normal">
                  <span className="flex items-center gap-2">
                    <span className={`inline-block h-2.5 w-2.5 rounded-full ${presenceDot(state)}`} aria-hidden />
                    <Link href={`/teach/${cohortId}/students/${s.id}`} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">{s.displayName}</Link>
                    <span className="sr-only">{t(`presence.${state}`)}</span>
                    <span className="text-xs text-zinc-500" data-testid="presence">{t(`presence.${state}`)}</span>
                  </span>
                  {stuck && <span className="mt-0.5 block text-xs text-red-800 dark:text-red-300" data-testid="stuck">⚠ {t("dash.stuck")}: {stuck}</span>}
                </th>
                <td className="px-2 text-xs">
                  {s.current ? <>{stepTitle.get(s.current.key) ?? s.current.key} <span className="text-zinc-500">{t("dash.onStep", { time: formatDuration(now - new Date(s.current.startedAt).getTime(), locale) })}</span></> : "–"}
                </td>
                <td className="px-2 text-center">{s.hintsUsed}</td>
                <td className="max-w-[16rem] px-2 text-xs">
                  {s.recentFailures.slice(0, 2).map((f) => (
                    <code key={f.at + f.command} className="block truncate text-red-800 dark:text-red-300" title={`${f.command} → ${f.exitCode}`}>{f.command}</code>
                  ))}
                </td>
                {steps.map((step, i) => {
                  const done = !!s.completed[step.key];
                  const current = s.current?.key === step.key;
                  const label = `${step.stepTitle[locale]}: ${done ? t("dash.done") : current ? t("dash.working") : t("dash.notDone")}`;
                  const first = i === 0 || steps[i - 1].lessonId !== step.lessonId;
                  return (
                    <td key={step.key} className={`px-0.5 py-1 ${first ? "border-l border-zinc-200 dark:border-zinc-800" : ""}`}>
                      <span role="img" aria-label={label} title={label} data-testid="step-cell" data-step={step.key} data-state={done ? "done" : current ? "current" : "todo"}
                        className={`block h-4 w-4 rounded-sm ${done ? "bg-emerald-600" : current ? "animate-pulse bg-amber-400" : "bg-zinc-200 dark:bg-zinc-700"}`} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function groupLessons(steps: StepOutline[]) {
  const out: { key: string; title: StepOutline["lessonTitle"]; steps: StepOutline[] }[] = [];
  for (const s of steps) {
    const key = `${s.courseId}/${s.lessonId}`;
    const last = out[out.length - 1];
    if (last?.key === key) last.steps.push(s);
    else out.push({ key, title: s.lessonTitle, steps: [s] });
  }
  return out;
}
