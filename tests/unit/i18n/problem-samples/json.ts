/**
 * Arguments for every sentence of the json group (src/model/messages/json.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { jsonMessages } from '../../../../src/model/messages/index.js';

type M = typeof jsonMessages;

export const jsonSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'json.expected': { path: '$.body[0].num', expectedKind: 'articleNumber', found: '42' },
  'json.expectedValue': { path: '$.format', value: 'lawdiff-version/1', found: '"lawdiff-version/2"' },
  'json.expectedFormat': { path: '$.versions[0].format', formats: ['md', 'txt', 'akn'], found: '"rtf"' },
  'json.expectedVersionId': { path: '$.reports[0].old', ids: ['draft-1', 'final'], found: '"draft-2"' },
  'json.expectedAfter': { path: '$.reports[0].new', old: 'final', found: '"draft-1"' },
  'json.tooDeep': { path: '$.body[0].children', nestingKind: 'divisions', max: 200 },
  'json.invalid': { detail: 'Unexpected token } in JSON at position 12' },
  'json.badLanguage': { path: '$.language', tag: 'Chinese (Simplified)' },
  'record.notImported': { collection: '"~library"', origin: '"collection"' },
  'record.versionKey': { expected: '"v1"', found: '"v2"' },
  'record.reportKey': { expected: '"law|a"', found: '"law|b"' },
  'record.unreadable': { detail: 'Maximum call stack size exceeded' },
  'record.duplicate': { path: '$.notes[3]', itemKind: 'noteId', value: 'n-17' },
  'record.backupNotJson': { detail: 'Unexpected end of JSON input' },
  'record.storedReportUnreadable': { why: 'corrections[0].paragraph' },
  'collection.cannotRead': { file: 'civil-code/law.json', detail: 'no such file' },
  'collection.cannotReadIndex': { detail: 'HTTP 404' },
  'collection.cannotReadReport': { report: 'npc-2020', detail: 'no such file' },
  'collection.unpublished': { version: 'draft-2', law: 'civil-code' },
  'collection.emptyReport': { report: 'npc-2020', file: 'civil-code/report.txt' },
  'collection.unresolvedReference': { at: { paragraph: 7 }, reference: '第一千二百条' },
};
