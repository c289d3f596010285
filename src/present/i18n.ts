/**
 * What every UI catalogue (src/present/locales) writes its sentences with:
 * counts by the language's plural rules, numbers in its format, names from a
 * law or the reader isolated. The UI language itself is `uiLanguage` in
 * strings.ts; these helpers take it from there at each call.
 */
import { isolate, isolateAlways } from '../model/bidi.js';
import { currentLanguage } from './language-state.js';

/**
 * The sentences of a count, one per plural category of the language
 * (`one` and `other` in English; `few`, `many`… in others; only `other` in
 * Chinese), `#` standing for the number. An exact form (`'=0': 'no changes'`)
 * is used for that number instead of its category.
 */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string } & {
  readonly [exact: `=${number}`]: string | undefined;
};

/** The plural rules and the number format of each UI language, made once. */
const localized = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function localeOf(lang: string): { rules: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let l = localized.get(lang);
  if (!l) localized.set(lang, (l = { rules: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang) }));
  return l;
}

/** A number as the UI language writes it: `1,000` in English, `1.000` in German. */
export function formatCount(n: number, lang: string = currentLanguage()): string {
  return localeOf(lang).numbers.format(n);
}

/** Date-and-time formatters by language, made once each: `toLocaleString` with options builds one per call (9 s for 50,000 notes, measured). */
const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** A moment (an ISO timestamp) as the UI language writes date and time (`3 Dec 2026, 07:36`, `2026年12月3日 07:36`); an unreadable one as given. */
export function formatDateTime(iso: string, lang: string = currentLanguage()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateTimes.get(lang);
  if (!f) dateTimes.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(d);
}

/**
 * The one helper for every count in the UI: the form of `forms` that the
 * language's plural rules choose for `n`, its `#` replaced by the number
 * ({@link formatCount}): `plural(1, {one: '# change', other: '# changes'})` is
 * `1 change`, with 1000 `1,000 changes`.
 */
export function plural(n: number, forms: PluralForms, lang: string = currentLanguage()): string {
  const form = forms[`=${n}`] ?? forms[localeOf(lang).rules.select(n)] ?? forms.other;
  return form.replaceAll('#', formatCount(n, lang));
}

/** A name from a law inside a sentence, always isolated (FSI … PDI): right-to-left text or an open override cannot reorder the sentence. */
export const iso = isolateAlways;
/** A name from a law or the reader isolated only when it needs it (src/model/bidi.ts): ordinary titles and labels stay as written. */
export const bidi = isolate;

