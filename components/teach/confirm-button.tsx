"use client";
import { useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/**
 * A button that asks first: the question and Confirm/Cancel appear in place (no browser dialog, so the
 * page stays usable by keyboard and screen readers, and tests see a normal button).
 */
export function ConfirmButton({ label, question, onConfirm, tone = "danger" }: {
  label: ReactNode;
  question: string;
  onConfirm: () => Promise<void> | void;
  tone?: "danger" | "plain";
}) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const base = "rounded-md px-2 py-1 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-500";
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className={`${base} ${tone === "danger" ? "text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-2 py-1 text-sm dark:bg-amber-950">
      <span>{question}</span>
      <button type="button" disabled={busy} className={`${base} bg-red-700 text-white hover:bg-red-800`}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}>
        {t("common.confirm")}
      </button>
      <button type="button" className={`${base} hover:bg-zinc-200 dark:hover:bg-zinc-800`} onClick={() => setAsking(false)}>{t("common.cancel")}</button>
    </span>
  );
}
