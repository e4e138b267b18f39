"use client";
import type { StepOutline } from "@/server/teaching/course-outlines";
import type { StepStats } from "@/server/teaching/dashboard-aggregation";
import { useT } from "@/components/i18n/i18n-provider";

const BAR_H = 16;
const GAP = 4;
const LABEL_W = 220;
const BAR_W = 260;

/** One horizontal bar per step: how many of the cohort's students completed it (inline SVG, no chart library). */
export function CompletionChart({ steps, stats, students }: { steps: StepOutline[]; stats: StepStats[]; students: number }) {
  const { t, locale } = useT();
  const byKey = new Map(stats.map((s) => [s.key, s]));
  const height = steps.length * (BAR_H + GAP);
  return (
    <figure className="overflow-x-auto">
      <figcaption className="mb-2 font-semibold">{t("dash.completion")}</figcaption>
      <svg role="img" aria-label={t("dash.completion")} width={LABEL_W + BAR_W + 60} height={Math.max(height, BAR_H)} className="text-xs">
        {steps.map((s, i) => {
          const done = byKey.get(s.key)?.completed ?? 0;
          const w = students ? (done / students) * BAR_W : 0;
          const y = i * (BAR_H + GAP);
          const label = `${s.stepTitle[locale]}: ${t("dash.completed", { count: done, total: students })}`;
          return (
            <g key={s.key} data-testid="completion-bar" data-step={s.key} data-completed={done}>
              <title>{label}</title>
              <text x={LABEL_W - 6} y={y + BAR_H - 4} textAnchor="end" className="fill-current">{truncate(s.stepTitle[locale], 30)}</text>
              <rect x={LABEL_W} y={y} width={BAR_W} height={BAR_H} rx={3} className="fill-zinc-200 dark:fill-zinc-800" />
              <rect x={LABEL_W} y={y} width={w} height={BAR_H} rx={3} className="fill-emerald-600" />
              <text x={LABEL_W + BAR_W + 6} y={y + BAR_H - 4} className="fill-current">{done}/{students}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
