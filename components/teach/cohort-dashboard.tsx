"use client";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { Dashboard, DashboardStudent } from "@/server/teaching/dashboard-aggregation";
import type { Presence } from "@/server/classroom/student-runtime";
import { ErrorText } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { useDashboard } from "./use-dashboard";
import { CompletionChart } from "./completion-chart";
import { ProgressGrid } from "./progress-grid";
import { formatDuration } from "./format";

/** The cohort's live dashboard: the students × steps grid, who is stuck, the completion chart and failing commands. */
export function CohortDashboard({ cohortId }: { cohortId: string }) {
  const { t } = useT();
  const { dash, presence, error, connected } = useDashboard(cohortId);
  const now = useNow(15_000);
  const [stuckFirst, setStuckFirst] = useState(true);
  const students = useMemo(() => {
    if (!dash) return [];
    return stuckFirst ? [...dash.students].sort((a, b) => Number(!!b.stuck) - Number(!!a.stuck)) : dash.students;
  }, [dash, stuckFirst]);

  if (error && !dash) return <ErrorText message={error} />;
  if (!dash) return <p>{t("common.loading")}</p>;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{dash.cohort.name} · {t("dash.title")}</h1>
        <span role="status" className={`rounded-full px-2 py-0.5 text-xs ${connected ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "bg-amber-100 text-amber-900"}`}>
          {connected ? t("dash.live") : t("dash.reconnecting")}
        </span>
        <Link href={`/teach/${cohortId}/manage`} className="ml-auto text-sm text-sky-700 underline dark:text-sky-300">{t("cohort.manage")}</Link>
        <a href={`/api/teach/cohorts/${cohortId}/export/progress.csv`} download className="text-sm text-sky-700 underline dark:text-sky-300">{t("dash.exportProgress")}</a>
        <a href={`/api/teach/cohorts/${cohortId}/export/commands.csv`} download className="text-sm text-sky-700 underline dark:text-sky-300">{t("dash.exportCommands")}</a>
      </div>
      {error && <ErrorText message={error} />}
      {dash.students.length === 0 ? <p>{t("people.none")}</p> : (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={stuckFirst} onChange={(e) => setStuckFirst(e.target.checked)} />
            {t("dash.stuckFirst")}
          </label>
          {dash.steps.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-300">{t("dash.noSteps")}</p>}
          <ProgressGrid cohortId={cohortId} steps={dash.steps} students={students} presence={presence} now={now} />
        </>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <CompletionChart steps={dash.steps} stats={dash.stepStats} students={dash.students.length} />
        </section>
        <FailingCommands dash={dash} />
      </div>
    </div>
  );
}

function FailingCommands({ dash }: { dash: Dashboard }) {
  const { t } = useT();
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="failing-title">
      <h2 id="failing-title" className="mb-2 font-semibold">{t("dash.failing")}</h2>
      {dash.failingCommands.length === 0 ? <p className="text-sm">{t("dash.noFailures")}</p> : (
        <ol className="flex flex-col gap-1 text-sm" data-testid="failing-commands">
          {dash.failingCommands.map((c) => (
            <li key={c.command} className="flex flex-wrap justify-between gap-2">
              <code className="break-all">{c.command}</code>
              <span className="text-zinc-600 dark:text-zinc-300">{t("dash.failingRow", { failures: c.failures, students: c.students })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Describes why a student is flagged, for the row's badge and its tooltip. */
export function stuckText(s: DashboardStudent, t: ReturnType<typeof useT>["t"], locale: string, now: number): string | null {
  if (!s.stuck) return null;
  if (s.stuck.kind === "repeated-failure") return t("dash.stuckRepeat", { command: s.stuck.command, times: s.stuck.times });
  const onStep = s.current ? now - new Date(s.current.startedAt).getTime() : s.stuck.onStepMs;
  return s.stuck.medianMs === null
    ? t("dash.stuckSlowNoMedian", { time: formatDuration(onStep, locale) })
    : t("dash.stuckSlow", { time: formatDuration(onStep, locale), median: formatDuration(s.stuck.medianMs, locale) });
}

export function presenceDot(state: Presence): string {
  return state === "online" ? "bg-emerald-500" : state === "idle" ? "bg-amber-400" : "bg-zinc-400";
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
