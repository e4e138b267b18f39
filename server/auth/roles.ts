export const ROLES = ["admin", "teacher", "student"] as const;
export type Role = (typeof ROLES)[number];

/** What the rest of the server knows about the signed-in user. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
}

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function asLocale(value: unknown): Locale {
  return value === "zh-CN" ? "zh-CN" : "en";
}
