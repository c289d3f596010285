/**
 * Comparisons shipped with the collection (docs/decisions/018-comparisons-shipped-with-the-collection.md):
 * the build compares the readings of every law it copies and writes the results beside them
 * (build/shipped-comparisons.ts); the page reads one instead of asking the worker, when the law's
 * listing is the one the build compared. Everything here is the page's side, without the engine: the
 * files' names, what they hold, and reading them back into a {@link CompareResult}.
 */
import type { Comparison, CompareResult, Granularity, History } from '../diff/index.js';
import type { CollectionReader } from '../model/collection.js';
import type { Problem } from '../model/problems.js';
import type { Law, VersionDoc } from '../model/types.js';
import { parseLaw } from '../model/validate.js';
import { comparedReadings, unitOf } from './comparison-lookup.js';
import type { FetchReader } from './fetch-reader.js';
import { contentRevision } from './revisions.js';
import type { CompareJob } from './worker-protocol.js';

/** The collection folder the build writes them to (`collection/~compared/<law folder>/…`): `~` names no law folder. */
export const SHIPPED_FOLDER = '~compared';

/**
 * Gzip-compressed JSON (a fifth of the bytes to fetch, check and keep offline), named so that every static
 * server sends it as it is (`application/octet-stream`): a `.gz` name makes some servers (sirv, behind
 * `vite preview`; Apache's `AddEncoding`) send it with `Content-Encoding: gzip`, and the browser would undo
 * the compression before the service worker checks the file against its revision.
 */
export const SHIPPED_EXTENSION = '.json.gz.bin';

/** Every pair of readings is shipped for a law with at most this many; for more, each reading with the next and with the last. */
export const ALL_PAIRS_UP_TO = 8;

/** Every reading's text and import warnings (one file per law, for every unit). */
export interface ShippedReadings {
  format: 'lawdiff-shipped-readings/1';
  /** The readings compared, in order ({@link comparedReadings} of the law as the build read it). */
  ids: string[];
  docs: Record<string, VersionDoc>;
  warnings: Record<string, Problem[]>;
}

/** The history of every reading by one unit: each reading compared with the next. */
export interface ShippedHistory {
  format: 'lawdiff-shipped-history/1';
  history: History;
}

/** Two readings that are not consecutive, compared by one unit. */
export interface ShippedPair {
  format: 'lawdiff-shipped-pair/1';
  comparison: Comparison;
}

/** Whether the build ships the comparison of the `i`th reading with the `j`th, of `n`. */
export function shipsPair(n: number, i: number, j: number): boolean {
  if (!(i >= 0 && i < j && j < n)) return false;
  return n <= ALL_PAIRS_UP_TO || j === i + 1 || j === n - 1;
}

/**
 * The revision of a law's listing: the first 16 hex digits of the SHA-256 of the listing as the app
 * parses it (`JSON.stringify` of the {@link Law}). A listing the reader changed (a reading imported into
 * a shipped law) has another, so its shipped comparisons are never found.
 */
export function lawRevision(law: Law): Promise<string> {
  return contentRevision(JSON.stringify(law));
}

/**
 * What a pair's file is named by: its two readings' ids, older first, hashed (`pairRevision`). Named by
 * the readings a link names, not by their places in the law, the file is found without the law's listing.
 */
export const pairText = (oldId: string, newId: string): string => JSON.stringify([oldId, newId]);

/** Where a law's shipped comparisons are, collection-relative, by the revision of its listing and the unit. */
export function shippedPaths(folder: string, lawRev: string, unit: Granularity) {
  const at = `${SHIPPED_FOLDER}/${folder}/${lawRev}`;
  return {
    readings: `${at}/readings${SHIPPED_EXTENSION}`,
    history: `${at}/${unit}/history${SHIPPED_EXTENSION}`,
    /** A pair's file by the revision of its {@link pairText}. */
    pair: (pairRevision: string): string => `${at}/${unit}/pair-${pairRevision}${SHIPPED_EXTENSION}`,
  };
}

/** The revision {@link shippedPaths}' `pair` names a pair's file by, as the page computes it (the build hashes the same text in Node). */
export const pairRevision = (oldId: string, newId: string): Promise<string> => contentRevision(pairText(oldId, newId));

/** What a comparison reads from the shipped files, when the build shipped it. */
interface ShippedFiles {
  readings: string;
  history: string;
  /** The pair's own file; absent when the comparison is one of the history's (consecutive readings, or every reading). */
  pair?: string;
  /** The comparison's place in the history when it is one of it. */
  step?: number;
  unit: Granularity;
}

