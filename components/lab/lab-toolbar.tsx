"use client";
import { useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";

/** Sandbox controls: reset the cluster (after a confirmation dialog) and download a kubeconfig. */
export function LabToolbar() {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function reset() {
    dialog.current?.close();
    await api("POST", "/api/lab/reset");
    setNotice(t("lab.resetDone"));
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <button onClick={() => dialog.current?.showModal()} className="rounded-md border border-red-300 px-3 py-1 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950">
        {t("lab.reset")}
      </button>
      <a href="/api/lab/kubeconfig" download="podium-kubeconfig.yaml" className="rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        {t("lab.kubeconfig")}
      </a>
      {notice && <span role="status" className="text-emerald-700 dark:text-emerald-300">{notice}</span>}
      <dialog ref={dialog} aria-labelledby="reset-title" className="rounded-lg p-4 backdrop:bg-black/40 dark:bg-zinc-900 dark:text-zinc-100">
        <p id="reset-title" className="mb-4 max-w-sm">{t("lab.resetConfirm")}</p>
        <div className="flex justify-end gap-2">
          <button onClick={() => dialog.current?.close()} className="rounded-md bg-zinc-200 px-3 py-1 dark:bg-zinc-700">{t("lab.close")}</button>
          <button onClick={() => void reset()} className="rounded-md bg-red-700 px-3 py-1 text-white">{t("lab.reset")}</button>
        </div>
      </dialog>
    </div>
  );
}
