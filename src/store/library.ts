/**
 * The reader's own library in IndexedDB: laws created in the browser (store
 * `laws`) and versions imported into any law, shipped or the reader's own
 * (store `versions`, origin `imported`, under {@link LIBRARY_COLLECTION}).
 *
 * Every function resolves with a value, never rejects. Each logical write is
 * one transaction that reads what it depends on afresh, so a failed write
 * (quota, an id taken meanwhile) changes nothing.
 */
import type { Note } from '../app/notes-store.js';
import type { Problem } from '../model/problems.js';
import type { Law, VersionDoc, VersionInfo } from '../model/types.js';
import { checked, isNote, KEPT_PROBLEMS, transact, type DbProblem, type LawdiffDb, type StoredLaw, type StoredVersion } from './db.js';

/** The `collection` of imported versions in the `versions` store (cached collection files use other names). */
export const LIBRARY_COLLECTION = '~library';
/** Imported versions are served to the collection loader as `<folder>/~imported/<id>.json`. */
export const IMPORTED_PREFIX = '~imported/';

/** Why a library operation failed: a database problem, an id already taken, or nothing under that id. */
export type LibraryProblem = DbProblem | 'exists' | 'not-found';

/** The outcome of a library operation; `detail` is technical, for logs. */
export type LibraryResult<T> = { ok: true; value: T } | { ok: false; problem: LibraryProblem; detail: string };

/** Everything the library holds: the reader's laws and every imported version. */
export interface LibrarySnapshot {
  laws: StoredLaw[];
  versions: StoredVersion[];
}

/** A law, its versions and the reader's notes as they go into a backup file. */
export interface LibraryContent extends LibrarySnapshot {
  notes: Note[];
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

/** What {@link mergeContent} did, by store. */
export interface MergeSummary {
  notes: MergeCounts;
  laws: MergeCounts;
  versions: MergeCounts;
}

const fail = <T>(problem: LibraryProblem, detail: string): LibraryResult<T> => ({ ok: false, problem, detail });

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

const isImportedRecord = (v: StoredVersion): boolean => v.collection === LIBRARY_COLLECTION && v.origin === 'imported';

/** The reader's laws and every imported version (each sorted), read in one transaction. */
export async function readLibrary(db: LawdiffDb): Promise<LibraryResult<LibrarySnapshot>> {
  const r = await transact(db, ['laws', 'versions'], 'readonly', async (tx) => ({
    ok: true as const,
    value: {
      laws: (await tx.objectStore('laws').getAll()) as unknown[],
      versions: (await tx.objectStore('versions').getAll(versionRange())) as unknown[],
    },
  }));
  if (!r.ok) return r;
  const laws = checked('laws', r.value.laws);
  if (!laws.ok) return laws;
  const versions = checked('versions', r.value.versions);
  if (!versions.ok) return versions;
  return {
    ok: true,
    value: {
      laws: laws.value.sort(bySaved),
      versions: versions.value.filter(isImportedRecord).sort(byDate),
    },
  };
}

/** A law the reader created, or undefined. */
export async function readLaw(db: LawdiffDb, folder: string): Promise<LibraryResult<StoredLaw | undefined>> {
  const r = await transact(db, 'laws', 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore('laws').get(folder)) as unknown }));
  if (!r.ok || r.value === undefined) return r as LibraryResult<undefined>;
  const c = checked('laws', [r.value]);
  return c.ok ? { ok: true, value: c.value[0] } : c;
}

/** The versions imported into the law `folder`, in listing order ({@link byDate}). */
export async function readLawVersions(db: LawdiffDb, folder: string): Promise<LibraryResult<StoredVersion[]>> {
  const r = await transact(db, 'versions', 'readonly', async (tx) => ({ ok: true as const, value: (await tx.objectStore('versions').getAll(versionRange(folder))) as unknown[] }));
  if (!r.ok) return r;
  const c = checked('versions', r.value);
  return c.ok ? { ok: true, value: c.value.filter(isImportedRecord).sort(byDate) } : c;
}

/** One imported version, or undefined. */
export async function readVersion(db: LawdiffDb, folder: string, versionId: string): Promise<LibraryResult<StoredVersion | undefined>> {
  const r = await transact(db, 'versions', 'readonly', async (tx) => ({
    ok: true as const,
    value: (await tx.objectStore('versions').get([LIBRARY_COLLECTION, folder, versionId])) as unknown,
  }));
  if (!r.ok || r.value === undefined) return r as LibraryResult<undefined>;
  const c = checked('versions', [r.value]);
  return c.ok ? { ok: true, value: c.value[0] } : c;
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
    const c = checked('versions', [found]);
    if (!c.ok) return c;
    await store.delete([LIBRARY_COLLECTION, folder, versionId]);
    return { ok: true, value: c.value[0]! };
  });
}

/** What deleting a law removed. */
export interface DeletedLaw {
  law: StoredLaw;
  versions: number;
  notes: number;
}

