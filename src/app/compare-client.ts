/**
 * The page's side of the comparison worker: requests with progress, and
 * cancellation. The engine runs synchronously inside the worker, so a
 * "cancel" message would only be read after the superseded comparison had run
 * to its end; an aborted request instead stops the worker itself
 * (`terminate()`), and the requests still waiting go to a new one
 * (docs/decisions/009-comparison-session.md).
 */
import type { CompareResult } from '../diff/index.js';
import type { CollectionReader } from '../model/collection.js';
import type { Problem } from '../model/problems.js';
import { currentComparison } from './comparison-lookup.js';
import { openBrowserLibrary } from './library-reader.js';
import { completeResult, type CompareJob, type CompareRequest, type WorkerResponse } from './worker-protocol.js';
import compareWorkerUrl from './compare.worker.ts?worker&url';

/**
 * The engine build: the worker script's path, which the build names by a hash of its content, so a
 * new engine never reuses old results. The worker computes the same from its own address.
 */
export const compareEngine = (): string => new URL(compareWorkerUrl, document.baseURI).pathname;

/** A failed comparison, with the problems that caused it. */
export class CompareError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

export type { CompareJob } from './worker-protocol.js';

interface Pending {
  request: CompareRequest;
  /** The first answer: the whole result, or a partial one (see `partial`). */
  resolve(r: CompareResult): void;
  reject(e: Error): void;
  progress(f: number, phase: string): void;
  /** The partial answer already given, waiting for the history of every reading. */
  partial?: CompareResult;
  /** Gets the partial answer completed. */
  complete(r: CompareResult): void;
  /** The request is over (its abort no longer stops anything). */
  finish(): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = (worker = new Worker(compareWorkerUrl, { type: 'module' }));
  w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const m = event.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.progress(m.fraction, m.phase);
    else if (m.type === 'result') {
      // Measured by scripts/bench/browser.mjs: from here to the first rows on screen.
      performance.mark('lawdiff:compare-ready');
      if (m.result.partial) {
        p.partial = m.result;
        performance.mark('lawdiff:compare-partial');
      }
      else {
        pending.delete(m.id);
        p.finish();
      }
      p.resolve(m.result);
    } else if (m.type === 'history') {
      pending.delete(m.id);
      p.finish();
      performance.mark('lawdiff:history-ready');
      if (p.partial) p.complete(completeResult(p.partial, m.update));
    } else {
      pending.delete(m.id);
      p.finish();
      // After a partial answer the comparison stays on screen; only the history of the other readings is missing.
      if (p.partial) console.warn(`lawdiff: the history of every reading could not be made: ${m.message}`);
      else p.reject(new CompareError(m.message, m.problems));
    }
  });
  w.addEventListener('error', (event) => {
    if (w !== worker) return;
    for (const p of pending.values()) p.reject(new Error(`the comparison worker failed: ${event.message || 'unknown error'}`));
    pending.clear();
    worker = undefined;
  });
  return w;
}

/**
 * Starts the worker (its script and the engine load) before there is anything to compare: on a
 * comparison's link the app calls this first thing, while the collection is still being read.
 */
export function warmCompareWorker(): void {
  getWorker();
}

/** Stops the worker in the middle of whatever it runs; the requests still waiting are sent to a new one. */
function restartWorker(): void {
  worker?.terminate();
  worker = undefined;
  if (pending.size === 0) return;
  const w = getWorker();
  for (const p of pending.values()) w.postMessage(p.request);
}

/** The error an aborted comparison rejects with (as `fetch` does). */
function abortError(): DOMException {
  return new DOMException('the comparison was superseded', 'AbortError');
}

/**
 * Compares two versions of a law in the worker; `progress` gets 0..1 and the
 * phase. Aborting `signal` stops the comparison in the worker and rejects
 * with an `AbortError`.
 */
export function compareInWorker(
  comparison: CompareJob,
  {
    signal,
    progress,
    complete = () => undefined,
    kept,
  }: {
    signal?: AbortSignal;
    /**
     * The page's own look at the cache ({@link cachedComparison}), run alongside: a result from it answers the
     * request, and the worker is told to drop it (not stopped: it stays warm for the next comparison).
     */
    kept?: Promise<CompareResult | undefined>;
    progress: (fraction: number, phase: string) => void;
    /** Gets a partial first answer completed with the history of every reading (aborting `signal` before then stops that work). */
    complete?: (result: CompareResult) => void;
  },
): Promise<CompareResult> {
  if (signal?.aborted) return Promise.reject(abortError());
  const id = nextId++;
  const request: CompareRequest = { ...comparison, id, type: 'compare' };
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      if (!pending.delete(id)) return;
      // Measured by tests/e2e/cancel.spec.ts: a superseded comparison stops instead of running to its end.
      performance.mark('lawdiff:compare-cancelled');
      restartWorker();
      reject(abortError());
    };
    const finish = (): void => signal?.removeEventListener('abort', onAbort);
    const fromCache = (result: CompareResult): void => {
      // Tested by tests/e2e/offline.spec.ts (the page read it, not the worker); measured from here as a worker's answer is.
      performance.mark('lawdiff:compare-kept');
      performance.mark('lawdiff:compare-ready');
      finish();
      resolve(result);
    };
    const looked = kept?.catch(() => undefined);
    // The worker failing (its script could not load) is not the end while the page may still find the comparison kept.
    const fail = (e: Error): void => {
      if (!looked) return reject(e);
      void looked.then((result) => (result && !signal?.aborted ? fromCache(result) : reject(e)));
    };
    pending.set(id, { request, resolve, reject: fail, progress, complete, finish });
    signal?.addEventListener('abort', onAbort, { once: true });
    getWorker().postMessage(request);
    void looked?.then((result) => {
      if (!result || !pending.delete(id)) return;
      worker?.postMessage({ id, type: 'drop' });
      fromCache(result);
    });
  });
}

/**
 * A comparison kept in IndexedDB and still current, read by the page itself: no worker, and the result is
 * cloned once (out of the database) instead of three times (out of it, into a message, out of that).
 * Undefined when there is none, when it is not current, or when that cannot be told without reading the
 * texts (the worker does that).
 */
export async function cachedComparison(reader: CollectionReader, job: CompareJob): Promise<CompareResult | undefined> {
  const db = await openBrowserLibrary();
  if (!db.ok) return undefined;
  const stored = await currentComparison(db.value, reader, compareEngine(), job).catch(() => undefined);
  if (!stored) return undefined;
  return { ...stored.result, cache: { from: 'cache', savedAt: stored.savedAt } };
}
