/** The UI text in zh-Hant (placeholder: English until the translation lands). */
import type { Strings } from '../strings.js';
import { en } from './en.js';

export const zhHant: Strings = en;
