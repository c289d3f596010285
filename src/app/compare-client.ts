/** The page's side of the comparison worker: one request at a time per caller, with progress. */
import type { CompareResult, Granularity } from '../diff/index.js';
import type { Problem } from '../model/problems.js';
import type { Law } from '../model/types.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** A failed comparison, with the problems that caused it. */
export class CompareError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(r: CompareResult): void; reject(e: Error): void; progress(f: number, phase: string): void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
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
        }
        else p.reject(new CompareError(m.message, m.problems));
      }
    });
    worker.addEventListener('error', (event) => {
      for (const p of pending.values()) p.reject(new Error(`the comparison worker failed: ${event.message || 'unknown error'}`));
      pending.clear();
      worker = undefined;
    });
  }
  return worker;
}

/** Compares two versions of a law in the worker, CJK text by words or by characters; `progress` gets 0..1 and the phase. */
export function compareInWorker(
  base: URL,
  folder: string,
  law: Law,
  oldId: string,
  newId: string,
  granularity: Granularity,
  progress: (fraction: number, phase: string) => void,
): Promise<CompareResult> {
  const id = nextId++;
  const request: WorkerRequest = { id, type: 'compare', base: base.href, folder, law, old: oldId, new: newId, granularity };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    getWorker().postMessage(request);
  });
}
