/**
 * The spreadsheet of changes: one row per changed article row of a comparison (the rows the
 * filter keeps; unchanged ones left out) — its kind as the viewer names it, old and new numbers
 * as printed, the divisions above it, the words it adds and removes, how alike its two texts
 * are, whether an explanation comes with it, and the link to it in lawdiff. As CSV (RFC 4180,
 * UTF-8 with a byte order mark so Excel reads Chinese, CRLF) and as .xlsx ({@link writeXlsx}).
 * Law text, labels and titles are data: written as they are, never as formulas. Pure.
 */
import { isCjkLanguage, isCjkText, Tokenizer } from '../../diff/index.js';
import { paragraphLines } from '../../model/doc.js';
import type { ArticleRow, RowArticle, RowKind } from '../compare-model.js';
import type { ExportInput } from '../export-html.js';
import { strings } from '../strings.js';
import { writeXlsx, type Cell, type Column } from './xlsx.js';

/** What the sheet is made from: an export's input, and the address of one article (by row key) in lawdiff. */
export type SheetInput = Pick<ExportInput, 'rows' | 'unit' | 'lang'> & { link?: ((key: string) => string) | undefined };

/** One change, as a row of the sheet. */
export interface SheetRow {
  key: string;
  kind: RowKind;
  /** Numbers as printed, several joined by ` + ` (a split's new side, a merge's old one); "" for none. */
  old: string;
  new: string;
  /** The divisions above the article in the newer reading (the older for a deleted one), ` › ` between them. */
  division: string;
  /** Words (at `unit=char`, CJK characters) added and removed, as the engine counts them. */
  added: number;
  removed: number;
  /** 0..1 for a matched, split or merged row; undefined for an inserted or deleted article. */
  similarity: number | undefined;
  /** An official explanation comes with the row. */
  explained: boolean;
  /** Its address in lawdiff, or "". */
  link: string;
}

const SEPARATOR = ' › ';

function numbers(side: readonly RowArticle[]): string {
  return side.map((a) => a.article.label || a.ref.num).join(' + ');
}

/** Counts words of whole inserted or deleted articles the way the engine does (one tokenizer for the comparison). */
class WordCounter {
  private tokenizer: Tokenizer | undefined;
  private segmented: boolean | undefined;
  constructor(
    private readonly language: string,
    private readonly unit: 'word' | 'char',
  ) {}

  count(arts: readonly RowArticle[]): number {
    const lines = arts.flatMap((a) => a.article.paragraphs.flatMap(paragraphLines));
    this.tokenizer ??= new Tokenizer(this.language, this.unit);
    this.segmented ??= isCjkLanguage(this.language) || isCjkText(lines.join(''));
    let n = 0;
    for (const line of lines) n += this.tokenizer.countWords(line, this.segmented);
    return n;
  }
}

/** The sheet's rows: the changed article rows among `input.rows`, in their order. */
export function sheetRows(input: SheetInput): SheetRow[] {
  const counter = new WordCounter(input.lang.new || input.lang.old || 'en', input.unit ?? 'word');
  const out: SheetRow[] = [];
  for (const row of input.rows) {
    if (row.type !== 'article' || row.kind === 'unchanged') continue;
    out.push(sheetRow(row, counter, input.link));
  }
  return out;
}

function sheetRow(row: ArticleRow, counter: WordCounter, link: SheetInput['link']): SheetRow {
  const c = row.change;
  const place = row.new[0] ?? row.old[0];
  const counts =
    c.diff !== undefined
      ? { added: c.diff.counts.wordsInserted, removed: c.diff.counts.wordsDeleted }
      : c.kind === 'inserted'
        ? { added: counter.count(row.new), removed: 0 }
        : c.kind === 'deleted'
          ? { added: 0, removed: counter.count(row.old) }
          : { added: 0, removed: 0 };
  return {
    key: row.key,
    kind: row.kind,
    old: numbers(row.old),
    new: numbers(row.new),
    division: place ? place.path.join(SEPARATOR) : '',
    ...counts,
    similarity: c.kind === 'inserted' || c.kind === 'deleted' ? undefined : Math.round(c.similarity * 100) / 100,
    explained: row.annotations.some((a) => a.kind === 'explanation'),
    link: link ? link(row.key) : '',
  };
}

/** The columns, in the UI language; the word counts say characters at `unit=char`. */
function columns(input: SheetInput): Column[] {
  const s = strings.sheet;
  const chars = input.unit === 'char';
  return [
    { header: s.kind, width: 22 },
    { header: s.oldNumber, width: 16 },
    { header: s.newNumber, width: 16 },
    { header: s.division, width: 40 },
    { header: chars ? s.charsAdded : s.wordsAdded, width: 12 },
    { header: chars ? s.charsRemoved : s.wordsRemoved, width: 12 },
    { header: s.similarity, width: 11 },
    { header: s.explained, width: 11 },
    { header: s.link, width: 60 },
  ];
}

/** A row's cells, in column order. */
function cells(r: SheetRow): Cell[] {
  return [
    strings.kinds[r.kind] ?? r.kind,
    r.old,
    r.new,
    r.division,
    r.added,
    r.removed,
    r.similarity === undefined ? undefined : { number: r.similarity, fixed2: true },
    r.explained ? strings.sheet.yes : strings.sheet.no,
    r.link ? { text: r.link, href: r.link } : undefined,
  ];
}

/** A CSV field: numbers as they are (similarity with two decimals), text quoted when it holds a comma, quote, CR or LF. */
function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return 'number' in cell ? cell.number.toFixed(2) : csvField(cell.text);
  // A spreadsheet would take text starting with = + - @ for a formula: an apostrophe keeps it text (OWASP "CSV injection").
  const text = /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The sheet as CSV: RFC 4180 (CRLF line ends, fields quoted as needed), UTF-8 with a byte order mark, a header row first. */
export function sheetCsv(input: SheetInput): string {
  const lines = [columns(input).map((c) => csvField(c.header)), ...sheetRows(input).map((r) => cells(r).map(csvField))];
  return `\uFEFF${lines.map((l) => `${l.join(',')}\r\n`).join('')}`;
}

/** The sheet as an .xlsx workbook of one sheet: bold frozen header, autofilter, numbers as numbers, links as hyperlinks. */
export function sheetXlsx(input: SheetInput): Uint8Array {
  return writeXlsx({ name: strings.sheet.name, columns: columns(input), rows: sheetRows(input).map(cells) });
}
