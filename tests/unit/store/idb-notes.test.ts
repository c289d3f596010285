import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalNotesStore, storageKey } from '../../../src/store/local-notes.js';
import type { Note, NotesChange } from '../../../src/store/notes.js';
import { listValues, putValue, type LawdiffDb } from '../../../src/store/db.js';
import { createIdbNotesStore, EXPORT_FORMAT, mergeNotesInto, MIGRATED_KEY, type ChannelLike, type IdbNotesOptions } from '../../../src/store/idb-notes.js';
import { LAW, notesStoreContract } from '../../helpers/notes-contract.js';
import { MemoryStorage, openDb, value } from '../../helpers/store.js';

/** A store with a ticking clock and numbered ids, like the local store's tests. */
function setup(db: LawdiffDb, options: IdbNotesOptions = {}, prefix = 'id') {
  let t = Date.parse('2025-09-01T10:00:00Z');
  let n = 0;
  return createIdbNotesStore(db, { now: () => new Date((t += 60_000)), newId: () => `${prefix}-${++n}`, channel: undefined, ...options });
}

/** BroadcastChannels of one page: a message reaches every other member, as between tabs. */
function channelHub(): (name: string) => ChannelLike {
  const members = new Set<EventTarget>();
  return () => {
    const self = new EventTarget() as EventTarget & ChannelLike;
    members.add(self);
    self.postMessage = (data: unknown) => {
      for (const m of members) if (m !== self) m.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
    };
    self.close = () => void members.delete(self);
    return self;
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => vi.restoreAllMocks());

describe('IndexedDB notes store: the NotesStore contract', () => {
  notesStoreContract(async () => setup(await openDb()));

  it('does not remove a note named with the wrong article key', async () => {
    const store = setup(await openDb());
    const m = value(await store.add(LAW, 'k', { text: 'x', label: '' }));
    expect(await store.remove({ ...m, key: 'another' })).toMatchObject({ ok: false, problem: 'not-found' });
  });

  it('reports a full storage and keeps every note stored before', async () => {
    const db = await openDb();
    const store = setup(db);
    const kept = value(await store.add(LAW, 'k', { text: 'kept', label: '' }));
    value(await store.add(LAW, 'k2', { text: 'kept too', label: '' }));
    const seen: NotesChange[] = [];
    store.subscribe((c) => seen.push(c));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    expect(await store.add(LAW, 'k', { text: 'one note too many', label: '' })).toMatchObject({ ok: false, problem: 'full' });
    expect(await store.update(kept, 'edited')).toMatchObject({ ok: false, problem: 'full' });
    const file = JSON.stringify({ format: EXPORT_FORMAT, notes: [{ ...kept, id: 'new' }, { ...kept, text: 'newer', updated: '2099-01-01T00:00:00.000Z' }] });
    expect(await store.importNotes(file)).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(value(await listValues(db, 'notes')).map((n) => n.text).sort()).toEqual(['kept', 'kept too']);
    expect(seen).toEqual([]);
  });

  it('skips notes of the wrong shape when listing, reports them as corrupt otherwise, and leaves them alone', async () => {
    const db = await openDb();
    const store = setup(db);
    const tx = db.transaction('notes', 'readwrite');
    await (tx.store as unknown as { put(v: unknown): Promise<unknown> }).put({ id: 'bad', folder: LAW, key: 'k', text: 1 });
    await tx.done;
    // Listing skips it (one bad note never hides the others: issue 12, point 3); the data page lists it to download or delete.
    expect(await store.list(LAW, 'k')).toEqual({ ok: true, value: [] });
    expect(await store.remove({ id: 'bad', folder: LAW, key: 'k' })).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(await store.exportNotes()).toMatchObject({ ok: false, problem: 'corrupt' });
    const good = { id: 'bad', folder: LAW, key: 'k', text: 'replacement', label: '', created: '2025-01-01T00:00:00Z', updated: '2099-01-01T00:00:00Z' };
    expect(await store.importNotes(JSON.stringify({ format: EXPORT_FORMAT, notes: [good] }))).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(await db.transaction('notes').store.get('bad')).toEqual({ id: 'bad', folder: LAW, key: 'k', text: 1 });
  });

  it('reports a closed database as unavailable', async () => {
    const db = await openDb();
    const store = setup(db);
    db.close();
    expect(await store.listAll(LAW)).toMatchObject({ ok: false, problem: 'unavailable' });
    expect(await store.add(LAW, 'k', { text: 'x', label: '' })).toMatchObject({ ok: false, problem: 'unavailable' });
  });
});

describe('two tabs on one database', () => {
  it('see each other’s notes and never overwrite them', async () => {
    const factory = new IDBFactory();
    const hub = channelHub();
    const tab1 = setup(await openDb(factory), { channel: hub }, 'one');
    const tab2 = setup(await openDb(factory), { channel: hub }, 'two');
    const heard: NotesChange[] = [];
    tab1.subscribe((c) => heard.push(c));

    const a = value(await tab1.add(LAW, 'k', { text: 'from tab 1', label: '' }));
    value(await tab2.add(LAW, 'k', { text: 'from tab 2', label: '' }));
    expect(value(await tab1.list(LAW, 'k')).map((n) => n.text)).toEqual(['from tab 1', 'from tab 2']);

    value(await tab2.remove(a));
    expect(await tab1.update(a, 'edit of a note deleted elsewhere')).toMatchObject({ ok: false, problem: 'not-found' });
    expect(value(await tab1.list(LAW, 'k')).map((n) => n.text)).toEqual(['from tab 2']);
    expect(heard).toEqual([
      { folder: LAW, key: 'k' }, // tab1's own add
      { folder: LAW, key: 'k' }, // tab2's add, by the channel
      { folder: LAW, key: 'k' }, // tab2's remove
    ]);
    tab1.close();
    tab2.close();
  });

  it('uses a real BroadcastChannel by default', async () => {
    const factory = new IDBFactory();
    const tab1 = createIdbNotesStore(await openDb(factory));
    const tab2 = createIdbNotesStore(await openDb(factory));
    const heard = new Promise<NotesChange>((resolve) => tab1.subscribe(resolve));
    value(await tab2.add(LAW, 'k', { text: 'hello', label: '' }));
    expect(await heard).toEqual({ folder: LAW, key: 'k' });
    tab1.close();
    tab2.close();
  });
});

describe('export and import', () => {
  it('round-trips every note into an empty database', async () => {
    const from = setup(await openDb());
    value(await from.add(LAW, 'k', { text: 'one', label: '第一条' }));
    value(await from.add('other', 'k2', { text: 'two <b>', label: '§ 2' }));
    const file = value(await from.exportNotes());
    expect(JSON.parse(file).format).toBe(EXPORT_FORMAT);

    const db = await openDb();
    const to = setup(db);
    const seen: NotesChange[] = [];
    to.subscribe((c) => seen.push(c));
    expect(value(await to.importNotes(file))).toEqual({ added: 2, replaced: 0, kept: 0 });
    expect(value(await listValues(db, 'notes'))).toEqual(JSON.parse(file).notes);
    expect(seen).toEqual([{ folder: undefined, key: undefined }]);
    expect(value(await to.importNotes(file))).toEqual({ added: 0, replaced: 0, kept: 2 }); // idempotent
    expect(seen).toHaveLength(1);
  });

  it('merges by id: the later update wins, and nothing is deleted', async () => {
    const db = await openDb();
    const store = setup(db);
    const a = value(await store.add(LAW, 'k', { text: 'a here', label: '' }));
    const b = value(await store.add(LAW, 'k', { text: 'b here', label: '' }));
    value(await store.add(LAW, 'k', { text: 'only here', label: '' }));
    const notes: Note[] = [
      { ...a, text: 'a from the file, newer', updated: '2099-01-01T00:00:00.000Z' },
      { ...b, text: 'b from the file, older', updated: '2000-01-01T00:00:00.000Z' },
      { ...a, id: 'only-in-file', text: 'new from the file' },
    ];
    expect(value(await store.importNotes(JSON.stringify({ format: EXPORT_FORMAT, notes })))).toEqual({ added: 1, replaced: 1, kept: 1 });
    expect(value(await store.list(LAW, 'k')).map((n) => n.text).sort()).toEqual(['a from the file, newer', 'b here', 'new from the file', 'only here']);
  });

  it('rejects a malformed file, says what is wrong, and changes nothing', async () => {
    const db = await openDb();
    const store = setup(db);
    const a = value(await store.add(LAW, 'k', { text: 'kept', label: '' }));
    const newer = { ...a, text: 'would replace', updated: '2099-01-01T00:00:00.000Z' };
    const cases: [string, string][] = [
      ['{not json', 'not JSON'],
      ['[]', 'format'],
      [JSON.stringify({ format: 'something-else', notes: [] }), 'format'],
      [JSON.stringify({ format: EXPORT_FORMAT, notes: {} }), 'notes is not a list'],
      [JSON.stringify({ format: EXPORT_FORMAT, notes: [newer, { id: 1 }] }), 'notes[1]'],
      [JSON.stringify({ format: EXPORT_FORMAT, notes: [newer, { ...a, id: 'x', text: '  ' }] }), 'notes[1].text is empty'],
      [JSON.stringify({ format: EXPORT_FORMAT, notes: [newer, { ...a, id: 'x', updated: 'yesterday' }] }), 'notes[1]'],
      [JSON.stringify({ format: EXPORT_FORMAT, notes: [newer, newer] }), 'appears twice'],
    ];
    for (const [file, detail] of cases) {
      const r = await store.importNotes(file);
      expect(r).toMatchObject({ ok: false, problem: 'invalid-file' });
      expect(!r.ok && r.detail).toContain(detail);
    }
    expect(value(await listValues(db, 'notes'))).toEqual([a]);
  });
});

describe('moving notes out of localStorage', () => {
  it('moves every law’s notes note by note, takes them out of localStorage once stored, and skips what it cannot read', async () => {
    const storage = new MemoryStorage();
    let n = 0;
    const local = createLocalNotesStore({ storage: () => storage, newId: () => `local-${++n}`, events: undefined });
    const x = value(await local.add(LAW, 'k', { text: 'from localStorage', label: '第一条' }));
    value(await local.add('law2', 'k', { text: 'another law', label: '' }));
    storage.items.set(storageKey('broken'), '{not json');
    storage.items.set('unrelated', 'kept');

    const db = await openDb();
    // An earlier release marked LAW as copied: notes written to localStorage after that were never copied (issue 12, point 2).
    value(await putValue(db, 'meta', { key: MIGRATED_KEY, value: [LAW], savedAt: '2025-01-01T00:00:00.000Z' }));
    const store = setup(db);
    const first = value(await store.moveFromLocalStorage(local));
    expect(first).toMatchObject({ moved: 2, added: 2, skipped: [{ folder: 'broken', problem: 'corrupt' }] });
    expect(value(await store.list(LAW, 'k'))).toEqual([x]);
    expect(value(await store.listAll('law2'))).toHaveLength(1);
    expect([...storage.items.keys()].sort()).toEqual([storageKey('broken'), 'unrelated']);

    // Moved once: deleting it in the database does not bring it back, and nothing is copied twice.
    value(await store.remove(x));
    expect(value(await store.moveFromLocalStorage(local))).toMatchObject({ moved: 0, added: 0 });
    expect(value(await store.listAll(LAW))).toEqual([]);

    // The broken law, once readable, is moved on a later run; a note written to localStorage later is moved too.
    storage.items.delete(storageKey('broken'));
    value(await local.add('broken', 'k', { text: 'repaired', label: '' }));
    value(await local.add(LAW, 'k', { text: 'written while the database was away', label: '' }));
    expect(value(await store.moveFromLocalStorage(local))).toMatchObject({ moved: 2, added: 2, skipped: [] });
    expect(value(await store.listAll(LAW)).map((m) => m.text)).toEqual(['written while the database was away']);
  });

  it('keeps the newer of two versions of one note, and a note added to localStorage during the move stays there', async () => {
    const storage = new MemoryStorage();
    let t = Date.parse('2025-09-01T10:00:00Z');
    const local = createLocalNotesStore({ storage: () => storage, now: () => new Date((t += 1000)), events: undefined });
    const older = value(await local.add(LAW, 'k', { text: 'older here', label: '' }));
    const db = await openDb();
    const newer = { ...older, text: 'newer in the database', updated: '2099-01-01T00:00:00.000Z' };
    value(await putValue(db, 'notes', newer));
    const store = setup(db);
    // The move reads localStorage, then another note is added there before the move takes it out.
    const listAll = local.listAll.bind(local);
    vi.spyOn(local, 'listAll').mockImplementation(async (folder) => {
      const r = await listAll(folder);
      value(await local.add(LAW, 'k', { text: 'added meanwhile', label: '' }));
      return r;
    });
    expect(value(await store.moveFromLocalStorage(local))).toMatchObject({ moved: 1, added: 0 });
    vi.restoreAllMocks();
    expect(value(await store.list(LAW, 'k'))).toEqual([newer]);
    expect(value(await local.listAll(LAW)).map((m) => m.text)).toEqual(['added meanwhile']);
  });

  it('leaves localStorage as it was when the database cannot take the notes', async () => {
    const storage = new MemoryStorage();
    const local = createLocalNotesStore({ storage: () => storage, events: undefined });
    value(await local.add(LAW, 'k', { text: 'x', label: '' }));
    const before = new Map(storage.items);
    const db = await openDb();
    const store = setup(db);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    expect(await store.moveFromLocalStorage(local)).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(storage.items).toEqual(before);
    expect(value(await listValues(db, 'notes'))).toEqual([]);
    expect(value(await store.moveFromLocalStorage(local))).toMatchObject({ moved: 1, added: 1 });
    expect(storage.items.size).toBe(0);
  });
});

describe('many notes', () => {
  const many = (count: number, folder = LAW): Note[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `n${String(i).padStart(6, '0')}`,
      folder,
      key: `k${i % 40}`,
      text: `note ${i}`,
      label: '',
      created: '2025-01-01T00:00:00.000Z',
      updated: '2025-01-01T00:00:00.000Z',
    }));

  it('merges a restore of many notes in one transaction: one read of the stored notes, then the writes, and none for a kept note', async () => {
    const db = await openDb();
    const store = setup(db);
    value(await store.importMany(many(10)));
    const calls: string[] = [];
    const { get, getAll, put } = IDBObjectStore.prototype;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      calls.push('get');
      return get.call(this, key);
    });
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, query, count) {
      calls.push('getAll');
      return getAll.call(this, query, count);
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, v, key) {
      calls.push('put');
      return put.call(this, v, key);
    });
    const transaction = vi.spyOn(db, 'transaction');
    const notes = many(2000).map((n, i) => (i < 5 ? { ...n, text: 'newer', updated: '2099-01-01T00:00:00.000Z' } : n));
    expect(value(await store.importMany(notes))).toEqual({ added: 1990, replaced: 5, kept: 5 });
    expect(transaction).toHaveBeenCalledTimes(1);
    // Before: one get, its answer awaited, then one put, note after note (28 s for 50,000 in a browser).
    expect(calls.filter((c) => c !== 'put')).toEqual(['getAll']);
    expect(calls.indexOf('getAll')).toBe(0);
    expect(calls.filter((c) => c === 'put')).toHaveLength(1995);
    vi.restoreAllMocks();
    expect(value(await listValues(db, 'notes'))).toHaveLength(2000);
  });

  it('merges into a caller’s transaction (a backup restore with laws and versions)', async () => {
    const db = await openDb();
    const tx = db.transaction(['notes', 'laws'], 'readwrite');
    const r = value(await mergeNotesInto(tx.objectStore('notes'), many(3)));
    await tx.done;
    expect(r).toEqual({ added: 3, replaced: 0, kept: 0 });
  });

  it('reads one article’s notes through the [folder, key] index, never the other articles’ or laws’', async () => {
    const db = await openDb();
    const store = setup(db);
    value(await store.importMany([...many(400), ...many(400, 'other-law').map((n) => ({ ...n, id: `o-${n.id}` }))]));
    const read: unknown[] = [];
    const { getAll } = IDBIndex.prototype;
    vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, query, count) {
      const request = getAll.call(this, query, count);
      request.addEventListener('success', () => read.push(...(request.result as unknown[])));
      return request;
    });
    const scan = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const cursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    expect(value(await store.list(LAW, 'k7'))).toHaveLength(10);
    expect(read).toHaveLength(10);
    read.length = 0;
    expect(value(await store.listAll(LAW))).toHaveLength(400);
    expect(read).toHaveLength(400);
    expect(scan).not.toHaveBeenCalled();
    expect(cursor).not.toHaveBeenCalled();
  });
});
