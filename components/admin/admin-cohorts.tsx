"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";

interface Row { id: string; name: string; archived: boolean; courses: string[]; teachers: string[]; students: number }

/** Every cohort on the installation, with its teachers; admins may open any of them. */
export function AdminCohorts() {
  const { t } = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api<{ cohorts: Row[] }>("GET", "/api/admin/cohorts").then((r) => setRows(r.cohorts), (e: Error) => setError(e.message)), []);
  return (
    <section aria-labelledby="cohorts-title" className="overflow-x-auto">
      <h2 id="cohorts-title" className="mb-2 text-lg font-semibold">{t("adm.cohorts")}</h2>
      <ErrorText message={error} />
      <table className="w-full text-left text-sm">
        <thead><tr><th className="py-1">{t("common.name")}</th><th>{t("adm.teachers")}</th><th>{t("teach.students")}</th><th>{t("cohort.courses")}</th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="py-1">
                <Link href={`/teach/${c.id}`} className="text-sky-800 underline dark:text-sky-300">{c.name}</Link>
                {c.archived && <span className="ml-2 text-xs text-zinc-500">{t("cohort.archived")}</span>}
              </td>
              <td>{c.teachers.join(", ")}</td>
              <td>{c.students}</td>
              <td className="font-mono text-xs">{c.courses.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
