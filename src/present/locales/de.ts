/** The UI text in de (placeholder: English until the translation lands). */
import type { Strings } from '../strings.js';
import { en } from './en.js';

export const de: Strings = en;
