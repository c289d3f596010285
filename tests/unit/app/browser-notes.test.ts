/**
 * The browser's notes store (issue 12, points 2 and 4; issue 13): while the
 * database cannot be opened a note is kept in localStorage and marked with
 * why; whenever the database opens, every such note is moved into it (and so
 * into the backup); a connection closed by another tab's upgrade is opened
 * again, and a failure says "updated in another tab", not "private browsing".
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserNotesStore } from '../../../src/app/browser-notes.js';
import { createLocalNotesStore, storageKey } from '../../../src/store/local-notes.js';
import { heldLocally, type NotesChange } from '../../../src/store/notes.js';
import { DB_VERSION, listValues, openLawdiffDb, putValue } from '../../../src/store/db.js';
import { MIGRATED_KEY } from '../../../src/store/idb-notes.js';
import { done, MemoryStorage, value } from '../../helpers/store.js';

const LAW = 'fictional-open-data-law-zh';


describe('browser notes store', () => {
  it('keeps a note in localStorage, marked with why, while the database cannot be opened, and moves it in once it can', async () => {
    const storage = new MemoryStorage();
    const local = createLocalNotesStore({ storage: () => storage, events: undefined });
    // A newer lawdiff upgraded this browser's database: this page cannot open it.
    const newer = new IDBFactory();
    (await done(newer.open('lawdiff', DB_VERSION + 1))).close();
    let factory = newer;
    const store = createBrowserNotesStore({ open: () => openLawdiffDb({ factory }), local, idb: { channel: undefined }, onUnblocked: () => undefined });

    const kept = value(await store.add(LAW, 'first-draft~1', { text: 'written while the database was away', label: '第一条' }));
    expect(heldLocally(kept)).toMatchObject({ problem: 'outdated' });
    const listed = value(await store.listAll(LAW));
    expect(listed.map((n) => [n.text, heldLocally(n)?.problem])).toEqual([['written while the database was away', 'outdated']]);
    // A note in the database cannot be changed now, and the reason is the real one.
    expect(await store.update({ id: 'in-the-database', folder: LAW, key: 'first-draft~1' }, 'x')).toMatchObject({ ok: false, problem: 'outdated' });
    // A note kept here can be.
    const edited = value(await store.update(kept, 'edited while away'));
    expect(heldLocally(edited)).toMatchObject({ problem: 'outdated' });

    // The database is healthy again (this page reloaded with the new build). An earlier release had marked the law as copied.
    const healthy = new IDBFactory();
    const db = value(await openLawdiffDb({ factory: healthy }));
    value(await putValue(db, 'meta', { key: MIGRATED_KEY, value: [LAW], savedAt: '2025-01-01T00:00:00.000Z' }));
    factory = healthy;
    const seen: NotesChange[] = [];
    store.subscribe((c) => seen.push(c));
    const after = value(await store.listAll(LAW));
    expect(after.map((n) => n.text)).toEqual(['edited while away']);
    expect(heldLocally(after[0]!)).toBeUndefined();
    // In the database, so in the backup; gone from localStorage (moved, not copied).
    expect(value(await listValues(db, 'notes')).map((n) => n.text)).toEqual(['edited while away']);
    expect(storage.items.has(storageKey(LAW))).toBe(false);
    expect(seen).toContainEqual({ folder: undefined, key: undefined });
    db.close();
  });

  it('opens the database again after another tab’s upgrade closed it, and says why when it cannot', async () => {
    const storage = new MemoryStorage();
    const local = createLocalNotesStore({ storage: () => storage, events: undefined });
    // The page's shared connection (src/app/library-reader.ts), on this test's IndexedDB.
    const store = createBrowserNotesStore({ local, idb: { channel: undefined } });
    const first = value(await store.add(LAW, 'k', { text: 'in the database', label: '' }));
    expect(heldLocally(first)).toBeUndefined();

    // Another tab upgrades: this page's connection closes. Before, every later call failed as "unavailable" (private browsing) until a reload.
    (await done(indexedDB.open('lawdiff', DB_VERSION + 1))).close();
    expect(await store.update(first, 'changed')).toMatchObject({ ok: false, problem: 'outdated' });
    const away = value(await store.add(LAW, 'k', { text: 'kept here meanwhile', label: '' }));
    expect(heldLocally(away)).toMatchObject({ problem: 'outdated' });

    // The database can be opened again (the other tab's database went away): no reload needed.
    await done(indexedDB.deleteDatabase('lawdiff'));
    const back = value(await store.add(LAW, 'k', { text: 'in the database again', label: '' }));
    expect(heldLocally(back)).toBeUndefined();
    const all = value(await store.listAll(LAW));
    expect(all.map((n) => [n.text, heldLocally(n)])).toEqual([
      ['kept here meanwhile', undefined],
      ['in the database again', undefined],
    ]);
    expect(storage.items.size).toBe(0);
  });
});
