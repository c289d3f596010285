/** The passage picture and per-reading statistics in zh-Hant (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';

export const pictureZhHant: Catalogue<typeof pictureEn> = {
  placeholder: 'placeholder',
};
