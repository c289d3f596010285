/**
 * The synopsis of several readings as the viewer shows it: one row per
 * article (lineage), one column per reading — unpublished readings as gaps —
 * each column's text diffed against the previous reading with a text, or
 * against one base reading. Division headings between the rows, filters by
 * change and by step, search. Built from {@link History} (which compares each
 * reading with the next) and the readings' texts; the diff of a cell is
 * computed when it is first shown. Pure: no DOM.
 */
import { paragraphLines } from '../model/doc.js';
import type { Article, VersionDoc, VersionInfo } from '../model/types.js';
import { diffArticle, Tokenizer, type ArticleDiff, type Change, type Granularity, type History } from '../diff/index.js';
import { articleIn, concordanceRows, type ConcordanceCell, type EntryStatus, type RelatedLineage } from './history-model.js';
import type { Filter } from './compare-model.js';
import { diffBlocks, headingSpans, plainBlocks, type Block, type Span } from './row-text.js';
import { synopsisStrings } from './locales/synopsis/index.js';

/** A column: one reading of the law. */
export interface ReadingsColumn {
  version: VersionInfo;
  /** Position among the history's readings; -1 for a gap (unpublished, or its text could not be loaded). */
  v: number;
  /** Language of its text ("" for a gap). */
  lang: string;
  /** The column this one is diffed against (the previous column with a text, or the base); -1 for none (the first, the base, a gap). */
  against: number;
}

/** One article (lineage) in one reading. */
export interface ReadingsCell {
  /** What this reading did to it, relative to the column it is diffed against (see {@link ReadingsColumn.against}). */
  status: EntryStatus;
  /** Moved relative to the other articles (consecutive steps only). */
  moved: boolean;
  /** Printed number here ("" unless present). */
  label: string;
  /** The article in this reading (undefined unless present). */
  article: Article | undefined;
  /** The lineage's article in the column this one is diffed against, if it has one there. */
  before: Article | undefined;
  /** The printed number there. */
  beforeLabel: string;
  /** Whether an earlier column has the article (an absent cell is then "no longer", else "not yet"). */
  earlier: boolean;
  /** The lineage this one was split from here, or that it was merged into here. */
  splitFrom: RelatedLineage | undefined;
  mergedInto: RelatedLineage | undefined;
  /** The diff from `before` to `article` (computed on first use; undefined when either is missing). */
  diff(): ArticleDiff | undefined;
}

/** Statuses that are not changes: the article is there as it was. */
const Unchanged: ReadonlySet<EntryStatus> = new Set(['first', 'unchanged', 'absent', 'unpublished', 'unavailable']);

/** Whether a cell shows a change made by its reading (renumbering alone counts: the number changed). */
export function cellChanged(cell: ReadingsCell): boolean {
  return !Unchanged.has(cell.status) || cell.moved;
}

/** A row: one article through the readings. */
export interface ReadingsArticleRow {
  type: 'article';
  /** The lineage's stable key (links, notes, the history panel). */
  key: string;
  cells: ReadingsCell[];
  /** Printed number in the newest reading that has it. */
  latestLabel: string;
  /** Printed numbers across the columns ("" where absent), for the row's head. */
  chain: string[];
  /** Indices of the columns whose cell changed the article. */
  changedIn: number[];
  /** Lower-cased text of every reading's article, for search (computed on first use). */
  haystack(): string;
}

/** A division heading between rows (the divisions of the newest reading that has the article below it). */
export interface ReadingsDivisionRow {
  type: 'division';
  key: string;
  depth: number;
  title: string;
}

export type ReadingsRow = ReadingsArticleRow | ReadingsDivisionRow;

export interface ReadingsModel {
  columns: ReadingsColumn[];
  /** The base column when every column is diffed against one reading; -1 when each is diffed against the one before. */
  base: number;
  rows: ReadingsRow[];
  /** Row index by key (article rows by lineage key). */
  indexOfKey: Map<string, number>;
  /** Columns that have a text and a column to be diffed against: the steps a reader can choose. */
  steps: number[];
}

function lines(a: Article): string[] {
  return a.paragraphs.flatMap(paragraphLines);
}

/** A change by the number of each new article it produced (indexed once per comparison). */
const byNew = new WeakMap<object, Map<string, Change>>();
function changeInto(history: History, v: number, num: string): Change | undefined {
  const comparison = history.comparisons[v - 1];
  if (!comparison) return undefined;
  let m = byNew.get(comparison);
  if (!m) {
    m = new Map();
    for (const c of comparison.changes) for (const r of c.new) m.set(r.num, c);
    byNew.set(comparison, m);
  }
  return m.get(num);
}

/** Options of {@link readingsModel}. */
export interface ReadingsOptions {
  /** Diff every column against this reading (an id among `versions`) instead of the one before. */
  base?: string | undefined;
  /** How finely CJK text is diffed in cells computed here. */
  granularity?: Granularity;
}

/**
 * The synopsis of `versions` (the readings to show, in order, gaps included)
 * over a history of the published ones among them.
 */
