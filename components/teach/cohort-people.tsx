"use client";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { ConfirmButton } from "./confirm-button";
import { card, type CohortDetail, type Member } from "./cohort-manage";
import type { CohortRow } from "./cohort-list";

/** Students (remove, move, reset password) and teachers (add, remove co-teachers). */
export function CohortPeople({ detail, onChange }: { detail: CohortDetail; onChange: () => void }) {
  const { t } = useT();
  const id = detail.cohort.id;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [others, setOthers] = useState<CohortRow[]>([]);
  useEffect(() => void api<{ cohorts: CohortRow[] }>("GET", "/api/teach/cohorts").then((r) => setOthers(r.cohorts.filter((c) => c.id !== id && !c.archived))).catch(() => undefined), [id]);

  async function run(fn: () => Promise<unknown>) {
    setError(null);
    setNotice(null);
    try {
      await fn();
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function resetPassword(s: Member) {
    await run(async () => {
      const r = await api<{ generatedPassword: string }>("POST", `/api/teach/cohorts/${id}/students/${s.id}/password`, {});
      setNotice(t("people.newPassword", { name: s.displayName, password: r.generatedPassword }));
    });
  }

  async function addTeacher(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    await run(() => api("POST", `/api/teach/cohorts/${id}/teachers`, { username: new FormData(form).get("username") }));
    form.reset();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <section className={card} aria-labelledby="students-title">
        <h2 id="students-title" className="text-lg font-semibold">{t("people.students")} ({detail.students.length})</h2>
        {notice && <p role="status" className="rounded-md bg-amber-50 px-3 py-2 font-mono text-sm dark:bg-amber-950" data-testid="people-notice">{notice}</p>}
        <ErrorText message={error} />
        {detail.students.length === 0 ? <p>{t("people.none")}</p> : (
          <table className="w-full text-left text-sm">
            <thead><tr><th className="py-1">{t("form.displayName")}</th><th>{t("form.username")}</th><th>{t("adm.actions")}</th></tr></thead>
            <tbody>
              {detail.students.map((s) => (
                <tr key={s.id} className="border-t border-zinc-200 align-top dark:border-zinc-800" data-testid="roster-row">
                  <td className="py-1"><Link className="text-sky-800 underline dark:text-sky-300" href={`/teach/${id}/students/${s.id}`}>{s.displayName}</Link></td>
                  <td className="font-mono">{s.username}</td>
                  <td className="flex flex-wrap items-center gap-1">
                    <ConfirmButton tone="plain" label={t("people.resetPassword")} question={t("people.resetConfirm", { name: s.displayName })} onConfirm={() => resetPassword(s)} />
                    {others.length > 0 && (
                      <select aria-label={t("people.moveTo", { name: s.displayName })} defaultValue=""
                        className="rounded-md border border-zinc-300 bg-white px-1 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
                        onChange={(e) => e.target.value && void run(() => api("POST", `/api/teach/cohorts/${id}/students/${s.id}/move`, { toCohortId: e.target.value }))}>
                        <option value="">{t("people.move")}</option>
                        {others.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                      </select>
                    )}
                    <ConfirmButton label={t("people.remove")} question={t("people.removeConfirm", { name: s.displayName })}
                      onConfirm={() => run(() => api("DELETE", `/api/teach/cohorts/${id}/students/${s.id}`))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={card} aria-labelledby="teachers-title">
        <h2 id="teachers-title" className="text-lg font-semibold">{t("people.teachers")}</h2>
        <ul className="text-sm">
          {detail.teachers.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2 py-1">
              <span>{m.displayName} <span className="font-mono text-zinc-500">({m.username})</span></span>
              {detail.teachers.length > 1 && (
                <ConfirmButton label={t("people.remove")} question={t("people.removeConfirm", { name: m.displayName })}
                  onConfirm={() => run(() => api("DELETE", `/api/teach/cohorts/${id}/teachers/${m.id}`))} />
              )}
            </li>
          ))}
        </ul>
        <form onSubmit={(e) => void addTeacher(e)} className="flex flex-wrap items-end gap-2">
          <Field id="co-teacher" name="username" label={t("people.teacherUsername")} required />
          <Button type="submit">{t("people.add")}</Button>
        </form>
      </section>
    </div>
  );
}
