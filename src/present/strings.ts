/**
 * The UI's text in the reader's language: `strings` (the catalogue in use)
 * and `uiLanguage` (its BCP 47 tag) are live bindings that {@link useLanguage}
 * replaces; every view reads them when it renders. English is built in
 * (locales/en.ts, the reference); 简体中文, 繁體中文 and Deutsch are loaded on
 * demand, so the first load carries one catalogue only. A catalogue is typed
 * as {@link Strings}: a key missing in one is a type error, never an English
 * sentence on a Chinese screen. See docs/decisions/013-interface-languages.md.
 */
import { en } from './locales/en.js';
import { setCurrentLanguage } from './language-state.js';
import type { ProblemMessages, Said, Translation } from '../model/messages/index.js';

/** The problems' sentences in one language (src/present/locales/problems). */
export type ProblemTranslation = Translation<ProblemMessages>;

export { formatCount, formatDateTime, plural, type PluralForms } from './i18n.js';

/** A catalogue's shape: the English one's, with every sentence a string (not its English literal). */
export type Catalogue<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Catalogue<R>
    : T extends object
      ? { readonly [K in keyof T]: Catalogue<T[K]> }
      : T;

/**
 * A catalogue. The importers' and validators' problems (`problems`, by code) are in every other
 * language's catalogue; English has none, as a problem carries its English sentence (`message`,
 * made from the same sentences in src/model/messages), and the first load carries no copy.
 */
export type Strings = Catalogue<typeof en> & { readonly problems?: ProblemTranslation };

/** The catalogue of a language other than English: with every problem sentence (a missing one is a compile error). */
export type TranslatedStrings = Strings & { readonly problems: ProblemTranslation };

/** The UI languages, in the order the language menu lists them. */
export const UiLanguages = ['en', 'zh-Hans', 'zh-Hant', 'de'] as const;
/** A UI language, or the test pseudo-locale `en-XA` (English between ⟦ ⟧; never in the menu). */
export type UiLanguage = (typeof UiLanguages)[number] | 'en-XA';

/** Each language's name in itself, for the language menu. */
export const languageNames: Readonly<Record<UiLanguage, string>> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', de: 'Deutsch', 'en-XA': '⟦English⟧' };

/** "Language", in each language: the menu's label stays findable whatever the interface speaks. */
export const languageMenuLabel: Readonly<Record<UiLanguage, string>> = { en: 'Interface language', 'zh-Hans': '界面语言', 'zh-Hant': '介面語言', de: 'Sprache der Oberfläche', 'en-XA': '⟦Interface language⟧' };

/** The catalogue in use. */
export let strings: Strings = en;
/** Its language (BCP 47). Titles are shown in it when the law has one. */
export let uiLanguage: UiLanguage = 'en';

const loaders: Record<UiLanguage, () => Promise<Strings>> = {
  en: () => Promise.resolve(en),
  'zh-Hans': () => import('./locales/zh-Hans.js').then((m) => m.zhHans),
  'zh-Hant': () => import('./locales/zh-Hant.js').then((m) => m.zhHant),
  de: () => import('./locales/de.js').then((m) => m.de),
  'en-XA': () => import('./locales/pseudo.js').then((m) => m.pseudo),
};

/** Loads a language's catalogue (once) and makes it the one in use. */
export async function useLanguage(lang: UiLanguage): Promise<void> {
  const catalogue = await loaders[lang]();
  strings = catalogue;
  uiLanguage = lang;
  setCurrentLanguage(lang);
}

/** Makes an already loaded catalogue the one in use (tests; the pseudo-locale). */
export function setCatalogue(lang: UiLanguage, catalogue: Strings): void {
  strings = catalogue;
  uiLanguage = lang;
  setCurrentLanguage(lang);
}

/** Loads a catalogue without using it (tests compare catalogues). */
export function loadCatalogue(lang: UiLanguage): Promise<Strings> {
  return loaders[lang]();
}

/**
 * A problem's sentence (an importer's or validator's, src/model/messages) in the UI's language.
 * In English, and for a problem stored before sentences had codes (a version's check kept in
 * IndexedDB or a backup by an older lawdiff), its `message`: the English it carries.
 */
export function problemText(p: Pick<Said, 'code' | 'args' | 'message'>): string {
  const table = strings.problems;
  const say = table && Object.hasOwn(table, p.code ?? '') ? (table[p.code] as (args: Said['args']) => string) : undefined;
  return say ? say(p.args ?? {}) : p.message;
}
