/**
 * The passage picture's sentences in the language in use. They are not in the main catalogues
 * (src/present/locales/*.ts): only the view of several readings uses them, and it is loaded on
 * demand, so all four languages come with it and the first load carries none (`npm run size`).
 */
import { uiLanguage, type Catalogue, type UiLanguage } from '../../strings.js';
import { mark } from '../pseudo-mark.js';
import { pictureDe } from './de.js';
import { pictureEn } from './en.js';
import { pictureZhHans } from './zh-Hans.js';
import { pictureZhHant } from './zh-Hant.js';

export type PictureStrings = Catalogue<typeof pictureEn>;

const catalogues: Record<UiLanguage, PictureStrings> = {
  en: pictureEn,
  'zh-Hans': pictureZhHans,
  'zh-Hant': pictureZhHant,
  de: pictureDe,
  'en-XA': mark(pictureEn) as PictureStrings,
};

/** The picture's sentences in a language (the tests check every language). */
export function pictureCatalogue(lang: UiLanguage): PictureStrings {
  return catalogues[lang];
}

/** The picture's sentences in the interface language now in use. */
export function pictureStrings(): PictureStrings {
  return catalogues[uiLanguage];
}
