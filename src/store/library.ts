/**
 * The reader's own library in IndexedDB: laws created in the browser (store
 * `laws`) and versions imported into any law, shipped or the reader's own
 * (store `versions`, origin `imported`, under {@link LIBRARY_COLLECTION}).
 *
 * Every function resolves with a value, never rejects. Each logical write is
 * one transaction that reads what it depends on afresh, so a failed write
 * (quota, an id taken meanwhile) changes nothing.
 */
import type { IDBPTransaction } from 'idb';
import type { ExpectedKind } from '../model/messages/json.js';
import { say, type Problem, type Said } from '../model/problems.js';
import type { Law, VersionDoc, VersionInfo } from '../model/types.js';
import { KEPT_PROBLEMS, reportKey, transact, type DbProblem, type LawdiffDb, type LawdiffSchema, type StoredLaw, type StoredReport, type StoredVersion } from './db.js';
import type { Note } from './notes.js';
import { fail, type Result } from './result.js';
import '../model/messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

/** The `collection` of imported versions in the `versions` store (cached collection files use other names). */
export const LIBRARY_COLLECTION = '~library';
/** Imported versions are served to the collection loader as `<folder>/~imported/<id>.json`. */
export const IMPORTED_PREFIX = '~imported/';

/**
 * Why a library operation failed: a database problem, an id already taken,
 * nothing under that id, or (`changed`) not what the caller was shown — a
 * deletion asked for with counts that another tab changed meanwhile.
 */
export type LibraryProblem = DbProblem | 'exists' | 'not-found' | 'changed';

/** The outcome of a library operation; `detail` is technical, for logs. */
export type LibraryResult<T> = Result<T, LibraryProblem>;

/** Everything the library holds: the reader's laws and every imported version. */
export interface LibrarySnapshot {
  laws: StoredLaw[];
  versions: StoredVersion[];
}

/** A law, its versions and the reader's notes and reports as they go into a backup file. */
export interface LibraryContent extends LibrarySnapshot {
  notes: Note[];
  /** Explanation reports the reader added or corrected (src/store/reports.ts). */
  reports: StoredReport[];
}

/** What a merge did with each kind of record. */
export interface MergeCounts {
  /** Not stored before. */
  added: number;
  /** Stored, and replaced by a newer one from the file. */
  replaced: number;
  /** Left out: the stored one is as new or newer. */
  kept: number;
}

/** The stores the library reads record by record. */
export type LibraryStore = 'laws' | 'versions' | 'notes' | 'reports';

/**
 * A stored record that cannot be read as what its store holds (written by a
 * damaged or foreign build, or edited by hand). Reads skip it and report it
 * here, so that everything else stays usable; the reader can download it as
 * it is, or delete it ({@link deleteRecord}).
 */
export interface UnreadableRecord {
  store: LibraryStore;
  /** Its key in the store, as IndexedDB holds it. */
  key: IDBValidKey;
  /** What is wrong with it (in English `label: expected a string, found nothing`). */
  why: Said;
  /** The record as stored. */
  value: unknown;
}

/** What is wrong with a record of `store` (a sentence), or undefined when it can be used. */
export type RecordCheck = (store: LibraryStore, value: unknown) => Said | undefined;

/** A law of the file that {@link mergeContent} restored under a new folder instead of merging it into the law in its folder. */
export interface RenamedLaw {
  /** The folder the file names. */
  from: string;
  /** The new folder (`user-…`) it and its versions (and the notes on them) were stored under. */
  to: string;
  title: Law['title'];
  /** `shipped`: the folder is a law of the collection; `taken`: it holds another law of the reader's (saved at another time), or a record that cannot be read. */
  reason: 'shipped' | 'taken';
}

/** A record of the file that {@link mergeContent} left out. */
export interface SkippedRecord {
  store: LibraryStore;
  /** The note id, law folder, `folder/version id` or report id (`folder|report id`). */
  key: string;
  /** `unreadable`: the stored record with its key cannot be read (it is kept as it is); `id-taken`: a different note (another law or article) has its id. */
  reason: 'unreadable' | 'id-taken';
}

/** What {@link mergeContent} did, by store, and what it did instead of merging. */
export interface MergeSummary {
  notes: MergeCounts;
  reports: MergeCounts;
  laws: MergeCounts;
  versions: MergeCounts;
  renamed: RenamedLaw[];
  skipped: SkippedRecord[];
}

/** The content file name of an imported version. */
export function importedFile(versionId: string): string {
  return `${IMPORTED_PREFIX}${versionId}.json`;
}