export function readingsModel(history: History, docs: Readonly<Record<string, VersionDoc>>, versions: readonly VersionInfo[], options: ReadingsOptions = {}): ReadingsModel {
  const vOf = (id: string): number => history.versionIds.indexOf(id);
  const baseColumn = options.base ? versions.findIndex((x) => x.id === options.base && vOf(x.id) >= 0) : -1;
  const columns: ReadingsColumn[] = [];
  let previous = -1;
  versions.forEach((version, i) => {
    const v = vOf(version.id);
    const lang = v >= 0 ? (docs[version.id]?.language ?? '') : '';
    const against = v < 0 ? -1 : baseColumn >= 0 ? (i === baseColumn ? -1 : baseColumn) : previous;
    columns.push({ version, v, lang, against });
    if (v >= 0) previous = i;
  });
  const language = Object.values(docs)[0]?.language ?? 'en';
  let tokenizer: Tokenizer | undefined;
  const tokens = (): Tokenizer => (tokenizer ??= new Tokenizer(language, options.granularity ?? 'word'));
  const docAt = (c: number): VersionDoc | undefined => docs[columns[c]!.version.id];

  const rows: ReadingsRow[] = [];
  const indexOfKey = new Map<string, number>();
  let lastPath: string[] = [];
  const lineageByKey = new Map(history.lineages.map((l) => [l.key, l]));
  for (const row of concordanceRows(history, docs, versions)) {
    const lineage = lineageByKey.get(row.key);
    const cellsOfLineage = lineage?.cells ?? [];
    const articleAt = (c: number): Article | undefined => {
      const col = columns[c];
      if (!col || col.v < 0) return undefined;
      const cell = cellsOfLineage[col.v];
      return cell ? articleIn(docAt(c), cell.num)?.article : undefined;
    };
    const labelAt = (c: number): string => {
      const col = columns[c];
      return col && col.v >= 0 ? (cellsOfLineage[col.v]?.label ?? '') : '';
    };
    const cells = row.cells.map((cc: ConcordanceCell, c): ReadingsCell => {
      const col = columns[c]!;
      const article = articleAt(c);
      const label = labelAt(c);
      let before = col.against >= 0 ? articleAt(col.against) : undefined;
      let beforeLabel = col.against >= 0 ? labelAt(col.against) : '';
      let status: EntryStatus;
      let moved = false;
      let splitFrom: RelatedLineage | undefined;
      let mergedInto: RelatedLineage | undefined;
      let engineDiff: (() => ArticleDiff | undefined) | undefined;
      if (cc.kind === 'gap') status = cc.reason;
      else if (baseColumn >= 0) {
        // Against the base: what differs between the two texts, whatever happened between them.
        if (c === baseColumn) status = article ? 'first' : 'absent';
        else if (article && before) status = sameText(before, article) ? (label === beforeLabel ? 'unchanged' : 'renumbered') : 'reworded';
        else if (article) status = 'inserted';
        else if (before) status = 'deleted';
        else status = 'absent';
      } else if (cc.kind === 'present') {
        status = cc.status;
        moved = cc.moved;
        if (cc.from) {
          // A part split off another article: its text came from that one.
          splitFrom = cc.from;
          const parent = lineageByKey.get(cc.from.key)?.cells[col.v - 1];
          const prevCol = col.against;
          if (parent && prevCol >= 0) {
            before = articleIn(docAt(prevCol), parent.num)?.article;
            beforeLabel = parent.label;
          }
        }
        const change = changeInto(history, col.v, cellsOfLineage[col.v]?.num ?? '');
        if (change?.kind === 'matched') engineDiff = () => change.diff;
      } else if (cc.kind === 'ended') {
        status = cc.how === 'merged' ? 'merged-away' : 'deleted';
        mergedInto = cc.into;
      } else status = 'absent';
      let memo: { d: ArticleDiff | undefined } | undefined;
      return {
        status,
        moved,
        label,
        article,
        before,
        beforeLabel,
        earlier: false,
        splitFrom,
        mergedInto,
        diff() {
          if (!memo) {
            const d = engineDiff?.();
            memo = { d: d ?? (article && before ? diffArticle(before.heading, lines(before), article.heading, lines(article), tokens()) : undefined) };
          }
          return memo.d;
        },
      };
    });
    for (let c = 1; c < cells.length; c++) cells[c]!.earlier = cells[c - 1]!.earlier || !!cells[c - 1]!.article;
    // Division headings: the path of the newest reading that has the article, where it differs from the row above.
    const latestDoc = docs[row.latestVersion];
    const num = lineage?.cells[history.versionIds.indexOf(row.latestVersion)]?.num;
    const path = num ? (articleIn(latestDoc, num)?.path ?? []) : [];
    let same = 0;
    while (same < path.length && same < lastPath.length && path[same] === lastPath[same]) same++;
    for (let d = same; d < path.length; d++) {
      const key = `div:${path.slice(0, d + 1).join('\u0001')}`;
      if (indexOfKey.has(key)) continue;
      indexOfKey.set(key, rows.length);
      rows.push({ type: 'division', key, depth: d, title: path[d]! });
    }
    lastPath = path;
    let hay: string | undefined;
    const changedIn = cells.flatMap((cell, c) => (cellChanged(cell) ? [c] : []));
    indexOfKey.set(row.key, rows.length);
    rows.push({
      type: 'article',
      key: row.key,
      cells,
      latestLabel: row.latestLabel,
      chain: cells.map((x) => x.label),
      changedIn,
      haystack() {
        hay ??= cells
          .flatMap((x) => (x.article ? [x.label, x.article.heading, ...lines(x.article)] : []))
          .join('\n')
          .toLowerCase();
        return hay;
      },
    });
  }
  const steps = columns.flatMap((col, c) => (col.v >= 0 && col.against >= 0 ? [c] : []));
  return { columns, base: baseColumn, rows, indexOfKey, steps };
}

