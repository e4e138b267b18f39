"use client";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import type { SiteSettings } from "@/server/teaching/site-settings";

/** Registration open or closed, sign-in lifetime, default language. */
export function SiteSettingsForm() {
  const { t } = useT();
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void api<{ settings: SiteSettings }>("GET", "/api/admin/settings").then((r) => setSettings(r.settings), (e: Error) => setError(e.message)), []);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api("PUT", "/api/admin/settings", settings);
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!settings) return <ErrorText message={error} />;
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="settings-title">
      <h2 id="settings-title" className="text-lg font-semibold">{t("adm.settings")}</h2>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={settings.registrationOpen} onChange={(e) => setSettings({ ...settings, registrationOpen: e.target.checked })} />
        {t("adm.registration")}
      </label>
      <Field id="session-days" type="number" min={1} max={365} label={t("adm.sessionDays")} value={settings.sessionDays}
        onChange={(e) => setSettings({ ...settings, sessionDays: Number(e.target.value) })} />
      <div className="flex flex-col gap-1">
        <label htmlFor="default-locale" className="text-sm font-medium">{t("adm.defaultLocale")}</label>
        <select id="default-locale" value={settings.defaultLocale} onChange={(e) => setSettings({ ...settings, defaultLocale: e.target.value as SiteSettings["defaultLocale"] })}
          className="rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900">
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </div>
      <ErrorText message={error} />
      {saved && <p role="status" className="text-sm text-green-700 dark:text-green-300">{t("cohort.saved")}</p>}
      <div><Button type="submit">{t("adm.save")}</Button></div>
    </form>
  );
}
