/**
 * The import worker: reads a source text or a document's bytes (Word, PDF, web page) with the importers
 * (src/model/import) off the main thread, posting progress, and answers with what the import page shows (a {@link CheckReport}).
 * One check at a time; the page cancels one by terminating the worker. It also fetches texts from
 * the addresses the reader gives (src/app/fetch-text.ts), under its own Content Security Policy:
 * the page's may connect to its own origin only (docs/decisions/008-content-security-policy.md).
 */
import { articleText, listArticles } from '../model/doc.js';
import { importFile, readDocumentText } from '../model/import/file.js';
import { importSource, type ImportOptions } from '../model/import/index.js';
import { fetchText } from './fetch-text.js';
import type { CheckReport, CheckRequest, FetchRequest, ImportWorkerRequest, ImportWorkerResponse, PreviewArticle } from './import-protocol.js';

/** Articles in the preview, and the characters of each one's text. */
const PREVIEW = 5;
const PREVIEW_CHARS = 160;
/** At most this often (ms) a progress message, however often the importer reports. */
const PROGRESS_EVERY = 50;

const post = (message: ImportWorkerResponse): void => (self as unknown as { postMessage(m: ImportWorkerResponse): void }).postMessage(message);

/** The first `max` characters of a text, cut at a word where possible. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}

/**
 * pdf.js's character maps, for PDFs whose fonts name a predefined CJK encoding: files of the
 * build fetched when such a PDF asks for one (not precached: offline, such a PDF reads as far as it can).
 */
const cMapUrls = import.meta.glob<string>('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true });

async function cMap(name: string): Promise<Uint8Array> {
  const url = cMapUrls[`/node_modules/pdfjs-dist/cmaps/${name}.bcmap`];
  if (!url) throw new Error(`no character map is called ${name}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the character map ${name} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function check(req: CheckRequest): Promise<CheckReport> {
  const options: ImportOptions = {};
  if (req.format) options.format = req.format;
  if (req.fileName) options.fileName = req.fileName;
  if (req.language) options.language = req.language;
  let last = -Infinity;
  options.onProgress = (fraction) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY && fraction < 1) return;
    last = now;
    post({ id: req.id, type: 'progress', fraction });
  };
  // A document comes as its bytes: the Word reader loads with this worker, pdf.js and parse5 only when a PDF or a web page comes.
  const { format, doc, problems } = req.bytes ? await importFile(new Uint8Array(req.bytes), { ...options, cMap }) : importSource(req.text, options);
  const articles = listArticles(doc);
  const preview: PreviewArticle[] = articles.slice(0, PREVIEW).map(({ article }) => ({
    label: article.label,
    heading: article.heading,
    text: clip(articleText(article), PREVIEW_CHARS),
  }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    format,
    problems,
    errors,
    warnings: problems.length - errors,
    articles: articles.length,
    preview,
    title: doc.title,
    language: doc.language,
    docJson: JSON.stringify(doc),
  };
}

/** Fetches in progress, by request id, to cancel. */
const fetches = new Map<number, AbortController>();

async function fetchFor(req: FetchRequest): Promise<void> {
  const controller = new AbortController();
  fetches.set(req.id, controller);
  let last = -Infinity;
  try {
    const result = await fetchText(req.url, {
      signal: controller.signal,
      onProgress: (bytes, limit) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY) return;
        last = now;
        post({ id: req.id, type: 'fetch-progress', bytes, limit });
      },
    });
    post({ id: req.id, type: 'fetched', result });
  } catch (e) {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    fetches.delete(req.id);
  }
}

self.addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
  const req = event.data;
  if (req.type === 'fetch') {
    void fetchFor(req);
    return;
  }
  if (req.type === 'cancel') {
    fetches.get(req.id)?.abort();
    return;
  }
  if (req.type === 'read-document') {
    readDocumentText(new Uint8Array(req.bytes), { fileName: req.fileName, cMap }).then(
      (read) => post({ id: req.id, type: 'document', read }),
      (e: unknown) => post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  if (req.type === 'read-html') {
    import('../model/import/html-parse5.js').then(
      ({ parseHtmlBlocks }) => post({ id: req.id, type: 'html', read: parseHtmlBlocks(req.html) }),
      (e: unknown) => post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  check(req).then(
    (report) => post({ id: req.id, type: 'result', report }),
    (e: unknown) => post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
});
