import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, listValues, putValue, reportKey, type StoredLaw, type StoredReport, type StoredVersion } from '../../../src/store/db.js';
import { createIdbNotesStore } from '../../../src/store/idb-notes.js';
import { countContent, createLaw, deleteLaw, lawContents, LIBRARY_COLLECTION, readContent, readLibrary } from '../../../src/store/library.js';
import type { Note } from '../../../src/store/notes.js';
import { correctReport, deleteReport, listReports, putReport } from '../../../src/store/reports.js';
import { done, oneArticleDoc, openDb, value } from '../../helpers/store.js';

const T1 = '2025-02-01T00:00:00.000Z';
const T2 = '2025-03-01T00:00:00.000Z';

const report = (folder: string, reportId: string, over: Partial<StoredReport> = {}): StoredReport => ({
  id: reportKey(folder, reportId),
  folder,
  reportId,
  title: `Report ${reportId}`,
  source: 'report.txt',
  old: 'v1',
  new: 'v2',
  text: 'First paragraph.\n\nSecond paragraph.',
  origin: 'imported',
  corrections: [],
  savedAt: T1,
  ...over,
});

const note: Note = { id: 'n1', folder: 'law', key: 'v1~1', text: 'a note', label: 'Article 1', created: T1, updated: T1 };

describe('schema version 4', () => {
  /** Opens `lawdiff` at version 3 with the version 3 schema, frozen as it shipped. */
  function openV3(factory: IDBFactory): Promise<IDBDatabase> {
    const request = factory.open('lawdiff', 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('byArticle', ['folder', 'key']);
      notes.createIndex('byLaw', 'folder');
      db.createObjectStore('versions', { keyPath: ['collection', 'folder', 'versionId'] });
      db.createObjectStore('comparisons', { keyPath: 'key' });
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('laws', { keyPath: 'folder' });
    };
    return done(request);
  }

  it('upgrades a version 3 database: notes, laws and versions stay; the reports store exists, empty', async () => {
    const factory = new IDBFactory();
    const v3 = await openV3(factory);
    const law: StoredLaw = { folder: 'user-a', law: { id: 'user-a', title: { en: 'A' }, jurisdiction: '', language: 'en', versions: [] }, savedAt: T1 };
    const version: StoredVersion = {
      collection: LIBRARY_COLLECTION,
      folder: 'user-a',
      versionId: 'v1',
      info: { id: 'v1', label: 'V1', stage: '', date: '', file: '~imported/v1.json' },
      doc: oneArticleDoc('v1'),
      origin: 'imported',
      savedAt: T1,
    };
    const tx = v3.transaction(['notes', 'laws', 'versions'], 'readwrite');
    tx.objectStore('notes').put(note);
    tx.objectStore('laws').put(law);
    tx.objectStore('versions').put(version);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
    v3.close();

    const db = await openDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['comparisons', 'laws', 'meta', 'notes', 'reports', 'versions']);
    expect([...db.transaction('reports').objectStore('reports').indexNames]).toEqual(['byLaw']);
    expect(value(await createIdbNotesStore(db, { channel: undefined }).listAll('law'))).toEqual([note]);
    expect(value(await readLibrary(db))).toEqual({ laws: [law], versions: [version], unreadable: [] });
    expect(value(await listValues(db, 'reports'))).toEqual([]);
    expect(value(await countContent(db))).toEqual({ notes: 1, laws: 1, versions: 1, reports: 0 });
    db.close();
  });
});

