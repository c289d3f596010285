/** The UI text in zh-Hans (placeholder: English until the translation lands). */
import type { Strings } from '../strings.js';
import { en } from './en.js';

export const zhHans: Strings = en;