/** Whether a version of a loaded law is one the reader imported (its file is served from the library). */
export function isImported(info: Pick<VersionInfo, 'file' | 'structured'>): boolean {
  return (info.structured ?? info.file ?? '').startsWith(IMPORTED_PREFIX);
}

/** The version id in an imported file name (`~imported/<id>.json`), or undefined. */
export function importedId(file: string): string | undefined {
  const m = /^~imported\/([^/]+)\.json$/u.exec(file);
  return m?.[1];
}

/** A version's listing in `law.json` as the library stores it: its content always under {@link importedFile}. */
export function importedInfo(info: Pick<VersionInfo, 'id' | 'label' | 'stage' | 'date'> & { source?: string | undefined }): VersionInfo {
  const out: VersionInfo = { id: info.id, label: info.label, stage: info.stage, date: info.date, file: importedFile(info.id) };
  if (info.source) out.source = info.source;
  return out;
}

/** Versions in the order they are listed: by date (undated last), then by when they were saved. */
export function byDate(a: StoredVersion, b: StoredVersion): number {
  const da = a.info.date || '\uffff';
  const dbb = b.info.date || '\uffff';
  return da < dbb ? -1 : da > dbb ? 1 : a.savedAt.localeCompare(b.savedAt) || a.versionId.localeCompare(b.versionId);
}

/** Laws in the order they were saved (then by folder). */
function bySaved(a: { savedAt: string; folder: string }, b: { savedAt: string; folder: string }): number {
  return a.savedAt.localeCompare(b.savedAt) || a.folder.localeCompare(b.folder);
}

/** Lower-case ASCII words joined by `-`, at most 32 characters; "" when nothing is left (a Chinese label). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 32)
    .replace(/-+$/u, '');
}

function randomSuffix(): string {
  const c = globalThis.crypto;
  const n = c && typeof c.getRandomValues === 'function' ? c.getRandomValues(new Uint32Array(1))[0]! : Math.floor(Math.random() * 2 ** 32);
  return n.toString(36).padStart(6, '0').slice(-5);
}

/**
 * A new version id from its label (`second-draft-k3f9a`): URL-friendly, no
 * `~` (article keys use it), never one of `taken`, and with a random part so
 * that a deleted version's id (and anything cached under it) is not reused.
 */
export function newVersionId(label: string, taken: Iterable<string>, random: () => string = randomSuffix): string {
  const used = new Set(taken);
  const base = slug(label) || 'imported';
  for (;;) {
    const id = `${base}-${random()}`;
    if (!used.has(id) && id !== 'compare' && id !== 'add') return id;
  }
}

/** True for the folder of a law made in a browser ({@link newLawFolder}): kept only there, never in a shipped collection's links. */
export function isUserLawFolder(folder: string): boolean {
  return folder.startsWith('user-');
}

/** A new law folder from its title (`user-civil-code-k3f9a`), never one of `taken`. */
export function newLawFolder(title: string, taken: Iterable<string>, random: () => string = randomSuffix): string {
  const used = new Set(taken);
  const base = `user-${slug(title) || 'law'}`;
  for (;;) {
    const folder = `${base}-${random()}`;
    if (!used.has(folder)) return folder;
  }
}

