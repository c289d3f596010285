/**
 * The comparison worker: loads the versions of a law (importing source texts
 * when needed), compares the two asked for, and follows every article through
 * all readings — off the main thread, reporting progress. Results are kept in
 * IndexedDB (src/app/comparison-cache.ts): the same inputs are never compared twice.
 */
import { buildHistory, compareVersions, Tokenizer, type CacheInfo, type Comparison, type CompareResult } from '../diff/index.js';
import { loadVersion, type CollectionReader } from '../model/collection.js';
import type { Problem } from '../model/problems.js';
import type { VersionDoc, VersionInfo } from '../model/types.js';
import { estimateBytes, storeComparison } from './comparison-cache.js';
import { comparedReadings, lookUpComparison } from './comparison-lookup.js';
import { fetchReader } from './fetch-reader.js';
import { libraryReader, openBrowserLibrary } from './library-reader.js';
import type { CompareRequest, WorkerRequest, WorkerResponse } from './worker-protocol.js';

const post = (message: WorkerResponse): void => (self as unknown as { postMessage(m: WorkerResponse): void }).postMessage(message);

/** The engine build: the worker script's address, hashed by the build, so a new engine never reuses old results. */
const ENGINE = new URL(self.location.href).pathname;

/**
 * A reader that reads each file once: a text read for the cache's revision
 * (a file the build named no revision for) is not read again for the import.
 */
function onceReader(reader: CollectionReader): CollectionReader & { texts: Map<string, Promise<string>> } {
  const texts = new Map<string, Promise<string>>();
  return {
    texts,
    ...(reader.revision ? { revision: (path: string) => reader.revision!(path) } : {}),
    read(path) {
      let text = texts.get(path);
      if (!text) texts.set(path, (text = reader.read(path)));
      return text;
    },
  };
}

/** Requests the page answered itself from the cache (a `drop` message): not answered again. */
const dropped = new Set<number>();

