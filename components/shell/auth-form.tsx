"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { api } from "@/components/ui/api";
import { useT } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/components/i18n/messages";

interface FieldSpec {
  name: string;
  label: MessageKey;
  type?: string;
  hint?: MessageKey;
  autoComplete?: string;
}

/** The sign-in, first-run and join forms: post the fields as JSON, then go where the server sends the role. */
export function AuthForm({ title, intro, endpoint, fields, submit, footer, next, defaults }: {
  title: MessageKey;
  intro?: MessageKey;
  endpoint: string;
  fields: FieldSpec[];
  submit: MessageKey;
  footer?: ReactNode;
  next?: string;
  /** Prefilled values, e.g. the join code from an invite link. */
  defaults?: Record<string, string>;
}) {
  const { t, locale } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    try {
      await api("POST", endpoint, { ...data, ...(endpoint === "/api/auth/login" ? {} : { locale }) });
      const safeNext = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
      window.location.href = safeNext;
    } catch (err) {
      setError(err instanceof Error ? err.message : t("error.generic"));
      setBusy(false);
    }
  }

  return (
    <section className="mx-auto mt-8 max-w-md rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="mb-2 text-2xl font-semibold">{t(title)}</h1>
      {intro && <p className="mb-4 text-zinc-600 dark:text-zinc-300">{t(intro)}</p>}
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
        {fields.map((f) => (
          <Field key={f.name} id={`field-${f.name}`} name={f.name} label={t(f.label)} type={f.type ?? "text"}
            hint={f.hint ? t(f.hint) : undefined} autoComplete={f.autoComplete} defaultValue={defaults?.[f.name]} required />
        ))}
        <ErrorText message={error} />
        <Button type="submit" disabled={busy}>{busy ? t("form.submitting") : t(submit)}</Button>
      </form>
      {footer && <div className="mt-4 text-sm">{footer}</div>}
    </section>
  );
}
