"use client";
import { useEffect, useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";

interface CohortRow { id: string; name: string; joinCode: string; students: number; archived: boolean }

export function CohortList() {
  const { t } = useT();
  const [cohorts, setCohorts] = useState<CohortRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => api<{ cohorts: CohortRow[] }>("GET", "/api/teach/cohorts").then((r) => setCohorts(r.cohorts)).catch((e: Error) => setError(e.message));
  useEffect(() => void load(), []);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    try {
      await api("POST", "/api/teach/cohorts", { name: new FormData(form).get("name") });
      form.reset();
      void load();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={(e) => void onSubmit(e)} className="flex items-end gap-3">
        <Field id="cohort-name" name="name" label={t("teach.name")} required />
        <Button type="submit">{t("teach.create")}</Button>
      </form>
      <ErrorText message={error} />
      {cohorts?.length === 0 && <p>{t("teach.none")}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {cohorts?.map((c) => (
          <li key={c.id} className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="cohort-card">
            <h2 className="text-lg font-semibold">{c.name}</h2>
            <p>{t("teach.joinCode")}: <code className="text-lg font-bold tracking-widest" data-testid="join-code">{c.joinCode}</code></p>
            <p>{t("teach.students")}: {c.students}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
