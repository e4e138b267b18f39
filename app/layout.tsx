import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { currentLocale, currentTheme, currentUser } from "@/components/i18n/server-context";
import { AppHeader } from "@/components/shell/app-header";

export const metadata: Metadata = {
  title: "Podium",
  description: "A self-hosted classroom for learning Kubernetes on simulated clusters",
};

/** Applies the system colour scheme before first paint when the user chose "system". */
const themeScript = `(function(){try{var c=document.documentElement;if(!c.classList.contains('light')&&!c.classList.contains('dark')&&matchMedia('(prefers-color-scheme: dark)').matches)c.classList.add('dark')}catch(e){}})()`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme, user] = await Promise.all([currentLocale(), currentTheme(), currentUser()]);
  return (
    <html lang={locale} className={theme === "system" ? "" : theme} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <I18nProvider locale={locale}>
          <AppHeader user={user} theme={theme} />
          <main id="content" className="mx-auto w-full max-w-[1800px] px-4 py-6">{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