/** Every file a shipped comparison is read from. */
const pathsOf = (files: ShippedFiles): string[] => [files.readings, files.history, ...(files.pair ? [files.pair] : [])];

/**
 * The files that hold `job`'s comparison, when the build shipped it and the reader serves them at the
 * build's revision (`files.json`): two readings in order, or every reading of the law (a synopsis of all of
 * them); otherwise undefined, and nothing is read. Knowing needs no text: the law's listing is hashed.
 */
export async function shippedFiles(reader: Pick<CollectionReader, 'revision'>, job: CompareJob): Promise<ShippedFiles | undefined> {
  if (!reader.revision) return undefined;
  const ids = comparedReadings(job.law).map((v) => v.id);
  let step: number | undefined;
  let pair = false;
  if (job.readings && job.readings.length > 2) {
    // A synopsis of several readings is the history's only when it is of every reading.
    if (job.readings.join('\n') !== ids.join('\n')) return undefined;
    step = ids.length - 2;
  } else {
    const i = ids.indexOf(job.old);
    const j = ids.indexOf(job.new);
    if (!shipsPair(ids.length, i, j)) return undefined;
    if (j === i + 1) step = i;
    else pair = true;
  }
  const unit = unitOf(job.law, job.granularity);
  const paths = shippedPaths(job.folder, await lawRevision(job.law), unit);
  const files: ShippedFiles = { readings: paths.readings, history: paths.history, unit, ...(pair ? { pair: paths.pair(await pairRevision(job.old, job.new)) } : { step: step! }) };
  const named = await Promise.all(pathsOf(files).map((p) => reader.revision!(p).catch(() => undefined)));
  return named.every((r) => r) ? files : undefined;
}

/** Every comparison the build shipped for the law's listing as it is (none for a listing the reader changed). */
export async function shippedLawFiles(reader: Pick<FetchReader, 'filesUnder'>, folder: string, law: Law): Promise<string[]> {
  return reader.filesUnder(`${SHIPPED_FOLDER}/${folder}/${await lawRevision(law)}/`);
}

/** What reads the shipped files: the network's reader (they are never the reader's own). */
export type ShippedReader = Pick<FetchReader, 'open' | 'revision'>;

