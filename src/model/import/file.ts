/**
 * The entry for a file of any kind (sniff.ts `fileKind`): a PDF (pdf-read.ts, pdf.js) and a web
 * page (html-parse5.ts) are read by readers loaded here on demand; a Word document and a text go
 * to `importBytes`. Asynchronous because the PDF reader is. What the command line and the import
 * worker call for a file; the collection reader and the page's detection never load it.
 */
import { decodeBytes } from './decode.js';
import { importBytes, type BytesImportResult } from './bytes.js';
import { importHtmlBlocks } from './html.js';
import { fileKind } from './sniff.js';
import type { ImportOptions } from './index.js';
import type { PdfReadOptions } from './pdf-read.js';

export interface FileImportOptions extends Omit<ImportOptions, 'encoding'> {
  /** The charset a server named for the bytes (`Content-Type`). */
  charset?: string;
  /** Where pdf.js's character maps come from (pdf-read.ts). */
  cMap?: PdfReadOptions['cMap'];
}

/** Imports a file's bytes, whatever they hold; never throws for bad input. */
export async function importFile(bytes: Uint8Array, options: FileImportOptions = {}): Promise<BytesImportResult> {
  const { cMap, charset, ...rest } = options;
  const kind = options.format === 'pdf' ? 'pdf' : options.format === 'html' ? 'html' : options.format === 'docx' ? 'docx' : fileKind(bytes, options.fileName);
  if (kind === 'pdf') {
    const [{ readPdf }, { importPdfContent }] = await Promise.all([import('./pdf-read.js'), import('./pdf.js')]);
    const report = options.onProgress;
    report?.(0);
    const content = await readPdf(bytes, options.fileName ?? 'the PDF', { ...(report ? { onProgress: (f: number) => f < 1 && report(f * 0.5) } : {}), ...(cMap ? { cMap } : {}) });
    return importPdfContent(content, rest);
  }
  if (kind === 'html') {
    const decoded = decodeBytes(bytes, { ...(options.fileName ? { fileName: options.fileName } : {}), ...(charset ? { charset } : {}) });
    const { parseHtmlBlocks } = await import('./html-parse5.js');
    options.onProgress?.(0);
    const r = importHtmlBlocks(parseHtmlBlocks(decoded.text), rest);
    const problems = [...decoded.problems, ...r.problems];
    if (options.fileName) for (const p of problems) p.file ??= options.fileName;
    return { ...r, problems, encoding: decoded.encoding };
  }
  return importBytes(bytes, { ...rest, ...(charset ? { charset } : {}) });
}