/** The keys of every imported version, or of those of one law. */
function versionRange(folder?: string): IDBKeyRange {
  return folder === undefined
    ? IDBKeyRange.bound([LIBRARY_COLLECTION], [LIBRARY_COLLECTION, []])
    : IDBKeyRange.bound([LIBRARY_COLLECTION, folder], [LIBRARY_COLLECTION, folder, []]);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `x` as a short text for a message (`nothing` for a missing field). */
function shown(x: unknown): string {
  if (x === undefined) return 'nothing';
  try {
    return JSON.stringify(x)?.slice(0, 60) ?? String(x);
  } catch {
    return Object.prototype.toString.call(x);
  }
}

/** `x` as a problem's `found` argument: {@link shown}, undefined for a missing field. */
function found(x: unknown): string | undefined {
  return x === undefined ? undefined : shown(x);
}

/** The sentence: the field at `path` (none: the record itself) is not `expectedKind`. */
function expected(path: string | undefined, expectedKind: ExpectedKind, x: unknown): Said {
  return say('json.expected', { path, expectedKind, found: found(x) });
}

function firstNonString(o: Record<string, unknown>, keys: readonly string[], prefix = ''): Said | undefined {
  const k = keys.find((key) => typeof o[key] !== 'string');
  return k === undefined ? undefined : expected(`${prefix}${k}`, 'string', o[k]);
}

/**
 * What a record must hold to be used at all (listed, counted, served to the
 * collection loader): the fields the pages read, with their types. A backup
 * asks more of a record (the `check` of {@link readContent}).
 */
export const shapeProblem: RecordCheck = (store, v) => {
  if (!isObject(v)) return expected(undefined, 'object', v);
  if (store === 'notes') return firstNonString(v, ['id', 'folder', 'key', 'text', 'label', 'created', 'updated']);
  if (store === 'reports') return reportShapeProblem(v);
  if (store === 'laws') {
    const law = v.law;
    const wrong = firstNonString(v, ['folder', 'savedAt']) ?? (isObject(law) ? firstNonString(law, ['id', 'language'], 'law.') : expected('law', 'object', law));
    if (wrong) return wrong;
    const title = (law as Record<string, unknown>).title;
    const titled = isObject(title) && Object.keys(title).length > 0 && Object.values(title).every((t) => typeof t === 'string');
    return titled ? undefined : expected('law.title', 'titles', title);
  }
  const wrong = firstNonString(v, ['collection', 'folder', 'versionId', 'origin', 'savedAt']);
  if (wrong) return wrong;
  if (v.collection !== LIBRARY_COLLECTION || v.origin !== 'imported') return say('record.notImported', { collection: found(v.collection), origin: found(v.origin) });
  const info = v.info;
  if (!isObject(info)) return expected('info', 'object', info);
  const infoWrong = firstNonString(info, ['id', 'label', 'stage', 'date', 'file'], 'info.');
  if (infoWrong) return infoWrong;
  if (info.id !== v.versionId) return say('record.versionKey', { expected: shown(v.versionId), found: found(info.id) });
  return isObject(v.doc) ? undefined : expected('doc', 'object', v.doc);
};

/** What is wrong with a stored report's fields (see {@link shapeProblem}). */
function reportShapeProblem(v: Record<string, unknown>): Said | undefined {
  const wrong = firstNonString(v, ['id', 'folder', 'reportId', 'title', 'source', 'old', 'new', 'text', 'origin', 'savedAt']);
  if (wrong) return wrong;
  if (v.id !== reportKey(v.folder as string, v.reportId as string)) return say('record.reportKey', { expected: shown(reportKey(v.folder as string, v.reportId as string)), found: found(v.id) });
  if (v.origin !== 'imported' && v.origin !== 'collection') return expected('origin', 'reportOrigin', v.origin);
  if (!Array.isArray(v.corrections)) return expected('corrections', 'array', v.corrections);
  for (const [i, c] of v.corrections.entries()) {
    if (!isObject(c)) return expected(`corrections[${i}]`, 'object', c);
    if (!Number.isInteger(c.paragraph) || (c.paragraph as number) < 1) return expected(`corrections[${i}].paragraph`, 'paragraphNumber', c.paragraph);
    if (!Array.isArray(c.links)) return expected(`corrections[${i}].links`, 'array', c.links);
    for (const [j, l] of c.links.entries()) {
      if (!isObject(l)) return expected(`corrections[${i}].links[${j}]`, 'object', l);
      const w = firstNonString(l, ['version', 'article'], `corrections[${i}].links[${j}].`);
      if (w) return w;
    }
  }
  return undefined;
}

/** What is wrong with a record: its shape ({@link shapeProblem}), then `check`; a check that throws counts as a problem. */
export function recordProblem(store: LibraryStore, value: unknown, check?: RecordCheck): Said | undefined {
  try {
    return shapeProblem(store, value) ?? check?.(store, value);
  } catch (e) {
    return say('record.unreadable', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** The part of an object store (or index) that {@link readRecords} uses. */
export interface RecordSource {
  getAll(query?: IDBKeyRange): Promise<unknown[]>;
  getAllKeys(query?: IDBKeyRange): Promise<IDBValidKey[]>;
}

/**
 * Every record of `source` (within `query`), one by one: those that can be
 * used, and those that cannot, with their keys and why. One record that
 * cannot be read never hides the others. (Exported for the other store
 * modules, src/store/reports.ts.) On an index, the keys listed are the
 * records' own (primary) keys.
 */
export async function readRecords<T>(source: RecordSource, store: LibraryStore, query?: IDBKeyRange, check?: RecordCheck): Promise<{ good: T[]; bad: UnreadableRecord[] }> {
  const values = await source.getAll(query);
  const keys = await source.getAllKeys(query);
  const good: T[] = [];
  const bad: UnreadableRecord[] = [];
  values.forEach((value, i) => {
    const why = recordProblem(store, value, check);
    if (why === undefined) good.push(value as T);
    else bad.push({ store, key: keys[i]!, why, value });
  });
  return { good, bad };
}

/** What a read found that cannot be used (it is left out of the rest). */
export interface Unreadable {
  unreadable: UnreadableRecord[];
}

/** The reader's laws and every imported version (each sorted), read in one transaction; records that cannot be used are left out and listed. */
export async function readLibrary(db: LawdiffDb): Promise<LibraryResult<LibrarySnapshot & Unreadable>> {
  return transact(db, ['laws', 'versions'], 'readonly', async (tx) => {
    const laws = await readRecords<StoredLaw>(tx.objectStore('laws'), 'laws');
    const versions = await readRecords<StoredVersion>(tx.objectStore('versions'), 'versions', versionRange());
    return { ok: true as const, value: { laws: laws.good.sort(bySaved), versions: versions.good.sort(byDate), unreadable: [...laws.bad, ...versions.bad] } };
  });
}

/** One record read by key: undefined when there is none, `corrupt` (naming why) when it cannot be used. */
async function readOne<T>(db: LawdiffDb, store: 'laws' | 'versions', key: string | [string, string, string]): Promise<LibraryResult<T | undefined>> {
  const r = await transact(db, store, 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore(store).get(key as never)) as unknown }));
  if (!r.ok || r.value === undefined) return r as LibraryResult<undefined>;
  const why = recordProblem(store, r.value);
  return why === undefined ? { ok: true, value: r.value as T } : fail('corrupt', `${store}: ${JSON.stringify(key)}: ${why.message}`);
}

/** A law the reader created, or undefined. */
export function readLaw(db: LawdiffDb, folder: string): Promise<LibraryResult<StoredLaw | undefined>> {
  return readOne<StoredLaw>(db, 'laws', folder);
}

/** The versions imported into the law `folder`, in listing order ({@link byDate}); one that cannot be used is left out. */
export async function readLawVersions(db: LawdiffDb, folder: string): Promise<LibraryResult<StoredVersion[]>> {
  return transact(db, 'versions', 'readonly', async (tx) => {
    const versions = await readRecords<StoredVersion>(tx.objectStore('versions'), 'versions', versionRange(folder));
    return { ok: true as const, value: versions.good.sort(byDate) };
  });
}

/** One imported version, or undefined. */
export function readVersion(db: LawdiffDb, folder: string, versionId: string): Promise<LibraryResult<StoredVersion | undefined>> {
  return readOne<StoredVersion>(db, 'versions', [LIBRARY_COLLECTION, folder, versionId]);
}

/** What a new imported version is made of. */
export interface NewVersion {
  info: Pick<VersionInfo, 'id' | 'label' | 'stage' | 'date'> & { source?: string | undefined };
  doc: VersionDoc;
  /** The problems its check found, when the reader saved it anyway (the first {@link KEPT_PROBLEMS} are kept). */
  problems?: readonly Problem[];
}

function versionRecord(folder: string, v: NewVersion, savedAt: string): StoredVersion {
  const record: StoredVersion = { collection: LIBRARY_COLLECTION, folder, versionId: v.info.id, info: importedInfo(v.info), doc: v.doc, origin: 'imported', savedAt };
  if (v.problems && v.problems.length > 0) {
    const errors = v.problems.filter((p) => p.severity === 'error').length;
    record.checkProblems = { errors, warnings: v.problems.length - errors, problems: v.problems.slice(0, KEPT_PROBLEMS) };
  }
  return record;
}

/** Adds an imported version to the law `folder`; `exists` when the law already has an imported version with its id. */
export async function addVersion(db: LawdiffDb, folder: string, version: NewVersion, now: Date = new Date()): Promise<LibraryResult<StoredVersion>> {
  const record = versionRecord(folder, version, now.toISOString());
  return transact(db, 'versions', 'readwrite', async (tx): Promise<LibraryResult<StoredVersion>> => {
    const store = tx.objectStore('versions');
    if ((await store.getKey([LIBRARY_COLLECTION, folder, record.versionId])) !== undefined) return fail('exists', `${folder}/${record.versionId}`);
    await store.add(record);
    return { ok: true, value: record };
  });
}

/**
 * Creates a law of the reader's with its first version, in one transaction;
 * `exists` when a law of the reader's already has this folder.
 */
export async function createLaw(
  db: LawdiffDb,
  folder: string,
  law: Omit<Law, 'versions'>,
  first: NewVersion,
  now: Date = new Date(),
): Promise<LibraryResult<{ law: StoredLaw; version: StoredVersion }>> {
  const savedAt = now.toISOString();
  const stored: StoredLaw = { folder, law: { ...law, versions: [] }, savedAt };
  const version = versionRecord(folder, first, savedAt);
  return transact(db, ['laws', 'versions'], 'readwrite', async (tx): Promise<LibraryResult<{ law: StoredLaw; version: StoredVersion }>> => {
    if ((await tx.objectStore('laws').getKey(folder)) !== undefined) return fail('exists', folder);
    await tx.objectStore('laws').add(stored);
    await tx.objectStore('versions').put(version);
    return { ok: true, value: { law: stored, version } };
  });
}

/** Deletes an imported version; `not-found` when there is none with this id. */
export async function deleteVersion(db: LawdiffDb, folder: string, versionId: string): Promise<LibraryResult<StoredVersion>> {
  return transact(db, 'versions', 'readwrite', async (tx): Promise<LibraryResult<StoredVersion>> => {
    const store = tx.objectStore('versions');
    const found: unknown = await store.get([LIBRARY_COLLECTION, folder, versionId]);
    if (found === undefined) return fail('not-found', `${folder}/${versionId}`);
    const why = recordProblem('versions', found);
    if (why !== undefined) return fail('corrupt', `versions: ${folder}/${versionId}: ${why.message}`);
    await store.delete([LIBRARY_COLLECTION, folder, versionId]);
    return { ok: true, value: found as StoredVersion };
  });
}

/**
 * What deleting a law of the reader's removes: its record and every
 * imported version, note and report stored under its folder — or, when the
 * folder is also a law of the collection (`recordOnly`, a record restored
 * over a shipped law by an earlier release), the record alone: the versions,
 * notes and reports there belong to the collection's law and stay.
 */
export interface LawContents {
  law: StoredLaw;
  /** How many imported versions go (records that cannot be read included). */
  versions: number;
  /** How many notes go (records that cannot be read included). */
  notes: number;
  /** How many reports go (records that cannot be read included). */
  reports: number;
  recordOnly: boolean;
}

/** What deleting a law removed (the same as {@link LawContents}). */
export type DeletedLaw = LawContents;

/** Options of {@link lawContents} and {@link deleteLaw}. */
export interface DeleteLawOptions {
  /** The folders of the collection's own laws (see {@link LawContents}). */
  shipped?: Iterable<string>;
  /** The counts the reader was shown: when they are not what would go now, nothing is deleted (`changed`); `reports` is compared only when given. */
  expect?: { versions: number; notes: number; reports?: number };
}

type LawTx<M extends IDBTransactionMode> = IDBPTransaction<LawdiffSchema, ('laws' | 'versions' | 'notes' | 'reports')[], M>;

async function contentsIn<M extends IDBTransactionMode>(
  tx: LawTx<M>,
  folder: string,
  shipped: ReadonlySet<string>,
): Promise<LibraryResult<{ law: StoredLaw; recordOnly: boolean; versionKeys: IDBValidKey[]; noteKeys: IDBValidKey[]; reportKeys: IDBValidKey[] }>> {
  const found: unknown = await tx.objectStore('laws').get(folder);
  if (found === undefined) return fail('not-found', folder);
  const why = recordProblem('laws', found);
  if (why !== undefined) return fail('corrupt', `laws: ${folder}: ${why.message}`);
  const recordOnly = shipped.has(folder);
  const versionKeys: IDBValidKey[] = recordOnly ? [] : await tx.objectStore('versions').getAllKeys(versionRange(folder));
  const noteKeys: IDBValidKey[] = recordOnly ? [] : await tx.objectStore('notes').index('byLaw').getAllKeys(folder);
  const reportKeys: IDBValidKey[] = recordOnly ? [] : await tx.objectStore('reports').index('byLaw').getAllKeys(folder);
  return { ok: true, value: { law: found as StoredLaw, recordOnly, versionKeys, noteKeys, reportKeys } };
}

/** What deleting the law `folder` would remove now (ask with these counts, then pass them to {@link deleteLaw} as `expect`). */
export async function lawContents(db: LawdiffDb, folder: string, options: Pick<DeleteLawOptions, 'shipped'> = {}): Promise<LibraryResult<LawContents>> {
  const shipped = new Set(options.shipped ?? []);
  const r = await transact(db, ['laws', 'versions', 'notes', 'reports'], 'readonly', (tx) => contentsIn(tx, folder, shipped));
  if (!r.ok) return r;
  const { law, recordOnly, versionKeys, noteKeys, reportKeys } = r.value;
  return { ok: true, value: { law, recordOnly, versions: versionKeys.length, notes: noteKeys.length, reports: reportKeys.length } };
}

/**
 * Deletes a law of the reader's with its imported versions and the notes
 * and reports on it, in one transaction ({@link LawContents} says what goes:
 * never the versions, notes and reports of a law of the collection).
 */
export async function deleteLaw(db: LawdiffDb, folder: string, options: DeleteLawOptions = {}): Promise<LibraryResult<DeletedLaw>> {
  const shipped = new Set(options.shipped ?? []);
  return transact(db, ['laws', 'versions', 'notes', 'reports'], 'readwrite', async (tx): Promise<LibraryResult<DeletedLaw>> => {
    const c = await contentsIn(tx, folder, shipped);
    if (!c.ok) return c;
    const { law, recordOnly, versionKeys, noteKeys, reportKeys } = c.value;
    const expect = options.expect;
    if (expect && (expect.versions !== versionKeys.length || expect.notes !== noteKeys.length || (expect.reports !== undefined && expect.reports !== reportKeys.length))) {
      return fail('changed', `${folder} now has ${versionKeys.length} imported versions, ${noteKeys.length} notes and ${reportKeys.length} reports`);
    }
    await tx.objectStore('laws').delete(folder);
    if (!recordOnly) {
      await tx.objectStore('versions').delete(versionRange(folder));
      for (const id of noteKeys) await tx.objectStore('notes').delete(id as string);
      for (const id of reportKeys) await tx.objectStore('reports').delete(id as string);
    }
    return { ok: true, value: { law, recordOnly, versions: versionKeys.length, notes: noteKeys.length, reports: reportKeys.length } };
  });
}

/** Options of {@link readContent}. */
export interface ReadContentOptions {
  /** What else a record must satisfy (after {@link shapeProblem}); the data page passes the backup's own rules, so that every record in a backup restores. */
  check?: RecordCheck;
}

/** Every note, law, imported version and report, read in one transaction (for a backup); records that cannot be used are left out and listed. */
export async function readContent(db: LawdiffDb, options: ReadContentOptions = {}): Promise<LibraryResult<LibraryContent & Unreadable>> {
  const { check } = options;
  const r = await transact(db, ['laws', 'versions', 'notes', 'reports'], 'readonly', async (tx) => ({
    ok: true as const,
    value: {
      laws: await readRecords<StoredLaw>(tx.objectStore('laws'), 'laws', undefined, check),
      versions: await readRecords<StoredVersion>(tx.objectStore('versions'), 'versions', versionRange(), check),
      notes: await readRecords<Note>(tx.objectStore('notes'), 'notes', undefined, check),
      reports: await readRecords<StoredReport>(tx.objectStore('reports'), 'reports', undefined, check),
    },
  }));
  if (!r.ok) return r;
  const { laws, versions, notes, reports } = r.value;
  return {
    ok: true,
    value: {
      laws: laws.good.sort(bySaved),
      versions: versions.good.sort((a, b) => a.folder.localeCompare(b.folder) || byDate(a, b)),
      notes: notes.good.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
      reports: reports.good,
      unreadable: [...laws.bad, ...versions.bad, ...notes.bad, ...reports.bad],
    },
  };
}

/** The number of notes, laws, imported versions and reports stored (records that cannot be read included). */
export async function countContent(db: LawdiffDb): Promise<LibraryResult<{ notes: number; laws: number; versions: number; reports: number }>> {
  return transact(db, ['laws', 'versions', 'notes', 'reports'], 'readonly', async (tx) => ({
    ok: true as const,
    value: {
      notes: await tx.objectStore('notes').count(),
      laws: await tx.objectStore('laws').count(),
      versions: await tx.objectStore('versions').count(versionRange()),
      reports: await tx.objectStore('reports').count(),
    },
  }));
}

/**
 * Deletes a record that cannot be read (as listed by a read). Nothing is
 * deleted when it is gone (`not-found`) or can be read by now (`changed`:
 * another tab replaced it); only imported versions, never cached ones.
 */
export async function deleteRecord(db: LawdiffDb, store: LibraryStore, key: IDBValidKey, check?: RecordCheck): Promise<LibraryResult<void>> {
  if (store === 'versions' && !(Array.isArray(key) && key[0] === LIBRARY_COLLECTION)) return fail('not-found', `versions: ${shown(key)} is not an imported version`);
  return transact(db, store, 'readwrite', async (tx): Promise<LibraryResult<void>> => {
    const os = tx.objectStore(store);
    const found: unknown = await os.get(key as never);
    if (found === undefined) return fail('not-found', `${store}: ${shown(key)}`);
    if (recordProblem(store, found, check) === undefined) return fail('changed', `${store}: ${shown(key)} can be read now`);
    await os.delete(key as never);
    return { ok: true, value: undefined };
  });
}

const newer = (stored: string, incoming: string): boolean => Date.parse(incoming) > Date.parse(stored);

/**
 * Asks for `request` of every item at once and waits for all of them. When
 * one throws at once (the transaction is over, the quota is used up), the
 * requests already made are still watched, so their failures (the
 * transaction aborts) never go unhandled.
 */
async function all<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (e) {
    for (const p of pending) p.catch(() => undefined);
    throw e;
  }
  return Promise.all(pending);
}

