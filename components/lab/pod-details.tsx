"use client";
import { useEffect, useRef } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { PodPicture } from "./cluster-picture";

/** A pod's details in a modal dialog (Escape or the button closes it; focus moves into it). */
export function PodDetails({ pod, onClose }: { pod: PodPicture; onClose: () => void }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const rows: [string, string][] = [
    [t("lab.status"), pod.status],
    [t("lab.ip"), pod.ip ?? "<none>"],
    [t("lab.node"), pod.node ?? "<none>"],
    [t("lab.controlledBy"), pod.owner ? `ReplicaSet/${pod.owner}` : "<none>"],
    [t("lab.images"), pod.images.join(", ")],
    [t("lab.labels"), Object.entries(pod.labels).map(([k, v]) => `${k}=${v}`).join(", ") || "<none>"],
    [t("lab.createdAt"), pod.createdAt],
  ];
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="pod-details-title" className="rounded-lg p-0 backdrop:bg-black/40 dark:bg-zinc-900 dark:text-zinc-100">
      <div className="min-w-80 p-4">
        <h3 id="pod-details-title" className="mb-2 font-semibold">{t("lab.podDetails")}: <span className="font-mono">{pod.name}</span></h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents"><dt className="text-zinc-500">{k}</dt><dd className="font-mono text-xs">{v}</dd></div>
          ))}
        </dl>
        <button onClick={() => ref.current?.close()} className="mt-4 rounded-md bg-zinc-200 px-3 py-1 dark:bg-zinc-700">{t("lab.close")}</button>
      </div>
    </dialog>
  );
}
