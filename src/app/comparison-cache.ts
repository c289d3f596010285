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
import { isCjkLanguage, type CompareResult, type Granularity } from '../diff/index.js';
import { versionFile, type CollectionReader } from '../model/collection.js';
import type { Law, VersionInfo } from '../model/types.js';
import { getValue, transact, type DbResult, type LawdiffDb, type StoredComparison } from '../store/db.js';
import { contentRevision } from './revisions.js';
import type { CompareRequest } from './worker-protocol.js';

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

/** What a comparison is computed from, as the page asks for it: the request without the worker's message id. */
export type ComparisonInputs = Omit<CompareRequest, 'id' | 'type'>;

/**
 * The readings a comparison reads: every published reading with a text (its history follows them all), or,
 * for several readings (the synopsis of three or more), those chosen, in their order.
 */
export function comparedReadings(law: Law, readings?: readonly string[]): VersionInfo[] {
  const chosen = readings && readings.length > 2 ? new Set(readings) : undefined;
  return (chosen ? readings!.flatMap((id) => law.versions.find((v) => v.id === id) ?? []) : law.versions).filter(
    (v) => v.published !== false && (v.file || v.structured) && (!chosen || chosen.has(v.id)),
  );
}

/** Stands for a file that could not be read in a revision: never equal to a readable file's. */
const UNREADABLE = '\u0000unreadable';

/** Where a comparison is (or would be) kept, and what its inputs are now. */
export interface ComparisonLookup {
  key: string;
  /** The revision of the inputs as they are now; a record with this `rev` is the comparison they would give. */
  rev: string;
  /** The files read, collection-relative, one per reading of {@link comparedReadings}. */
  paths: string[];
  /** Other scripts are cut into words at either granularity: one result, and one cache entry, for both. */
  granularity: Granularity;
  /** The record under `key`, current or not (undefined without one, or without a database). */
  stored: StoredComparison | undefined;
}

/** A comparison's key, files and the revision of its inputs; undefined when a file has no known revision and `readFiles` is false. */
/** A comparison's record key, unit and chosen readings (several), from what is asked. */
function keyOf(job: ComparisonInputs): { key: string; granularity: Granularity; chosen: readonly string[] | undefined } {
  const granularity = isCjkLanguage(job.law.language) ? job.granularity : 'word';
  const chosen = job.readings && job.readings.length > 2 ? job.readings : undefined;
  return { key: comparisonCacheKey(job.base, job.folder, job.old, job.new, granularity, chosen), granularity, chosen };
}

async function inputsOf(reader: CollectionReader, engine: string, job: ComparisonInputs, readFiles: boolean): Promise<Omit<ComparisonLookup, 'stored'> | undefined> {
  const { key, granularity, chosen } = keyOf(job);
  const paths = comparedReadings(job.law, chosen).map((v) => `${job.folder}/${versionFile(v)!}`);
  const known = await Promise.all(paths.map((p) => reader.revision?.(p).catch(() => undefined)));
  if (!readFiles && known.some((r) => !r)) return undefined;
  const revisions = await Promise.all(
    paths.map(async (p, i) => known[i] ?? reader.read(p).then((text) => contentRevision(text), () => UNREADABLE)),
  );
  const rev = await inputRevision(engine, [['law.json', JSON.stringify(job.law)], ...paths.map((p, i): [string, string] => [p, revisions[i]!])]);
  return { key, rev, paths, granularity };
}

/**
 * Looks a comparison up (the worker, before computing it): its key, the revision of its inputs and the
 * record kept under the key, current or not. Each file counts by its build revision (`files.json`, through
 * the reader's `revision`), so shipped readings are checked without reading them; a file without one is
 * read and hashed.
 */
export async function lookUpComparison(db: LawdiffDb | undefined, reader: CollectionReader, engine: string, job: ComparisonInputs): Promise<ComparisonLookup> {
  const inputs = (await inputsOf(reader, engine, job, true))!;
  const stored = db ? await readComparison(db, inputs.key) : undefined;
  return { ...inputs, stored: stored?.ok ? stored.value : undefined };
}

/**
 * The kept comparison when it is current and can be known so without reading any text (the page, before
 * it asks the worker): every file has a build revision, and the table of contents names the same
 * revision, so a record that is not current is never read here. Undefined otherwise.
 */
export async function currentComparison(db: LawdiffDb, reader: CollectionReader, engine: string, job: ComparisonInputs): Promise<StoredComparison | undefined> {
  // Nothing kept under the key (a first visit): known from the table of contents alone, before any revision is asked for.
  const toc = await listComparisons(db);
  const { key } = keyOf(job);
  const listed = toc.ok ? toc.value.find((e) => e.key === key) : undefined;
  if (!listed?.rev) return undefined;
  const inputs = await inputsOf(reader, engine, job, false);
  if (!inputs || inputs.rev !== listed.rev) return undefined;
  const stored = await readComparison(db, inputs.key);
  return stored.ok && stored.value?.rev === inputs.rev ? stored.value : undefined;
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