/** The same law, whatever its folder: the same title, language, jurisdiction and the rest. */
function sameLaw(a: Law, b: Law): boolean {
  const plain = (l: Law): string => JSON.stringify({ ...l, id: '', versions: [] });
  return plain(a) === plain(b);
}

/** Options of {@link mergeContent}. */
export interface MergeOptions {
  /** The folders of the collection's own laws: a law of the file in one of them is restored under a new folder. */
  shipped?: Iterable<string>;
  /** The random part of new folder names (for tests). */
  random?: () => string;
}

/**
 * Merges laws, imported versions, notes and reports (from a backup) into
 * the library, in one transaction: a record whose key is not stored is
 * added; a stored one is replaced only by a newer one (notes by `updated`,
 * laws, versions and reports by `savedAt`); nothing is deleted. On any
 * failure nothing changes.
 *
 * A law is merged only into itself, never into another law by its folder's
 * name. A law of the file is restored under a new folder (`user-…`, in
 * {@link MergeSummary.renamed}), with its versions, when its folder is a law
 * of the collection (`shipped`) or holds another law of the reader's — one
 * saved at another time (a law's `savedAt` is when it was created) — or a
 * record that cannot be read. The notes go with it: all of them when the
 * folder held another law of the reader's; when it is a law of the
 * collection, those on the articles of the file's versions (by the version
 * id that starts an article key), the others being notes on the collection's
 * law. Restoring the file again finds that copy (same `savedAt` and law).
 * Reports go the same way: all of them when the folder held another law of
 * the reader's; when it is a law of the collection, those that explain one
 * of the file's versions (their `old` or `new`), under the new folder's id.
 * Like notes, a report is restored whether or not its law is here.
 *
 * Records of the file are left out (in {@link MergeSummary.skipped}) when
 * the stored record with their key cannot be read (it is kept as it is), and
 * notes when a different note (on another law or article) has their id.
 */
