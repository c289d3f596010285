/** The UI language now in use (BCP 47: `en`, `de`, `zh-Hans`, `zh-Hant`); set by strings.ts `useLanguage`. Its own module so the helpers and the catalogues read it without importing the catalogue entry. */
let current = 'en';

export function currentLanguage(): string {
  return current;
}

export function setCurrentLanguage(lang: string): void {
  current = lang;
}
