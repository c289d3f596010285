/**
 * The sentences of the JSON validators (src/model/validate.ts), collection loading (src/model/collection.ts, src/cli/check.ts), language tags (src/model/language.ts) and stored records (src/store/library.ts, src/app/backup.ts).
 */
import { placeText, type MessageTemplates, type Place } from './types.js';
import { registerMessages } from './registry.js';

/**
 * What a JSON value (a field of a collection file, of a stored record or of a backup) should have
 * been, as a vocabulary each language words itself.
 */
export type ExpectedKind =
  | 'object'
  | 'array'
  | 'string'
  | 'boolean'
  | 'notProto'
  | 'nonEmpty'
  | 'articleNumber'
  | 'nodeKind'
  | 'annotationKind'
  | 'fileName'
  | 'isoDate'
  | 'isoDateOrEmpty'
  | 'isoTime'
  | 'uniqueVersionId'
  | 'allowedVersionId'
  | 'uniqueReportId'
  | 'folderName'
  | 'name'
  | 'someText'
  | 'paragraphNumber'
  | 'reportId'
  | 'reportOrigin'
  | 'titles';

const EXPECTED: Readonly<Record<ExpectedKind, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
  notProto: 'a key other than "__proto__"',
  nonEmpty: 'at least one entry',
  articleNumber: 'a non-empty normalized article number',
  nodeKind: '"article", "division" or "repealed-range"',
  annotationKind: '"explanation" or "note"',
  fileName: 'a file name (or "published": false)',
  isoDate: 'an ISO date YYYY-MM-DD',
  isoDateOrEmpty: 'an ISO date YYYY-MM-DD or ""',
  isoTime: 'an ISO time',
  uniqueVersionId: 'an id not used by another version',
  allowedVersionId: 'an id other than "add" or "compare", without "~"',
  uniqueReportId: 'an id not used by another report',
  folderName: 'a folder name (letters, digits, "-", "_", ".")',
  name: 'a name of letters, digits, "-", "_" and "."',
  someText: 'some text',
  paragraphNumber: 'a paragraph number (1 or more)',
  reportId: 'a report id',
  reportOrigin: '"imported" or "collection"',
  titles: 'an object of titles by language',
};

/** What a value was twice in a list of a backup file. */
export type DuplicateKind = 'paragraph' | 'noteId' | 'lawFolder' | 'version' | 'report';

const DUPLICATE: Readonly<Record<DuplicateKind, string>> = {
  paragraph: 'the paragraph',
  noteId: 'the note id',
  lawFolder: 'the law folder',
  version: 'the version',
  report: 'the report',
};

/** `path: ` before a sentence, when there is a path (a stored record's top level has none). */
const at = (path: string | undefined): string => (path ? `${path}: ` : '');
/** A value found, as previewed (JSON), or nothing. */
const found = (f: string | undefined): string => f ?? 'nothing';

/** `path` a JSON path (`$.body[0].num`, or a record's field `info.id`); `found` a JSON preview of the value, undefined when there was none. */
type Found = { path?: string | undefined; found?: string | undefined };

export const jsonMessages = {
  /** A value of the wrong type or form. */
  'json.expected': (a: Found & { expectedKind: ExpectedKind }) => `${at(a.path)}expected ${EXPECTED[a.expectedKind]}, found ${found(a.found)}`,
  /** A value other than the one value allowed (`"lawdiff-version/1"`); `value` as it must be. */
  'json.expectedValue': (a: Found & { value: string }) => `${at(a.path)}expected ${JSON.stringify(a.value)}, found ${found(a.found)}`,
  /** A source format not among `formats`. */
  'json.expectedFormat': (a: Found & { formats: readonly string[] }) => `${at(a.path)}expected one of ${a.formats.join(', ')}, found ${found(a.found)}`,
  /** A report's reading that is none of the law's versions, `ids`. */
  'json.expectedVersionId': (a: Found & { ids: readonly string[] }) => `${at(a.path)}expected the id of one of the law's versions (${a.ids.join(', ')}), found ${found(a.found)}`,
  /** A report's newer reading that is not after its older reading, `old`. */
  'json.expectedAfter': (a: Found & { old: string }) => `${at(a.path)}expected a reading after "${a.old}", found ${found(a.found)}`,
  /** Divisions or items nested deeper than `max` levels. */
  'json.tooDeep': (a: { path: string; nestingKind: 'items' | 'divisions'; max: number }) => `${a.path}: ${a.nestingKind} nested more than ${a.max} levels deep; lawdiff reads at most ${a.max}`,
  /** JSON.parse refused the text; `detail` is its message. */
  'json.invalid': (a: { detail: string }) => `not valid JSON: ${a.detail}`,
  /** A language tag `Intl` cannot read, named where it was found (a JSON path or an option); `tag` as given (shortened). */
  'json.badLanguage': (a: { path: string; tag: string }) => `${a.path}: ${JSON.stringify(a.tag)} is not a BCP 47 language tag (examples: zh-Hans, zh-Hant, de, en)`,

  /** A stored version of another collection or origin; each a JSON preview, undefined for none. */
  'record.notImported': (a: { collection?: string | undefined; origin?: string | undefined }) =>
    `expected an imported version, found the collection ${found(a.collection)} and the origin ${found(a.origin)}`,
  /** A stored version whose `info.id` is not its key, `expected` (JSON). */
  'record.versionKey': (a: { expected: string; found?: string | undefined }) => `info.id: expected ${a.expected} (the version's key), found ${found(a.found)}`,
  /** A stored report whose id is not made of its folder and report id, `expected` (JSON). */
  'record.reportKey': (a: { expected: string; found?: string | undefined }) => `id: expected ${a.expected} (its folder and report id), found ${found(a.found)}`,
  /** A record whose check threw; `detail` the error's message. */
  'record.unreadable': (a: { detail: string }) => `cannot be read: ${a.detail}`,
  /** A backup file's list with one value twice. */
  'record.duplicate': (a: { path: string; itemKind: DuplicateKind; value: string }) => `${a.path}: ${DUPLICATE[a.itemKind]} ${JSON.stringify(a.value)} appears twice`,
  /** A backup file that is not JSON; `detail` the parser's message. */
  'record.backupNotJson': (a: { detail: string }) => `not a JSON file: ${a.detail}`,
  /** A stored report that cannot be read; `why` says why, already in the reader's language. */
  'record.storedReportUnreadable': (a: { why: string }) => `a stored report could not be read (${a.why})`,

  /** A file of the collection the reader could not read; `detail` the reader's reason. */
  'collection.cannotRead': (a: { file: string; detail: string }) => `cannot read ${a.file}: ${a.detail}`,
  'collection.cannotReadIndex': (a: { detail: string }) => `cannot read the collection index: ${a.detail}`,
  'collection.cannotReadReport': (a: { report: string; detail: string }) => `cannot read the report "${a.report}": ${a.detail}`,
  /** A version marked `"published": false` (or without a file). */
  'collection.unpublished': (a: { version: string; law: string }) => `version "${a.version}" of ${a.law} was not published; it has no text`,
  'collection.emptyReport': (a: { report: string; file: string }) => `the report "${a.report}" (${a.file}) is empty`,
  /** A report paragraph naming something that is no article; `at` the paragraph. */
  'collection.unresolvedReference': (a: { at: Place; reference: string }) => `${placeText(a.at)} of the report names "${a.reference}", which is no article of the reading it names`,
} as const satisfies MessageTemplates;

registerMessages(jsonMessages);
