/**
 * The backup file (`lawdiff-backup/1`, docs/format.md): every note, law of
 * the reader's, imported version and report the reader added or corrected,
 * as one JSON document. {@link parseBackup}
 * checks a whole file before anything is stored and names the first thing
 * wrong by its JSON path.
 */
import type { Note } from '../store/notes.js';
import { reportKey, type ReportCorrection, type StoredLaw, type StoredReport, type StoredVersion } from '../store/db.js';
import { importedInfo, LIBRARY_COLLECTION, type LibraryContent, type RecordCheck } from '../store/library.js';
import { parseLaw, validateVersionDoc } from '../model/validate.js';
import type { DuplicateKind, ExpectedKind } from '../model/messages/json.js';
import { say, type ProblemArgs, type ProblemCode, type Said } from '../model/problems.js';
import type { Law, VersionDoc } from '../model/types.js';
import '../model/messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

/** The `format` of a backup file. */
export const BACKUP_FORMAT = 'lawdiff-backup/1';
/** The notes-only export of earlier releases, also accepted. */
const NOTES_FORMAT = 'lawdiff-notes-export/1';

/** A law of the reader's in a backup file. */
export interface BackupLaw {
  folder: string;
  /** The law without its versions (they are listed under `versions`). */
  law: Omit<Law, 'versions'>;
  savedAt: string;
}

/** An imported version in a backup file. */
export interface BackupVersion {
  folder: string;
  info: { id: string; label: string; stage: string; date: string; source?: string };
  doc: VersionDoc;
  savedAt: string;
}

/** A report in a backup file: the stored report without its id (made of `folder` and `reportId`). */
export type BackupReport = Omit<StoredReport, 'id'>;

/** A backup file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** ISO 8601 time. */
  exported: string;
  notes: Note[];
  laws: BackupLaw[];
  versions: BackupVersion[];
  /** Absent from the files of earlier releases (read as none). */
  reports: BackupReport[];
}

/** The outcome of {@link parseBackup}: the content to merge, or where the file is wrong and what is wrong (a sentence, its English in `message`). */
export type ParsedBackup = { ok: true; content: LibraryContent } | ({ ok: false; path: string } & Said);

/** The backup file of what the library holds. */
export function makeBackup(content: LibraryContent, now: Date = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    exported: now.toISOString(),
    notes: content.notes,
    laws: content.laws.map(({ folder, law, savedAt }) => {
      const { versions: _versions, ...rest } = law;
      return { folder, law: rest, savedAt };
    }),
    versions: content.versions.map(({ folder, info, doc, savedAt }) => {
      const v: BackupVersion = { folder, info: { id: info.id, label: info.label, stage: info.stage, date: info.date }, doc, savedAt };
      if (info.source) v.info.source = info.source;
      return v;
    }),
    reports: content.reports.map(({ folder, reportId, title, source, old, new: newer, text, origin, corrections, savedAt }) => ({
      folder,
      reportId,
      title,
      source,
      old,
      new: newer,
      text,
      origin,
      corrections: corrections.map((c) => ({ paragraph: c.paragraph, links: c.links.map((l) => ({ version: l.version, article: l.article })) })),
      savedAt,
    })),
  };
}

/** The file name of a backup made on `now` (`lawdiff-backup-2025-06-01.json`). */
export function backupFileName(now: Date = new Date()): string {
  return `lawdiff-backup-${now.toISOString().slice(0, 10)}.json`;
}

class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly said: Said,
  ) {
    super(said.message);
  }
}

