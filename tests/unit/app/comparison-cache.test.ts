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
import type { CompareResult } from '../../../src/diff/index.js';
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
    expect(value(await listComparisons(db))).toEqual([{ key, bytes: 10, savedAt: '2026-01-02T00:00:00Z' }]);
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
});
