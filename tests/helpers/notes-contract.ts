/**
 * The behaviour every NotesStore promises, run against each backend
 * (localStorage: local-notes.test.ts; IndexedDB: idb-notes.test.ts).
 * `make` gives a fresh, empty store with a ticking clock and ids `id-1`, `id-2`, …
 */
import { expect, it } from 'vitest';
import type { NotesChange, NotesStore } from '../../src/store/notes.js';
import { value } from './store.js';

export const LAW = 'fictional-open-data-law-zh';


/** Declares the contract tests in the current `describe`. */
export function notesStoreContract(make: () => NotesStore | Promise<NotesStore>): void {
  it('adds, lists, updates and removes notes by law and article key', async () => {
    const store = await make();
    const a = value(await store.add(LAW, 'first-draft~15', { text: '  moved into the General Provisions  ', label: '第四条' }));
    expect(a).toMatchObject({ id: 'id-1', folder: LAW, key: 'first-draft~15', text: 'moved into the General Provisions', label: '第四条' });
    expect(a.created).toBe(a.updated);
    const b = value(await store.add(LAW, 'first-draft~15', { text: 'second', label: '第四条' }));
    value(await store.add(LAW, 'first-draft~1', { text: 'other article', label: '第一条' }));
    value(await store.add('another-law', 'first-draft~15', { text: 'other law', label: '§ 4' }));

    expect(value(await store.list(LAW, 'first-draft~15')).map((x) => x.text)).toEqual(['moved into the General Provisions', 'second']);
    expect(value(await store.listAll(LAW))).toHaveLength(3);
    expect(value(await store.list(LAW, 'nothing~here'))).toEqual([]);

    const edited = value(await store.update(b, 'second, edited'));
    expect(edited.text).toBe('second, edited');
    expect(edited.updated > edited.created).toBe(true);
    expect(value(await store.remove(a)).text).toBe('moved into the General Provisions');
    expect(value(await store.list(LAW, 'first-draft~15')).map((x) => x.text)).toEqual(['second, edited']);
  });

  it('tells listeners what changed, and stops when unsubscribed', async () => {
    const store = await make();
    const seen: NotesChange[] = [];
    const stop = store.subscribe((c) => seen.push(c));
    const n = value(await store.add(LAW, 'k1', { text: 'x', label: '' }));
    await store.add(LAW, 'k2', { text: '', label: '' }); // refused: no change, no call
    const edited = value(await store.update(n, 'y'));
    stop();
    value(await store.remove(edited));
    expect(seen).toEqual([
      { folder: LAW, key: 'k1' },
      { folder: LAW, key: 'k1' },
    ]);
  });

  it('keeps hostile text exactly as written (it is only ever shown as text)', async () => {
    const store = await make();
    const hostile = '<img src=x onerror=alert(1)></style><script>alert(2)</script> & "quotes" \'single\'';
    value(await store.add(LAW, 'k', { text: hostile, label: '<b>' }));
    expect(value(await store.list(LAW, 'k'))[0]).toMatchObject({ text: hostile, label: '<b>' });
  });

  it('refuses to overwrite or delete a note changed since the reader saw it (another tab), and keeps that change', async () => {
    const store = await make();
    const seen = value(await store.add(LAW, 'k', { text: 'first', label: '' }));
    // Another tab edits the note…
    const elsewhere = value(await store.update(seen, 'edited in the other tab'));
    // …and this tab, which still shows the old version, saves or deletes it.
    expect(await store.update(seen, 'edited here')).toMatchObject({ ok: false, problem: 'conflict' });
    expect(await store.remove(seen)).toMatchObject({ ok: false, problem: 'conflict' });
    expect(value(await store.list(LAW, 'k')).map((n) => n.text)).toEqual(['edited in the other tab']);
    // With the current version, both work; a reference without a version is not checked.
    expect(value(await store.update(elsewhere, 'edited here')).text).toBe('edited here');
    expect(value(await store.update({ id: seen.id, folder: LAW, key: 'k' }, 'no version')).text).toBe('no version');
  });

  it('refuses empty notes and notes that are gone', async () => {
    const store = await make();
    expect(await store.add(LAW, 'k', { text: '   \n ', label: '' })).toMatchObject({ ok: false, problem: 'empty' });
    const n = value(await store.add(LAW, 'k', { text: 'x', label: '' }));
    expect(await store.update(n, ' ')).toMatchObject({ ok: false, problem: 'empty' });
    value(await store.remove(n));
    expect(await store.update(n, 'y')).toMatchObject({ ok: false, problem: 'not-found' });
    expect(await store.remove(n)).toMatchObject({ ok: false, problem: 'not-found' });
  });
}
