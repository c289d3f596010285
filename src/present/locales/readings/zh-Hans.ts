/** The N-reading synopsis in zh-Hans (shape: ./en.ts). */
import type { Catalogue } from '../../strings.js';
import type { readingsEn } from './en.js';

export const readingsZhHans: Catalogue<typeof readingsEn> = {
  placeholder: 'placeholder',
};
