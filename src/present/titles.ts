/** Choosing which of a law's titles to show. */
import type { Law } from '../model/types.js';

/** A text and the language it is written in (for the `lang` attribute). */
export interface LangText {
  text: string;
  lang: string;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The entry of `titles` for `lang`: the exact key first (`zh-Hant`), then one
 * with the same primary subtag (`zh`), tagged with the more precise of the two.
 */
function titleIn(titles: Record<string, string>, lang: string): LangText | undefined {
  const exact = titles[lang];
  if (exact !== undefined) return { text: exact, lang };
  const key = Object.keys(titles).find((k) => primary(k) === primary(lang));
  if (key === undefined) return undefined;
  return { text: titles[key] ?? '', lang: key.includes('-') ? key : lang };
}

/** The title in the UI language when present, else in the law's language, else any; the id as a last resort. */
export function lawTitle(law: Law, uiLanguage: string): LangText {
  const found = titleIn(law.title, uiLanguage) ?? titleIn(law.title, law.language);
  if (found) return found;
  const [lang, text] = Object.entries(law.title)[0] ?? [law.language, law.id];
  return { text, lang };
}

/** The title in the law's own language when it is not the one {@link lawTitle} shows (displayed beside it). */
export function originalTitle(law: Law, uiLanguage: string): LangText | undefined {
  const original = titleIn(law.title, law.language);
  return original && original.text !== lawTitle(law, uiLanguage).text ? original : undefined;
}
