"use client";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { ConfirmButton } from "./confirm-button";
import { card, type CohortDetail } from "./cohort-manage";

/** The join code with its invite link, its limits (expiry, maximum uses), and making a new one. */
export function JoinCodePanel({ cohort, onChange }: { cohort: CohortDetail["cohort"]; onChange: () => void }) {
  const { t, locale } = useT();
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/join?code=${cohort.joinCode}`;

  async function send(body: object) {
    setError(null);
    try {
      await api("POST", `/api/teach/cohorts/${cohort.id}/join-code`, body);
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const expires = String(data.get("expires") ?? "");
    const maxUses = String(data.get("maxUses") ?? "");
    void send({
      codeExpires: expires ? new Date(expires).toISOString() : null,
      codeMaxUses: maxUses ? Number(maxUses) : null,
    });
  }

  return (
    <section className={card} aria-labelledby="code-title">
      <h2 id="code-title" className="text-lg font-semibold">{t("code.title")}</h2>
      <p className="text-3xl font-bold tracking-widest" data-testid="join-code">{cohort.joinCode}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>{t("code.invite")}:</span>
        <code className="break-all" data-testid="invite-link">{link}</code>
        <button type="button" className="rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-600"
          onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>{t("code.copy")}</button>
        {copied && <span role="status">{t("code.copied")}</span>}
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        {t("code.uses", { uses: cohort.codeUses })} · {t("code.maxUses")}: {cohort.codeMaxUses ?? t("code.unlimited")} · {t("code.expires")}:{" "}
        {cohort.codeExpires ? new Date(cohort.codeExpires).toLocaleString(locale) : t("code.never")}
      </p>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <Field id="code-expires" name="expires" type="datetime-local" label={t("code.expires")}
          defaultValue={cohort.codeExpires ? toLocalInput(cohort.codeExpires) : ""} />
        <Field id="code-max" name="maxUses" type="number" min={1} label={t("code.maxUses")} defaultValue={cohort.codeMaxUses ?? ""} />
        <Button type="submit">{t("code.save")}</Button>
      </form>
      <div>
        <ConfirmButton tone="plain" label={<span className="rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-600">{t("code.regenerate")}</span>} question={t("code.regenerateConfirm")} onConfirm={() => send({ regenerate: true })} />
      </div>
      <ErrorText message={error} />
    </section>
  );
}

/** `<input type="datetime-local">` wants local time without a zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
