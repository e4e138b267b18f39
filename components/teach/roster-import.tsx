"use client";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText } from "@/components/ui/field";
import { toCsv } from "@/server/teaching/csv";
import type { RosterResult } from "@/server/teaching/roster-import";
import { useT } from "@/components/i18n/i18n-provider";
import { card } from "./cohort-manage";

/**
 * Roster import from a CSV file or pasted text. Generated passwords come back once; they are shown and
 * offered as a CSV download built in the browser (nothing is stored in clear on the server).
 */
export function RosterImport({ cohortId, onImported }: { cohortId: string; onImported: () => void }) {
  const { t } = useT();
  const [text, setText] = useState("");
  const [result, setResult] = useState<RosterResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api<RosterResult>("POST", `/api/teach/cohorts/${cohortId}/roster`, { csv: text });
      setResult(r);
      setText("");
      onImported();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const withPasswords = useMemo(() => result?.created.filter((c) => c.generatedPassword) ?? [], [result]);
  const downloadHref = useMemo(
    () => withPasswords.length
      ? URL.createObjectURL(new Blob([toCsv(["username", "display_name", "password"], withPasswords.map((c) => [c.username, c.displayName, c.generatedPassword]))], { type: "text/csv;charset=utf-8" }))
      : null,
    [withPasswords],
  );
  // The passwords must not outlive the page in a blob URL longer than needed.
  useEffect(() => () => void (downloadHref && URL.revokeObjectURL(downloadHref)), [downloadHref]);

  return (
    <section className={card} aria-labelledby="roster-title">
      <h2 id="roster-title" className="text-lg font-semibold">{t("roster.title")}</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">{t("roster.help")}</p>
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("roster.file")}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium" htmlFor="roster-text">{t("roster.text")}</label>
        <textarea id="roster-text" value={text} onChange={(e) => setText(e.target.value)} rows={5} placeholder={"username,display name,password\nlei,李雷,"}
          className="rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900" />
        <div><Button type="submit" disabled={busy || !text.trim()}>{busy ? t("form.submitting") : t("roster.import")}</Button></div>
      </form>
      <ErrorText message={error} />
      {result && (
        <div className="flex flex-col gap-2" data-testid="roster-result">
          <p role="status">{t("roster.created", { count: result.created.length })}</p>
          {withPasswords.length > 0 && (
            <>
              <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{t("roster.passwordsOnce")}</p>
              <table className="text-left text-sm">
                <thead><tr><th>{t("form.username")}</th><th>{t("form.displayName")}</th><th>{t("form.password")}</th></tr></thead>
                <tbody>
                  {withPasswords.map((c) => (
                    <tr key={c.username} data-testid="generated-password-row"><td className="font-mono">{c.username}</td><td>{c.displayName}</td><td className="font-mono">{c.generatedPassword}</td></tr>
                  ))}
                </tbody>
              </table>
              {downloadHref && <a href={downloadHref} download="passwords.csv" className="text-sm text-sky-700 underline dark:text-sky-300">{t("roster.download")}</a>}
            </>
          )}
          {result.problems.length > 0 && (
            <>
              <h3 className="font-medium">{t("roster.problems")}</h3>
              <ul className="text-sm text-red-800 dark:text-red-300">
                {result.problems.map((p) => <li key={p.line}>{t("roster.line", { line: p.line })} ({p.username}): {p.message}</li>)}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
