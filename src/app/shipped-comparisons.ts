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

/** Where a law's shipped comparisons are, collection-relative, by the revision of its listing and the unit. */
export function shippedPaths(folder: string, lawRev: string, unit: Granularity) {
  const at = `${SHIPPED_FOLDER}/${folder}/${lawRev}`;
  return {
    readings: `${at}/readings${SHIPPED_EXTENSION}`,
    history: `${at}/${unit}/history${SHIPPED_EXTENSION}`,
    pair: (i: number, j: number): string => `${at}/${unit}/${i}-${j}${SHIPPED_EXTENSION}`,
  };
}

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

/**
 * The files that hold `job`'s comparison, when the build shipped it and the reader serves them at the
 * build's revision (`files.json`): two readings in order, or every reading of the law (a synopsis of all of
 * them); otherwise undefined, and nothing is read. Knowing needs no text: the law's listing is hashed.
 */
export async function shippedFiles(reader: Pick<CollectionReader, 'revision'>, job: CompareJob): Promise<ShippedFiles | undefined> {
  if (!reader.revision) return undefined;
  const ids = comparedReadings(job.law).map((v) => v.id);
  let step: number | undefined;
  let pair: [number, number] | undefined;
  if (job.readings && job.readings.length > 2) {
    // A synopsis of several readings is the history's only when it is of every reading.
    if (job.readings.join('\n') !== ids.join('\n')) return undefined;
    step = ids.length - 2;
  } else {
    const i = ids.indexOf(job.old);
    const j = ids.indexOf(job.new);
    if (!shipsPair(ids.length, i, j)) return undefined;
    if (j === i + 1) step = i;
    else pair = [i, j];
  }
  const unit = unitOf(job.law, job.granularity);
  const paths = shippedPaths(job.folder, await lawRevision(job.law), unit);
  const files: ShippedFiles = { readings: paths.readings, history: paths.history, unit, ...(pair ? { pair: paths.pair(...pair) } : { step: step! }) };
  const named = await Promise.all([files.readings, files.history, ...(files.pair ? [files.pair] : [])].map((p) => reader.revision!(p).catch(() => undefined)));
  return named.every((r) => r) ? files : undefined;
}

/** Every comparison the build shipped for the law's listing as it is (none for a listing the reader changed). */
export async function shippedLawFiles(reader: Pick<FetchReader, 'filesUnder'>, folder: string, law: Law): Promise<string[]> {
  return reader.filesUnder(`${SHIPPED_FOLDER}/${folder}/${await lawRevision(law)}/`);
}

/** What reads the shipped files: the network's reader (they are never the reader's own). */
export type ShippedReader = Pick<FetchReader, 'open' | 'revision'>;

/** A shipped file's JSON: decompressed as it arrives, parsed from its bytes (no string of it is made). */
async function readJson<T extends { format: string }>(reader: ShippedReader, path: string, format: T['format']): Promise<T> {
  const response = await reader.open(path);
  if (!response.body) throw new Error(`${path} is empty`);
  let data: T;
  try {
    data = (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as T;
  } catch (e) {
    throw new Error(`${path} is not gzip-compressed JSON (${e instanceof Error ? e.message : String(e)})`);
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

const filesKey = (files: ShippedFiles): string => [files.readings, files.history, files.pair ?? files.step].join('\n');

/** The shipped comparison read ahead of the collection (one at a time), until the page asks for it. */
let ahead: { key: string; result: Promise<CompareResult> } | undefined;
/** The files the page asked for last: read ahead after that, they would never be asked for. */
let asked: string | undefined;
/** An answer read ahead and never asked for (the page asked for other files) is let go after this long. */
const AHEAD_KEPT_MS = 30_000;

/** What a comparison's link asks for, before the law's listing is known. */
export type LinkedComparison = Pick<CompareJob, 'folder' | 'old' | 'new' | 'granularity' | 'readings'>;

/**
 * Starts reading the comparison a link opens while the app is still loading the collection: the law's
 * listing is read from the network alone (the collection waits for IndexedDB, which may add the reader's
 * own readings to it), and when the build shipped the comparison for that listing, its files are fetched
 * and parsed at once. The page takes the result when it asks for the same files ({@link shippedComparison});
 * a listing the reader changed asks for others, and the work is dropped. Resolves with whether it started.
 */
export async function readAhead(reader: ShippedReader & Pick<CollectionReader, 'read'>, link: LinkedComparison): Promise<boolean> {
  try {
    const { law } = parseLaw(await reader.read(`${link.folder}/law.json`));
    const files = law ? await shippedFiles(reader, { ...link, base: '', law }) : undefined;
    if (!files) return false;
    const key = filesKey(files);
    if (ahead?.key !== key && asked !== key) {
      const entry = { key, result: readShipped(reader, files) };
      ahead = entry;
      // A failure is the page's to report when it asks.
      entry.result.catch(() => undefined);
      setTimeout(() => ahead === entry && (ahead = undefined), AHEAD_KEPT_MS);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The comparison `job` asks for, as the build shipped it (read ahead by {@link readAhead}, or now); undefined
 * when it did not (the reader's own laws and readings, a unit or pair not shipped, the development server)
 * or when its files cannot be read (offline, not kept): the worker then compares.
 */
export async function shippedComparison(reader: ShippedReader, job: CompareJob): Promise<CompareResult | undefined> {
  const files = await shippedFiles(reader, job).catch(() => undefined);
  if (!files) return undefined;
  const key = filesKey(files);
  asked = key;
  const read = ahead?.key === key ? ahead.result : readShipped(reader, files);
  if (ahead?.key === key) ahead = undefined;
  return read.catch((e: unknown) => {
    console.warn(`lawdiff: the comparison shipped with the collection could not be read (${e instanceof Error ? e.message : String(e)}); comparing it here`);
    return undefined;
  });
}
