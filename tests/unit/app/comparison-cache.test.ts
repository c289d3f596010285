import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  clearComparisons,
  comparisonCacheKey,
  inputRevision,
  listComparisons,
  readComparison,
  storeComparison,
} from '../../../src/app/comparison-cache.js';
import { comparedReadings, currentComparison, lookUpComparison } from '../../../src/app/comparison-lookup.js';
import { contentRevision } from '../../../src/app/revisions.js';
import type { CompareResult } from '../../../src/diff/index.js';
import type { CollectionReader } from '../../../src/model/collection.js';
import type { Law } from '../../../src/model/types.js';
import { openDb, value } from '../../helpers/store.js';

/** A result with a recognisable marker (the cache never looks inside). */
const result = (marker: string): CompareResult => ({ docs: {}, warnings: { [marker]: [] }, comparison: {} as CompareResult['comparison'], history: {} as CompareResult['history'] });

describe('comparison cache', () => {
  it('revisions change with the engine, any input’s name or content, and not otherwise', async () => {
    const base = await inputRevision('engine-a', [['law.json', '{}'], ['a/1.md', '第一条 x']]);
    expect(await inputRevision('engine-a', [['law.json', '{}'], ['a/1.md', '第一条 x']])).toBe(base);
    expect(await inputRevision('engine-b', [['law.json', '{}'], ['a/1.md', '第一条 x']])).not.toBe(base);
    expect(await inputRevision('engine-a', [['law.json', '{}'], ['a/1.md', '第一条 y']])).not.toBe(base);
    expect(await inputRevision('engine-a', [['law.json', '{}'], ['a/2.md', '第一条 x']])).not.toBe(base);
    // Moving text across the boundary of two inputs is a different input.
    expect(await inputRevision('e', [['a', 'xy'], ['b', 'z']])).not.toBe(await inputRevision('e', [['a', 'x'], ['b', 'yz']]));
    expect(base).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('stores, reads back and replaces a comparison under its key', async () => {
    const db = await openDb();
    const key = comparisonCacheKey('http://x/collection/', 'law', 'v1', 'v2');
    expect(value(await readComparison(db, key))).toBeUndefined();
    value(await storeComparison(db, { key, rev: 'r1', result: result('one'), bytes: 10, savedAt: '2026-01-01T00:00:00Z' }));
    expect(value(await readComparison(db, key))).toMatchObject({ rev: 'r1', result: { warnings: { one: [] } } });
    value(await storeComparison(db, { key, rev: 'r2', result: result('two'), bytes: 10, savedAt: '2026-01-02T00:00:00Z' }));
    expect(value(await readComparison(db, key))).toMatchObject({ rev: 'r2', result: { warnings: { two: [] } } });
    expect(value(await listComparisons(db))).toEqual([{ key, bytes: 10, savedAt: '2026-01-02T00:00:00Z', rev: 'r2' }]);
  });

  it('keeps a comparison by characters apart from the same one by words: neither is ever read for the other', async () => {
    const db = await openDb();
    const words = comparisonCacheKey('http://x/collection/', 'law', 'v1', 'v2');
    const chars = comparisonCacheKey('http://x/collection/', 'law', 'v1', 'v2', 'char');
    // By words the key is the one records had before there was a choice, so those stay valid.
    expect(comparisonCacheKey('http://x/collection/', 'law', 'v1', 'v2', 'word')).toBe(words);
    expect(words).toBe(JSON.stringify(['http://x/collection/', 'law', 'v1', 'v2']));
    expect(chars).not.toBe(words);
    value(await storeComparison(db, { key: chars, rev: 'r', result: result('by characters'), bytes: 10, savedAt: '2026-01-01T00:00:00Z' }));
    // Same inputs, same revision: still nothing by words.
    expect(value(await readComparison(db, words))).toBeUndefined();
    value(await storeComparison(db, { key: words, rev: 'r', result: result('by words'), bytes: 10, savedAt: '2026-01-02T00:00:00Z' }));
    expect(value(await readComparison(db, words))).toMatchObject({ result: { warnings: { 'by words': [] } } });
    expect(value(await readComparison(db, chars))).toMatchObject({ result: { warnings: { 'by characters': [] } } });
    expect(value(await listComparisons(db)).map((e) => e.key).sort()).toEqual([words, chars].sort());
  });

  it('evicts the least recently saved beyond the entry and byte limits, never the one being saved', async () => {
    const db = await openDb();
    const limits = { maxEntries: 3, maxBytes: 100 };
    const save = (k: string, bytes: number, day: number) =>
      storeComparison(db, { key: k, rev: 'r', result: result(k), bytes, savedAt: `2026-01-0${day}T00:00:00Z` }, limits);
    value(await save('a', 10, 1));
    value(await save('b', 10, 2));
    value(await save('c', 10, 3));
    expect(value(await save('d', 10, 4)).evicted).toEqual(['a']);
    expect(value(await save('e', 85, 5)).evicted.sort()).toEqual(['b', 'c']);
    expect((value(await listComparisons(db))).map((e) => e.key).sort()).toEqual(['d', 'e']);
    // Larger than the whole budget: kept alone (the one just computed is always worth keeping).
    expect(value(await save('f', 500, 6)).evicted.sort()).toEqual(['d', 'e']);
    expect(value(await readComparison(db, 'f'))).toBeDefined();
    expect(value(await readComparison(db, 'a'))).toBeUndefined();
  });

  it('a failed write (storage full) changes nothing', async () => {
    const db = await openDb();
    value(await storeComparison(db, { key: 'a', rev: 'r', result: result('a'), bytes: 10 }));
    // A result that cannot be stored (a function is not cloneable), standing in for a quota error mid-write.
    const bad = { ...result('b'), docs: { x: (() => 1) as unknown as CompareResult['docs'][string] } };
    const r = await storeComparison(db, { key: 'b', rev: 'r', result: bad, bytes: 10 }, { maxEntries: 1, maxBytes: 100 });
    expect(r.ok).toBe(false);
    expect(value(await readComparison(db, 'a'))).toMatchObject({ result: { warnings: { a: [] } } });
    expect(value(await listComparisons(db)).map((e) => e.key)).toEqual(['a']);
  });

  it('clears everything', async () => {
    const db = await openDb();
    value(await storeComparison(db, { key: 'a', rev: 'r', result: result('a'), bytes: 10 }));
    value(await clearComparisons(db));
    expect(value(await readComparison(db, 'a'))).toBeUndefined();
    expect(value(await listComparisons(db))).toEqual([]);
  });

  describe('looking a comparison up', () => {
    const law: Law = {
      id: 'law',
      title: { en: 'A law' },
      jurisdiction: 'XX',
      language: 'zh-Hans',
      versions: [
        { id: 'v1', label: 'One', stage: 'draft', date: '2020-01-01', file: 'v1.md' },
        { id: 'v2', label: 'Two', stage: 'draft', date: '2021-01-01', file: 'v2.md' },
        { id: 'draft', label: 'Unpublished', stage: 'draft', date: '2021-06-01', published: false },
        { id: 'v3', label: 'Three', stage: 'adopted', date: '2022-01-01', file: 'v3.md' },
      ],
    };
    const job = { base: 'http://x/collection/', folder: 'law', law, old: 'v1', new: 'v3', granularity: 'char' as const };
    const texts: Record<string, string> = { 'law/v1.md': '第一条 甲', 'law/v2.md': '第一条 乙', 'law/v3.md': '第一条 丙' };
    /** A reader counting its reads; `named` files have a build revision (their content's, as files.json gives it). */
    const readerOf = (named: readonly string[], unreadable: readonly string[] = []) => {
      const reads: string[] = [];
      const reader: CollectionReader & { reads: string[] } = {
        reads,
        async read(path) {
          reads.push(path);
          if (unreadable.includes(path) || !(path in texts)) throw new Error('HTTP 404');
          return texts[path]!;
        },
        revision: async (path) => (named.includes(path) ? contentRevision(texts[path]!) : undefined),
      };
      return reader;
    };
    const all = Object.keys(texts);

    it('reads the published readings with a text, or the chosen ones in their order', () => {
      expect(comparedReadings(law).map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
      expect(comparedReadings(law, ['v3', 'draft', 'v1']).map((v) => v.id)).toEqual(['v3', 'v1']);
      // Two readings are not a choice: the history still follows every reading.
      expect(comparedReadings(law, ['v1', 'v3']).map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
    });

    it('gives the same revision from build revisions as from the texts, and reads no text when every file has one', async () => {
      const named = readerOf(all);
      const byRevision = await lookUpComparison(undefined, named, 'engine', job);
      expect(named.reads).toEqual([]);
      const hashed = readerOf([]);
      const byContent = await lookUpComparison(undefined, hashed, 'engine', job);
      expect(hashed.reads.sort()).toEqual(all);
      expect(byContent.rev).toBe(byRevision.rev);
      expect(byRevision).toMatchObject({ key: comparisonCacheKey(job.base, 'law', 'v1', 'v3', 'char'), paths: all, granularity: 'char', stored: undefined });
      // The engine, the law's listing and any file's revision are part of it.
      expect((await lookUpComparison(undefined, named, 'engine 2', job)).rev).not.toBe(byRevision.rev);
      expect((await lookUpComparison(undefined, named, 'engine', { ...job, law: { ...law, title: { en: 'Renamed' } } })).rev).not.toBe(byRevision.rev);
      const changed = readerOf(all);
      changed.revision = async (path) => (path === 'law/v2.md' ? 'another' : contentRevision(texts[path]!));
      expect((await lookUpComparison(undefined, changed, 'engine', job)).rev).not.toBe(byRevision.rev);
      // A file that cannot be read gives a revision of its own, never a readable file's.
      expect((await lookUpComparison(undefined, readerOf([], ['law/v2.md']), 'engine', job)).rev).not.toBe(byRevision.rev);
      // Not CJK: one entry for both units.
      const en = await lookUpComparison(undefined, named, 'engine', { ...job, law: { ...law, language: 'en' } });
      expect(en).toMatchObject({ granularity: 'word', key: comparisonCacheKey(job.base, 'law', 'v1', 'v3') });
    });

    it('the page reads a kept comparison only when it is current and every file has a build revision', async () => {
      const db = await openDb();
      const named = readerOf(all);
      const { key, rev } = await lookUpComparison(db, named, 'engine', job);
      expect(await currentComparison(db, named, 'engine', job)).toBeUndefined();
      value(await storeComparison(db, { key, rev, result: result('kept'), bytes: 10, savedAt: '2026-01-01T00:00:00Z' }));
      expect(await currentComparison(db, named, 'engine', job)).toMatchObject({ rev, result: { warnings: { kept: [] } } });
      expect(named.reads).toEqual([]);
      // The worker sees the same record, current.
      expect((await lookUpComparison(db, named, 'engine', job)).stored?.rev).toBe(rev);
      // Another engine, or a file without a build revision (read by the worker instead), or another unit: not here.
      expect(await currentComparison(db, named, 'engine 2', job)).toBeUndefined();
      const partly = readerOf(['law/v1.md', 'law/v3.md']);
      expect(await currentComparison(db, partly, 'engine', job)).toBeUndefined();
      expect(partly.reads).toEqual([]);
      expect(await currentComparison(db, named, 'engine', { ...job, granularity: 'word' })).toBeUndefined();
      // A record that is not current is not read by the page: the table of contents says so first.
      value(await storeComparison(db, { key, rev: 'older', result: result('older'), bytes: 10, savedAt: '2026-01-02T00:00:00Z' }));
      expect(await currentComparison(db, named, 'engine', job)).toBeUndefined();
      expect((await lookUpComparison(db, named, 'engine', job)).stored).toMatchObject({ rev: 'older' });
    });
  });
});
