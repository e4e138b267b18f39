"use client";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { CohortSettings } from "./cohort-settings";
import { JoinCodePanel } from "./join-code-panel";
import { RosterImport } from "./roster-import";
import { CohortPeople } from "./cohort-people";

export interface Member {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  joinedAt: string;
}

export interface CohortDetail {
  cohort: {
    id: string; name: string; joinCode: string; archived: boolean; courses: string[];
    codeExpires: string | null; codeMaxUses: number | null; codeUses: number;
  };
  teachers: Member[];
  students: Member[];
}

/** Everything about a cohort that is not the live view: settings, join code, roster and people. */
export function CohortManage({ cohortId }: { cohortId: string }) {
  const { t } = useT();
  const [detail, setDetail] = useState<CohortDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () => api<CohortDetail>("GET", `/api/teach/cohorts/${cohortId}`).then(setDetail, (e: Error) => setError(e.message)),
    [cohortId],
  );
  useEffect(() => void reload(), [reload]);

  if (error && !detail) return <ErrorText message={error} />;
  if (!detail) return <p>{t("common.loading")}</p>;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{detail.cohort.name}</h1>
        <Link href={`/teach/${cohortId}`} className="text-sm text-sky-700 underline dark:text-sky-300">{t("cohort.backToDashboard")}</Link>
        <Link href="/teach" className="text-sm text-sky-700 underline dark:text-sky-300">{t("cohort.back")}</Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <CohortSettings cohort={detail.cohort} onChange={reload} />
        <JoinCodePanel cohort={detail.cohort} onChange={reload} />
      </div>
      <RosterImport cohortId={cohortId} onImported={reload} />
      <CohortPeople detail={detail} onChange={reload} />
    </div>
  );
}

export const card = "flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";
