/**
 * The library actions (src/app/library-actions.ts), the one way the UI writes
 * what lawdiff keeps for the reader: on a fake IndexedDB, each action's
 * effect, its failures as values (`unopened` when the database cannot be
 * opened), and which ones tell the notes stores that notes changed.
 */
// The actions measure cached files with src/app/offline.ts, which reads Vite's import.meta.env.
/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { storeComparison } from '../../../src/app/comparison-cache.js';
import type { CheckReport } from '../../../src/app/import-protocol.js';
import { createLibraryActions, titleKey, type LibraryActions } from '../../../src/app/library-actions.js';
import { COLLECTION_CACHE } from '../../../src/app/revisions.js';
import type { CompareResult } from '../../../src/diff/index.js';
import { putValue, type LawdiffDb } from '../../../src/store/db.js';
import { announceNotesChanged, NOTES_CHANNEL, type ChannelLike } from '../../../src/store/idb-notes.js';
import { LIBRARY_COLLECTION, readContent, readLaw, readLawVersions } from '../../../src/store/library.js';
import type { Note } from '../../../src/store/notes.js';
import { fail } from '../../../src/store/result.js';
import { oneArticleDoc, openDb, value } from '../../helpers/store.js';

const T1 = '2025-02-01T00:00:00.000Z';
const report = (title: string, language = 'en'): Pick<CheckReport, 'docJson' | 'problems'> => ({
  docJson: JSON.stringify(oneArticleDoc(title, { language })),
  problems: [{ line: 3, severity: 'warning', message: 'odd numbering', text: '' }] as CheckReport['problems'],
});
const note = (id: string, folder: string): Note => ({ id, folder, key: 'v1~1', text: `note ${id}`, label: 'Article 1', created: T1, updated: T1 });

/** The actions on `db`, with a spy for the notes announcement and no Cache Storage. */
function actionsOn(db: LawdiffDb, caches?: CacheStorage): { actions: LibraryActions; announce: ReturnType<typeof vi.fn> } {
  const announce = vi.fn();
  return { actions: createLibraryActions({ open: async () => ({ ok: true, value: db }), announceNotes: announce, caches }), announce };
}

/** A database that cannot be opened, for the `unopened` failures. */
const blocked = createLibraryActions({ open: async () => fail('blocked', 'another tab'), announceNotes: () => undefined, caches: undefined });

const fields = { label: ' Second draft ', stage: ' draft ', date: '2025-03-01', source: 'https://example.test/law.txt' };

describe('saving an imported text', () => {
  it('makes a new law with its first version: a free user- folder, the title under the language, fields trimmed, the check problems kept', async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    const target = { kind: 'law' as const, title: ' My law ', jurisdiction: ' CN ', language: 'zh-Hans', taken: ['user-my-law'] };
    const saved = value(await actions.saveImport(target, fields, report('Mine', '')));
    expect(saved.folder).toMatch(/^user-my-law-/u);
    expect(saved.versionId).toMatch(/^second-draft-/u);
    const law = value(await readLaw(db, saved.folder));
    expect(law?.law).toMatchObject({ id: saved.folder, title: { zh: 'My law' }, jurisdiction: 'CN', language: 'zh-Hans' });
    const [version] = value(await readLawVersions(db, saved.folder));
    expect(version?.info).toMatchObject({ id: saved.versionId, label: 'Second draft', stage: 'draft', date: '2025-03-01', source: 'https://example.test/law.txt' });
    expect(version?.checkProblems).toMatchObject({ errors: 0, warnings: 1 });
  });

  it("prefers the text's own language for a new law, then the one typed, then und", async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    const a = value(await actions.saveImport({ kind: 'law', title: 'A', jurisdiction: '', language: 'fr', taken: [] }, fields, report('A', 'de')));
    const b = value(await actions.saveImport({ kind: 'law', title: 'B', jurisdiction: '', language: '', taken: [] }, fields, report('B', '')));
    expect(value(await readLaw(db, a.folder))?.law).toMatchObject({ language: 'de', title: { de: 'A' } });
    expect(value(await readLaw(db, b.folder))?.law).toMatchObject({ language: 'und', title: { und: 'B' } });
    expect(titleKey('')).toBe('en');
  });

  it('adds a version to a law under a new id from its label', async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    const saved = value(await actions.saveImport({ kind: 'version', folder: 'shipped-law', taken: ['second-draft'] }, fields, report('V')));
    expect(saved.folder).toBe('shipped-law');
    expect(saved.versionId).toMatch(/^second-draft-[a-z0-9]+$/u);
    expect(value(await readLawVersions(db, 'shipped-law')).map((v) => v.versionId)).toEqual([saved.versionId]);
  });

  it('says the database could not be opened, and stores nothing', async () => {
    const r = await blocked.saveImport({ kind: 'version', folder: 'x', taken: [] }, fields, report('V'));
    expect(r).toMatchObject({ ok: false, problem: 'blocked', unopened: true });
    expect(await blocked.storageProblem()).toBe('blocked');
  });
});