/** A shipped file's JSON: decompressed as it arrives, parsed from its bytes (no string of it is made). */
async function fetchJson(reader: ShippedReader, path: string): Promise<unknown> {
  const response = await reader.open(path);
  if (!response.body) throw new Error(`${path} is empty`);
  try {
    return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as unknown;
  } catch (e) {
    throw new Error(`${path} is not gzip-compressed JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Shipped files read ahead of the page ({@link readAhead}), by path, each until the page takes it (once: what it
 * holds is completed in place) or for {@link AHEAD_KEPT_MS} at most.
 */
const ahead = new Map<string, Promise<unknown>>();
/** The files the page is reading itself: read ahead now, they would never be taken. */
const reading = new Set<string>();
/** A file read ahead and never taken (the page asked for others: a listing the reader changed) is let go after this long. */
const AHEAD_KEPT_MS = 30_000;

function readFileAhead(reader: ShippedReader, path: string): void {
  if (ahead.has(path) || reading.has(path)) return;
  const read = fetchJson(reader, path);
  // A failure is the page's to report when it asks.
  read.catch(() => undefined);
  ahead.set(path, read);
  setTimeout(() => ahead.get(path) === read && ahead.delete(path), AHEAD_KEPT_MS);
}

/** A shipped file of the kind `format`, as read ahead or read now. */
async function readJson<T extends { format: string }>(reader: ShippedReader, path: string, format: T['format']): Promise<T> {
  const early = ahead.get(path);
  ahead.delete(path);
  let data: T;
  if (early) data = (await early) as T;
  else {
    reading.add(path);
    try {
      data = (await fetchJson(reader, path)) as T;
    } finally {
      reading.delete(path);
    }
  }
  if (data?.format !== format) throw new Error(`${path} is not a ${format} file`);
  return data;
}

/** Reads a shipped comparison back into the result the worker would give (`cache.from: 'shipped'`). */
export async function readShipped(reader: ShippedReader, files: ShippedFiles): Promise<CompareResult> {
  const [readings, { history }, pair] = await Promise.all([
    readJson<ShippedReadings>(reader, files.readings, 'lawdiff-shipped-readings/1'),
    readJson<ShippedHistory>(reader, files.history, 'lawdiff-shipped-history/1'),
    files.pair ? readJson<ShippedPair>(reader, files.pair, 'lawdiff-shipped-pair/1') : undefined,
  ]);
  // JSON has no `undefined`: a reading without the article, a hole in a lineage's cells, comes back as null.
  for (const lineage of history.lineages) {
    const cells = lineage.cells as Array<(typeof lineage.cells)[number] | null>;
    for (let i = 0; i < cells.length; i++) if (cells[i] === null) cells[i] = undefined;
  }
  const comparison = pair?.comparison ?? history.comparisons[files.step!];
  if (!comparison) throw new Error(`${files.history} has no comparison ${files.step}`);
  // Files of one build belong together; a mix (a server updated file by file) would show rows without their texts.
  const missing = history.versionIds.find((id) => !readings.docs[id]);
  if (missing !== undefined || readings.ids.join('\n') !== history.versionIds.join('\n')) {
    throw new Error(`${files.readings} does not hold the readings of ${files.history}${missing === undefined ? '' : ` (${missing})`}`);
  }
  return { docs: readings.docs, comparison, history, warnings: readings.warnings, granularity: files.unit, cache: { from: 'shipped' } };
}

/** What a comparison's link asks for, before the law's listing is known. */
export type LinkedComparison = Pick<CompareJob, 'folder' | 'old' | 'new' | 'granularity' | 'readings'>;

/**
 * Starts reading the comparison a link opens while the app is still loading. At once, from the build's
 * listing of its files (`files.json`) and the link alone: the files of the law's one shipped listing that
 * the link names are fetched and parsed. Then, from the law's listing read from the network (the
 * collection waits for IndexedDB, which may add the reader's own readings to it): whether the build shipped
 * the comparison for that listing, and its files if the link did not name them all. The page takes what
 * was read when it asks for the same files ({@link shippedComparison}); a listing the reader changed asks
 * for others, and what was read is dropped. Resolves with whether the comparison is shipped.
 */
export async function readAhead(reader: ShippedReader & Pick<CollectionReader, 'read'> & Pick<FetchReader, 'filesUnder'>, link: LinkedComparison): Promise<boolean> {
  try {
    const listing = reader.read(`${link.folder}/law.json`);
    listing.catch(() => undefined);
    const named = await readLinkedFiles(reader, link).catch((): string[] => []);
    const { law } = parseLaw(await listing);
    const files = law ? await shippedFiles(reader, { ...link, base: '', law }) : undefined;
    if (!files) return false;
    for (const path of pathsOf(files)) if (!named.includes(path)) readFileAhead(reader, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads ahead the files a link names, found in the build's listing without the law's: the readings, the history
 * by the link's unit (words unless the law was shipped by characters too) and the pair's file when there is one.
 * A law shipped for several listings (no build writes that) is left to {@link readAhead}'s second step. Resolves
 * with the files it named.
 */
async function readLinkedFiles(reader: ShippedReader & Pick<FetchReader, 'filesUnder'>, link: LinkedComparison): Promise<string[]> {
  const listed = new Set(await reader.filesUnder(`${SHIPPED_FOLDER}/${link.folder}/`));
  const revisions = new Set([...listed].map((p) => p.split('/')[2]));
  if (revisions.size !== 1) return [];
  const lawRev = [...revisions][0]!;
  const unit: Granularity = link.granularity === 'char' && listed.has(shippedPaths(link.folder, lawRev, 'char').history) ? 'char' : 'word';
  const paths = shippedPaths(link.folder, lawRev, unit);
  if (!listed.has(paths.readings) || !listed.has(paths.history)) return [];
  const wanted = [paths.readings, paths.history];
  if (!(link.readings && link.readings.length > 2)) {
    const pair = paths.pair(await pairRevision(link.old, link.new));
    if (listed.has(pair)) wanted.push(pair);
  }
  for (const path of wanted) readFileAhead(reader, path);
  return wanted;
}

/**
 * The comparison `job` asks for, as the build shipped it (read ahead by {@link readAhead}, or now); undefined
 * when it did not (the reader's own laws and readings, a unit or pair not shipped, the development server)
 * or when its files cannot be read (offline, not kept): the worker then compares.
 */
export async function shippedComparison(reader: ShippedReader, job: CompareJob): Promise<CompareResult | undefined> {
  const files = await shippedFiles(reader, job).catch(() => undefined);
  if (!files) return undefined;
  return readShipped(reader, files).catch((e: unknown) => {
    console.warn(`lawdiff: the comparison shipped with the collection could not be read (${e instanceof Error ? e.message : String(e)}); comparing it here`);
    return undefined;
  });
}
