/**
 * Installation-wide settings an admin changes at run time, kept in the Setting key/value table: whether
 * join codes may create accounts, how long a sign-in lasts, and the language for new accounts and
 * signed-out visitors. A missing row means the default; environment variables give the defaults.
 */
import { z } from "zod";
import type { Db } from "../db/prisma";
import { LOCALES, type Locale } from "../auth/roles";
import { loadConfig } from "../config";

export interface SiteSettings {
  registrationOpen: boolean;
  sessionDays: number;
  defaultLocale: Locale;
}

export const siteSettingsSchema = z.object({
  registrationOpen: z.boolean(),
  sessionDays: z.number().int().min(1).max(365),
  defaultLocale: z.enum(LOCALES),
});

const KEYS = { registrationOpen: "registration.open", sessionDays: "session.days", defaultLocale: "locale.default" } as const;

export function defaultSiteSettings(): SiteSettings {
  return { registrationOpen: true, sessionDays: loadConfig().sessionDays, defaultLocale: "en" };
}

export async function readSiteSettings(db: Db): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(KEYS) } } });
  const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const defaults = defaultSiteSettings();
  const parsed = siteSettingsSchema.safeParse({
    registrationOpen: raw[KEYS.registrationOpen] === undefined ? defaults.registrationOpen : raw[KEYS.registrationOpen] === "true",
    sessionDays: raw[KEYS.sessionDays] === undefined ? defaults.sessionDays : Number(raw[KEYS.sessionDays]),
    defaultLocale: raw[KEYS.defaultLocale] ?? defaults.defaultLocale,
  });
  // A row edited by hand into nonsense must not lock everyone out: fall back to the defaults.
  return parsed.success ? parsed.data : defaults;
}

export async function writeSiteSettings(db: Db, settings: SiteSettings): Promise<void> {
  await db.$transaction(
    (Object.keys(KEYS) as (keyof SiteSettings)[]).map((k) =>
      db.setting.upsert({ where: { key: KEYS[k] }, create: { key: KEYS[k], value: String(settings[k]) }, update: { value: String(settings[k]) } }),
    ),
  );
}
