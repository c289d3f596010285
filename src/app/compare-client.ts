/**
 * The page's side of the comparison worker: requests with progress, and
 * cancellation. The engine runs synchronously inside the worker, so a
 * "cancel" message would only be read after the superseded comparison had run
 * to its end; an aborted request instead stops the worker itself
 * (`terminate()`), and the requests still waiting go to a new one
 * (docs/decisions/009-comparison-session.md).
 */
import type { CompareResult } from '../diff/index.js';
import type { Problem } from '../model/problems.js';
import type { CompareRequest, WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** A failed comparison, with the problems that caused it. */
export class CompareError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

/** What a comparison asks the worker for: the request without the id the client gives it (not the engine's `Comparison`, its result). */
export type CompareJob = Omit<CompareRequest, 'id' | 'type'>;

interface Pending {
  request: WorkerRequest;
  resolve(r: CompareResult): void;
  reject(e: Error): void;
  progress(f: number, phase: string): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = (worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }));
  w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const m = event.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.progress(m.fraction, m.phase);
    else {
      pending.delete(m.id);
      if (m.type === 'result') {
        // Measured by scripts/bench/browser.mjs: from here to the first rows on screen.
        performance.mark('lawdiff:compare-ready');
        p.resolve(m.result);
      } else p.reject(new CompareError(m.message, m.problems));
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
  { signal, progress }: { signal?: AbortSignal; progress: (fraction: number, phase: string) => void },
): Promise<CompareResult> {
  if (signal?.aborted) return Promise.reject(abortError());
  const id = nextId++;
  const request: WorkerRequest = { ...comparison, id, type: 'compare' };
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      if (!pending.delete(id)) return;
      // Measured by tests/e2e/cancel.spec.ts: a superseded comparison stops instead of running to its end.
      performance.mark('lawdiff:compare-cancelled');
      restartWorker();
      reject(abortError());
    };
    const settle = <A>(f: (a: A) => void) => (a: A): void => {
      signal?.removeEventListener('abort', onAbort);
      f(a);
    };
    pending.set(id, { request, resolve: settle(resolve), reject: settle(reject), progress });
    signal?.addEventListener('abort', onAbort, { once: true });
    getWorker().postMessage(request);
  });
}
