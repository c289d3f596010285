/**
 * Language tags (BCP 47). A version's or law's `language` picks the word
 * segmenter; a tag `Intl` cannot read (`x`, `Chinese (Simplified)`) makes
 * `Intl.Segmenter` throw a RangeError. Importers and validation refuse such
 * a tag with a problem; the engine falls back to the root locale (`und`).
 */

/** The canonical form of a BCP 47 tag (`zh-hans` → `zh-Hans`), or undefined when it is not a valid tag. */
export function canonicalLanguage(tag: string): string | undefined {
  if (tag === '' || tag.length > 200) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical;
  } catch {
    return undefined;
  }
}

/** A tag every `Intl` constructor accepts: the canonical form of `tag`, or `und` (root rules) when it is not a valid tag. */
export function safeLanguage(tag: string): string {
  return canonicalLanguage(tag) ?? 'und';
}

/** An invalid tag as a problem's sentence shows it: a long one shortened. */
export function shownTag(tag: string): string {
  return tag.length > 60 ? `${tag.slice(0, 59)}…` : tag;
}

/** The arguments of the sentence `json.badLanguage` for an invalid tag, naming where it was found (a JSON path or an option). */
export function languageArgs(where: string, tag: string): { path: string; tag: string } {
  return { path: where, tag: shownTag(tag) };
}

/** True for a language tag of Chinese, Japanese or Korean (text not cut into words by spaces). */
export function isCjkLanguage(language: string): boolean {
  return /^(zh|ja|ko)\b/iu.test(language);
}
