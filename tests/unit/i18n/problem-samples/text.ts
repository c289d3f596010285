/**
 * Arguments for every sentence of the text group (src/model/messages/text.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { textMessages } from '../../../../src/model/messages/index.js';

type M = typeof textMessages;

export const textSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'text.duplicateNumber': { label: '第二条', first: { line: 12 } },
  'de.frontMatterOpen': {},
  'de.noNorm': {},
  'de.normWithoutNumber': { heading: '§ zwölf Heading' },
  'de.otherHeading': {},
  'text.unknownFormat': { name: 'draft.txt' },
};
