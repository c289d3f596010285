/**
 * Fetches a text from an address with limits, for the command line and the browser (the import
 * page, the link-import offer, later the import worker): the body is streamed and counted after
 * decompression, refused past {@link MAX_TEXT_BYTES} (a gzip bomb stops there, not at 2 GiB), the
 * whole fetch — connecting, headers, body — must end within {@link FETCH_DEADLINE_MS}, and the
 * caller can cancel it. The bytes are decoded by `decodeBytes`, honouring the response's charset.
 *
 * Uses nothing but fetch, streams, timers and TextDecoder: it runs on a page, in a Web Worker and in
 * Node 20. Expected failures are values ({@link FetchFailure}); it never throws for the network.
 */
import { charsetOf, decodeBytes, MAX_TEXT_BYTES, type Decoded } from '../model/import/decode.js';
import { fileKind } from '../model/import/sniff.js';

export { MAX_TEXT_BYTES };

/** The longest a fetch may take, from the request to the last byte: 60 seconds. */
export const FETCH_DEADLINE_MS = 60_000;

export interface FetchTextOptions {
  /** Cancels the fetch (the result is then `{kind: 'cancelled'}`). */
  signal?: AbortSignal;
  /** Called as the body arrives, with the bytes read so far (after decompression) and the limit. */
  onProgress?: (bytesRead: number, limit: number) => void;
  /** The byte limit; {@link MAX_TEXT_BYTES} unless a test says otherwise. */
  maxBytes?: number;
  /** The deadline in milliseconds; {@link FETCH_DEADLINE_MS} unless a test says otherwise. */
  deadlineMs?: number;
  /** Sends cookies and other credentials to the address (the browser paths send none). */
  credentials?: 'omit' | 'same-origin' | 'include';
  /** The fetch to use (a test's or a worker's); the global one by default. */
  fetch?: typeof fetch;
}

/** Why a fetch gave no text. */
export type FetchFailure =
  /** Larger than the limit: said by Content-Length before reading (`declared`), or counted while reading. */
  | { kind: 'too-large'; limit: number; declared: number | undefined }
  /** Not finished within the deadline; `bytesRead` had arrived by then. */
  | { kind: 'timeout'; deadlineMs: number; bytesRead: number }
  /** The server answered, but not with the text (404, 500, …). */
  | { kind: 'http'; status: number; statusText: string }
  /**
   * No answer that can be read: no connection, a redirect loop, a broken body, or (in a browser,
   * which does not say which) a site that does not allow other sites to read it (CORS).
   */
  | { kind: 'network'; detail: string }
  /** The caller cancelled. */
  | { kind: 'cancelled' };

/** A text fetched and decoded. */
export interface FetchedText extends Decoded {
  /** The address after redirects. */
  url: string;
  /** The response's Content-Type ("" when none). */
  contentType: string;
  bytes: number;
  /**
   * The bytes as they came, when they are a document read from its bytes (sniff.ts `fileKind`:
   * a Word document, a PDF, a web page); `text` is then what they decode to, for a look only.
   */
  data?: Uint8Array;
}

export type FetchTextResult = { ok: true; value: FetchedText } | { ok: false; failure: FetchFailure };

/** A function that fetches like {@link fetchText}: the UI takes one, so a fetch run in a worker can take the page's place. */
export type TextFetcher = (url: string, options: FetchTextOptions) => Promise<FetchTextResult>;

/** Why a fetch stopped, set before the internal controller is aborted. */
type Stop = { kind: 'cancelled' } | { kind: 'timeout' };

/** A network error in a few words: Node puts the reason in `cause` (`ECONNREFUSED`, `redirect count exceeded`). */
function detail(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const text = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.slice(0, 200);
}

/**
 * Fetches `url` and decodes it (see the module comment). Never throws; every way it can fail is
 * a {@link FetchFailure}. `fileName` in the decoding problems is the address.
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchTextResult> {
  const limit = options.maxBytes ?? MAX_TEXT_BYTES;
  const deadlineMs = options.deadlineMs ?? FETCH_DEADLINE_MS;
  const controller = new AbortController();
  let stop: Stop | undefined;
  let bytesRead = 0;
  const halt = (why: Stop): void => {
    stop ??= why;
    controller.abort();
  };
  const onCancel = (): void => halt({ kind: 'cancelled' });
  if (options.signal?.aborted) return { ok: false, failure: { kind: 'cancelled' } };
  options.signal?.addEventListener('abort', onCancel);
  const timer = setTimeout(() => halt({ kind: 'timeout' }), deadlineMs);
  // A read that the abort does not end (some streams ignore it) is ended by this promise.
  let stopped: (() => void) | undefined;
  const whenStopped = new Promise<'stopped'>((resolve) => (stopped = () => resolve('stopped')));
  controller.signal.addEventListener('abort', () => stopped?.());
  const failed = (): FetchTextResult => {
    const s = stop!;
    return { ok: false, failure: s.kind === 'timeout' ? { kind: 'timeout', deadlineMs, bytesRead } : { kind: 'cancelled' } };
  };
  try {
    let response: Response;
    try {
      const request = (options.fetch ?? fetch)(url, { signal: controller.signal, redirect: 'follow', credentials: options.credentials ?? 'omit' });
      const first = await Promise.race([request, whenStopped]);
      if (first === 'stopped') {
        request.then((r) => r.body?.cancel().catch(() => undefined), () => undefined);
        return failed();
      }
      response = first;
    } catch (e) {
      if (stop) return failed();
      return { ok: false, failure: { kind: 'network', detail: detail(e) } };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'http', status: response.status, statusText: response.statusText } };
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    // A compressed body this large is larger still once decompressed.
    if (Number.isFinite(length) && length > limit) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'too-large', limit, declared: length } };
    }
    const chunks: Uint8Array[] = [];
    options.onProgress?.(0, limit);
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        let next: Awaited<ReturnType<typeof reader.read>> | 'stopped';
        try {
          next = await Promise.race([reader.read(), whenStopped]);
        } catch (e) {
          if (stop) return failed();
          return { ok: false, failure: { kind: 'network', detail: detail(e) } };
        }
        if (next === 'stopped') {
          void reader.cancel().catch(() => undefined);
          return failed();
        }
        if (next.done) break;
        bytesRead += next.value.byteLength;
        if (bytesRead > limit) {
          void reader.cancel().catch(() => undefined);
          return { ok: false, failure: { kind: 'too-large', limit, declared: undefined } };
        }
        chunks.push(next.value);
        options.onProgress?.(bytesRead, limit);
      }
    }
    if (stop) return failed();
    const bytes = new Uint8Array(bytesRead);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const charset = charsetOf(contentType);
    const kind = fileKind(bytes, new URL(response.url || url).pathname);
    if (kind === 'docx' || kind === 'pdf') return { ok: true, value: { text: '', encoding: '', source: 'default', problems: [], url: response.url || url, contentType, bytes: bytesRead, data: bytes } };
    const decoded = decodeBytes(bytes, { fileName: url, ...(charset ? { charset } : {}) });
    return { ok: true, value: { ...decoded, url: response.url || url, contentType, bytes: bytesRead, ...(kind === 'html' ? { data: bytes } : {}) } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
    stopped = undefined;
  }
}
