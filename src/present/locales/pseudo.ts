/**
 * A pseudo-locale for tests (`lang=en-XA`): every sentence of the English catalogue between
 * ⟦ and ⟧, so a browser test can flag any visible text that did not come from the catalogue
 * (a sentence written into a template, a message built elsewhere). Not in the language menu.
 */
import { problemMessages } from '../../model/messages/all.js';
import type { TranslatedStrings } from '../strings.js';
import { en } from './en.js';

function mark(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (typeof value === 'function') return (...args: unknown[]) => mark((value as (...a: unknown[]) => unknown)(...args));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  return value;
}

export const pseudo = mark({ ...en, problems: problemMessages }) as TranslatedStrings;
