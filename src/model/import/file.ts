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
import { hasErrors, type Problem } from '../problems.js';

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
    const content = await readPdf(bytes, options.fileName, { ...(report ? { onProgress: (f: number) => f < 1 && report(f * 0.5) } : {}), ...(cMap ? { cMap } : {}) });
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

/** A document's text, paragraph by paragraph: what a report (not a law) is read as. */
export interface DocumentText {
  /** Paragraphs separated by blank lines; headings as Markdown headings (`## …`). */
  text: string;
  problems: Problem[];
}

/**
 * Reads any file lawdiff reads — text, Word, PDF, web page — as plain paragraphs, without
 * looking for articles: an explanation report is prose that names articles, not a law.
 * Never throws for bad input.
 */
export async function readDocumentText(bytes: Uint8Array, options: Pick<FileImportOptions, 'fileName' | 'charset' | 'cMap'> = {}): Promise<DocumentText> {
  const { fileName, charset, cMap } = options;
  const kind = fileKind(bytes, fileName);
  const join = (blocks: readonly { text: string; heading?: number }[]): string =>
    blocks
      .map((b) => {
        const t = b.text.replace(/[ \t]+\n/gu, '\n').trim();
        return b.heading !== undefined && t ? `${'#'.repeat(Math.min(6, b.heading + 1))} ${t.replace(/\s*\n\s*/gu, ' ')}` : t;
      })
      .filter(Boolean)
      .join('\n\n');
  const named = (problems: Problem[]): Problem[] => {
    if (fileName) for (const p of problems) p.file ??= fileName;
    return problems;
  };
  if (kind === 'pdf') {
    const [{ readPdf }, { pdfBlocks }] = await Promise.all([import('./pdf-read.js'), import('./pdf.js')]);
    const content = await readPdf(bytes, fileName, cMap ? { cMap } : {});
    if (hasErrors(content.problems)) return { text: '', problems: named(content.problems) };
    const read = pdfBlocks(content, fileName);
    return { text: join(read.blocks), problems: named([...content.problems, ...read.problems]) };
  }
  if (kind === 'html') {
    const decoded = decodeBytes(bytes, { ...(fileName ? { fileName } : {}), ...(charset ? { charset } : {}) });
    const { parseHtmlBlocks } = await import('./html-parse5.js');
    const read = parseHtmlBlocks(decoded.text);
    return { text: join(read.blocks), problems: named([...decoded.problems, ...read.problems]) };
  }
  if (kind === 'docx') {
    const { readDocx } = await import('./docx.js');
    const read = readDocx(bytes);
    return { text: join(read.paragraphs), problems: named(read.problems) };
  }
  const decoded = decodeBytes(bytes, { ...(fileName ? { fileName } : {}), ...(charset ? { charset } : {}) });
  return { text: decoded.text, problems: named(decoded.problems) };
}
