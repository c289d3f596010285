/**
 * Arguments for every sentence of the json group (src/model/messages/json.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { jsonMessages } from '../../../../src/model/messages/index.js';

type M = typeof jsonMessages;

export const jsonSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {};
