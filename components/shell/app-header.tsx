"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { CurrentUser } from "@/server/auth/roles";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import type { Locale } from "@/components/i18n/messages";

type Theme = "light" | "dark" | "system";

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** Top bar: navigation for the user's role, language and theme switches, sign-out. */
export function AppHeader({ user, theme }: { user: CurrentUser | null; theme: Theme }) {
  const { t, locale } = useT();
  const router = useRouter();

  async function changeLocale(next: Locale) {
    setCookie("podium_locale", next);
    if (user) await api("PATCH", "/api/me", { locale: next }).catch(() => undefined);
    router.refresh();
  }

  function changeTheme(next: Theme) {
    setCookie("podium_theme", next);
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    const dark = next === "dark" || (next === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    root.classList.add(next === "system" ? (dark ? "dark" : "") : next);
    router.refresh();
  }

  async function logout() {
    await api("POST", "/api/auth/logout").catch(() => undefined);
    window.location.href = "/login";
  }

  const links: { href: string; label: string }[] = user
    ? [
        { href: "/", label: t("nav.home") },
        ...(user.role === "student" || user.role === "admin" ? [{ href: "/courses", label: t("nav.courses") }] : []),
        ...(user.role !== "student" ? [{ href: "/teach", label: t("nav.teach") }] : []),
        ...(user.role === "admin" ? [{ href: "/admin", label: t("nav.admin") }] : []),
      ]
    : [];

  const select = "rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900";
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:p-2">{t("nav.skip")}</a>
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-4 px-4 py-2">
        <Link href="/" className="text-lg font-semibold text-sky-800 dark:text-sky-300">{t("app.name")}</Link>
        <nav aria-label="main" className="flex gap-3">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">{l.label}</Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <label className="sr-only" htmlFor="lang-select">{t("nav.language")}</label>
          <select id="lang-select" className={select} value={locale} onChange={(e) => void changeLocale(e.target.value as Locale)}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
          <label className="sr-only" htmlFor="theme-select">{t("nav.theme")}</label>
          <select id="theme-select" className={select} defaultValue={theme} onChange={(e) => changeTheme(e.target.value as Theme)}>
            <option value="system">{t("theme.system")}</option>
            <option value="light">{t("theme.light")}</option>
            <option value="dark">{t("theme.dark")}</option>
          </select>
          {user && (
            <>
              <span className="text-sm text-zinc-600 dark:text-zinc-300">{user.displayName}</span>
              <button onClick={() => void logout()} className="rounded-md px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">{t("nav.logout")}</button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
