import type { LocalizedText } from "./types";

/** Builds a LocalizedText; the two-argument form keeps both languages side by side at the call site. */
export function say(en: string, zhCN: string): LocalizedText {
  return { en, "zh-CN": zhCN };
}

/** Joins several LocalizedTexts with a separator per language. */
export function joinText(parts: LocalizedText[], sepEn = "; ", sepZh = "；"): LocalizedText {
  return say(parts.map((p) => p.en).join(sepEn), parts.map((p) => p["zh-CN"]).join(sepZh));
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Joins pieces of a Chinese sentence, putting a space between Chinese and Latin text (`还没有 Pod`)
 * as zh-CN technical writing does, and none between Chinese characters or before punctuation.
 */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    for (const piece of [String(v), strings[i + 1] ?? ""]) {
      if (!piece) continue;
      const a = out.slice(-1);
      const b = piece[0] as string;
      const latin = (ch: string) => /[A-Za-z0-9"`/$]/.test(ch);
      if (a && ((CJK.test(a) && latin(b)) || (latin(a) && CJK.test(b) && !/[，。；：）]/.test(b)))) out += " ";
      out += piece;
    }
  });
  return out;
}