/** Throws the sentence `code` about the value at `path`. */
function invalid<K extends ProblemCode>(path: string, code: K, args: ProblemArgs<K>): never {
  throw new Invalid(path, say(code, args));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A value found, for a sentence: a JSON preview, undefined for none. */
const shown = (x: unknown): string | undefined => (x === undefined ? undefined : (JSON.stringify(x)?.slice(0, 60) ?? String(x)));

function expect(ok: boolean, path: string, expectedKind: ExpectedKind, got: unknown): void {
  if (!ok) invalid(path, 'json.expected', { path, expectedKind, found: shown(got) });
}

function object(x: unknown, path: string): Record<string, unknown> {
  expect(isObject(x), path, 'object', x);
  return x as Record<string, unknown>;
}

function string(x: unknown, path: string): string {
  expect(typeof x === 'string', path, 'string', x);
  return x as string;
}

function time(x: unknown, path: string): string {
  expect(typeof x === 'string' && !Number.isNaN(Date.parse(x)), path, 'isoTime', x);
  return x as string;
}

function list(x: unknown, path: string): unknown[] {
  expect(Array.isArray(x), path, 'array', x);
  return x as unknown[];
}

const NAME = /^[\w.-]+$/u;
/** Version ids that name pages of a law in the viewer's links (`#/law/<folder>/add`, `…/compare/…`). */
const RESERVED_VERSION_IDS: readonly string[] = ['add', 'compare'];

function name(x: unknown, path: string): string {
  const s = string(x, path);
  expect(NAME.test(s) && !s.startsWith('.'), path, 'name', x);
  return s;
}

/** The JSON path `$…` of a validator re-rooted under `path`. */
const under = (path: string, p: string): string => (p.startsWith('$') ? path + p.slice(1) : path);

/** Re-roots the first problem of a validator (paths from `$`, in `text` and in the sentence's `path`) under `path`. */
function rethrow(problems: readonly (Said & { text: string })[], path: string): void {
  const p = problems[0];
  if (!p) return;
  const args = typeof p.args.path === 'string' ? { ...p.args, path: under(path, p.args.path) } : p.args;
  throw new Invalid(under(path, p.text), say(p.code, args as never));
}

function note(x: unknown, path: string): Note {
  const o = object(x, path);
  const n: Note = {
    id: string(o.id, `${path}.id`),
    folder: string(o.folder, `${path}.folder`),
    key: string(o.key, `${path}.key`),
    text: string(o.text, `${path}.text`).trim(),
    label: string(o.label, `${path}.label`),
    created: time(o.created, `${path}.created`),
    updated: time(o.updated, `${path}.updated`),
  };
  expect(n.text !== '', `${path}.text`, 'someText', o.text);
  return n;
}

function law(x: unknown, path: string): StoredLaw {
  const o = object(x, path);
  const folder = name(o.folder, `${path}.folder`);
  const l = object(o.law, `${path}.law`);
  const parsed = parseLaw(JSON.stringify({ ...l, versions: [] }));
  if (!parsed.law) rethrow(parsed.problems, `${path}.law`);
  return { folder, law: parsed.law!, savedAt: time(o.savedAt, `${path}.savedAt`) };
}

function version(x: unknown, path: string): StoredVersion {
  const o = object(x, path);
  const folder = name(o.folder, `${path}.folder`);
  const i = object(o.info, `${path}.info`);
  const id = name(i.id, `${path}.info.id`);
  // The rules of law.json (src/model/validate.ts, parseLaw): `add` and `compare` name pages of a law in links (`~` is not a name character).
  expect(!RESERVED_VERSION_IDS.includes(id), `${path}.info.id`, 'allowedVersionId', i.id);
  const date = string(i.date ?? '', `${path}.info.date`);
  expect(date === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(date), `${path}.info.date`, 'isoDateOrEmpty', i.date);
  const info = importedInfo({
    id,
    label: string(i.label, `${path}.info.label`),
    stage: string(i.stage ?? '', `${path}.info.stage`),
    date,
    source: i.source === undefined ? undefined : string(i.source, `${path}.info.source`),
  });
  const doc = validateVersionDoc(o.doc);
  if (!doc.doc) rethrow(doc.problems, `${path}.doc`);
  return { collection: LIBRARY_COLLECTION, folder, versionId: id, info, doc: doc.doc!, origin: 'imported', savedAt: time(o.savedAt, `${path}.savedAt`) };
}

function correction(x: unknown, path: string): ReportCorrection {
  const o = object(x, path);
  const paragraph = o.paragraph;
  expect(Number.isInteger(paragraph) && (paragraph as number) >= 1, `${path}.paragraph`, 'paragraphNumber', paragraph);
  const links = list(o.links, `${path}.links`).map((l, i) => {
    const lo = object(l, `${path}.links[${i}]`);
    return { version: string(lo.version, `${path}.links[${i}].version`), article: string(lo.article, `${path}.links[${i}].article`) };
  });
  return { paragraph: paragraph as number, links };
}

function report(x: unknown, path: string): StoredReport {
  const o = object(x, path);
  const folder = name(o.folder, `${path}.folder`);
  const reportId = string(o.reportId, `${path}.reportId`);
  expect(reportId !== '', `${path}.reportId`, 'reportId', o.reportId);
  // A stored record (backupRecordProblem) has its id; a file's report has none, or the same.
  if (o.id !== undefined && o.id !== reportKey(folder, reportId)) invalid(`${path}.id`, 'json.expectedValue', { path: `${path}.id`, value: reportKey(folder, reportId), found: shown(o.id) });
  const origin = o.origin;
  expect(origin === 'imported' || origin === 'collection', `${path}.origin`, 'reportOrigin', origin);
  const corrections = list(o.corrections, `${path}.corrections`).map((c, i) => correction(c, `${path}.corrections[${i}]`));
  unique(corrections, (c) => String(c.paragraph), `${path}.corrections`, 'paragraph');
  return {
    id: reportKey(folder, reportId),
    folder,
    reportId,
    title: string(o.title, `${path}.title`),
    source: string(o.source, `${path}.source`),
    old: string(o.old, `${path}.old`),
    new: string(o.new, `${path}.new`),
    text: string(o.text, `${path}.text`),
    origin: origin as StoredReport['origin'],
    corrections,
    savedAt: time(o.savedAt, `${path}.savedAt`),
  };
}

function unique<T>(items: T[], key: (t: T) => string, path: string, what: DuplicateKind): void {
  const seen = new Set<string>();
  items.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) invalid(`${path}[${i}]`, 'record.duplicate', { path: `${path}[${i}]`, itemKind: what, value: k });
    seen.add(k);
  });
}