describe('saving the versions a link names', () => {
  const v = (id: string) => ({ info: { id, label: id.toUpperCase(), stage: '', date: '', source: `https://example.test/${id}.md` }, doc: oneArticleDoc(id) });
  const law = { id: 'user-linked', title: { en: 'Linked' }, jurisdiction: '', language: undefined };

  it('makes the law with the first and adds the others; again, it leaves what is there', async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    value(await actions.saveFromLink('user-linked', law, [v('v1'), v('v2')]));
    expect(value(await readLaw(db, 'user-linked'))?.law).toMatchObject({ title: { en: 'Linked' }, language: 'en' });
    expect(value(await readLawVersions(db, 'user-linked')).map((x) => x.versionId)).toEqual(['v1', 'v2']);
    value(await actions.saveFromLink('user-linked', law, [v('v1'), v('v2'), v('v3')]));
    expect(value(await readLawVersions(db, 'user-linked')).map((x) => x.versionId)).toEqual(['v1', 'v2', 'v3']);
  });

  it('adds versions only, to a law that is here already', async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    value(await actions.saveFromLink('shipped-law', undefined, [v('mine')]));
    expect(value(await readLaw(db, 'shipped-law'))).toBeUndefined();
    expect(value(await readLawVersions(db, 'shipped-law')).map((x) => x.versionId)).toEqual(['mine']);
  });
});

describe('deleting', () => {
  async function fill(db: LawdiffDb, actions: LibraryActions): Promise<string> {
    const { folder } = value(await actions.saveImport({ kind: 'law', title: 'Mine', jurisdiction: '', language: 'en', taken: [] }, fields, report('Mine')));
    value(await putValue(db, 'notes', note('n1', folder)));
    return folder;
  }

  it('a law: asks with its counts, deletes with them, and tells the notes stores when notes went', async () => {
    const db = await openDb();
    const { actions, announce } = actionsOn(db);
    const folder = await fill(db, actions);
    const contents = value(await actions.lawContents(folder, new Set()));
    expect(contents).toMatchObject({ versions: 1, notes: 1, recordOnly: false });
    expect(await actions.deleteLaw(folder, new Set(), { versions: 1, notes: 0 })).toMatchObject({ ok: false, problem: 'changed' });
    expect(announce).not.toHaveBeenCalled();
    value(await actions.deleteLaw(folder, new Set(), contents));
    expect(announce).toHaveBeenCalledTimes(1);
    expect(value(await readContent(db))).toMatchObject({ laws: [], versions: [], notes: [] });
  });

  it('a law without notes tells no notes store', async () => {
    const db = await openDb();
    const { actions, announce } = actionsOn(db);
    const { folder } = value(await actions.saveImport({ kind: 'law', title: 'Bare', jurisdiction: '', language: 'en', taken: [] }, fields, report('Bare')));
    value(await actions.deleteLaw(folder, new Set(), value(await actions.lawContents(folder, new Set()))));
    expect(announce).not.toHaveBeenCalled();
  });

  it('a version', async () => {
    const db = await openDb();
    const { actions } = actionsOn(db);
    const { folder, versionId } = value(await actions.saveImport({ kind: 'version', folder: 'law', taken: [] }, fields, report('V')));
    value(await actions.deleteVersion(folder, versionId));
    expect(value(await readLawVersions(db, folder))).toEqual([]);
    expect(await actions.deleteVersion(folder, versionId)).toMatchObject({ ok: false, problem: 'not-found' });
    expect(await blocked.deleteVersion(folder, versionId)).toMatchObject({ ok: false, problem: 'blocked', unopened: true });
  });

  it('a record that cannot be read: a note tells the notes stores, a version does not', async () => {
    const db = await openDb();
    const { actions, announce } = actionsOn(db);
    const tx = db.transaction(['notes', 'versions'], 'readwrite');
    await (tx.objectStore('notes') as unknown as { put(v: unknown): Promise<unknown> }).put({ ...note('bad', 'law'), label: undefined });
    await (tx.objectStore('versions') as unknown as { put(v: unknown): Promise<unknown> }).put({ collection: LIBRARY_COLLECTION, folder: 'law', versionId: 'broken', origin: 'imported', savedAt: T1 });
    await tx.done;
    const { unreadable } = value(await actions.readContent());
    expect(unreadable.map((r) => r.store).sort()).toEqual(['notes', 'versions']);
    for (const r of unreadable.filter((u) => u.store === 'versions')) value(await actions.deleteRecord(r));
    expect(announce).not.toHaveBeenCalled();
    for (const r of unreadable.filter((u) => u.store === 'notes')) value(await actions.deleteRecord(r));
    expect(announce).toHaveBeenCalledTimes(1);
    expect(value(await actions.readContent()).unreadable).toEqual([]);
  });
});

