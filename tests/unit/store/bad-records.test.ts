/**
 * One malformed record never locks up the rest (issue 12, point 3): reads go
 * record by record, skip what cannot be used and list it (store, key, why),
 * the backup holds everything else and restores, and a listed record can be
 * downloaded as it is or deleted.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupRecordProblem, makeBackup, parseBackup, plainJson, unreadableRecordFile } from '../../../src/app/backup.js';
import type { Note } from '../../../src/store/notes.js';
import { putValue, type LawdiffDb, type StoredVersion } from '../../../src/store/db.js';
import { createIdbNotesStore } from '../../../src/store/idb-notes.js';
import {
  addVersion,
  createLaw,
  deleteRecord,
  LIBRARY_COLLECTION,
  mergeContent,
  readContent,
  readLawVersions,
  readLibrary,
  readVersion,
} from '../../../src/store/library.js';
import { oneArticleDoc, openDb, value } from '../../helpers/store.js';

const T1 = '2025-02-01T00:00:00.000Z';
const LAW = 'fictional-open-data-law-zh';
const note = (id: string, over: Partial<Note> = {}): Note => ({ id, folder: LAW, key: 'first-draft~1', text: `note ${id}`, label: '第一条', created: T1, updated: T1, ...over });

/** Stores `value` in `store` as it is, without any check (as a damaged or foreign build would). */
async function putRaw(db: LawdiffDb, store: 'notes' | 'versions' | 'laws', raw: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  await (tx.store as unknown as { put(v: unknown): Promise<unknown> }).put(raw);
  await tx.done;
}

