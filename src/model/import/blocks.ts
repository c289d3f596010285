/**
 * Documents without lines of their own — a Word document, a PDF, a web page — are read by their
 * readers into blocks (paragraphs, with heading levels where the document shows them). This
 * module turns blocks into the lines of a text and runs them through the same detection and
 * importers as a text (cn, tw, de, en), so a copy of a law in any of these formats gives the
 * articles of its text; the importers' problems are then moved back from lines of that text to
 * the document's own places (a paragraph, a page and line). Pure.
 */
import { hasErrors, isPlace, problem, say, type Place, type Problem } from '../problems.js';
import type { BodyNode, SourceFormat } from '../types.js';
import { collapseSpace } from '../xml.js';
import { DOCUMENT_TEXT_FORMATS, type DocumentKind } from '../messages/document.js';
import { importSource, type ImportOptions, type ImportResult } from './index.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** One paragraph of a document, in reading order. */
export interface TextBlock {
  /** The text; a line break inside a paragraph (Word's soft break) as "\n". */
  text: string;
  /** 0 for the title, 1–9 for headings, undefined for body text. */
  heading?: number;
  /** Where the block is, as its reader counts: a paragraph number, an index into a PDF's lines. */
  at: number;
}

/** A document reader's places, for problems. */
export interface BlockPlaces {
  /** The `line` of a problem at `at` (the paragraph, the page). */
  line(at: number): number;
  /** The place at `at`, for a problem's sentence (`paragraph 12`, `page 3, line 14`). */
  place(at: number): Place;
  /** True when a problem's `line` does not say the place alone (a PDF's page): it gets `where`. */
  where?: boolean;
}

/** The text conventions a document can hold. */
export const TEXT_FORMATS: readonly SourceFormat[] = DOCUMENT_TEXT_FORMATS;
const CJK_ARTICLE = /^第\s*[〇零一二三四五六七八九十百千万两兩0-9０-９]+\s*[条條]/u;
const DE_NORM = /^§\s*\d+[a-z]{0,3}(?=\s|$)/u;
const DE_DIVISION = /^(Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel|Unterkapitel)\s+([0-9]+[a-z]?|[IVXLC]+)\b/u;
const DE_DEPTH: Record<string, number> = { Buch: 2, Teil: 3, Kapitel: 4, Abschnitt: 3, Unterabschnitt: 4, Titel: 4, Untertitel: 5, Unterkapitel: 6 };

/**
 * The lines the text importers read for one block. A heading is a Markdown heading one level
 * below the title (`# `), except an article line of a Chinese law (`第一条`), which the Chinese
 * importer reads as text; a short `§ 12 …` or `Abschnitt 2 …` line is a heading by its text.
 */
export function renderBlock(p: Pick<TextBlock, 'text' | 'heading'>): string[] {
  const lines = p.text.split('\n').map((l) => l.replace(/\s+$/u, '')).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const one = collapseSpace(lines.join(' '));
  if (CJK_ARTICLE.test(one.trim())) return lines;
  if (p.heading !== undefined) return [`${'#'.repeat(Math.min(6, p.heading + 1))} ${one}`];
  if (one.length <= 200 && !/[.;:,]$/u.test(one)) {
    if (DE_NORM.test(one)) return [`###### ${one}`];
    const div = DE_DIVISION.exec(one);
    if (div) return [`${'#'.repeat(DE_DEPTH[div[1]!] ?? 3)} ${one}`];
  }
  return lines;
}

function renumber(nodes: readonly BodyNode[], line: (l: number) => number): void {
  for (const n of nodes) {
    if (n.line !== undefined) n.line = line(n.line);
    if (n.kind === 'division') renumber(n.children, line);
  }
}

/** What {@link importBlocks} needs to know of the document. */
export interface BlocksSource {
  /** The result's format: `docx`, `pdf`, `html`. */
  format: SourceFormat;
  /** The document as messages name it: its file name, or `the Word document`. */
  name: string;
  places: BlockPlaces;
}

/**
 * Imports a document's blocks: detects the law's convention from their text as for a text (or
 * takes `options.format`: cn, tw, de or en) and imports them. The result has the document's
 * format; nodes' `line` and problems' places are the document's (see {@link BlockPlaces}).
 * `options.onProgress` gets the second half (0.5 → 1) of the progress: reading is the first.
 */
export function importBlocks(blocks: readonly TextBlock[], source: BlocksSource, options: ImportOptions = {}): ImportResult {
  const lines: string[] = [];
  const atOfLine: number[] = [0];
  for (const b of blocks) {
    for (const l of renderBlock(b)) {
      lines.push(l, '');
      atOfLine.push(b.at, b.at);
    }
  }
  const at = (line: number): number => atOfLine[line] ?? 0;
  const { places } = source;
  const inner: ImportOptions = { fileName: source.name };
  if (options.format && options.format !== source.format) inner.format = options.format;
  if (options.language !== undefined) inner.language = options.language;
  if (options.onProgress) {
    const report = options.onProgress;
    inner.onProgress = (f) => {
      if (f < 1) report(0.5 + f * 0.5);
    };
  }
  const r = importSource(lines.join('\n'), inner);
  for (const p of r.problems) {
    if (p.line > 0) {
      const a = at(p.line);
      p.line = places.line(a);
      if (places.where) p.where = places.place(a);
      delete p.column;
    }
    // The sentence's own places (`first at line 12`) are the document's too.
    if (Object.values(p.args).some((v) => isPlace(v) && v.line !== undefined && v.page === undefined)) {
      const args = Object.fromEntries(Object.entries(p.args).map(([k, v]) => [k, isPlace(v) && v.line !== undefined && v.page === undefined ? places.place(at(v.line)) : v]));
      Object.assign(p, say(p.code, args as never));
    }
    if (p.code === 'text.unknownFormat') Object.assign(p, say('document.noLawFound', { name: source.name }));
    if (options.fileName) p.file = options.fileName;
    else delete p.file;
  }
  const doc = r.doc;
  const docLine = (l: number): number => places.line(at(l));
  renumber(doc.body, docLine);
  for (const a of doc.annexes) if (a.line !== undefined) a.line = docLine(a.line);
  return { ok: !hasErrors(r.problems), format: source.format, doc, problems: r.problems };
}

/** Every problem without a file gets `fileName` (when given). */
export function named(problems: Problem[], fileName: string | undefined): Problem[] {
  if (fileName) for (const p of problems) p.file ??= fileName;
  return problems;
}

/** The refusal of a text convention a document cannot hold (`--format uslm` for a PDF): `name` the file's, when known. */
export function wrongFormat(name: string | undefined, docKind: DocumentKind, format: SourceFormat): Problem {
  return problem('error', 0, '', 'document.wrongFormat', { name, docKind, formatKind: format });
}

/** Errors first, then by place. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
}
