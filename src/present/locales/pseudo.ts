/**
 * A pseudo-locale for tests (`lang=en-XA`): every sentence of the English catalogue between
 * ⟦ and ⟧, so a browser test can flag any visible text that did not come from the catalogue
 * (a sentence written into a template, a message built elsewhere). Not in the language menu.
 */
import { problemMessages } from '../../model/messages/all.js';
import type { TranslatedStrings } from '../strings.js';
import { en } from './en.js';
import { mark } from './pseudo-mark.js';


export const pseudo = mark({ ...en, problems: problemMessages }) as TranslatedStrings;
