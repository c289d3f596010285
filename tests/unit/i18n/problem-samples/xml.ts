/**
 * Arguments for every sentence of the xml group (src/model/messages/xml.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { xmlMessages } from '../../../../src/model/messages/index.js';

type M = typeof xmlMessages;

export const xmlSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {};
