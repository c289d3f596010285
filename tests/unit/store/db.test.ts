import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/store/notes.js';
import type { CompareResult } from '../../../src/diff/index.js';
import type { VersionDoc, VersionInfo } from '../../../src/model/types.js';
import {
  comparisonKey,
  DB_VERSION,
  deleteValue,
  getValue,
  listByIndex,
  listValues,
  isOpenBlocked,
  onBlockedChange,
  openLawdiffDb,
  putValue,
  putValues,
  type CloseReason,
  type StoredVersion,
} from '../../../src/store/db.js';
import { createIdbNotesStore } from '../../../src/store/idb-notes.js';
import { done, value } from '../../helpers/store.js';

/** Opens `lawdiff` at version 1 with the version 1 schema (notes only), frozen as the first release shipped it. */
function openV1(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open('lawdiff', 1);
  request.onupgradeneeded = () => {
    const notes = request.result.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byArticle', ['folder', 'key']);
    notes.createIndex('byLaw', 'folder');
  };
  return done(request);
}

async function rawPut(db: IDBDatabase, store: string, values: unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  for (const v of values) tx.objectStore(store).put(v);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

const rawAll = (db: IDBDatabase, store: string): Promise<unknown[]> => done(db.transaction(store).objectStore(store).getAll());

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id,
  folder: 'law',
  key: 'k',
  text: `note ${id}`,
  label: '第一条',
  created: `2025-01-01T00:00:0${id.length}.000Z`,
  updated: '2025-01-01T00:00:00.000Z',
  ...over,
});

const doc: VersionDoc = { format: 'lawdiff-version/1', title: 'T', language: 'en', metadata: {}, preamble: [], body: [], annexes: [], annotations: [] };
const info: VersionInfo = { id: 'v1', label: 'First draft', stage: 'draft', date: '2020-01-01' };
const version = (versionId: string, folder = 'law'): StoredVersion => ({ collection: 'c', folder, versionId, info: { ...info, id: versionId }, doc, origin: 'collection', savedAt: '2025-01-01T00:00:00.000Z' });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('openLawdiffDb', () => {
  it('creates every store, with the notes indexes and keys', async () => {
    const factory = new IDBFactory();
    const db = value(await openLawdiffDb({ factory }));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['comparisons', 'laws', 'meta', 'notes', 'reports', 'versions']);
    const tx = db.transaction(['notes', 'versions', 'comparisons']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['byArticle', 'byLaw']);
    expect(tx.objectStore('versions').keyPath).toEqual(['collection', 'folder', 'versionId']);
    expect(tx.objectStore('comparisons').keyPath).toBe('key');
    await tx.done;
    db.close();
  });

  it('upgrades a version 1 database: its notes stay readable and the new stores exist', async () => {
    const factory = new IDBFactory();
    const v1 = await openV1(factory);
    await rawPut(v1, 'notes', [note('a'), note('bb', { key: 'other' }), note('ccc', { folder: 'law2' })]);
    v1.close();

    const db = value(await openLawdiffDb({ factory }));
    expect([...db.objectStoreNames].sort()).toEqual(['comparisons', 'laws', 'meta', 'notes', 'reports', 'versions']);
    expect(value(await listByIndex(db, 'notes', 'byLaw', 'law')).map((n) => n.id).sort()).toEqual(['a', 'bb']);
    expect(value(await listByIndex(db, 'notes', 'byArticle', ['law', 'other'])).map((n) => n.id)).toEqual(['bb']);
    const store = createIdbNotesStore(db, { channel: undefined });
    expect(value(await store.listAll('law2')).map((n) => n.text)).toEqual(['note ccc']);
    value(await putValue(db, 'versions', version('v1')));
    expect(value(await listValues(db, 'versions'))).toHaveLength(1);
    db.close();
  });

  it('reports a blocked upgrade while another tab holds version 1 open, and loses nothing', async () => {
    const factory = new IDBFactory();
    const v1 = await openV1(factory); // an old tab: no versionchange handler, it never closes
    await rawPut(v1, 'notes', [note('a')]);

    const r = await openLawdiffDb({ factory });
    expect(r).toMatchObject({ ok: false, problem: 'blocked' });
    expect(await rawAll(v1, 'notes')).toEqual([note('a')]);

    const unblocked = new Promise<void>((resolve) => {
      const off = onBlockedChange((blocked) => blocked || (off(), resolve()));
    });
    v1.close(); // the old tab goes away: the pending upgrade runs, its late connection is closed
    await unblocked;
    const db = value(await openLawdiffDb({ factory }));
    expect(value(await listValues(db, 'notes'))).toEqual([note('a')]);
    db.close();
  });

  it('closes itself when another tab upgrades, and says so', async () => {
    const factory = new IDBFactory();
    const closed: CloseReason[] = [];
    const db = value(await openLawdiffDb({ factory, onClose: (reason) => closed.push(reason) }));
    const newer = await done(factory.open('lawdiff', DB_VERSION + 1));
    expect(closed).toEqual(['version-change']);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(await listValues(db, 'notes')).toMatchObject({ ok: false, problem: 'unavailable' });
  });

  it('answers every later open at once while an upgrade waits for an old tab, and says when it no longer waits', async () => {
    const factory = new IDBFactory();
    const v1 = await openV1(factory); // an old tab that never closes
    const heard: boolean[] = [];
    const off = onBlockedChange((blocked) => heard.push(blocked));
    expect(await openLawdiffDb({ factory })).toMatchObject({ ok: false, problem: 'blocked' });
    expect(heard).toEqual([true]);
    expect(isOpenBlocked(factory)).toBe(true);
    // Before: this second open queued behind the first and never answered (the app stayed on "Loading the collection…").
    expect(await openLawdiffDb({ factory })).toMatchObject({ ok: false, problem: 'blocked' });
    expect(await openLawdiffDb({ factory })).toMatchObject({ ok: false, problem: 'blocked' });
    const unblocked = new Promise<void>((resolve) => {
      const stop = onBlockedChange((blocked) => blocked || (stop(), resolve()));
    });
    v1.close();
    await unblocked;
    expect(heard).toEqual([true, false]);
    expect(isOpenBlocked(factory)).toBe(false);
    const db = value(await openLawdiffDb({ factory }));
    expect(db.version).toBe(DB_VERSION);
    db.close();
    off();
  });

  it('reports an open that waits behind another connection, with no event of its own, as blocked', async () => {
    const factory = new IDBFactory();
    const v1 = await openV1(factory);
    // Another context's upgrade (a worker's, a tab's), blocked by the old tab: ours queues behind it and hears nothing.
    const theirs = factory.open('lawdiff', DB_VERSION);
    theirs.onupgradeneeded = () => {
      for (const name of ['versions', 'comparisons', 'meta', 'laws']) if (!theirs.result.objectStoreNames.contains(name)) theirs.result.createObjectStore(name);
    };
    await new Promise((resolve) => (theirs.onblocked = resolve));
    const r = await openLawdiffDb({ factory, patience: 30 });
    expect(r).toMatchObject({ ok: false, problem: 'blocked' });
    expect(!r.ok && r.detail).toContain('no answer');
    v1.close();
    (await done(theirs)).close();
  });

  it('reports a database made by a newer lawdiff as outdated (reload the page), and one without the expected stores as corrupt', async () => {
    const factory = new IDBFactory();
    (await done(factory.open('lawdiff', DB_VERSION + 1))).close();
    expect(await openLawdiffDb({ factory })).toMatchObject({ ok: false, problem: 'outdated' });

    const other = new IDBFactory();
    const request = other.open('lawdiff', DB_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
    (await done(request)).close();
    const r = await openLawdiffDb({ factory: other });
    expect(r).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(!r.ok && r.detail).toContain('versions');
  });

  it('reports IndexedDB that is missing or refused', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openLawdiffDb()).toMatchObject({ ok: false, problem: 'unavailable' });
    const refusing = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await openLawdiffDb({ factory: refusing })).toMatchObject({ ok: false, problem: 'unavailable', detail: 'SecurityError: denied' });
  });
});