async function compare(req: CompareRequest): Promise<void> {
  const reader = onceReader(libraryReader(fetchReader(new URL(req.base))));
  const chosen = req.readings && req.readings.length > 2 ? new Set(req.readings) : undefined;
  const published = comparedReadings(req.law, req.readings);
  // The worker's one connection (shared with the library reader; reopened after another tab's upgrade).
  const db = await openBrowserLibrary();
  const { key, rev, paths, granularity, stored } = await lookUpComparison(db.ok ? db.value : undefined, reader, ENGINE, req);
  if (stored?.rev === rev) {
    // The page, which looked the comparison up too, may have shown it already.
    if (!dropped.delete(req.id)) post({ id: req.id, type: 'result', result: { ...stored.result, cache: { from: 'cache', savedAt: stored.savedAt } } });
    return;
  }
  dropped.delete(req.id);
  // A record for other inputs: offline, with nothing cached to read the inputs from, an older result is better than nothing (shown as such).
  if (stored) {
    const read = await Promise.allSettled(paths.map((p) => reader.read(p)));
    if (read.some((r) => r.status === 'rejected')) {
      post({ id: req.id, type: 'result', result: { ...stored.result, cache: { from: 'stale', savedAt: stored.savedAt } } });
      return;
    }
  }
  post({ id: req.id, type: 'progress', fraction: 0.1, phase: 'loading' });

  const docs: Record<string, VersionDoc> = {};
  const warnings: Record<string, Problem[]> = {};
  let loaded = 0;
  const load = (list: readonly VersionInfo[], from: number, span: number): Promise<unknown> =>
    Promise.all(
      list.map(async (info) => {
        const r = await loadVersion(reader, req.folder, req.law, info);
        if (r.doc) docs[info.id] = r.doc;
        warnings[info.id] = r.problems;
        post({ id: req.id, type: 'progress', fraction: from + (span * ++loaded) / published.length, phase: 'loading' });
      }),
    );
  const missing = (ids: readonly string[]): boolean => {
    for (const id of ids) {
      if (docs[id]) continue;
      const info = req.law.versions.find((v) => v.id === id);
      const why = !info ? `there is no version "${id}"` : info.published === false ? `"${info.label}" was not published` : `"${info.label}" could not be loaded`;
      post({ id: req.id, type: 'error', message: why, problems: warnings[id] ?? [] });
      return true;
    }
    return false;
  };
  const language = (): string => (docs[req.new] ?? Object.values(docs)[0])?.language || req.law.language;
  let tokenizer: Tokenizer | undefined;
  const tokens = (): Tokenizer => (tokenizer ??= new Tokenizer(language(), granularity));

  // Two readings of a law that has more: the comparison first, on screen as soon as it is made; the history of every
  // reading after it (docs/decisions/016-first-rows-first.md). The comparison is reused by the history when the two are consecutive.
  const pair = published.filter((v) => v.id === req.old || v.id === req.new);
  const firstThePair = !chosen && published.length > 2 && pair.length === 2;
  let direct: Comparison | undefined;
  if (firstThePair) {
    await load(pair, 0.1, 0.2);
    if (missing([req.old, req.new])) return;
    direct = compareVersions(docs[req.old]!, docs[req.new]!, {
      tokenizer: tokens(),
      onProgress: (f) => post({ id: req.id, type: 'progress', fraction: 0.2 + 0.6 * f, phase: 'comparing' }),
    });
    const two = [req.old, req.new].map((id) => ({ id, doc: docs[id]! }));
    const history = buildHistory(two, { tokenizer: tokens(), known: new Map([[0, direct]]) });
    const first: CompareResult = {
      docs: { [req.old]: docs[req.old]!, [req.new]: docs[req.new]! },
      comparison: direct,
      history,
      warnings: { [req.old]: warnings[req.old] ?? [], [req.new]: warnings[req.new] ?? [] },
      granularity,
      partial: true,
      // A database that cannot be opened is known now; whether the whole result can be stored, when it is.
      cache: !db.ok && db.problem !== 'unavailable' ? { from: 'fresh', problem: db.problem } : { from: 'fresh' },
    };
    post({ id: req.id, type: 'result', result: first });
  }
  await load(
    published.filter((v) => !docs[v.id]),
    firstThePair ? 0.3 : 0.1,
    0.2,
  );
  if (chosen) {
    // Several readings: at least two of them must have a text; the others are gaps.
    if (published.filter((v) => docs[v.id]).length < 2) {
      const id = req.readings!.find((x) => !docs[x]);
      if (!id || !missing([id])) post({ id: req.id, type: 'error', message: 'fewer than two of these readings have a text', problems: [] });
      return;
    }
  } else if (!firstThePair && missing([req.old, req.new])) return;
  // The history compares each reading with the next; a comparison of two consecutive readings is one of those.
  const chain = published.filter((v) => docs[v.id]).map((v) => ({ id: v.id, doc: docs[v.id]! }));
  const at = chain.findIndex((v) => v.id === req.old);
  const consecutive = at >= 0 && chain[at + 1]?.id === req.new;
  const steps = Math.max(1, chain.length - 1);
  let step = 0;
  const history = buildHistory(chain, {
    tokenizer: tokens(),
    known: direct && consecutive ? new Map([[at, direct]]) : undefined,
    onProgress: (f) => {
      post({ id: req.id, type: 'progress', fraction: Math.min(0.95, (firstThePair ? 0.5 : 0.3) + ((firstThePair ? 0.45 : 0.6) * (step + f)) / steps), phase: 'history' });
      if (f === 1) step++;
    },
  });
  const comparison =
    direct ??
    (chosen
      ? history.comparisons[history.comparisons.length - 1]!
      : consecutive
        ? history.comparisons[at]!
        : compareVersions(docs[req.old]!, docs[req.new]!, {
            tokenizer: tokens(),
            onProgress: (f) => post({ id: req.id, type: 'progress', fraction: 0.9 + 0.1 * f, phase: 'comparing' }),
          }));
  const result: CompareResult = { docs, comparison, history, warnings, granularity };
  let cache: CacheInfo = { from: 'fresh' };
  if (!db.ok) {
    if (db.problem !== 'unavailable') cache = { from: 'fresh', problem: db.problem };
  } else {
    // Kept only when every input was read (its revision says so): the texts are the reader's, read once.
    const texts = await Promise.allSettled(paths.map((p) => reader.read(p)));
    const inputs = texts.flatMap((r, i): [string, string][] => (r.status === 'fulfilled' ? [[paths[i]!, r.value]] : []));
    const kept = inputs.length === paths.length ? await storeComparison(db.value, { key, rev, result, bytes: estimateBytes(inputs) }) : undefined;
    if (kept && !kept.ok) cache = { from: 'fresh', problem: kept.problem };
  }
  if (firstThePair) {
    const rest = <T>(r: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(r).filter(([id]) => id !== req.old && id !== req.new));
    post({ id: req.id, type: 'history', update: { docs: rest(docs), warnings: rest(warnings), history, cache } });
  } else post({ id: req.id, type: 'result', result: { ...result, cache } });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'drop') {
    dropped.add(req.id);
    return;
  }
  compare(req).catch((e: unknown) => {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e), problems: [] });
  });
});