function sameText(a: Article, b: Article): boolean {
  if (a.heading !== b.heading || a.paragraphs.length !== b.paragraphs.length) return false;
  const x = lines(a);
  const y = lines(b);
  return x.length === y.length && x.every((l, i) => l === y[i]);
}

/** What a filter keeps, in the synopsis of several readings: changes in any step, or in one step (a column index). */
export function rowPasses(row: ReadingsArticleRow, filter: Filter, step: number | undefined): boolean {
  if (filter === 'all') return true;
  const columns = step === undefined ? row.changedIn : row.changedIn.filter((c) => c === step);
  return columns.some((c) => {
    const cell = row.cells[c]!;
    switch (filter) {
      case 'changed':
        return cell.status !== 'renumbered' || cell.moved;
      case 'inserted':
        return cell.status === 'inserted';
      case 'deleted':
        return cell.status === 'deleted' || cell.status === 'merged-away';
      case 'reworded':
        return cell.status === 'reworded' || cell.status === 'references' || cell.status === 'split' || cell.status === 'merged';
      case 'moved':
        return cell.moved;
      case 'renumbered':
        return cell.status === 'renumbered';
      default:
        return true;
    }
  });
}

/** The rows a filter, a step and a search term keep, with the division headings above the articles kept. */
export function visibleRows(model: ReadingsModel, filter: Filter, step: number | undefined): ReadingsRow[] {
  if (filter === 'all') return model.rows;
  const out: ReadingsRow[] = [];
  let pending: ReadingsDivisionRow[] = [];
  for (const row of model.rows) {
    if (row.type === 'division') {
      pending = pending.filter((d) => d.depth < row.depth);
      pending.push(row);
    } else if (rowPasses(row, filter, step)) {
      out.push(...pending, row);
      pending = [];
    }
  }
  return out;
}

/** Whether a row counts as a change for next/previous (in a step, when one is chosen). */
export function isStepChange(row: ReadingsRow, step: number | undefined): row is ReadingsArticleRow {
  return row.type === 'article' && rowPasses(row, 'changed', step);
}

/** What a cell shows: a short note (no text, or the same text as the column it is compared with), or the article's text with its marks. */
export type CellContent = { kind: 'note'; text: string } | { kind: 'text'; heading: Span[]; blocks: Block[] };

function has(cell: ReadingsCell, term: string): boolean {
  const a = cell.article;
  return !!a && (a.heading.toLowerCase().includes(term) || lines(a).some((l) => l.toLowerCase().includes(term)));
}

/**
 * A cell's content, for the screen and the HTML download alike. A text the
 * same as the column it is compared with is said once, not repeated (unless
 * it holds the search term, `term` in lower case, or `full` asks for every text).
 */
export function cellContent(cell: ReadingsCell, col: ReadingsColumn, columns: readonly ReadingsColumn[], term = '', full = false): CellContent {
  const against = col.against >= 0 ? columns[col.against]!.version.label : '';
  switch (cell.status) {
    case 'unpublished':
      return { kind: 'note', text: synopsisStrings().gap };
    case 'unavailable':
      return { kind: 'note', text: synopsisStrings().unavailable };
    case 'absent':
      return { kind: 'note', text: cell.earlier ? synopsisStrings().gone : synopsisStrings().notYet };
    case 'deleted':
      return { kind: 'note', text: synopsisStrings().deleted };
    case 'merged-away':
      return { kind: 'note', text: synopsisStrings().mergedInto(cell.mergedInto?.label ?? '') };
    default:
      break;
  }
  const article = cell.article;
  if (!article) return { kind: 'note', text: '' };
  if (!full && (cell.status === 'unchanged' || cell.status === 'renumbered') && !cell.moved && against && !(term && has(cell, term))) {
    return { kind: 'note', text: cell.status === 'renumbered' ? synopsisStrings().onlyNumber(cell.beforeLabel) : synopsisStrings().sameAs(against) };
  }
  const diff = cell.status === 'first' || cell.status === 'inserted' ? undefined : cell.diff();
  if (diff && cell.before) return { kind: 'text', heading: headingSpans([article], diff, 'both'), blocks: diffBlocks(diff, [cell.before], [article], 'both') };
  return { kind: 'text', heading: headingSpans([article], undefined, 'new'), blocks: plainBlocks([article], cell.status === 'inserted' && col.against >= 0 ? 'ins' : '') };
}
