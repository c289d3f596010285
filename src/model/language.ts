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

/** The message for an invalid tag, naming where it was found (a JSON path or an option). */
export function languageMessage(where: string, tag: string): string {
  const shown = tag.length > 60 ? `${tag.slice(0, 59)}…` : tag;
  return `${where}: ${JSON.stringify(shown)} is not a BCP 47 language tag (examples: zh-Hans, zh-Hant, de, en)`;
}
