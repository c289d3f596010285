/**
 * Arguments for every sentence of the document group (src/model/messages/document.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { documentMessages } from '../../../../src/model/messages/index.js';

type M = typeof documentMessages;

export const documentSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'document.noLawFound': { name: 'draft.docx' },
};
