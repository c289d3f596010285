/**
 * Messages between the import page and the import worker (src/app/import.worker.ts), and
 * what a check lets the reader do with the text. Plain data (structured clone): the page
 * never loads the importers, and a large version crosses to it as one string, parsed only
 * when it is saved.
 */
import type { HtmlBlocks } from '../model/import/html.js';
import type { DocumentText } from '../model/import/file.js';
import type { Problem } from '../model/problems.js';
import type { SourceFormat } from '../model/types.js';
import type { FetchTextResult } from './fetch-text.js';

/**
 * Import a text, or a file's bytes (a Word document, a PDF, a web page: `bytes`, transferred,
 * and `text` ""), and report what was read; `format`, `fileName` and `language` as in `ImportOptions`.
 */
export interface CheckRequest {
  id: number;
  type: 'check';
  text: string;
  bytes?: ArrayBuffer;
  format?: SourceFormat;
  fileName?: string;
  language?: string;
}

/**
 * Fetch the text at an address (src/app/fetch-text.ts: byte limit, deadline, charset). The worker
 * fetches it, not the page: the page's Content Security Policy allows its own origin only
 * (docs/decisions/008-content-security-policy.md).
 */
export interface FetchRequest {
  id: number;
  type: 'fetch';
  url: string;
}

/** Stop the fetch `id` (it then answers `{kind: 'cancelled'}`). */
export interface CancelRequest {
  id: number;
  type: 'cancel';
}

/** Read rich text pasted from a web page (the clipboard's `text/html`) into blocks, with parse5 (html-parse5.ts). */
export interface ReadHtmlRequest {
  id: number;
  type: 'read-html';
  html: string;
}

/** Read a document (text, Word, PDF, web page) as plain paragraphs, not as a law: an explanation report (model/import/file.ts `readDocumentText`). */
export interface ReadDocumentRequest {
  id: number;
  type: 'read-document';
  bytes: ArrayBuffer;
  fileName: string;
}

export type ImportWorkerRequest = CheckRequest | FetchRequest | CancelRequest | ReadHtmlRequest | ReadDocumentRequest;

/** One article of the preview: its number as printed, its heading and the start of its text. */
export interface PreviewArticle {
  label: string;
  heading: string;
  text: string;
}

/** What a check found, as the page shows it. */
export interface CheckReport {
  format: SourceFormat;
  /** Every problem, errors first, then by line. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** How many articles were read. */
  articles: number;
  /** The first few articles, their text clipped. */
  preview: PreviewArticle[];
  /** The title the text gives itself ("" when none). */
  title: string;
  /** The language of the version as imported. */
  language: string;
  /** The version (`lawdiff-version/1`) as JSON: one flat string to pass between threads, parsed only when saved. */
  docJson: string;
}

export type ImportWorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'fetch-progress'; bytes: number; limit: number }
  | { id: number; type: 'fetched'; result: FetchTextResult }
  | { id: number; type: 'result'; report: CheckReport }
  | { id: number; type: 'html'; read: HtmlBlocks }
  | { id: number; type: 'document'; read: DocumentText }
  | { id: number; type: 'error'; message: string };

/**
 * What the reader may do with a checked text:
 * - `clean`: save;
 * - `warnings`: save; the warnings are listed and the Save button counts them;
 * - `errors`: articles were read, but some lines were not (left out, or a number printed
 *   twice): save only after confirming, having seen the errors;
 * - `unreadable`: no article at all (an unknown format, malformed XML or JSON, a text with
 *   no article heading): nothing to save.
 */
export type SaveVerdict = 'clean' | 'warnings' | 'errors' | 'unreadable';

/** The {@link SaveVerdict} of a report. */
export function saveVerdict(report: Pick<CheckReport, 'articles' | 'errors' | 'warnings'>): SaveVerdict {
  if (report.articles === 0) return 'unreadable';
  if (report.errors > 0) return 'errors';
  return report.warnings > 0 ? 'warnings' : 'clean';
}