describe('store helpers', () => {
  it('gets, puts, deletes and lists values', async () => {
    const db = value(await openLawdiffDb({ factory: new IDBFactory() }));
    const key = comparisonKey('c', 'law', 'v1', 'v2', 'engine-3');
    expect(key).toBe('c|law|v1|v2|engine-3');
    const result = { docs: {}, warnings: {} } as unknown as CompareResult;
    value(await putValue(db, 'comparisons', { key, result, savedAt: '2025-01-01T00:00:00.000Z', bytes: 10 }));
    expect(value(await getValue(db, 'comparisons', key))).toMatchObject({ key, bytes: 10 });
    value(await putValues(db, 'versions', [version('v1'), version('v2'), version('v1', 'law2')]));
    expect(value(await getValue(db, 'versions', ['c', 'law', 'v2']))?.info.id).toBe('v2');
    value(await deleteValue(db, 'versions', ['c', 'law', 'v2']));
    expect(value(await getValue(db, 'versions', ['c', 'law', 'v2']))).toBeUndefined();
    expect(value(await listValues(db, 'versions')).map((v) => `${v.folder}/${v.versionId}`)).toEqual(['law/v1', 'law2/v1']);
    db.close();
  });

  it('reports a full quota and writes none of a batch', async () => {
    const db = value(await openLawdiffDb({ factory: new IDBFactory() }));
    value(await putValues(db, 'notes', [note('a'), note('b')]));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const r = await putValues(db, 'notes', [note('c'), note('d'), note('a', { text: 'changed' })]);
    expect(r).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(value(await listValues(db, 'notes'))).toEqual([note('a'), note('b')]);
    db.close();
  });

  it('reports stored values of the wrong shape as corrupt', async () => {
    const db = value(await openLawdiffDb({ factory: new IDBFactory() }));
    value(await putValue(db, 'notes', note('a')));
    await rawPut(db as unknown as IDBDatabase, 'notes', [{ id: 'bad', folder: 'law', text: 3 }]);
    expect(await listByIndex(db, 'notes', 'byLaw', 'law')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(await getValue(db, 'notes', 'bad')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(value(await getValue(db, 'notes', 'a'))).toEqual(note('a'));
    db.close();
  });
});
