import type { LocalizedText } from "./types";

/** Builds a LocalizedText; the two-argument form keeps both languages side by side at the call site. */
export function say(en: string, zhCN: string): LocalizedText {
  return { en, "zh-CN": zhCN };
}

/** Joins several LocalizedTexts with a separator per language. */
export function joinText(parts: LocalizedText[], sepEn = "; ", sepZh = "；"): LocalizedText {
  return say(parts.map((p) => p.en).join(sepEn), parts.map((p) => p["zh-CN"]).join(sepZh));
}