/**
 * Reads a backup file (or a notes export of an earlier release) without
 * storing anything: the content to merge, or the JSON path of the first
 * thing wrong and a sentence saying what was expected.
 */
export function parseBackup(text: string): ParsedBackup {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { ok: false, path: '$', ...say('record.backupNotJson', { detail: e instanceof Error ? e.message : String(e) }) };
  }
  try {
    const o = object(doc, '$');
    if (o.format !== BACKUP_FORMAT && o.format !== NOTES_FORMAT) invalid('$.format', 'json.expectedValue', { path: '$.format', value: BACKUP_FORMAT, found: shown(o.format) });
    const notes = list(o.notes, '$.notes').map((n, i) => note(n, `$.notes[${i}]`));
    const laws = o.format === NOTES_FORMAT ? [] : list(o.laws, '$.laws').map((l, i) => law(l, `$.laws[${i}]`));
    const versions = o.format === NOTES_FORMAT ? [] : list(o.versions, '$.versions').map((v, i) => version(v, `$.versions[${i}]`));
    // Files of earlier releases have no reports.
    const reports = o.format === NOTES_FORMAT || o.reports === undefined ? [] : list(o.reports, '$.reports').map((r, i) => report(r, `$.reports[${i}]`));
    unique(notes, (n) => n.id, '$.notes', 'noteId');
    unique(laws, (l) => l.folder, '$.laws', 'lawFolder');
    unique(versions, (v) => `${v.folder}/${v.versionId}`, '$.versions', 'version');
    unique(reports, (r) => r.id, '$.reports', 'report');
    return { ok: true, content: { notes, laws, versions, reports } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, ...e.said };
    throw e;
  }
}

/**
 * What a stored record lacks to go into a backup that restores: the checks
 * {@link parseBackup} makes of each note, law, version and report of a file (a
 * sentence naming the field), or undefined. Pass it to `readContent` as
 * `check`, so that a backup never holds a record its own restore refuses.
 */
export const backupRecordProblem: RecordCheck = (store, value) => {
  try {
    if (store === 'notes') note(value, '$');
    else if (store === 'laws') law(value, '$');
    else if (store === 'reports') report(value, '$');
    else version(value, '$');
    return undefined;
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    // The record is the root: its fields are named without `$.`.
    const path = e.said.args.path;
    return typeof path === 'string' ? say(e.said.code, { ...e.said.args, path: path.replace(/^\$\.?/u, '') } as never) : e.said;
  }
};

/** How deep {@link plainJson} follows a record before it writes a placeholder (JSON.stringify itself would overflow the stack). */
const MAX_RAW_DEPTH = 1000;

/**
 * A stored value as JSON can hold it: what JSON has no words for (a BigInt,
 * a Map, a Set, binary data, a cycle, nesting deeper than {@link MAX_RAW_DEPTH})
 * is written as a string or a plain list saying what it was. Never throws.
 */
export function plainJson(value: unknown, depth = 0, ancestors: object[] = []): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.includes(value)) return '[a reference to an enclosing value]';
  if (depth >= MAX_RAW_DEPTH) return `[nested deeper than ${MAX_RAW_DEPTH} levels]`;
  const inner = (x: unknown): unknown => plainJson(x, depth + 1, [...ancestors, value]);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `[a file of ${value.size} bytes${value.type ? `, ${value.type}` : ''}]`;
  if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  if (value instanceof Map) return { '[Map]': [...value.entries()].map(([k, v]) => [inner(k), inner(v)]) };
  if (value instanceof Set) return { '[Set]': [...value].map(inner) };
  if (Array.isArray(value)) return value.map(inner);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) Object.defineProperty(out, k, { value: inner(v), enumerable: true, writable: true, configurable: true });
  return out;
}

/** A record that cannot be read, named by its store and key in one string (unique among the records of one read). */
export const recordId = (record: { store: string; key: unknown }): string => `${record.store}:${JSON.stringify(plainJson(record.key))}`;

/** A record's key as the data page shows it: a string as it is, a compound key's parts joined by ` / ` (without the library's own collection name). */
export function keyText(key: IDBValidKey): string {
  if (typeof key === 'string') return key;
  if (Array.isArray(key)) return key.filter((k, i) => !(i === 0 && k === LIBRARY_COLLECTION)).map((k) => keyText(k as IDBValidKey)).join(' / ');
  return JSON.stringify(plainJson(key)) ?? String(key);
}

/**
 * A record that cannot be read, as a file to download: named by its store and
 * key (`lawdiff-unreadable-notes-5f0c….json`), holding the record as stored
 * (through {@link plainJson}).
 */
export function unreadableRecordFile(record: { store: string; key: unknown }, value: unknown): { name: string; text: string } {
  const key = typeof record.key === 'string' ? record.key : JSON.stringify(plainJson(record.key));
  const safe = key.replace(/[^\w.-]+/gu, '_').replace(/^[_.]+|_+$/gu, '').slice(0, 80) || 'record';
  return { name: `lawdiff-unreadable-${record.store}-${safe}.json`, text: `${JSON.stringify(plainJson(value), null, 2)}\n` };
}
