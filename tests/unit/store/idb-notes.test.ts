import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalNotesStore, storageKey, type Note, type NotesChange, type StorageLike } from '../../../src/app/notes-store.js';
import { listValues, putValue, type LawdiffDb } from '../../../src/store/db.js';
import { createIdbNotesStore, EXPORT_FORMAT, type ChannelLike, type IdbNotesOptions } from '../../../src/store/idb-notes.js';
import { LAW, notesStoreContract } from '../app/notes-contract.js';
import { openDb, value } from '../../helpers/store.js';

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

  it('reports notes of the wrong shape as corrupt and leaves them alone', async () => {
    const db = await openDb();
    const store = setup(db);
    const tx = db.transaction('notes', 'readwrite');
    await (tx.store as unknown as { put(v: unknown): Promise<unknown> }).put({ id: 'bad', folder: LAW, key: 'k', text: 1 });
    await tx.done;
    expect(await store.list(LAW, 'k')).toMatchObject({ ok: false, problem: 'corrupt' });
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

describe('migration from localStorage', () => {
  class FakeStorage implements StorageLike {
    readonly items = new Map<string, string>();
    getItem(key: string): string | null {
      return this.items.get(key) ?? null;
    }
    setItem(key: string, value: string): void {
      this.items.set(key, value);
    }
  }

  it('copies each law’s notes once, and skips what it cannot read', async () => {
    const storage = new FakeStorage();
    let n = 0;
    const local = createLocalNotesStore({ storage: () => storage, newId: () => `local-${++n}`, events: undefined });
    const x = value(await local.add(LAW, 'k', { text: 'from localStorage', label: '第一条' }));
    value(await local.add('law2', 'k', { text: 'another law', label: '' }));
    storage.items.set(storageKey('broken'), '{not json');

    const db = await openDb();
    const store = setup(db);
    const first = value(await store.migrateFromLocalStorage(local, [LAW, 'law2', 'broken', 'empty']));
    expect(first).toMatchObject({ folders: [LAW, 'law2', 'empty'], added: 2, skipped: [{ folder: 'broken', problem: 'corrupt' }] });
    expect(value(await store.list(LAW, 'k'))).toEqual([x]);

    // deleted after the migration: a second run does not bring it back, nor copy anything twice
    value(await store.remove(x));
    const again = value(await store.migrateFromLocalStorage(local, [LAW, 'law2', 'broken']));
    expect(again).toMatchObject({ folders: [], added: 0 });
    expect(value(await store.listAll(LAW))).toEqual([]);
    expect(value(await store.listAll('law2'))).toHaveLength(1);

    // the broken law, once readable, is copied on a later run
    storage.items.delete(storageKey('broken'));
    value(await local.add('broken', 'k', { text: 'repaired', label: '' }));
    expect(value(await store.migrateFromLocalStorage(local, ['broken']))).toMatchObject({ folders: ['broken'], added: 1 });
  });

  it('records nothing when the copy fails', async () => {
    const storage = new FakeStorage();
    const local = createLocalNotesStore({ storage: () => storage, events: undefined });
    value(await local.add(LAW, 'k', { text: 'x', label: '' }));
    const db = await openDb();
    const store = setup(db);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    expect(await store.migrateFromLocalStorage(local, [LAW])).toMatchObject({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(value(await listValues(db, 'meta'))).toEqual([]);
    expect(value(await listValues(db, 'notes'))).toEqual([]);
    value(await putValue(db, 'meta', { key: 'unrelated', value: 1, savedAt: '2025-01-01T00:00:00.000Z' }));
    expect(value(await store.migrateFromLocalStorage(local, [LAW]))).toMatchObject({ folders: [LAW], added: 1 });
  });
});
