/**
 * The page's side of the import worker (src/app/import.worker.ts): checks a text off the main
 * thread with progress, and cancels a check by terminating the worker (the importers run in
 * one synchronous stretch, so there is no other way to stop them). The next check starts a
 * fresh worker.
 */
import type { CheckReport, CheckRequest, ImportWorkerResponse } from './import-protocol.js';

/** The options of a check: the text's format (detected when absent), file name and language. */
export type CheckOptions = Omit<CheckRequest, 'id' | 'type' | 'text'>;

interface Pending {
  resolve(report: CheckReport): void;
  reject(e: Error): void;
  progress(fraction: number): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Ends the worker and fails every check it was running with `reason`. */
function stop(reason: Error): void {
  worker?.terminate();
  worker = undefined;
  const all = [...pending.values()];
  pending.clear();
  for (const p of all) p.reject(reason);
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerResponse>) => {
      const m = event.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') {
        p.progress(m.fraction);
        return;
      }
      pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.report);
      else p.reject(new Error(m.message));
    });
    // A crash (out of memory on a huge text) or a script that failed to load.
    worker.addEventListener('error', (event) => stop(new Error(`the import worker failed: ${event.message || 'unknown error'}`)));
  }
  return worker;
}

/**
 * Imports `text` in the worker; `progress` gets fractions 0..1. Aborting `signal` terminates
 * the worker and rejects with the signal's reason (an `AbortError` by default).
 */
export function checkInWorker(text: string, options: CheckOptions, progress: (fraction: number) => void, signal?: AbortSignal): Promise<CheckReport> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const id = nextId++;
  return new Promise<CheckReport>((resolve, reject) => {
    const onAbort = (): void => stop(signal!.reason as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (r) => (done(), resolve(r)),
      reject: (e) => (done(), reject(e)),
      progress,
    });
    const request: CheckRequest = { id, type: 'check', text, ...options };
    getWorker().postMessage(request);
  });
}
