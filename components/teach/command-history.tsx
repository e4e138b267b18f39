"use client";
import { useCallback, useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { formatTime } from "./format";

interface CommandRow { id: number; tabId: string; command: string; exitCode: number; startedAt: string; durationMs: number; output: string }

/** The student's commands, newest first, filtered on the server by text and failure, paged back by id. */
export function CommandHistory({ cohortId, studentId }: { cohortId: string; studentId: string }) {
  const { t, locale } = useT();
  const [query, setQuery] = useState("");
  const [failed, setFailed] = useState(false);
  const [rows, setRows] = useState<CommandRow[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (before?: number) => {
    const q = new URLSearchParams({ ...(query ? { q: query } : {}), ...(failed ? { failed: "1" } : {}), ...(before ? { before: String(before) } : {}) });
    try {
      const r = await api<{ commands: CommandRow[]; nextBefore: number | null }>("GET", `/api/teach/cohorts/${cohortId}/students/${studentId}/commands?${q}`);
      setRows((old) => (before ? [...old, ...r.commands] : r.commands));
      setNextBefore(r.nextBefore);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [cohortId, studentId, query, failed]);

  useEffect(() => {
    const id = setTimeout(() => void load(), 250);
    return () => clearTimeout(id);
  }, [load]);

  return (
    <section className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="history-title">
      <h2 id="history-title" className="text-lg font-semibold">{t("student.history")}</h2>
      <div className="flex flex-wrap items-center gap-3">
        <input type="search" aria-label={t("student.search")} placeholder={t("student.search")} value={query} onChange={(e) => setQuery(e.target.value)}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900" />
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={failed} onChange={(e) => setFailed(e.target.checked)} />{t("student.failedOnly")}</label>
      </div>
      <ErrorText message={error} />
      {rows.length === 0 ? <p className="text-sm">{t("student.noCommands")}</p> : (
        <div className="max-h-[420px] overflow-auto">
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-white dark:bg-zinc-900"><tr><th>{t("student.time")}</th><th>{t("student.command")}</th><th>{t("student.exit")}</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-zinc-200 align-top dark:border-zinc-800" data-testid="history-row">
                  <td className="whitespace-nowrap pr-2 text-xs text-zinc-500">{formatTime(r.startedAt, locale)}</td>
                  <td>
                    <details>
                      <summary className="cursor-pointer font-mono break-all">{r.command}</summary>
                      <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">{r.output}</pre>
                    </details>
                  </td>
                  <td className={`text-center font-mono ${r.exitCode ? "text-red-700 dark:text-red-300" : ""}`}>{r.exitCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && <button className="self-start text-sm text-sky-700 underline dark:text-sky-300" onClick={() => void load(nextBefore)}>{t("student.more")}</button>}
    </section>
  );
}
