"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { translateTeach, type TeachKey } from "@/components/i18n/messages-teach";
import type { MessageKey } from "@/components/i18n/messages";

/** useT for the teacher and admin screens, which also know the keys of messages-teach.ts. */
export function useTeachT() {
  const { locale } = useT();
  return { locale, t: (key: TeachKey | MessageKey, vars?: Record<string, string | number>) => translateTeach(locale, key, vars) };
}
