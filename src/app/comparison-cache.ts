/**
 * Computed comparisons kept in IndexedDB, so reopening one needs no
 * recomputation, and offline no network either.
 *
 * A record is keyed by collection, law, the two readings and the diff
 * granularity (a character-level result never answers a request for words,
 * even as a stale fallback, nor the reverse); its `rev` says
 * what it was computed from (the engine build and every input file's
 * content). A record whose `rev` matches is used as is; one that does not
 * is recomputed and replaced — except when the inputs cannot be read at all
 * (offline, nothing cached), where the older record is better than nothing
 * and is shown as such.
 */
import type { CompareResult, Granularity } from '../diff/index.js';
import { getValue, transact, type DbResult, type LawdiffDb, type StoredComparison } from '../store/db.js';
import { contentRevision } from './revisions.js';

/** How much the cache keeps; the least recently saved go first. */
export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: CacheLimits = { maxEntries: 40, maxBytes: 200 * 1024 * 1024 };

/** The record key of a comparison; by words it is the key records had before granularity existed, so they stay valid. */
export function comparisonCacheKey(collection: string, folder: string, oldId: string, newId: string, granularity: Granularity = 'word', readings?: readonly string[]): string {
  // Several readings (the synopsis of three or more): a history of those readings alone.
  if (readings && readings.length > 2) return JSON.stringify([collection, folder, 'readings', ...readings, granularity]);
  return JSON.stringify(granularity === 'word' ? [collection, folder, oldId, newId] : [collection, folder, oldId, newId, granularity]);
}

/** The revision of a computation's inputs: the engine build plus each input (name and content, or the content's revision), in order. */
export function inputRevision(engine: string, inputs: readonly (readonly [string, string])[]): Promise<string> {
  const parts = [engine];
  for (const [name, content] of inputs) parts.push(name, String(content.length), content);
  return contentRevision(parts.join('\u0000'));
}

/** An estimate of a result's size in bytes (text is most of it), without serializing it. */
export function estimateBytes(inputs: readonly (readonly [string, string])[]): number {
  let chars = 0;
  for (const [, content] of inputs) chars += content.length;
  // Each version's text is kept once as its document and about twice more as the diffs and history.
  return chars * 2 * 3;
}

/** The stored record under `key`, or undefined. */
export function readComparison(db: LawdiffDb, key: string): Promise<DbResult<StoredComparison | undefined>> {
  return getValue(db, 'comparisons', key);
}

/** One entry of the cache's table of contents (the `meta` record {@link TOC_KEY}). */
export interface CachedEntry {
  key: string;
  bytes: number;
  savedAt: string;
  /** The record's revision (entries written before it was listed have none). */
  rev?: string;
}

/** The meta record listing every stored comparison's size and date, so eviction never reads the results. */
export const TOC_KEY = 'comparisons';

function tocOf(value: unknown): CachedEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is CachedEntry => typeof e === 'object' && e !== null && typeof e.key === 'string' && typeof e.bytes === 'number' && typeof e.savedAt === 'string',
  );
}

/**
 * Stores a comparison and, in the same transaction, drops the least recently
 * saved ones beyond `limits`. On failure (storage full) nothing changes.
 */
export async function storeComparison(
  db: LawdiffDb,
  record: { key: string; rev: string; result: CompareResult; bytes: number; savedAt?: string },
  limits: CacheLimits = DEFAULT_LIMITS,
): Promise<DbResult<{ evicted: string[] }>> {
  const value: StoredComparison = { key: record.key, rev: record.rev, result: record.result, bytes: record.bytes, savedAt: record.savedAt ?? new Date().toISOString() };
  return transact(db, ['comparisons', 'meta'], 'readwrite', async (tx) => {
    const comparisons = tx.objectStore('comparisons');
    const meta = tx.objectStore('meta');
    const stored = new Set((await comparisons.getAllKeys()).map(String));
    // Entries the table of contents lost track of count as old and small: they go first.
    const toc = tocOf((await meta.get(TOC_KEY))?.value).filter((e) => stored.has(e.key) && e.key !== value.key);
    const listed = new Set(toc.map((e) => e.key));
    const others = [...[...stored].filter((k) => !listed.has(k) && k !== value.key).map((key) => ({ key, bytes: 0, savedAt: '' })), ...toc];
    others.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    const evicted: string[] = [];
    const kept: CachedEntry[] = [{ key: value.key, bytes: value.bytes, savedAt: value.savedAt, rev: value.rev }];
    let bytes = value.bytes;
    for (const o of others) {
      if (kept.length + 1 > limits.maxEntries || bytes + o.bytes > limits.maxBytes || !o.savedAt) evicted.push(o.key);
      else {
        kept.push(o);
        bytes += o.bytes;
      }
    }
    for (const key of evicted) await comparisons.delete(key);
    await comparisons.put(value);
    await meta.put({ key: TOC_KEY, value: kept, savedAt: value.savedAt });
    return { ok: true as const, value: { evicted } };
  });
}

/** Every stored comparison's key, estimated size and date (for the data page), without reading the results. */
export async function listComparisons(db: LawdiffDb): Promise<DbResult<CachedEntry[]>> {
  const r = await getValue(db, 'meta', TOC_KEY);
  return r.ok ? { ok: true, value: tocOf(r.value?.value) } : r;
}

/** Drops every stored comparison (they are recomputed when opened again). */
export function clearComparisons(db: LawdiffDb): Promise<DbResult<void>> {
  return transact(db, ['comparisons', 'meta'], 'readwrite', async (tx) => {
    await tx.objectStore('comparisons').clear();
    await tx.objectStore('meta').delete(TOC_KEY);
    return { ok: true as const, value: undefined };
  });
}
