/**
 * Finding a kept comparison: its key, the revision of its inputs — each file by the build's revision
 * when the reader knows it, so shipped readings are checked without reading them — and the record
 * (docs/decisions/017-kept-comparisons-read-by-the-page.md). Used by the worker before it computes,
 * and by the page (loaded with the first comparison) to show a current record without the worker.
 */
import type { Granularity } from '../diff/index.js';
import { isCjkLanguage } from '../model/language.js';
import { versionFile, type CollectionReader } from '../model/collection.js';
import type { Law, VersionInfo } from '../model/types.js';
import type { LawdiffDb, StoredComparison } from '../store/db.js';
import { comparisonCacheKey, inputRevision, listComparisons, readComparison } from './comparison-cache.js';
import { contentRevision } from './revisions.js';
import type { CompareJob } from './worker-protocol.js';

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

/** The unit a law's text is compared by: CJK by words or characters (as asked), every other script by words. */
export function unitOf(law: Law, granularity: Granularity): Granularity {
  return isCjkLanguage(law.language) ? granularity : 'word';
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

/** A comparison's record key, unit and chosen readings (several), from what is asked. */
function keyOf(job: CompareJob): { key: string; granularity: Granularity; chosen: readonly string[] | undefined } {
  const granularity = unitOf(job.law, job.granularity);
  const chosen = job.readings && job.readings.length > 2 ? job.readings : undefined;
  return { key: comparisonCacheKey(job.base, job.folder, job.old, job.new, granularity, chosen), granularity, chosen };
}

/** A comparison's key, files and the revision of its inputs; undefined when a file has no known revision and `readFiles` is false. */
async function inputsOf(reader: CollectionReader, engine: string, job: CompareJob, readFiles: boolean): Promise<Omit<ComparisonLookup, 'stored'> | undefined> {
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
export async function lookUpComparison(db: LawdiffDb | undefined, reader: CollectionReader, engine: string, job: CompareJob): Promise<ComparisonLookup> {
  const inputs = (await inputsOf(reader, engine, job, true))!;
  const stored = db ? await readComparison(db, inputs.key) : undefined;
  return { ...inputs, stored: stored?.ok ? stored.value : undefined };
}

/**
 * The kept comparison when it is current and can be known so without reading any text (the page, before
 * it asks the worker): every file has a build revision, and the table of contents names the same
 * revision, so a record that is not current is never read here. Undefined otherwise.
 */
export async function currentComparison(db: LawdiffDb, reader: CollectionReader, engine: string, job: CompareJob): Promise<StoredComparison | undefined> {
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
