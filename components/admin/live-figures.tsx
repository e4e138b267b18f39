"use client";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { useT } from "@/components/i18n/i18n-provider";
import { formatBytes } from "@/components/teach/format";

interface Live { connectedUsers: number; clustersInMemory: number; memory: { rss: number; heapUsed: number }; databaseBytes: number | null }

/** Connected users, clusters in memory, memory use and database size, refreshed every few seconds. */
export function LiveFigures() {
  const { t } = useT();
  const [live, setLive] = useState<Live | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const load = () => api<Live>("GET", "/api/admin/live").then(setLive, () => setMissing(true));
    void load();
    const id = setInterval(load, 5000);
    return () => clearInterval(id);
  }, []);
  const figure = (label: string, value: string) => (
    <div className="rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="text-2xl font-semibold">{value}</dd>
    </div>
  );
  const na = t("adm.unavailable");
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title" className="mb-2 text-lg font-semibold">{t("adm.live")}</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {figure(t("adm.connected"), live ? String(live.connectedUsers) : missing ? na : "…")}
        {figure(t("adm.clusters"), live ? String(live.clustersInMemory) : missing ? na : "…")}
        {figure(t("adm.memory"), live ? formatBytes(live.memory.rss) : missing ? na : "…")}
        {figure(t("adm.database"), live?.databaseBytes != null ? formatBytes(live.databaseBytes) : missing ? na : "…")}
      </dl>
    </section>
  );
}
