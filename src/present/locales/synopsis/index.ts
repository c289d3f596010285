/**
 * The synopsis of several readings' sentences in the language in use (the picker's and the law
 * page's few are in the main catalogues, under `readings`). Only the view of several readings and
 * its download use these, and they are loaded on demand, so all four languages come with them and
 * the first load carries none (`npm run size`).
 */
import { uiLanguage, type Catalogue, type UiLanguage } from '../../strings.js';
import { mark } from '../pseudo-mark.js';
import { synopsisDe } from './de.js';
import { synopsisEn } from './en.js';
import { synopsisZhHans } from './zh-Hans.js';
import { synopsisZhHant } from './zh-Hant.js';

export type SynopsisStrings = Catalogue<typeof synopsisEn>;

const catalogues: Record<UiLanguage, SynopsisStrings> = {
  en: synopsisEn,
  'zh-Hans': synopsisZhHans,
  'zh-Hant': synopsisZhHant,
  de: synopsisDe,
  'en-XA': mark(synopsisEn) as SynopsisStrings,
};

/** The synopsis's sentences in a language (the tests check every language). */
export function synopsisCatalogue(lang: UiLanguage): SynopsisStrings {
  return catalogues[lang];
}

/** The synopsis's sentences in the interface language now in use. */
export function synopsisStrings(): SynopsisStrings {
  return catalogues[uiLanguage];
}
