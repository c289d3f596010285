/** The N-reading synopsis in de (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsDe: Catalogue<typeof readingsEn> = {
  placeholder: 'placeholder',
};
