import { describe, expect, it } from 'vitest';
import { createLocalNotesStore, storageKey, type StorageLike } from '../../../src/store/local-notes.js';
import type { NotesChange } from '../../../src/store/notes.js';
import { value } from '../../helpers/store.js';
import { LAW, notesStoreContract } from '../../helpers/notes-contract.js';

/** An in-memory Web Storage that can be made to refuse writes (quota) or to throw on every access (blocked). */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Refuse writes that would make the stored text longer than this. */
  quota = Infinity;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function setup(storage?: () => StorageLike | undefined) {
  const fake = new FakeStorage();
  let t = Date.parse('2025-09-01T10:00:00Z');
  let n = 0;
  return createLocalNotesStore({ storage: storage ?? (() => fake), now: () => new Date((t += 60_000)), newId: () => `id-${++n}`, events: undefined });
}

describe('local notes store', () => {
  notesStoreContract(() => setup());

  it('keeps the notes of a law under one versioned localStorage entry', async () => {
    const fake = new FakeStorage();
    const store = setup(() => fake);
    value(await store.add(LAW, 'first-draft~15', { text: 'moved', label: '第四条' }));
    expect(JSON.parse(fake.getItem(storageKey(LAW))!).format).toBe('lawdiff-notes/1');
  });

  it('reports a full storage and keeps every note stored before', async () => {
    const fake = new FakeStorage();
    const store = setup(() => fake);
    value(await store.add(LAW, 'k', { text: 'kept', label: '' }));
    const before = fake.getItem(storageKey(LAW));
    fake.quota = before!.length + 10;
    const seen: NotesChange[] = [];
    store.subscribe((c) => seen.push(c));
    const r = await store.add(LAW, 'k', { text: 'a note too long for what is left of the quota', label: '' });
    expect(r).toMatchObject({ ok: false, problem: 'full' });
    expect(fake.getItem(storageKey(LAW))).toBe(before);
    expect(value(await store.list(LAW, 'k')).map((n) => n.text)).toEqual(['kept']);
    expect(seen).toEqual([]);
  });

  it('reports storage that is missing or blocked, on reading and on writing', async () => {
    for (const storage of [() => undefined, () => { throw new DOMException('denied', 'SecurityError'); }]) {
      const store = setup(storage);
      expect(await store.listAll(LAW)).toMatchObject({ ok: false, problem: 'unavailable' });
      expect(await store.add(LAW, 'k', { text: 'x', label: '' })).toMatchObject({ ok: false, problem: 'unavailable' });
    }
  });

  it('never overwrites notes it cannot read', async () => {
    for (const raw of ['{not json', '{"format":"something-else","notes":[]}', '{"format":"lawdiff-notes/1","notes":[{"id":1}]}']) {
      const fake = new FakeStorage();
      fake.items.set(storageKey(LAW), raw);
      const store = setup(() => fake);
      expect(await store.list(LAW, 'k')).toMatchObject({ ok: false, problem: 'corrupt' });
      expect(await store.add(LAW, 'k', { text: 'x', label: '' })).toMatchObject({ ok: false, problem: 'corrupt' });
      expect(fake.getItem(storageKey(LAW))).toBe(raw);
    }
  });

  it('lets two pages on the same storage add notes without losing each other’s', async () => {
    const fake = new FakeStorage();
    const tab1 = setup(() => fake);
    const tab2 = createLocalNotesStore({ storage: () => fake, newId: () => 'other', events: undefined });
    value(await tab1.add(LAW, 'k', { text: 'from tab 1', label: '' }));
    value(await tab2.add(LAW, 'k', { text: 'from tab 2', label: '' }));
    expect(value(await tab1.list(LAW, 'k')).map((n) => n.text).sort()).toEqual(['from tab 1', 'from tab 2']);
  });

  it('hears writes of other pages through storage events', async () => {
    const target = new EventTarget();
    const store = createLocalNotesStore({ storage: () => new FakeStorage(), events: target as unknown as Window });
    const seen: NotesChange[] = [];
    const stop = store.subscribe((c) => seen.push(c));
    const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key });
    target.dispatchEvent(storageEvent(storageKey(LAW)));
    target.dispatchEvent(storageEvent('something-else'));
    target.dispatchEvent(storageEvent(null));
    stop();
    target.dispatchEvent(storageEvent(storageKey(LAW)));
    expect(seen).toEqual([
      { folder: LAW, key: undefined },
      { folder: undefined, key: undefined },
    ]);
  });
});
