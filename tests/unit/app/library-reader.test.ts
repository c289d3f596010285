import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { libraryReader, mergeVersions, noDatabaseYet } from '../../../src/app/library-reader.js';
import { loadCollection, loadLaw, loadVersion, type CollectionReader } from '../../../src/model/collection.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import type { StoredVersion } from '../../../src/store/db.js';
import { addVersion, createLaw } from '../../../src/store/library.js';
import { oneArticleDoc, openDb, value } from '../../helpers/store.js';

const doc = (title: string): VersionDoc => oneArticleDoc(title);

const shippedLaw: Law = {
  id: 'shipped',
  title: { en: 'Shipped law' },
  jurisdiction: 'XX',
  language: 'en',
  versions: [
    { id: 'first', label: 'First', stage: 'draft', date: '2020-01-01', file: 'first.json' },
    { id: 'gap', label: 'Gap', stage: 'draft', date: '2021-01-01', published: false },
    { id: 'final', label: 'Final', stage: 'adopted', date: '2022-01-01', file: 'final.json' },
  ],
};

/** A collection served from memory, counting reads. */
function fakeReader(files: Record<string, string>): CollectionReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path) {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw new Error('HTTP 404');
      return text;
    },
  };
}

const shipped = (): Record<string, string> => ({
  'index.json': JSON.stringify({ format: 'lawdiff-collection/1', title: 'Test', laws: ['shipped'] }),
  'shipped/law.json': JSON.stringify(shippedLaw),
  'shipped/first.json': JSON.stringify(doc('first')),
  'shipped/final.json': JSON.stringify(doc('final')),
});

