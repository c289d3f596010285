/**
 * Which language the interface speaks: the one the reader chose in the header
 * (remembered in localStorage), else the one a link names (`lang=` — a link
 * carries it only when its sender chose a language), else the first of the
 * browser's languages lawdiff speaks, else English. The law's own language is
 * another matter: its text keeps its `lang`, whatever the interface speaks.
 */
import { useLanguage, UiLanguages, uiLanguage, type UiLanguage } from '../present/strings.js';

const STORAGE_KEY = 'lawdiff-ui-language';

/** The interface language a BCP 47 tag asks for, if lawdiff speaks it: `zh-TW` → 繁體中文, `zh-CN`/`zh` → 简体中文, `de-AT` → Deutsch. */
export function matchLanguage(tag: string): UiLanguage | undefined {
  const t = tag.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'en-xa') return 'en-XA';
  if ((UiLanguages as readonly string[]).map((l) => l.toLowerCase()).includes(t)) return UiLanguages.find((l) => l.toLowerCase() === t);
  const [lang, ...rest] = t.split(/[-_]/u);
  if (lang === 'zh') {
    if (rest.includes('hant') || rest.some((r) => r === 'tw' || r === 'hk' || r === 'mo')) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (lang === 'de') return 'de';
  if (lang === 'en') return 'en';
  return undefined;
}

/** The reader's own choice, if they made one. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): UiLanguage | undefined {
  try {
    const v = storage?.getItem(STORAGE_KEY);
    return v ? matchLanguage(v) : undefined;
  } catch {
    return undefined;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The `lang=` of a link (in the hash route's query or the page's own), if it names a language lawdiff speaks. */
export function linkLanguage(href: string): UiLanguage | undefined {
  const url = new URL(href);
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  const tag = new URLSearchParams(hashQuery).get('lang') ?? url.searchParams.get('lang');
  return tag ? matchLanguage(tag) : undefined;
}

/** The interface language for this visit: the reader's choice, a link's, the browser's, English. */
export function chooseLanguage(options: { stored?: UiLanguage | undefined; link?: UiLanguage | undefined; browser?: readonly string[] }): UiLanguage {
  if (options.stored) return options.stored;
  if (options.link) return options.link;
  for (const tag of options.browser ?? []) {
    const l = matchLanguage(tag);
    if (l) return l;
  }
  return 'en';
}

/** Whether the reader chose the language themselves (a link they copy then carries it). */
export function languageChosen(): boolean {
  return storedLanguage() !== undefined;
}

let started: Promise<void> | undefined;

/** The interface language of this visit, loaded once (the app shell renders only after it is). */
export function languageReady(): Promise<void> {
  return (started ??= startLanguage());
}

/** Loads the interface language for this visit and marks the page with it; resolves when its catalogue is in use. */
async function startLanguage(): Promise<void> {
  const lang = chooseLanguage({ stored: storedLanguage(), link: linkLanguage(location.href), browser: navigator.languages ?? [navigator.language] });
  try {
    await useLanguage(lang);
  } catch (e) {
    // A catalogue that cannot be loaded (offline before it was ever cached): English rather than nothing.
    console.error(`lawdiff: the ${lang} interface could not be loaded`, e);
  }
  document.documentElement.lang = uiLanguage;
}

/** The reader picks a language in the header: remembered, loaded and in use; resolves when the page may render in it. */
export async function chooseUiLanguage(lang: UiLanguage): Promise<void> {
  await useLanguage(lang);
  try {
    safeStorage()?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage switched off: the choice holds for this visit
  }
  document.documentElement.lang = uiLanguage;
}
