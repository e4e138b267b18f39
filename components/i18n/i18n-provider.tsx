"use client";
import { createContext, useContext, type ReactNode } from "react";
import { translate, type Locale, type MessageKey } from "./messages";

const LocaleContext = createContext<Locale>("en");

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The translation function for client components. */
export function useT() {
  const locale = useContext(LocaleContext);
  return { locale, t: (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars) };
}