describe('libraryReader', () => {
  it('is transparent when IndexedDB cannot be opened', async () => {
    const inner = fakeReader(shipped());
    const reader = libraryReader(inner, async () => ({ ok: false, problem: 'unavailable', detail: 'no IndexedDB' }));
    const files = shipped();
    expect(await reader.read('index.json')).toBe(files['index.json']);
    expect(await reader.read('shipped/law.json')).toBe(files['shipped/law.json']);
    await expect(reader.read('shipped/~imported/x.json')).rejects.toThrow(/IndexedDB is not available/);
    const c = await loadCollection(reader);
    expect(c.laws.map((l) => l.folder)).toEqual(['shipped']);
    expect(c.problems).toEqual([]);
  });

  it('is transparent when the library is empty (the texts are the inner reader’s, unchanged)', async () => {
    const db = await openDb();
    const reader = libraryReader(fakeReader(shipped()), async () => ({ ok: true, value: db }));
    expect(await reader.read('index.json')).toBe(shipped()['index.json']);
    expect(await reader.read('shipped/law.json')).toBe(shipped()['shipped/law.json']);
    expect(await reader.read('shipped/first.json')).toBe(shipped()['shipped/first.json']);
    db.close();
  });

  it('a first visit (no database yet): the first reading of the collection waits for none; a later one uses the library', async () => {
    const db = await openDb();
    value(await addVersion(db, 'shipped', { info: { id: 'middle', label: 'Middle', stage: 'draft', date: '2021-06-01' }, doc: doc('middle') }));
    let opened = 0;
    const reader = libraryReader(
      fakeReader(shipped()),
      async () => (opened++, { ok: true, value: db }),
      async () => true,
    );
    const first = await loadCollection(reader);
    expect(first.laws[0]!.law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'final']);
    expect(opened).toBe(0);
    // The reader imported a version meanwhile (here: it was there all along): the next reading has it.
    const again = await loadCollection(reader);
    expect(again.laws[0]!.law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'middle', 'final']);
    expect(opened).toBeGreaterThan(0);
    // Not a first visit: the database from the start.
    const known = libraryReader(fakeReader(shipped()), async () => ({ ok: true, value: db }), async () => false);
    expect((await loadCollection(known)).laws[0]!.law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'middle', 'final']);
    db.close();
  });

  it('a linked law read before the index (loadLaw): a first visit asks once and opens no database; otherwise the library is in it', async () => {
    const db = await openDb();
    value(await addVersion(db, 'shipped', { info: { id: 'middle', label: 'Middle', stage: 'draft', date: '2021-06-01' }, doc: doc('middle') }));
    let opened = 0;
    let asked = 0;
    const first = libraryReader(
      fakeReader(shipped()),
      async () => (opened++, { ok: true, value: db }),
      async () => (asked++, true),
    );
    const linked = await loadLaw(first, 'shipped');
    expect(linked.law?.law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'final']);
    expect(linked.problems).toEqual([]);
    expect((await loadCollection(first)).laws[0]!.law).toEqual(linked.law!.law);
    expect([opened, asked]).toEqual([0, 1]);
    // Not a first visit: the reading imported into the law is in its listing read first, as in the collection's.
    const known = libraryReader(fakeReader(shipped()), async () => ({ ok: true, value: db }), async () => false);
    const mine = await loadLaw(known, 'shipped');
    expect(mine.law?.law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'middle', 'final']);
    expect((await loadCollection(known)).laws[0]!.law).toEqual(mine.law!.law);
    // A folder with no listing: the problem names the file, as the collection's would.
    const none = await loadLaw(known, 'nowhere');
    expect(none.law).toBeUndefined();
    expect(none.problems.map((p) => p.file)).toEqual(['nowhere/law.json']);
    db.close();
  });

  it('tells a first visit by the databases the browser has, without creating one', async () => {
    const factory = (names: string[]) => ({ databases: async () => names.map((name) => ({ name, version: 1 })) }) as unknown as IDBFactory;
    expect(await noDatabaseYet(factory(['other']))).toBe(true);
    expect(await noDatabaseYet(factory(['other', 'lawdiff']))).toBe(false);
    // A browser that cannot list them, or fails to: not known to be a first visit.
    expect(await noDatabaseYet({} as IDBFactory)).toBe(false);
    expect(await noDatabaseYet({ databases: async () => Promise.reject(new Error('denied')) } as unknown as IDBFactory)).toBe(false);
    expect(await noDatabaseYet(null as unknown as IDBFactory)).toBe(false);
  });

  it('lists imported versions in a shipped law by date and serves their content as version JSON', async () => {
    const db = await openDb();
    value(await addVersion(db, 'shipped', { info: { id: 'middle', label: 'Middle', stage: 'draft', date: '2021-06-01' }, doc: doc('middle') }));
    value(await addVersion(db, 'shipped', { info: { id: 'undated', label: 'Undated', stage: '', date: '' }, doc: doc('undated') }));
    value(await addVersion(db, 'shipped', { info: { id: 'final', label: 'Clash', stage: '', date: '' }, doc: doc('clash') }));
    value(await addVersion(db, 'other', { info: { id: 'elsewhere', label: 'Elsewhere', stage: '', date: '' }, doc: doc('elsewhere') }));
    const reader = libraryReader(fakeReader(shipped()), async () => ({ ok: true, value: db }));

    const c = await loadCollection(reader);
    expect(c.problems).toEqual([]);
    const law = c.laws[0]!.law;
    expect(law.versions.map((v) => v.id)).toEqual(['first', 'gap', 'middle', 'final', 'undated']);
    expect(law.versions[2]).toEqual({ id: 'middle', label: 'Middle', stage: 'draft', date: '2021-06-01', file: '~imported/middle.json' });
    const loaded = await loadVersion(reader, 'shipped', law, law.versions[2]!);
    expect(loaded.problems).toEqual([]);
    expect(loaded.doc).toEqual(doc('middle'));
    // The shipped version with the same id wins.
    expect((await loadVersion(reader, 'shipped', law, law.versions[3]!)).doc?.title).toBe('final');
    await expect(reader.read('shipped/~imported/gone.json')).rejects.toThrow(/no version "gone"/);
    db.close();
  });

  it('adds the reader’s laws to the index and serves them entirely from the library', async () => {
    const db = await openDb();
    const first = { info: { id: 'v1', label: 'V1', stage: 'draft', date: '2020-01-01' }, doc: doc('v1') };
    value(await createLaw(db, 'user-mine', { id: 'user-mine', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, first));
    value(await addVersion(db, 'user-mine', { info: { id: 'v0', label: 'V0', stage: 'draft', date: '2019-01-01' }, doc: doc('v0') }));
    const inner = fakeReader(shipped());
    const reader = libraryReader(inner, async () => ({ ok: true, value: db }));
    expect(reader.isUserLaw('user-mine')).toBe(false);

    const c = await loadCollection(reader);
    expect(c.problems).toEqual([]);
    expect(c.title).toBe('Test');
    expect(c.laws.map((l) => l.folder)).toEqual(['shipped', 'user-mine']);
    expect(reader.isUserLaw('user-mine')).toBe(true);
    expect(reader.isUserLaw('shipped')).toBe(false);
    const mine = c.laws[1]!.law;
    expect(mine.title).toEqual({ en: 'Mine' });
    expect(mine.versions.map((v) => v.id)).toEqual(['v0', 'v1']);
    expect((await loadVersion(reader, 'user-mine', mine, mine.versions[1]!)).doc).toEqual(doc('v1'));
    expect(inner.reads.filter((p) => p.startsWith('user-mine/'))).toEqual([]);
    await expect(reader.read('user-mine/source/x.md')).rejects.toThrow(/not in this browser's library/);
    db.close();
  });

  it('gives the build revision of shipped files only: the files it serves itself have none', async () => {
    const db = await openDb();
    const first = { info: { id: 'v1', label: 'V1', stage: 'draft', date: '2020-01-01' }, doc: doc('v1') };
    value(await createLaw(db, 'user-mine', { id: 'user-mine', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, first));
    const inner = { ...fakeReader(shipped()), revision: async (path: string) => `rev of ${path}` };
    const reader = libraryReader(inner, async () => ({ ok: true, value: db }));
    await loadCollection(reader);
    expect(await reader.revision!('shipped/first.json')).toBe('rev of shipped/first.json');
    for (const path of ['index.json', 'shipped/law.json', 'shipped/~imported/middle.json', 'user-mine/law.json', 'user-mine/v1.json']) {
      expect(await reader.revision!(path), path).toBeUndefined();
    }
    // Over a reader that knows no revisions, none.
    expect(await libraryReader(fakeReader(shipped()), async () => ({ ok: true, value: db })).revision!('shipped/first.json')).toBeUndefined();
    db.close();
  });

  it('passes broken inner files through for the validator to report, and inner failures on', async () => {
    const db = await openDb();
    value(await addVersion(db, 'shipped', { info: { id: 'x', label: 'X', stage: '', date: '' }, doc: doc('x') }));
    const files = { ...shipped(), 'shipped/law.json': '{ not json' };
    const reader = libraryReader(fakeReader(files), async () => ({ ok: true, value: db }));
    expect(await reader.read('shipped/law.json')).toBe('{ not json');
    await expect(libraryReader(fakeReader({}), async () => ({ ok: true, value: db })).read('index.json')).rejects.toThrow('HTTP 404');
    db.close();
  });

  it('adds the reader’s laws to a collection without index.json', async () => {
    const db = await openDb();
    value(await createLaw(db, 'user-mine', { id: 'user-mine', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: doc('v1') }));
    const files = shipped();
    delete files['index.json'];
    const inner = { ...fakeReader(files), listLawFolders: async () => ['shipped'] };
    const c = await loadCollection(libraryReader(inner, async () => ({ ok: true, value: db })));
    expect(c.laws.map((l) => l.folder)).toEqual(['shipped', 'user-mine']);
    db.close();
  });
});

describe('mergeVersions', () => {
  const info = (id: string, date: string): StoredVersion['info'] => ({ id, label: id, stage: '', date, file: `~imported/${id}.json` });
  const stored = (id: string, date: string): StoredVersion => ({ collection: '~library', folder: 'f', versionId: id, info: info(id, date), doc: doc(id), origin: 'imported', savedAt: '2025-01-01T00:00:00Z' });

  it.each([
    ['before everything', '2019-01-01', ['new', 'a', 'b']],
    ['between', '2020-06-01', ['a', 'new', 'b']],
    ['on the same day: after', '2020-01-01', ['a', 'new', 'b']],
    ['after everything', '2030-01-01', ['a', 'b', 'new']],
    ['undated: at the end', '', ['a', 'b', 'new']],
  ])('places a version %s', (_, date, expected) => {
    const listed = [info('a', '2020-01-01'), { id: 'b', date: '2021-01-01' }];
    expect(mergeVersions(listed, [stored('new', date)]).map((v) => (v as { id: string }).id)).toEqual(expected);
  });
});