describe('reports', () => {
  it('puts, lists by law, replaces and deletes', async () => {
    const db = await openDb();
    const a = report('law', 'a');
    const b = report('law', 'b', { origin: 'collection' });
    const other = report('other', 'a');
    for (const r of [b, a, other]) expect(value(await putReport(db, r))).toEqual(r);
    expect(value(await listReports(db, 'law'))).toEqual({ reports: [a, b], unreadable: [] });
    expect(value(await listReports(db, 'other'))).toEqual({ reports: [other], unreadable: [] });
    expect(value(await listReports(db, 'none'))).toEqual({ reports: [], unreadable: [] });

    const renamed = { ...a, title: 'Renamed', savedAt: T2 };
    value(await putReport(db, renamed));
    expect(value(await listReports(db, 'law')).reports).toEqual([renamed, b]);

    expect(value(await deleteReport(db, a.id))).toEqual(renamed);
    expect(value(await listReports(db, 'law')).reports).toEqual([b]);
    expect(await deleteReport(db, a.id)).toMatchObject({ ok: false, problem: 'not-found' });
    db.close();
  });

  it('refuses to put a report whose id is not its folder and report id', async () => {
    const db = await openDb();
    expect(await putReport(db, { ...report('law', 'a'), id: 'law|b' })).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(value(await listReports(db, 'law')).reports).toEqual([]);
    db.close();
  });

  it('sets, replaces and removes a paragraph’s correction, saving the time', async () => {
    const db = await openDb();
    const r = report('law', 'a');
    value(await putReport(db, r));
    const l1 = [{ version: 'v1', article: '3' }];
    const l2 = [{ version: 'v2', article: '4' }, { version: 'v2', article: '5' }];

    const set = value(await correctReport(db, r.id, 2, l1, new Date(T2)));
    expect(set).toEqual({ ...r, corrections: [{ paragraph: 2, links: l1 }], savedAt: T2 });
    value(await correctReport(db, r.id, 1, [], new Date(T2)));
    const replaced = value(await correctReport(db, r.id, 2, l2, new Date(T2)));
    expect(replaced.corrections).toEqual([
      { paragraph: 1, links: [] },
      { paragraph: 2, links: l2 },
    ]);
    expect(value(await listReports(db, 'law')).reports).toEqual([replaced]);

    const removed = value(await correctReport(db, r.id, 2, undefined, new Date('2025-04-01T00:00:00.000Z')));
    expect(removed.corrections).toEqual([{ paragraph: 1, links: [] }]);
    expect(removed.savedAt).toBe('2025-04-01T00:00:00.000Z');
    expect(value(await listReports(db, 'law')).reports).toEqual([removed]);
    db.close();
  });

  it('answers not-found when correcting a report that is not there, and stores nothing', async () => {
    const db = await openDb();
    expect(await correctReport(db, reportKey('law', 'missing'), 1, [])).toMatchObject({ ok: false, problem: 'not-found' });
    expect(value(await listValues(db, 'reports'))).toEqual([]);
    db.close();
  });

  it('skips a record that cannot be read and reports it; the others are listed', async () => {
    const db = await openDb();
    const good = report('law', 'good');
    value(await putReport(db, good));
    const broken = { ...report('law', 'broken'), corrections: [{ paragraph: 0, links: [] }] };
    // Written past the typed helpers, as a damaged or foreign build would.
    const raw = db.transaction('reports', 'readwrite');
    await raw.objectStore('reports').put(broken);
    await raw.done;

    const listed = value(await listReports(db, 'law'));
    expect(listed.reports).toEqual([good]);
    expect(listed.unreadable).toEqual([{ store: 'reports', key: broken.id, why: expect.objectContaining({ message: expect.stringContaining('corrections[0].paragraph') as string }) as unknown, value: broken }]);
    expect(await correctReport(db, broken.id, 1, [])).toMatchObject({ ok: false, problem: 'corrupt' });
    const content = value(await readContent(db));
    expect(content.reports).toEqual([good]);
    expect(content.unreadable.map((u) => u.key)).toEqual([broken.id]);
    db.close();
  });
});

describe('deleting a law', () => {
  it('removes its reports with its versions and notes, and no other law’s', async () => {
    const db = await openDb();
    value(await createLaw(db, 'user-a', { id: 'user-a', title: { en: 'A' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: oneArticleDoc('v1') }));
    value(await putValue(db, 'notes', { ...note, folder: 'user-a' }));
    value(await putReport(db, report('user-a', 'r1')));
    value(await putReport(db, report('user-a', 'r2')));
    const kept = report('other', 'r1');
    value(await putReport(db, kept));

    const shown = value(await lawContents(db, 'user-a'));
    expect(shown).toMatchObject({ versions: 1, notes: 1, reports: 2, recordOnly: false });
    value(await putReport(db, report('user-a', 'r3')));
    expect(await deleteLaw(db, 'user-a', { expect: shown })).toMatchObject({ ok: false, problem: 'changed' });
    expect(value(await deleteLaw(db, 'user-a', { expect: { versions: 1, notes: 1, reports: 3 } }))).toMatchObject({ versions: 1, notes: 1, reports: 3 });
    expect(value(await listReports(db, 'user-a')).reports).toEqual([]);
    expect(value(await listReports(db, 'other')).reports).toEqual([kept]);
    db.close();
  });

  it('keeps the reports of a law of the collection when only the record goes', async () => {
    const db = await openDb();
    value(await createLaw(db, 'shipped', { id: 'shipped', title: { en: 'S' }, jurisdiction: '', language: 'en' }, { info: { id: 'v1', label: 'V1', stage: '', date: '' }, doc: oneArticleDoc('v1') }));
    const r = report('shipped', 'r1', { origin: 'collection' });
    value(await putReport(db, r));
    expect(value(await lawContents(db, 'shipped', { shipped: ['shipped'] }))).toMatchObject({ reports: 0, recordOnly: true });
    value(await deleteLaw(db, 'shipped', { shipped: ['shipped'] }));
    expect(value(await listReports(db, 'shipped')).reports).toEqual([r]);
    db.close();
  });
});
