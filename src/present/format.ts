/** Display names for codes (jurisdictions, languages, stages), in the UI language. */
import { isolate } from '../model/bidi.js';
import { strings, uiLanguage } from './strings.js';

/** Made once per interface language and kind: making one takes milliseconds (the law page asks for names on every render). */
const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(type: 'region' | 'language', code: string): string {
  try {
    const key = `${uiLanguage}\u0000${type}`;
    let names = displayNames.get(key);
    if (!names) displayNames.set(key, (names = new Intl.DisplayNames([uiLanguage], { type, fallback: 'code' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `China` for `CN`; codes that are not ISO regions (`US-CA`, `EU`) as they are. */
export function jurisdictionName(code: string): string {
  return /^[A-Z]{2}$/u.test(code) ? displayName('region', code) : code;
}

/** `Chinese (Simplified)` for `zh-Hans`; the code when the name is unknown. */
export function languageName(tag: string): string {
  return tag ? displayName('language', tag) : '';
}

/** `Second reading` for `second-reading`; other stages as written. */
export function stageName(stage: string): string {
  return strings.stage[stage] ?? isolate(stage);
}

/** `Second reading · 2030-06-01 · 12 articles`: the non-empty parts, each isolated for bidi (they come from the law). */
export function metaLine(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map(isolate)
    .join(' · ');
}

/** A size in bytes for people: `812 B`, `14 KB`, `3.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(uiLanguage, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