async function fill(db: LawdiffDb): Promise<void> {
  value(await createLaw(db, 'user-a', { id: 'user-a', title: { en: 'Mine' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: oneArticleDoc('v1') }, new Date(T1)));
  value(await addVersion(db, LAW, { info: { id: 'good', label: 'Good', stage: '', date: '' }, doc: oneArticleDoc('good') }, new Date(T1)));
  value(await putValue(db, 'notes', note('n1')));
  value(await putValue(db, 'notes', note('n2', { key: 'first-draft~2' })));
}

const { label: _label, ...noLabel } = note('no-label');
const badVersion = { collection: LIBRARY_COLLECTION, folder: LAW, versionId: 'broken', origin: 'imported', savedAt: T1, doc: oneArticleDoc('broken') };

describe('a note without a label', () => {
  it('hides no other note, and the backup holds the others and restores', async () => {
    const db = await openDb();
    await fill(db);
    await putRaw(db, 'notes', noLabel);
    const notes = createIdbNotesStore(db, { channel: undefined });
    expect(value(await notes.listAll(LAW)).map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(value(await notes.list(LAW, 'first-draft~1')).map((n) => n.id)).toEqual(['n1']);

    const content = value(await readContent(db, { check: backupRecordProblem }));
    expect(content.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(content.unreadable).toEqual([{ store: 'notes', key: 'no-label', why: expect.objectContaining({ code: 'json.expected', message: 'label: expected a string, found nothing' }) as unknown, value: noLabel }]);
    const parsed = parseBackup(JSON.stringify(makeBackup(content)));
    expect(parsed.ok).toBe(true);
    db.close();
  });
});

describe('a versions record without its listing', () => {
  it('leaves the library, the law’s versions and the backup usable', async () => {
    const db = await openDb();
    await fill(db);
    await putRaw(db, 'versions', badVersion);
    const lib = value(await readLibrary(db));
    expect(lib.versions.map((v) => `${v.folder}/${v.versionId}`)).toEqual([`${LAW}/good`, 'user-a/v1']);
    expect(lib.unreadable).toEqual([{ store: 'versions', key: [LIBRARY_COLLECTION, LAW, 'broken'], why: expect.objectContaining({ message: 'info: expected an object, found nothing' }) as unknown, value: badVersion }]);
    expect(value(await readLawVersions(db, LAW)).map((v) => v.versionId)).toEqual(['good']);
    expect(await readVersion(db, LAW, 'broken')).toMatchObject({ ok: false, problem: 'corrupt' });
    const content = value(await readContent(db, { check: backupRecordProblem }));
    expect(content.versions).toHaveLength(2);
    expect(content.unreadable.map((r) => r.key)).toEqual([[LIBRARY_COLLECTION, LAW, 'broken']]);
    db.close();
  });

  it('keeps a version whose text breaks the backup’s rules out of the backup, which then restores', async () => {
    const db = await openDb();
    await fill(db);
    const stored = value(await readVersion(db, LAW, 'good'))!;
    const noNumber: StoredVersion = { ...stored, versionId: 'no-number', info: { ...stored.info, id: 'no-number', file: '~imported/no-number.json' }, doc: { ...stored.doc, body: [{ ...stored.doc.body[0]!, num: '' }] as never } };
    await putRaw(db, 'versions', noNumber);
    // Usable for listing (the collection loader reports the article), not for a backup.
    expect(value(await readLibrary(db)).versions).toHaveLength(3);
    const content = value(await readContent(db, { check: backupRecordProblem }));
    expect(content.versions.map((v) => v.versionId).sort()).toEqual(['good', 'v1']);
    expect(content.unreadable).toMatchObject([{ store: 'versions', key: [LIBRARY_COLLECTION, LAW, 'no-number'], why: { message: expect.stringMatching(/^doc\.body\[0\]\.num: .*non-empty normalized article number/) as string } }]);
    const parsed = parseBackup(JSON.stringify(makeBackup(content)));
    if (!parsed.ok) throw new Error(parsed.message);
    const fresh = await openDb();
    value(await mergeContent(fresh, parsed.content));
    expect(value(await readContent(fresh)).versions).toHaveLength(2);
    db.close();
    fresh.close();
  });
});

describe('records that cannot be read', () => {
  it('are each listed with their store, key and why', async () => {
    const db = await openDb();
    await putRaw(db, 'laws', { folder: 'user-x', savedAt: T1, law: { id: 'user-x', title: 'not a map', language: 'en' } });
    await putRaw(db, 'notes', { ...note('n'), text: 7 });
    await putRaw(db, 'notes', note('blank', { text: '   ' }));
    await putRaw(db, 'notes', note('when', { updated: 'yesterday' }));
    await putRaw(db, 'versions', { ...badVersion, origin: 'collection' });
    const { unreadable } = value(await readContent(db, { check: backupRecordProblem }));
    expect(unreadable.map(({ store, key, why }) => ({ store, key, why: why.message }))).toEqual([
      { store: 'laws', key: 'user-x', why: 'law.title: expected an object of titles by language, found "not a map"' },
      { store: 'versions', key: [LIBRARY_COLLECTION, LAW, 'broken'], why: 'expected an imported version, found the collection "~library" and the origin "collection"' },
      { store: 'notes', key: 'blank', why: 'text: expected some text, found "   "' },
      { store: 'notes', key: 'n', why: 'text: expected a string, found 7' },
      { store: 'notes', key: 'when', why: 'updated: expected an ISO time, found "yesterday"' },
    ]);
    db.close();
  });

  it('are never overwritten by a restore: the record of the file is left out and said so', async () => {
    const db = await openDb();
    await putRaw(db, 'notes', noLabel);
    await putRaw(db, 'versions', badVersion);
    const good = value(await readContent(await filled())).versions.find((v) => v.versionId === 'good')!;
    const summary = value(await mergeContent(db, { laws: [], reports: [], notes: [note('no-label'), note('fine')], versions: [{ ...good, versionId: 'broken', info: { ...good.info, id: 'broken' } }] }));
    expect(summary.skipped).toEqual([
      { store: 'notes', key: 'no-label', reason: 'unreadable' },
      { store: 'versions', key: `${LAW}/broken`, reason: 'unreadable' },
    ]);
    expect(summary.notes).toEqual({ added: 1, replaced: 0, kept: 0 });
    const after = value(await readContent(db));
    expect(after.unreadable.map((r) => r.value)).toEqual([badVersion, noLabel]);
    db.close();
  });

  it('can be deleted one by one, and only while they cannot be read', async () => {
    const db = await openDb();
    await fill(db);
    await putRaw(db, 'notes', noLabel);
    await putRaw(db, 'versions', badVersion);
    value(await deleteRecord(db, 'notes', 'no-label', backupRecordProblem));
    expect(await deleteRecord(db, 'notes', 'no-label')).toMatchObject({ ok: false, problem: 'not-found' });
    // A record that can be read is not deleted this way, nor a cached collection file.
    expect(await deleteRecord(db, 'notes', 'n1')).toMatchObject({ ok: false, problem: 'changed' });
    expect(await deleteRecord(db, 'versions', ['https://example.test/', LAW, 'final'])).toMatchObject({ ok: false, problem: 'not-found' });
    value(await deleteRecord(db, 'versions', [LIBRARY_COLLECTION, LAW, 'broken']));
    const content = value(await readContent(db, { check: backupRecordProblem }));
    expect(content.unreadable).toEqual([]);
    expect(content.notes).toHaveLength(2);
    expect(content.versions).toHaveLength(2);
    db.close();
  });

  it('download as JSON whatever they hold: BigInts, Maps, cycles, binary data and deep nesting', async () => {
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const raw = { id: 'x', n: 10n, m: new Map([['a', 1]]), s: new Set([1, 2]), bytes: new Uint8Array([1, 2]), when: new Date(T1), cyclic, deep, nan: Number.NaN };
    const file = unreadableRecordFile({ store: 'notes', key: ['~library', 'a/b', 'c d'] }, raw);
    expect(file.name).toBe('lawdiff-unreadable-notes-library_a_b_c_d.json');
    const back = JSON.parse(file.text) as Record<string, unknown>;
    expect(back).toMatchObject({ id: 'x', n: '10n', m: { '[Map]': [['a', 1]] }, s: { '[Set]': [1, 2] }, bytes: [1, 2], when: T1, cyclic: { id: 'c', self: '[a reference to an enclosing value]' }, nan: 'NaN' });
    expect(file.text).toContain('[nested deeper than 1000 levels]');
    // A record stored in IndexedDB comes back the same through the file.
    expect(JSON.parse(unreadableRecordFile({ store: 'notes', key: 'k' }, noLabel).text)).toEqual(noLabel);
    expect(plainJson({ ['__proto__']: 1 })).toEqual(JSON.parse('{"__proto__":1}'));
  });
});

async function filled(): Promise<LawdiffDb> {
  const db = await openDb();
  await fill(db);
  return db;
}
