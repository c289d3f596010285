/** The passage picture and per-reading statistics in zh-Hans (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';

export const pictureZhHans: Catalogue<typeof pictureEn> = {
  placeholder: 'placeholder',
};