describe('restoring a backup', () => {
  it('merges it, and tells the notes stores only when notes were added or replaced', async () => {
    const db = await openDb();
    const { actions, announce } = actionsOn(db);
    const empty = { notes: [], laws: [], versions: [], reports: [] };
    value(await actions.restoreBackup(empty, new Set()));
    expect(announce).not.toHaveBeenCalled();
    const summary = value(await actions.restoreBackup({ ...empty, notes: [note('n1', 'law')] }, new Set()));
    expect(summary.notes).toEqual({ added: 1, replaced: 0, kept: 0 });
    expect(announce).toHaveBeenCalledTimes(1);
    value(await actions.restoreBackup({ ...empty, notes: [note('n1', 'law')] }, new Set()));
    expect(announce).toHaveBeenCalledTimes(1);
    expect(await blocked.restoreBackup(empty, new Set())).toMatchObject({ ok: false, unopened: true });
  });
});

describe('the caches', () => {
  /** A Cache Storage holding `files` responses under the collection's cache. */
  function fakeCaches(files: Record<string, string>): CacheStorage & { deleted: string[] } {
    const deleted: string[] = [];
    const cache = {
      keys: async () => Object.keys(files).map((url) => new Request(url)),
      match: async (request: Request) => {
        const body = files[request.url];
        return body === undefined ? undefined : new Response(body);
      },
    };
    return {
      deleted,
      open: async (name: string) => {
        expect(name).toBe(COLLECTION_CACHE);
        return cache as unknown as Cache;
      },
      delete: async (name: string) => {
        deleted.push(name);
        return true;
      },
    } as unknown as CacheStorage & { deleted: string[] };
  }

  it('counts kept comparisons and files, and clears both', async () => {
    const db = await openDb();
    const storage = fakeCaches({ 'https://example.test/a.json': 'abcd', 'https://example.test/b.json': 'ef' });
    const { actions } = actionsOn(db, storage);
    const result = {} as CompareResult;
    value(await storeComparison(db, { key: 'k', rev: 'r', result, bytes: 120, savedAt: T1 }));
    expect(await actions.cacheSizes()).toEqual({ comparisons: 1, comparisonBytes: 120, files: 2, fileBytes: 6 });
    value(await actions.clearCaches());
    expect(storage.deleted).toEqual([COLLECTION_CACHE]);
    expect((await actions.cacheSizes()).comparisons).toBe(0);
  });

  it('without a database or Cache Storage, there is nothing to count or clear', async () => {
    expect(await blocked.cacheSizes()).toEqual({ comparisons: 0, comparisonBytes: 0, files: 0, fileBytes: 0 });
    expect(await blocked.clearCaches()).toEqual({ ok: true, value: undefined });
  });
});

describe('telling the notes stores', () => {
  it('posts one change of any note on the notes channel, then closes it', () => {
    const posted: unknown[] = [];
    const names: string[] = [];
    const close = vi.fn();
    announceNotesChanged((name) => {
      names.push(name);
      return { postMessage: (m: unknown) => posted.push(m), close, addEventListener: () => undefined, removeEventListener: () => undefined } as ChannelLike;
    });
    expect(names).toEqual([NOTES_CHANNEL]);
    expect(posted).toEqual([{ folder: undefined, key: undefined }]);
    expect(close).toHaveBeenCalledTimes(1);
    // Where there is no channel, nothing happens.
    expect(() => announceNotesChanged(undefined)).not.toThrow();
  });
});
