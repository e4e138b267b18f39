// Server components only: reads the request headers set by server/http/app.ts.
import { cookies, headers } from "next/headers";
import { pickLocale, translate, type Locale, type MessageKey } from "./messages";
import type { CurrentUser } from "@/server/auth/roles";

export const LOCALE_COOKIE = "podium_locale";
export const THEME_COOKIE = "podium_theme";

/** The signed-in user, as the request pipeline (server/http/app.ts) vouched for it. */
export async function currentUser(): Promise<CurrentUser | null> {
  const raw = (await headers()).get("x-podium-user");
  if (!raw) return null;
  try {
    return JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as CurrentUser;
  } catch {
    return null;
  }
}

export async function currentLocale(): Promise<Locale> {
  const user = await currentUser();
  if (user) return user.locale;
  const jar = await cookies();
  const h = await headers();
  return pickLocale(jar.get(LOCALE_COOKIE)?.value, h.get("accept-language"), h.get("x-podium-default-locale"));
}

export async function currentTheme(): Promise<"light" | "dark" | "system"> {
  const v = (await cookies()).get(THEME_COOKIE)?.value;
  return v === "light" || v === "dark" ? v : "system";
}

export async function getT() {
  const locale = await currentLocale();
  return { locale, t: (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars) };
}