/** Deletes a law of the reader's with its imported versions and the notes on it, in one transaction. */
export async function deleteLaw(db: LawdiffDb, folder: string): Promise<LibraryResult<DeletedLaw>> {
  return transact(db, ['laws', 'versions', 'notes'], 'readwrite', async (tx): Promise<LibraryResult<DeletedLaw>> => {
    const found: unknown = await tx.objectStore('laws').get(folder);
    if (found === undefined) return fail('not-found', folder);
    const c = checked('laws', [found]);
    if (!c.ok) return c;
    const versions = await tx.objectStore('versions').getAllKeys(versionRange(folder));
    const notes = await tx.objectStore('notes').index('byLaw').getAllKeys(folder);
    await tx.objectStore('laws').delete(folder);
    await tx.objectStore('versions').delete(versionRange(folder));
    for (const id of notes) await tx.objectStore('notes').delete(id);
    return { ok: true, value: { law: c.value[0]!, versions: versions.length, notes: notes.length } };
  });
}

/** Every note, law and imported version, read in one transaction (for a backup). */
export async function readContent(db: LawdiffDb): Promise<LibraryResult<LibraryContent>> {
  const r = await transact(db, ['laws', 'versions', 'notes'], 'readonly', async (tx) => ({
    ok: true as const,
    value: {
      laws: (await tx.objectStore('laws').getAll()) as unknown[],
      versions: (await tx.objectStore('versions').getAll(versionRange())) as unknown[],
      notes: (await tx.objectStore('notes').getAll()) as unknown[],
    },
  }));
  if (!r.ok) return r;
  const laws = checked('laws', r.value.laws);
  if (!laws.ok) return laws;
  const versions = checked('versions', r.value.versions);
  if (!versions.ok) return versions;
  const notes = checked('notes', r.value.notes);
  if (!notes.ok) return notes;
  return {
    ok: true,
    value: {
      laws: laws.value.sort(bySaved),
      versions: versions.value.filter(isImportedRecord).sort((a, b) => a.folder.localeCompare(b.folder) || byDate(a, b)),
      notes: notes.value.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
    },
  };
}

/** The number of notes, laws and imported versions stored. */
export async function countContent(db: LawdiffDb): Promise<LibraryResult<{ notes: number; laws: number; versions: number }>> {
  return transact(db, ['laws', 'versions', 'notes'], 'readonly', async (tx) => ({
    ok: true as const,
    value: {
      notes: await tx.objectStore('notes').count(),
      laws: await tx.objectStore('laws').count(),
      versions: await tx.objectStore('versions').count(versionRange()),
    },
  }));
}

const newer = (stored: string, incoming: string): boolean => Date.parse(incoming) > Date.parse(stored);

/**
 * Merges laws, imported versions and notes (from a backup) into the
 * library, in one transaction: a record whose key is not stored is added; a
 * stored one is replaced only by a newer one (notes by `updated`, laws and
 * versions by `savedAt`); nothing is deleted. On any failure nothing changes.
 */
export async function mergeContent(db: LawdiffDb, content: LibraryContent): Promise<LibraryResult<MergeSummary>> {
  const zero = (): MergeCounts => ({ added: 0, replaced: 0, kept: 0 });
  return transact(db, ['laws', 'versions', 'notes'], 'readwrite', async (tx): Promise<LibraryResult<MergeSummary>> => {
    const summary: MergeSummary = { notes: zero(), laws: zero(), versions: zero() };
    const count = (counts: MergeCounts, old: unknown, replace: boolean): boolean => {
      if (old === undefined) counts.added++;
      else if (replace) counts.replaced++;
      else counts.kept++;
      return old === undefined || replace;
    };
    const notes = tx.objectStore('notes');
    for (const n of content.notes) {
      const old: unknown = await notes.get(n.id);
      if (old !== undefined && !isNote(old)) return fail('corrupt', `notes: not a note: ${n.id}`);
      if (count(summary.notes, old, old !== undefined && newer(old.updated, n.updated))) await notes.put(n);
    }
    const laws = tx.objectStore('laws');
    for (const l of content.laws) {
      const old: unknown = await laws.get(l.folder);
      if (old !== undefined && !checked('laws', [old]).ok) return fail('corrupt', `laws: not a stored law: ${l.folder}`);
      if (count(summary.laws, old, old !== undefined && newer((old as StoredLaw).savedAt, l.savedAt))) await laws.put({ ...l, law: { ...l.law, versions: [] } });
    }
    const versions = tx.objectStore('versions');
    for (const v of content.versions) {
      const record: StoredVersion = { ...v, collection: LIBRARY_COLLECTION, origin: 'imported', info: importedInfo(v.info) };
      const old: unknown = await versions.get([LIBRARY_COLLECTION, v.folder, v.versionId]);
      if (old !== undefined && !checked('versions', [old]).ok) return fail('corrupt', `versions: not a stored version: ${v.folder}/${v.versionId}`);
      if (count(summary.versions, old, old !== undefined && newer((old as StoredVersion).savedAt, v.savedAt))) await versions.put(record);
    }
    return { ok: true, value: summary };
  });
}
