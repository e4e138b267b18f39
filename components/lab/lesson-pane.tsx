"use client";
import Link from "next/link";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import type { LessonPayload, StepStatus, Text } from "./lab-types";

interface Props {
  payload: LessonPayload;
  completed: Set<string>;
  status: StepStatus | null;
  onType: (command: string, tab: number, run: boolean) => void;
  onAcknowledge: (stepId: string) => void;
}

/**
 * The lesson: its introduction, then each step with instructions, commands to copy or run, hints on
 * request, and, for the current step, why it is not complete yet.
 */
export function LessonPane({ payload, completed, status, onType, onAcknowledge }: Props) {
  const { t, locale } = useT();
  const { lesson } = payload;
  const current = lesson.kind === "guided" ? lesson.steps.find((s) => !completed.has(s.id))?.id : undefined;
  const allDone = lesson.steps.length > 0 && lesson.steps.every((s) => completed.has(s.id));

  return (
    <article className="flex flex-col gap-4 p-4" aria-label={t("lab.lesson")}>
      <header>
        <h1 className="text-xl font-semibold">{lesson.title[locale]}</h1>
        <div className="prose-lesson mt-2 text-sm" dangerouslySetInnerHTML={{ __html: lesson.introHtml[locale] }} />
      </header>
      <ol className="flex flex-col gap-3">
        {lesson.steps.map((step, i) => {
          const done = completed.has(step.id);
          const isCurrent = step.id === current;
          return (
            <li key={step.id} data-testid={`step-${step.id}`} data-done={done ? "true" : "false"} aria-current={isCurrent ? "step" : undefined}
              className={`rounded-lg border p-3 ${isCurrent ? "border-sky-400 bg-sky-50/50 dark:bg-sky-950/30" : "border-zinc-200 dark:border-zinc-700"}`}>
              <h2 className="flex items-center gap-2 font-medium">
                <span aria-hidden className={`inline-flex h-6 w-6 items-center justify-center rounded-full text-xs ${done ? "bg-emerald-500 text-white" : "bg-zinc-200 dark:bg-zinc-700"}`}>
                  {done ? "✓" : i + 1}
                </span>
                <span>{step.title[locale]}</span>
                <span className="sr-only">({done ? t("lab.stepDone") : isCurrent ? t("lab.stepCurrent") : t("lab.stepTodo")})</span>
                {done && <span className="ml-auto text-xs text-emerald-700 dark:text-emerald-300">{t("lab.stepDone")}</span>}
              </h2>
              <div className="prose-lesson mt-2 text-sm" dangerouslySetInnerHTML={{ __html: step.html[locale] }} />
              {step.commands.map((c, k) => (
                <CommandBox key={k} command={c.run} label={c.label?.[locale]} onType={(run) => onType(c.run, c.tab, run)} />
              ))}
              <Hints courseId={lesson.courseId} lessonId={lesson.id} stepId={step.id} count={step.hintCount} initial={payload.hints[step.id] ?? []} />
              {isCurrent && !done && status?.stepId === step.id && status.reasons.length > 0 && (
                <div className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="why-not-done">
                  <b>{t("lab.whyNotDone")}</b>
                  <ul className="ml-4 list-disc">{status.reasons.map((r, n) => <li key={n}>{r[locale]}</li>)}</ul>
                </div>
              )}
              {step.manual && !done && (
                <button onClick={() => onAcknowledge(step.id)} className="mt-2 rounded-md bg-sky-700 px-3 py-1 text-sm text-white hover:bg-sky-800">
                  {t("lab.acknowledge")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <footer className="flex items-center gap-3 text-sm">
        {payload.previous && <Link className="underline" href={`/courses/${lesson.courseId}/${payload.previous}`}>← {t("lab.prevLesson")}</Link>}
        {allDone && <span role="status" className="font-semibold text-emerald-700 dark:text-emerald-300">{t("lab.lessonDone")}</span>}
        {payload.next && <Link className="ml-auto underline" href={`/courses/${lesson.courseId}/${payload.next}`}>{t("lab.nextLesson")} →</Link>}
      </footer>
    </article>
  );
}

function CommandBox({ command, label, onType }: { command: string; label?: string; onType: (run: boolean) => void }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2">
      {label && <p className="text-xs text-zinc-500">{label}</p>}
      <div className="flex items-start gap-1 rounded-md bg-zinc-900 p-2 text-zinc-100">
        <code className="flex-1 whitespace-pre-wrap break-all text-xs">{command}</code>
        <button className="rounded px-1.5 text-xs hover:bg-zinc-700" aria-label={`${t("lab.copy")}: ${command}`}
          onClick={() => { void navigator.clipboard?.writeText(command).catch(() => undefined); onType(false); setCopied(true); setTimeout(() => setCopied(false), 1500); }}>
          {copied ? t("lab.copied") : t("lab.copy")}
        </button>
        <button className="rounded px-1.5 text-xs hover:bg-zinc-700" aria-label={`${t("lab.run")}: ${command}`} onClick={() => onType(true)}>▶</button>
      </div>
    </div>
  );
}

function Hints({ courseId, lessonId, stepId, count, initial }: { courseId: string; lessonId: string; stepId: string; count: number; initial: Text[] }) {
  const { t, locale } = useT();
  const [hints, setHints] = useState<Text[]>(initial);
  if (count === 0) return null;
  async function more() {
    const r = await api<{ hints: Text[] }>("POST", `/api/courses/${courseId}/lessons/${lessonId}/steps/${stepId}/hint`);
    setHints(r.hints);
  }
  return (
    <div className="mt-2 text-sm">
      {hints.map((h, i) => (
        <p key={i} className="rounded bg-violet-50 p-2 dark:bg-violet-950"><b>{t("lab.hintN", { n: i + 1 })}:</b> {h[locale]}</p>
      ))}
      {hints.length < count && (
        <button onClick={() => void more()} className="mt-1 text-violet-700 underline dark:text-violet-300">{t("lab.hint")}</button>
      )}
    </div>
  );
}