export async function mergeContent(db: LawdiffDb, content: LibraryContent, options: MergeOptions = {}): Promise<LibraryResult<MergeSummary>> {
  const zero = (): MergeCounts => ({ added: 0, replaced: 0, kept: 0 });
  const shipped = new Set(options.shipped ?? []);
  return transact(db, ['laws', 'versions', 'notes', 'reports'], 'readwrite', async (tx): Promise<LibraryResult<MergeSummary>> => {
    const summary: MergeSummary = { notes: zero(), reports: zero(), laws: zero(), versions: zero(), renamed: [], skipped: [] };
    const count = (counts: MergeCounts, old: unknown, replace: boolean): boolean => {
      if (old === undefined) counts.added++;
      else if (replace) counts.replaced++;
      else counts.kept++;
      return old === undefined || replace;
    };
    const lawsStore = tx.objectStore('laws');
    const versionsStore = tx.objectStore('versions');
    const notesStore = tx.objectStore('notes');
    const reportsStore = tx.objectStore('reports');

    // Where each law of the file goes.
    const stored = await readRecords<StoredLaw>(lawsStore, 'laws');
    const storedFolders = (await versionsStore.getAllKeys(versionRange())).map((k) => String((k as unknown[])[1]));
    const here = new Map(stored.good.map((l) => [l.folder, l]));
    const unreadable = new Set(stored.bad.map((b) => String(b.key)));
    const taken = new Set<string>([
      ...shipped,
      ...here.keys(),
      ...unreadable,
      ...storedFolders,
      ...content.laws.map((l) => l.folder),
      ...content.versions.map((v) => v.folder),
      ...content.notes.map((n) => n.folder),
      ...content.reports.map((r) => r.folder),
    ]);
    const moved = new Map<string, { to: string; reason: RenamedLaw['reason']; versionIds: Set<string> }>();
    for (const l of content.laws) {
      const same = here.get(l.folder);
      const reason = shipped.has(l.folder) ? 'shipped' : unreadable.has(l.folder) || (same && same.savedAt !== l.savedAt) ? 'taken' : undefined;
      if (!reason) continue;
      const copy = stored.good.find((s) => s.folder !== l.folder && !shipped.has(s.folder) && s.savedAt === l.savedAt && sameLaw(s.law, l.law));
      const to = copy?.folder ?? newLawFolder(Object.values(l.law.title)[0] ?? '', taken, options.random);
      taken.add(to);
      moved.set(l.folder, { to, reason, versionIds: new Set(content.versions.filter((v) => v.folder === l.folder).map((v) => v.versionId)) });
      if (!copy) summary.renamed.push({ from: l.folder, to, title: l.law.title, reason });
    }
    const noteFolder = (n: Note): string => {
      const m = moved.get(n.folder);
      return m && (m.reason === 'taken' || m.versionIds.has(n.key.split('~')[0]!)) ? m.to : n.folder;
    };

    // Every read at once, then every write: no round trip per record (a backup holds tens of thousands of notes).
    // (A note is copied only when it moves: 50,000 copies cost more than their puts' own work.)
    const notes = content.notes.map((from): Note => (moved.has(from.folder) ? { ...from, folder: noteFolder(from) } : from));
    const oldNotes = await all(notes, (n) => notesStore.get(n.id) as Promise<unknown>);
    const writes: Note[] = [];
    notes.forEach((n, i) => {
      const old = oldNotes[i];
      if (old !== undefined && recordProblem('notes', old) !== undefined) {
        summary.skipped.push({ store: 'notes', key: n.id, reason: 'unreadable' });
        return;
      }
      const prev = old as Note | undefined;
      if (prev && (prev.folder !== n.folder || prev.key !== n.key)) summary.skipped.push({ store: 'notes', key: n.id, reason: 'id-taken' });
      else if (count(summary.notes, prev, prev !== undefined && newer(prev.updated, n.updated))) writes.push(n);
    });
    await all(writes, (n) => notesStore.put(n));

    const reportFolder = (r: StoredReport): string => {
      const m = moved.get(r.folder);
      return m && (m.reason === 'taken' || m.versionIds.has(r.old) || m.versionIds.has(r.new)) ? m.to : r.folder;
    };
    const reports = content.reports.map((from): StoredReport => {
      const folder = reportFolder(from);
      return { ...from, folder, id: reportKey(folder, from.reportId) };
    });
    const oldReports = await all(reports, (r) => reportsStore.get(r.id) as Promise<unknown>);
    const reportWrites: StoredReport[] = [];
    reports.forEach((r, i) => {
      const old = oldReports[i];
      if (old !== undefined && recordProblem('reports', old) !== undefined) {
        summary.skipped.push({ store: 'reports', key: r.id, reason: 'unreadable' });
        return;
      }
      const prev = old as StoredReport | undefined;
      if (count(summary.reports, prev, prev !== undefined && newer(prev.savedAt, r.savedAt))) reportWrites.push(r);
    });
    await all(reportWrites, (r) => reportsStore.put(r));

    const laws: StoredLaw[] = [];
    for (const l of content.laws) {
      const to = moved.get(l.folder)?.to;
      const folder = to ?? l.folder;
      const old = here.get(folder);
      if (count(summary.laws, old, old !== undefined && newer(old.savedAt, l.savedAt))) laws.push({ folder, law: { ...l.law, id: to ?? l.law.id, versions: [] }, savedAt: l.savedAt });
    }
    await all(laws, (l) => lawsStore.put(l));

    const versions = content.versions.map((v): StoredVersion => ({ ...v, folder: moved.get(v.folder)?.to ?? v.folder, collection: LIBRARY_COLLECTION, origin: 'imported', info: importedInfo(v.info) }));
    const oldVersions = await all(versions, (v) => versionsStore.get([LIBRARY_COLLECTION, v.folder, v.versionId]) as Promise<unknown>);
    const versionWrites: StoredVersion[] = [];
    versions.forEach((v, i) => {
      const old = oldVersions[i];
      if (old !== undefined && recordProblem('versions', old) !== undefined) {
        summary.skipped.push({ store: 'versions', key: `${v.folder}/${v.versionId}`, reason: 'unreadable' });
        return;
      }
      const prev = old as StoredVersion | undefined;
      if (count(summary.versions, prev, prev !== undefined && newer(prev.savedAt, v.savedAt))) versionWrites.push(v);
    });
    await all(versionWrites, (v) => versionsStore.put(v));
    return { ok: true, value: summary };
  });
}
