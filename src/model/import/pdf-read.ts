/**
 * Reads the text a PDF places on its pages with pdf.js (`pdfjs-dist`, Mozilla's PDF reader: the
 * one complete, maintained PDF parser in JavaScript — fonts, encodings, broken cross-reference
 * tables). Loaded on demand only, when a PDF is read: its 1.5 MB stay out of every first load.
 *
 * pdf.js normally parses in a worker of its own; here it runs where it is called (the import
 * worker, or Node), by giving it its worker module as `globalThis.pdfjsWorker` — one thread less,
 * and no worker file to serve. Text only: no fonts loaded, no images decoded, no scripts run
 * (`isEvalSupported: false`). Limits: {@link MAX_PDF_BYTES}, {@link MAX_PDF_PAGES}.
 */
import type { PdfReason } from '../messages/document.js';
import { problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import type { PdfContent, PdfItem, PdfPage } from './pdf.js';
import { isPdf } from './sniff.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

/** The largest PDF read (bytes): a law's PDF is rarely over 20 MB; a Drucksache with annexes may be 50. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** The most pages read. */
export const MAX_PDF_PAGES = 5000;

export interface PdfReadOptions {
  /** Called with the fraction (0..1) of the pages read. */
  onProgress?: (fraction: number) => void;
  /**
   * The bytes of one of pdf.js's character maps (`UniGB-UCS2-H`, …), which a PDF names when its
   * fonts are not embedded with their own; absent: such a PDF's text is read as far as it can be.
   */
  cMap?: (name: string) => Promise<Uint8Array>;
}

/** What of pdf.js this module uses. */
interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
}
interface PdfJsPage {
  view: number[];
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{ items: TextItem[] }>;
  cleanup(): void;
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

let loaded: Promise<PdfJs> | undefined;

/** pdf.js and its worker module, loaded once. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return lib as unknown as PdfJs;
  })();
  return loaded;
}

/** A pdf.js failure as a sentence's arguments: a password, a broken structure, or pdf.js's own message. */
function why(e: unknown): PdfReason {
  const err = e as { name?: string; message?: string };
  switch (err?.name) {
    case 'PasswordException':
      return { reasonKind: 'password' };
    case 'InvalidPDFException':
      return { reasonKind: 'broken', ...(err.message !== undefined ? { detail: err.message } : {}) };
    default:
      return { reasonKind: 'other', detail: err?.message ?? String(e) };
  }
}

/**
 * The pieces of text on each page of a PDF, with their positions; problems for what could not be
 * read (the whole file: an error naming why; one page: a warning naming it). Never throws.
 */
export async function readPdf(bytes: Uint8Array, name?: string, options: PdfReadOptions = {}): Promise<PdfContent> {
  const fail = <K extends ProblemCode>(code: K, args: ProblemArgs<K>): PdfContent => ({ pages: [], problems: [problem('error', 0, '', code, args)] });
  if (!isPdf(bytes)) return fail('pdf.notPdf', { name });
  if (bytes.length > MAX_PDF_BYTES) return fail('pdf.tooBig', { name, mb: Number((bytes.length / 1048576).toFixed(0)), max: MAX_PDF_BYTES / 1048576 });
  let lib: PdfJs;
  try {
    lib = await pdfjs();
  } catch (e) {
    return fail('pdf.readerUnavailable', why(e));
  }
  const cMap = options.cMap;
  class CMapReader {
    async fetch({ name: map }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      if (!cMap) throw new Error(`the character map ${map} is not available here`);
      return { cMapData: await cMap(map), isCompressed: true };
    }
  }
  const task = lib.getDocument({
    // pdf.js takes the buffer over (it is detached): a copy keeps the caller's, and is a Uint8Array even when they gave a Node Buffer (which pdf.js refuses).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
    CMapReaderFactory: CMapReader,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    void task.destroy();
    return fail('pdf.unreadable', { ...why(e), name });
  }
  const problems: Problem[] = [];
  const pages: PdfPage[] = [];
  try {
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) problems.push(problem('warning', MAX_PDF_PAGES, '', 'pdf.tooManyPages', { name, pages: doc.numPages, max: MAX_PDF_PAGES }));
    options.onProgress?.(0);
    for (let n = 1; n <= count; n++) {
      try {
        const page = await doc.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
        const content = await page.getTextContent({ includeMarkedContent: false });
        const items: PdfItem[] = [];
        for (const it of content.items) {
          const t = it.transform;
          if (typeof it.str !== 'string' || !t || t.length < 6) continue;
          const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = t;
          const item: PdfItem = { str: it.str, x: e - x0, y: f - y0, w: it.width ?? 0, size: Math.hypot(c, d) || Math.hypot(a, b) };
          if (Math.abs(b) > 0.05 * Math.abs(a) || a <= 0) item.rotated = true;
          items.push(item);
        }
        pages.push({ width: x1 - x0, height: y1 - y0, items });
        page.cleanup();
      } catch (e) {
        pages.push({ width: 595, height: 842, items: [] });
        problems.push({ ...problem('warning', n, '', 'pdf.pageUnreadable', { ...why(e), page: n }), where: { page: n } });
      }
      options.onProgress?.(n / count);
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  return { pages, problems };
}
