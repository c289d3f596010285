/** The N-reading synopsis in zh-Hant (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsZhHant: Catalogue<typeof readingsEn> = {
  placeholder: 'placeholder',
};
