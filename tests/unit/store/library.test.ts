import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/store/notes.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { DB_VERSION, listValues, putValue, type StoredVersion } from '../../../src/store/db.js';
import { createIdbNotesStore } from '../../../src/store/idb-notes.js';
import {
  addVersion,
  countContent,
  createLaw,
  deleteLaw,
  deleteVersion,
  isImported,
  lawContents,
  LIBRARY_COLLECTION,
  mergeContent,
  newLawFolder,
  newVersionId,
  readContent,
  readLaw,
  readLawVersions,
  readLibrary,
  readVersion,
  slug,
  type LibraryContent,
} from '../../../src/store/library.js';
import { done, oneArticleDoc, openDb, value } from '../../helpers/store.js';

const doc = (title: string): VersionDoc => oneArticleDoc(title);

const note = (id: string, updated: string, text = `note ${id}`): Note => ({
  id,
  folder: 'law',
  key: 'first-draft~1',
  text,
  label: 'Article 1',
  created: '2025-01-01T00:00:00.000Z',
  updated,
});

const at = (iso: string): Date => new Date(iso);
const T1 = '2025-02-01T00:00:00.000Z';
const T2 = '2025-03-01T00:00:00.000Z';

const open = openDb;

const quotaOnPut = (n: number): void => {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
};

afterEach(() => vi.restoreAllMocks());

describe('schema version 3', () => {
  /** Opens `lawdiff` at version 2 with the version 2 schema, frozen as it shipped. */
  function openV2(factory: IDBFactory): Promise<IDBDatabase> {
    const request = factory.open('lawdiff', 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('byArticle', ['folder', 'key']);
      notes.createIndex('byLaw', 'folder');
      db.createObjectStore('versions', { keyPath: ['collection', 'folder', 'versionId'] });
      db.createObjectStore('comparisons', { keyPath: 'key' });
      db.createObjectStore('meta', { keyPath: 'key' });
    };
    return done(request);
  }

  it('upgrades a version 2 database: notes, versions, comparisons and meta stay readable; the laws store exists', async () => {
    const factory = new IDBFactory();
    const v2 = await openV2(factory);
    const cached: StoredVersion = {
      collection: 'https://example.test/collection/',
      folder: 'law',
      versionId: 'final',
      info: { id: 'final', label: 'Final', stage: 'adopted', date: '2020-01-01', file: 'final.json' },
      doc: doc('cached'),
      origin: 'collection',
      savedAt: T1,
    };
    const imported: StoredVersion = { ...cached, collection: LIBRARY_COLLECTION, versionId: 'mine', info: { id: 'mine', label: 'Mine', stage: 'draft', date: '2021-01-01', file: '~imported/mine.json' }, origin: 'imported' };
    const tx = v2.transaction(['notes', 'versions', 'comparisons', 'meta'], 'readwrite');
    tx.objectStore('notes').put(note('a', T1));
    tx.objectStore('versions').put(cached);
    tx.objectStore('versions').put(imported);
    tx.objectStore('comparisons').put({ key: 'c|law|a|b|1', result: { docs: {} }, savedAt: T1, bytes: 3 });
    tx.objectStore('meta').put({ key: 'm', value: ['law'], savedAt: T1 });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
    v2.close();

    const db = await open(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['comparisons', 'laws', 'meta', 'notes', 'reports', 'versions']);
    expect(value(await createIdbNotesStore(db, { channel: undefined }).listAll('law')).map((n) => n.id)).toEqual(['a']);
    expect(value(await listValues(db, 'versions'))).toHaveLength(2);
    expect(value(await listValues(db, 'comparisons')).map((c) => c.key)).toEqual(['c|law|a|b|1']);
    expect(value(await listValues(db, 'meta')).map((m) => m.value)).toEqual([['law']]);
    // Only the imported version is the library's; the cached one is not.
    expect(value(await readLawVersions(db, 'law')).map((v) => v.versionId)).toEqual(['mine']);
    expect(value(await readLibrary(db))).toEqual({ laws: [], versions: [imported], unreadable: [] });
    db.close();
  });
});

