/**
 * The page's side of the import worker (src/app/import.worker.ts): checks a text off the main
 * thread with progress, and cancels a check by terminating the worker (the importers run in
 * one synchronous stretch, so there is no other way to stop them). The next check starts a
 * fresh worker. It also fetches texts from addresses ({@link fetchInWorker}), which the page
 * itself may not.
 */
import type { FetchTextOptions, FetchTextResult } from './fetch-text.js';
import type { HtmlBlocks } from '../model/import/html.js';
import type { DocumentText } from '../model/import/file.js';
import type { CancelRequest, CheckReport, CheckRequest, FetchRequest, ImportWorkerResponse, ReadDocumentRequest, ReadHtmlRequest } from './import-protocol.js';

/** The options of a check: the text's format (detected when absent), file name and language. */
export type CheckOptions = Omit<CheckRequest, 'id' | 'type' | 'text' | 'bytes'>;

interface Pending {
  resolve(report: CheckReport): void;
  reject(e: Error): void;
  progress(fraction: number): void;
  /** For a fetch: its answer and its progress. */
  fetched?(result: FetchTextResult): void;
  fetchProgress?(bytes: number, limit: number): void;
  /** For rich text read: its blocks. */
  html?(read: HtmlBlocks): void;
  /** For a document read as paragraphs. */
  document?(read: DocumentText): void;
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
      if (m.type === 'fetch-progress') {
        p.fetchProgress?.(m.bytes, m.limit);
        return;
      }
      pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.report);
      else if (m.type === 'fetched') p.fetched?.(m.result);
      else if (m.type === 'html') p.html?.(m.read);
      else if (m.type === 'document') p.document?.(m.read);
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
  return startCheck({ text, options }, progress, signal);
}

/**
 * Imports a file's bytes (a Word document, a PDF, a web page) in the worker, as {@link checkInWorker}
 * does a text. The buffer is transferred, not copied: pass a copy to keep one.
 */
export function checkBytesInWorker(bytes: ArrayBuffer, options: CheckOptions, progress: (fraction: number) => void, signal?: AbortSignal): Promise<CheckReport> {
  return startCheck({ text: '', bytes, options }, progress, signal);
}

function startCheck(input: { text: string; bytes?: ArrayBuffer; options: CheckOptions }, progress: (fraction: number) => void, signal: AbortSignal | undefined): Promise<CheckReport> {
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
    const request: CheckRequest = { id, type: 'check', text: input.text, ...input.options, ...(input.bytes ? { bytes: input.bytes } : {}) };
    getWorker().postMessage(request, input.bytes ? [input.bytes] : []);
  });
}

/**
 * Fetches the text at `url` in the worker ({@link fetchText}'s limits, deadline and decoding),
 * with the same options and answer as `fetchText`: the page's Content Security Policy lets it
 * connect to its own origin only (docs/decisions/008-content-security-policy.md). Aborting
 * `options.signal` cancels the fetch, which answers `{kind: 'cancelled'}`. Never rejects for the
 * network; a worker that failed to start is a `network` failure naming it.
 */
export function fetchInWorker(url: string, options: Pick<FetchTextOptions, 'signal' | 'onProgress'> = {}): Promise<FetchTextResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve({ ok: false, failure: { kind: 'cancelled' } });
  const id = nextId++;
  return new Promise<FetchTextResult>((resolve) => {
    const onAbort = (): void => {
      const cancel: CancelRequest = { id, type: 'cancel' };
      worker?.postMessage(cancel);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (result: FetchTextResult): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    pending.set(id, {
      resolve: () => undefined,
      reject: (e) => done({ ok: false, failure: { kind: 'network', detail: e.message } }),
      progress: () => undefined,
      fetched: done,
      ...(onProgress ? { fetchProgress: onProgress } : {}),
    });
    const request: FetchRequest = { id, type: 'fetch', url };
    getWorker().postMessage(request);
  });
}

/**
 * Reads rich text pasted from a web page into its blocks in the worker, with parse5 — an HTML
 * parser that never makes a document of the page's (the page's Trusted Types policy allows no
 * HTML to be parsed here: docs/decisions/011-document-readers.md).
 */
export function readHtmlInWorker(html: string): Promise<HtmlBlocks> {
  const id = nextId++;
  return new Promise<HtmlBlocks>((resolve, reject) => {
    pending.set(id, { resolve: () => undefined, reject, progress: () => undefined, html: resolve });
    const request: ReadHtmlRequest = { id, type: 'read-html', html };
    getWorker().postMessage(request);
  });
}

/** Reads a file (text, Word, PDF, web page) as plain paragraphs in the worker: an explanation report, which names articles but is no law. */
export function readDocumentInWorker(bytes: ArrayBuffer, fileName: string): Promise<DocumentText> {
  const id = nextId++;
  return new Promise<DocumentText>((resolve, reject) => {
    pending.set(id, { resolve: () => undefined, reject, progress: () => undefined, document: resolve });
    const request: ReadDocumentRequest = { id, type: 'read-document', bytes, fileName };
    getWorker().postMessage(request, [bytes]);
  });
}
