/** The passage picture and per-reading statistics in de (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { pictureEn } from './en.js';

export const pictureDe: Catalogue<typeof pictureEn> = {
  placeholder: 'placeholder',
};