describe('ids', () => {
  it('makes URL-friendly ids from labels, never a taken one', () => {
    expect(slug('Second Reading — Draft (Café)')).toBe('second-reading-draft-cafe');
    expect(slug('第二次审议稿')).toBe('');
    const suffixes = ['aaaaa', 'aaaaa', 'bbbbb'];
    const random = () => suffixes.shift()!;
    expect(newVersionId('第二次审议稿', ['imported-aaaaa'], random)).toBe('imported-bbbbb');
    expect(newVersionId('Second draft', [], () => 'x1')).toBe('second-draft-x1');
    expect(newLawFolder('Civil Code', [], () => 'x1')).toBe('user-civil-code-x1');
    expect(newLawFolder('民法典', [], () => 'x1')).toBe('user-law-x1');
    expect(newVersionId('a', [])).toMatch(/^a-[0-9a-z]{5}$/u);
  });
});

describe('the library', () => {
  it('adds versions to a shipped law, lists them by date, and deletes them', async () => {
    const db = await open();
    value(await addVersion(db, 'law', { info: { id: 'late', label: 'Late', stage: 'draft', date: '2024-01-01' }, doc: doc('late') }, at(T1)));
    value(await addVersion(db, 'law', { info: { id: 'undated', label: 'Undated', stage: '', date: '' }, doc: doc('u') }, at(T1)));
    const early = value(await addVersion(db, 'law', { info: { id: 'early', label: 'Early', stage: 'draft', date: '2020-01-01', source: 'https://example.test/a.md' }, doc: doc('early') }, at(T2)));
    expect(early.info).toEqual({ id: 'early', label: 'Early', stage: 'draft', date: '2020-01-01', file: '~imported/early.json', source: 'https://example.test/a.md' });
    expect(isImported(early.info)).toBe(true);
    expect(isImported({ file: 'final.json' })).toBe(false);
    expect(value(await readLawVersions(db, 'law')).map((v) => v.versionId)).toEqual(['early', 'late', 'undated']);
    expect(await addVersion(db, 'law', { info: { id: 'late', label: 'Again', stage: '', date: '' }, doc: doc('again') })).toMatchObject({ ok: false, problem: 'exists' });
    expect(value(await readVersion(db, 'law', 'late'))?.doc.title).toBe('late');

    expect(value(await deleteVersion(db, 'law', 'late')).versionId).toBe('late');
    expect(await deleteVersion(db, 'law', 'late')).toMatchObject({ ok: false, problem: 'not-found' });
    expect(value(await readVersion(db, 'law', 'late'))).toBeUndefined();
    expect(value(await readLawVersions(db, 'law')).map((v) => v.versionId)).toEqual(['early', 'undated']);
    db.close();
  });

  it('creates a law with its first version in one step, and deletes it with its versions and notes', async () => {
    const db = await open();
    const law = { id: 'user-x', title: { en: 'My law' }, jurisdiction: 'XX', language: 'en' };
    const first = { info: { id: 'v1', label: 'V1', stage: 'draft', date: '2020-01-01' }, doc: doc('v1') };
    const made = value(await createLaw(db, 'user-x', law, first, at(T1)));
    expect(made.law).toEqual({ folder: 'user-x', law: { ...law, versions: [] }, savedAt: T1 });
    expect(await createLaw(db, 'user-x', law, first)).toMatchObject({ ok: false, problem: 'exists' });
    value(await addVersion(db, 'user-x', { info: { id: 'v2', label: 'V2', stage: 'final', date: '2021-01-01' }, doc: doc('v2') }));
    value(await putValue(db, 'notes', { ...note('n1', T1), folder: 'user-x' }));
    value(await putValue(db, 'notes', note('n2', T1)));
    expect(value(await countContent(db))).toEqual({ notes: 2, laws: 1, versions: 2, reports: 0 });
    expect(value(await readLaw(db, 'user-x'))?.law.title).toEqual({ en: 'My law' });

    expect(value(await deleteLaw(db, 'user-x'))).toMatchObject({ versions: 2, notes: 1 });
    expect(value(await readLaw(db, 'user-x'))).toBeUndefined();
    expect(value(await countContent(db))).toEqual({ notes: 1, laws: 0, versions: 0, reports: 0 });
    expect(await deleteLaw(db, 'user-x')).toMatchObject({ ok: false, problem: 'not-found' });
    db.close();
  });

  it('changes nothing when a write fails (full quota)', async () => {
    const db = await open();
    quotaOnPut(1);
    const r = await createLaw(db, 'user-x', { id: 'user-x', title: { en: 'X' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: doc('v1') });
    expect(r).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(value(await readLibrary(db))).toEqual({ laws: [], versions: [], unreadable: [] });
    db.close();
  });
});

describe('merging a backup', () => {
  const content = (over: Partial<LibraryContent> = {}): LibraryContent => ({ notes: [], laws: [], versions: [], reports: [], ...over });
  const storedVersion = (id: string, savedAt: string, title = id): StoredVersion => ({
    collection: LIBRARY_COLLECTION,
    folder: 'law',
    versionId: id,
    info: { id, label: id, stage: '', date: '', file: `~imported/${id}.json` },
    doc: doc(title),
    origin: 'imported',
    savedAt,
  });

  it('adds what is new, replaces only with newer records, and deletes nothing', async () => {
    const db = await open();
    value(await putValue(db, 'notes', note('same', T2, 'stored, newer')));
    value(await putValue(db, 'notes', note('old', T1, 'stored, older')));
    value(await putValue(db, 'notes', note('only-here', T1)));
    value(await putValue(db, 'versions', storedVersion('v', T2, 'stored v')));
    const summary = value(
      await mergeContent(
        db,
        content({
          notes: [note('same', T1, 'file, older'), note('old', T2, 'file, newer'), note('new', T1)],
          laws: [{ folder: 'user-a', law: { id: 'user-a', title: { en: 'A' }, jurisdiction: '', language: 'en', versions: [] }, savedAt: T1 }],
          versions: [storedVersion('v', T1, 'file v'), storedVersion('w', T1)],
        }),
      ),
    );
    expect(summary).toEqual({
      notes: { added: 1, replaced: 1, kept: 1 },
      reports: { added: 0, replaced: 0, kept: 0 },
      laws: { added: 1, replaced: 0, kept: 0 },
      versions: { added: 1, replaced: 0, kept: 1 },
      renamed: [],
      skipped: [],
    });
    const all = value(await readContent(db));
    expect(Object.fromEntries(all.notes.map((n) => [n.id, n.text]))).toEqual({ same: 'stored, newer', old: 'file, newer', 'only-here': 'note only-here', new: 'note new' });
    expect(all.versions.map((v) => `${v.versionId}:${v.doc.title}`).sort()).toEqual(['v:stored v', 'w:w']);
    expect(all.laws.map((l) => l.folder)).toEqual(['user-a']);
    db.close();
  });

  it('changes nothing when the merge fails part way', async () => {
    const db = await open();
    value(await putValue(db, 'notes', note('a', T1, 'stored')));
    const before = value(await readContent(db));
    quotaOnPut(3);
    const r = await mergeContent(db, content({ notes: [note('a', T2, 'newer'), note('b', T1)], versions: [storedVersion('v', T1)] }));
    expect(r).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(value(await readContent(db))).toEqual(before);
    db.close();
  });
});

describe('a law of a backup is merged only into itself (issue 12, point 1)', () => {
  const SHIPPED = 'fictional-open-data-law-zh';
  const lawOf = (folder: string, title: string, savedAt: string) => ({ folder, law: { id: folder, title: { en: title }, jurisdiction: '', language: 'en', versions: [] }, savedAt });
  const versionOf = (folder: string, id: string, savedAt = T1): StoredVersion => ({
    collection: LIBRARY_COLLECTION,
    folder,
    versionId: id,
    info: { id, label: id, stage: '', date: '', file: `~imported/${id}.json` },
    doc: doc(id),
    origin: 'imported',
    savedAt,
  });
  const noteOn = (id: string, folder: string, key: string): Note => ({ ...note(id, T1), folder, key });
  const random = () => 'r4nd0';

  it('restores a law naming a shipped folder under a new folder of its own, with its versions and the notes on them; the shipped law keeps its own', async () => {
    const db = await open();
    // The reader's own data on the shipped law: an imported version and a note.
    value(await addVersion(db, SHIPPED, { info: { id: 'mine', label: 'Mine', stage: '', date: '' }, doc: doc('mine') }, at(T1)));
    value(await putValue(db, 'notes', noteOn('reader', SHIPPED, 'first-draft~1')));
    const file: LibraryContent = {
      laws: [lawOf(SHIPPED, 'Evil', T2)],
      versions: [versionOf(SHIPPED, 'evil-v1', T2)],
      notes: [noteOn('on-evil', SHIPPED, 'evil-v1~3'), noteOn('on-shipped', SHIPPED, 'first-draft~2')],
      reports: [],
    };
    const summary = value(await mergeContent(db, file, { shipped: [SHIPPED, 'fictional-open-data-law-en'], random }));
    expect(summary.renamed).toEqual([{ from: SHIPPED, to: 'user-evil-r4nd0', title: { en: 'Evil' }, reason: 'shipped' }]);
    expect(summary.laws).toEqual({ added: 1, replaced: 0, kept: 0 });
    const all = value(await readContent(db));
    expect(all.laws).toEqual([lawOf('user-evil-r4nd0', 'Evil', T2)]);
    expect(value(await readLaw(db, SHIPPED))).toBeUndefined();
    expect(value(await readLawVersions(db, SHIPPED)).map((v) => v.versionId)).toEqual(['mine']);
    expect(value(await readLawVersions(db, 'user-evil-r4nd0')).map((v) => v.versionId)).toEqual(['evil-v1']);
    expect(Object.fromEntries(all.notes.map((n) => [n.id, n.folder]))).toEqual({ reader: SHIPPED, 'on-evil': 'user-evil-r4nd0', 'on-shipped': SHIPPED });

    // Restoring the file again finds the copy: nothing new.
    const again = value(await mergeContent(db, file, { shipped: [SHIPPED], random: () => 'other' }));
    expect(again).toMatchObject({ renamed: [], skipped: [], laws: { added: 0, kept: 1 }, versions: { added: 0, kept: 1 }, notes: { added: 0, kept: 2 } });
    expect(value(await readLibrary(db)).laws.map((l) => l.folder)).toEqual(['user-evil-r4nd0']);

    // Deleting the restored law removes its version and its note, never the shipped law's.
    expect(value(await lawContents(db, 'user-evil-r4nd0', { shipped: [SHIPPED] }))).toMatchObject({ versions: 1, notes: 1, recordOnly: false });
    value(await deleteLaw(db, 'user-evil-r4nd0', { shipped: [SHIPPED], expect: { versions: 1, notes: 1 } }));
    const left = value(await readContent(db));
    expect(left.notes.map((n) => n.id).sort()).toEqual(['on-shipped', 'reader']);
    expect(left.versions.map((v) => `${v.folder}/${v.versionId}`)).toEqual([`${SHIPPED}/mine`]);
    db.close();
  });

  it('restores a law whose folder holds another law of the reader’s (saved at another time) under a new folder, with all its notes', async () => {
    const db = await open();
    value(await createLaw(db, 'user-a-x1', { id: 'user-a-x1', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: doc('v1') }, at(T1)));
    value(await putValue(db, 'notes', noteOn('mine', 'user-a-x1', 'v1~1')));
    const file: LibraryContent = { laws: [lawOf('user-a-x1', 'Theirs', T2)], versions: [versionOf('user-a-x1', 'v1', T2)], notes: [noteOn('theirs', 'user-a-x1', 'v1~1')], reports: [] };
    const summary = value(await mergeContent(db, file, { random }));
    expect(summary.renamed).toEqual([{ from: 'user-a-x1', to: 'user-theirs-r4nd0', title: { en: 'Theirs' }, reason: 'taken' }]);
    expect(value(await readLaw(db, 'user-a-x1'))?.law.title).toEqual({ en: 'Mine' });
    expect(value(await readLawVersions(db, 'user-a-x1')).map((v) => v.doc.title)).toEqual(['v1']);
    expect(value(await readLawVersions(db, 'user-theirs-r4nd0')).map((v) => v.savedAt)).toEqual([T2]);
    expect(Object.fromEntries(value(await readContent(db)).notes.map((n) => [n.id, n.folder]))).toEqual({ mine: 'user-a-x1', theirs: 'user-theirs-r4nd0' });
    db.close();
  });

  it('merges a law into itself: the same folder saved at the same time', async () => {
    const db = await open();
    value(await createLaw(db, 'user-a-x1', { id: 'user-a-x1', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: doc('v1') }, at(T1)));
    const summary = value(await mergeContent(db, { laws: [lawOf('user-a-x1', 'Mine', T1)], versions: [versionOf('user-a-x1', 'v2')], notes: [], reports: [] }));
    expect(summary).toMatchObject({ renamed: [], laws: { added: 0, kept: 1 }, versions: { added: 1 } });
    expect(value(await readLawVersions(db, 'user-a-x1')).map((v) => v.versionId)).toEqual(['v1', 'v2']);
    db.close();
  });

  it('leaves out a note whose id a different note has', async () => {
    const db = await open();
    value(await putValue(db, 'notes', noteOn('same-id', 'law', 'first-draft~1')));
    const summary = value(await mergeContent(db, { laws: [], versions: [], reports: [], notes: [{ ...noteOn('same-id', 'other-law', 'x~1'), updated: T2 }] }));
    expect(summary.skipped).toEqual([{ store: 'notes', key: 'same-id', reason: 'id-taken' }]);
    expect(value(await readContent(db)).notes).toEqual([noteOn('same-id', 'law', 'first-draft~1')]);
    db.close();
  });

  it('deletes only the record of a law of the reader’s in a shipped folder (restored by an earlier release): the shipped law’s versions and notes stay', async () => {
    const db = await open();
    value(await putValue(db, 'laws', lawOf(SHIPPED, 'Evil', T1)));
    value(await addVersion(db, SHIPPED, { info: { id: 'mine', label: 'Mine', stage: '', date: '' }, doc: doc('mine') }));
    value(await putValue(db, 'notes', noteOn('reader', SHIPPED, 'first-draft~1')));
    expect(value(await lawContents(db, SHIPPED, { shipped: [SHIPPED] }))).toMatchObject({ versions: 0, notes: 0, recordOnly: true });
    expect(value(await deleteLaw(db, SHIPPED, { shipped: [SHIPPED], expect: { versions: 0, notes: 0 } }))).toMatchObject({ versions: 0, notes: 0, recordOnly: true });
    expect(value(await countContent(db))).toEqual({ notes: 1, laws: 0, versions: 1, reports: 0 });
    db.close();
  });

  it('deletes nothing when what would go is not what the reader was shown', async () => {
    const db = await open();
    value(await createLaw(db, 'user-a-x1', { id: 'user-a-x1', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: doc('v1') }, at(T1)));
    const shown = value(await lawContents(db, 'user-a-x1'));
    expect(shown).toMatchObject({ versions: 1, notes: 0, recordOnly: false });
    // Meanwhile, in another tab: a note on the law.
    value(await putValue(db, 'notes', noteOn('late', 'user-a-x1', 'v1~1')));
    expect(await deleteLaw(db, 'user-a-x1', { expect: { versions: shown.versions, notes: shown.notes } })).toMatchObject({ ok: false, problem: 'changed' });
    expect(value(await countContent(db))).toEqual({ notes: 1, laws: 1, versions: 1, reports: 0 });
    expect(value(await deleteLaw(db, 'user-a-x1', { expect: { versions: 1, notes: 1 } }))).toMatchObject({ versions: 1, notes: 1 });
    expect(value(await countContent(db))).toEqual({ notes: 0, laws: 0, versions: 0, reports: 0 });
    db.close();
  });
});
