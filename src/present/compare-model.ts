/**
 * The comparison as the viewer shows it: rows in new-version order (division
 * headings and article changes), each article row with its kind, its texts,
 * the explanations of the change and its stable key; plus filtering and
 * search over rows. Pure: no DOM, so it is unit-tested and reused by the HTML
 * export.
 */
import { listArticles, paragraphLines } from '../model/doc.js';
import { divisionTitle } from '../model/articles.js';
import type { Annotation, Article, Division, VersionDoc, VersionInfo } from '../model/types.js';
import { classifyChange, divisionRefs, lineageOf, type ArticleRef, type Change, type Comparison, type History, type Lineage } from '../diff/index.js';
import { moveLookup, sideMoves, type SideMoves } from './passage-moves.js';
import { articleAtKey, linkReports, type AttachedReport, type ReportAnnotation, type ReportView } from './report-model.js';

/** What a row shows, for filters and badges: the engine's one classification of a change (src/diff/classify.ts). */
export { ChangeClass as RowKind } from '../diff/index.js';
import type { ChangeClass as RowKind } from '../diff/index.js';

/** The filters a reader can pick. */
export { Filters, type Filter } from './filters.js';
import type { Filter } from './filters.js';

/** An article side of a row. */
export interface RowArticle {
  article: Article;
  ref: ArticleRef;
  /** Titles of the divisions above it (`第三章 数据开放`). */
  path: string[];
}

/**
 * An annotation shown with a row, and the reading that attached it. An
 * annotation on an article of reading R explains R's change to it, so it
 * belongs with comparisons that step into R.
 */
export interface RowAnnotation extends Annotation {
  /** Id of the reading whose text carries it. */
  version: string;
  /** That reading's label when the comparison spans several readings (so the reader knows which step it explains); else undefined. */
  reading: string | undefined;
  /** A paragraph of an explanation report (the reader can move it to another row or detach it). */
  report?: ReportAnnotation;
}

/** The texts of a law's readings, for the explanations of readings between the two compared. */
export interface Readings {
  /** Content by version id (the published readings that were loaded). */
  docs: Readonly<Record<string, VersionDoc>>;
  /** The law's readings, for their labels. */
  versions: readonly VersionInfo[];
}

/** A change between two articles (or groups), as a row. */
export interface ArticleRow {
  type: 'article';
  /** Stable key across readings (lineage key), used in links and notes. */
  key: string;
  kind: RowKind;
  change: Change;
  old: RowArticle[];
  new: RowArticle[];
  /** The explanations of the change from the older reading to the newer one (see {@link buildModel}). */
  annotations: RowAnnotation[];
  /** Key of the top-level division of the new version it sits in (old version for deleted rows). */
  topDivision: string;
  /** Passages moved out of its old side's lines and into its new side's, each with the key of the row at the other end. */
  moves: SideMoves;
  /** Lower-cased text of both sides, for search (computed on first use). */
  haystack(): string;
}

/** A division heading between article rows. */
export interface DivisionRow {
  type: 'division';
  key: string;
  depth: number;
  title: string;
  /** For aligned divisions that changed: the old title. */
  oldTitle: string | undefined;
  status: 'inserted' | 'deleted' | 'renamed' | 'renumbered' | 'unchanged';
}

export type Row = ArticleRow | DivisionRow;

/**
 * How many articles were only renumbered: the engine's count (`stats.renumberedOnly`, one
 * definition with the CLI); counted from the rows for a comparison cached before the engine
 * kept it (an offline copy may be older than the build).
 */
export function renumberedOnlyCount(stats: Partial<Pick<Comparison['stats'], 'renumberedOnly'>>, rows: readonly Row[]): number {
  return stats.renumberedOnly ?? rows.filter((row) => row.type === 'article' && row.kind === 'renumbered').length;
}

/** The kind a change is shown as: {@link classifyChange} (a moved article is `moved` even when also reworded; its flags say the rest). */
export const rowKind: (c: Change) => RowKind = classifyChange;

/** Whether a row passes a filter. */
export function passes(row: ArticleRow, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'changed':
      return row.kind !== 'unchanged';
    case 'reworded':
      return row.kind === 'reworded' || row.kind === 'references' || row.kind === 'split' || row.kind === 'merged' || (row.kind === 'moved' && row.change.textChanged);
    case 'moved':
      return row.kind === 'moved';
    default:
      return row.kind === filter;
  }
}

/** Does this row count as a change for next/previous navigation? */
export function isChange(row: Row): row is ArticleRow {
  return row.type === 'article' && row.kind !== 'unchanged' && row.kind !== 'renumbered';
}

function located(doc: VersionDoc): { articles: Article[]; paths: string[][] } {
  const list = listArticles(doc);
  // Each division's title once, not once per article under it (the BGB: ~7,500 → ~1,000).
  const titles = new Map<Division, string>();
  const title = (d: Division): string => {
    let t = titles.get(d);
    if (t === undefined) titles.set(d, (t = divisionTitle(d)));
    return t;
  };
  return { articles: list.map((l) => l.article), paths: list.map((l) => l.divisions.map(title)) };
}

/** A reading's annotations by article number, and the numbers of its articles. */
interface NotesOf {
  id: string;
  label: string | undefined;
  byArticle: Map<string, Annotation[]>;
  articles: Set<string>;
}

function notesOf(doc: VersionDoc, id: string, label: string | undefined): NotesOf {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of doc.annotations) {
    const list = byArticle.get(a.article);
    if (list) list.push(a);
    else byArticle.set(a.article, [a]);
  }
  return { id, label, byArticle, articles: new Set(listArticles(doc).map((l) => l.article.num)) };
}

/** The annotations a reading attaches to these article numbers, in that order, each once. */
function annotationsOn(r: NotesOf, nums: Iterable<string>): RowAnnotation[] {
  const out: RowAnnotation[] = [];
  for (const num of new Set(nums)) for (const a of r.byArticle.get(num) ?? []) out.push({ ...a, version: r.id, reading: r.label });
  return out;
}

/**
 * The explanations of one change. Without the history, or when a reading
 * between the two is missing: the newer reading's annotations on the row's
 * new articles, or, for a deleted article, on its number when the newer
 * reading has no article of that number (a reason for deleting it). With the
 * history: for every reading after the older one up to the newer one, the
 * annotations on the row's lineages' articles in that reading, and the
 * reason for deleting one of them there, in reading order.
 */
function explain(c: Change, readings: readonly NotesOf[], lineages: readonly Lineage[] | undefined, from: number): RowAnnotation[] {
  const last = readings[readings.length - 1]!;
  if (!lineages) {
    if (c.new.length > 0) return annotationsOn(last, c.new.map((r) => r.num));
    return annotationsOn(last, c.old.map((r) => r.num).filter((num) => !last.articles.has(num)));
  }
  return readings.flatMap((r, i) => {
    const v = from + 1 + i;
    const nums: string[] = [];
    for (const l of lineages) {
      const cell = l.cells[v];
      const before = l.cells[v - 1];
      if (cell) nums.push(cell.num);
      else if (before && l.mergedInto?.version !== v && !r.articles.has(before.num)) nums.push(before.num);
    }
    return annotationsOn(r, nums);
  });
}

/** Everything the view needs of one comparison. */
export interface CompareModel {
  rows: Row[];
  /** Index in `rows` of each article row by its key. */
  indexOfKey: Map<string, number>;
  /** Top-level divisions of the new version, in order, with their change counts. */
  map: { key: string; title: string; changes: number; articles: number }[];
  /** The law's explanation reports, each linked to the rows (see src/present/report-model.ts). */
  reports: ReportView[];
}

/**
 * Builds the rows of a comparison. `history` (when given) supplies stable
 * keys; without it, keys are `<new version id>~<num>` (`<old id>~<num>` for deletions).
 *
 * A row's annotations are the explanations of the step from the older
 * reading to the newer one: an annotation explains why its reading changed
 * an article, so the older reading's own never show (they explain how it came
 * to be). With `history` and `readings`, a comparison across several readings
 * shows those of every reading after the older one up to the newer one on the
 * row's lineages, each labelled with its reading.
 */
export function buildModel(
  oldDoc: VersionDoc,
  newDoc: VersionDoc,
  comparison: Comparison,
  ids: { old: string; new: string },
  history?: History,
  readings?: Readings,
  reports: readonly AttachedReport[] = [],
  titles: readonly string[] = [],
): CompareModel {
  const o = located(oldDoc);
  const n = located(newDoc);
  const steps = explainedReadings({ old: oldDoc, new: newDoc }, ids, history, readings);
  const lineagesOf = (c: Change): Lineage[] | undefined => {
    if (!history || !steps.lineages) return undefined;
    const found = [...c.new.map((r) => lineageOf(history, ids.new, r.num)), ...c.old.map((r) => lineageOf(history, ids.old, r.num))];
    return [...new Set(found.filter((l): l is Lineage => l !== undefined))];
  };
  const side = (doc: typeof o, refs: readonly ArticleRef[]): RowArticle[] =>
    refs.map((ref) => ({ article: doc.articles[ref.index]!, ref, path: doc.paths[ref.index]! }));
  const keyOf = (c: Change): string => {
    const r = c.new[0] ?? c.old[0]!;
    const versionId = c.new[0] ? ids.new : ids.old;
    return (history && lineageOf(history, versionId, r.num)?.key) ?? `${versionId}~${r.num}`;
  };
  const textOf = (arts: RowArticle[]): string =>
    arts.map((a) => `${a.article.label} ${a.article.heading} ${a.article.paragraphs.flatMap(paragraphLines).join(' ')}`).join(' ');

  // Division headings: each new division once, before its first row; deleted divisions before the first deleted row under them.
  const newDivisionRows = new Map<string, DivisionRow>();
  const newDivs = divisionRefs(newDoc);
  const oldDivs = divisionRefs(oldDoc);
  const status = new Map<string, DivisionRow['status']>();
  const oldTitles = new Map<string, string>();
  for (const d of comparison.divisions) {
    if (d.kind === 'inserted') status.set(`new:${d.new.key}`, 'inserted');
    else if (d.kind === 'deleted') status.set(`old:${d.old.key}`, 'deleted');
    else {
      status.set(`new:${d.new.key}`, d.renamed ? 'renamed' : d.renumbered ? 'renumbered' : 'unchanged');
      if (d.renamed || d.renumbered) oldTitles.set(`new:${d.new.key}`, divisionTitle(d.old));
    }
  }
  for (const ref of newDivs.refs) {
    newDivisionRows.set(ref.key, {
      type: 'division',
      key: `new:${ref.key}`,
      depth: ref.depth,
      title: divisionTitle(ref),
      oldTitle: oldTitles.get(`new:${ref.key}`),
      status: status.get(`new:${ref.key}`) ?? 'unchanged',
    });
  }
  const oldDivisionRows = new Map<string, DivisionRow>();
  for (const ref of oldDivs.refs) {
    if (status.get(`old:${ref.key}`) !== 'deleted') continue;
    oldDivisionRows.set(ref.key, { type: 'division', key: `old:${ref.key}`, depth: ref.depth, title: divisionTitle(ref), oldTitle: undefined, status: 'deleted' });
  }

  const rows: Row[] = [];
  const emitted = new Set<string>();
  const emitPath = (keys: readonly string[], table: Map<string, DivisionRow>): void => {
    for (const k of keys) {
      const row = table.get(k);
      if (!row || emitted.has(row.key)) continue;
      emitted.add(row.key);
      rows.push(row);
    }
  };
  // The row that holds each article, for the other end of a moved passage.
  const rowOfArticle = { old: new Map<number, string>(), new: new Map<number, string>() };
  const keys = comparison.changes.map(keyOf);
  comparison.changes.forEach((c, i) => {
    for (const r of c.old) rowOfArticle.old.set(r.index, keys[i]!);
    for (const r of c.new) rowOfArticle.new.set(r.index, keys[i]!);
  });
  const moves = moveLookup(comparison.moves);
  const rowKeyOf = (s: 'old' | 'new', ref: ArticleRef): string => rowOfArticle[s].get(ref.index) ?? '';
  const indexOfKey = new Map<string, number>();
  const mapCounts = new Map<string, { changes: number; articles: number }>();
  for (const [i, c] of comparison.changes.entries()) {
    const oldSide = side(o, c.old);
    const newSide = side(n, c.new);
    const lead = c.new[0] ?? c.old[0]!;
    if (c.new[0]) emitPath(lead.divisions, newDivisionRows);
    else emitPath(lead.divisions, oldDivisionRows);
    const kind = rowKind(c);
    const annotations = explain(c, steps.readings, lineagesOf(c), steps.from);
    const topDivision = c.new[0] ? c.new[0].divisions[0] ?? '' : `old:${c.old[0]!.divisions[0] ?? ''}`;
    const row: ArticleRow = {
      type: 'article',
      key: keys[i]!,
      kind,
      change: c,
      old: oldSide,
      new: newSide,
      annotations,
      topDivision,
      moves: sideMoves(moves, c, oldSide.map((a) => a.article), newSide.map((a) => a.article), rowKeyOf),
      haystack: once(() => `${textOf(oldSide)}\n${textOf(newSide)}`.toLowerCase()),
    };
    indexOfKey.set(row.key, rows.length);
    rows.push(row);
    if (c.new[0]) {
      const m = mapCounts.get(topDivision) ?? { changes: 0, articles: 0 };
      m.articles++;
      if (kind !== 'unchanged' && kind !== 'renumbered') m.changes++;
      mapCounts.set(topDivision, m);
    }
  }
  // Explanation reports: their paragraphs join the rows they name, after the readings' own annotations.
  const rowOf = new Map<string, string>();
  for (const row of rows) {
    if (row.type !== 'article') continue;
    for (const a of row.old) rowOf.set(articleAtKey(ids.old, a.ref.num), row.key);
    for (const a of row.new) rowOf.set(articleAtKey(ids.new, a.ref.num), row.key);
  }
  const linked = linkReports(reports, { ids, oldDoc, newDoc, comparison, history, docs: readings?.docs ?? {}, versions: readings?.versions ?? [], titles, rowOf });
  const labelled = (readings?.versions ?? []).findIndex((v) => v.id === ids.new) - (readings?.versions ?? []).findIndex((v) => v.id === ids.old) !== 1;
  for (const [key, list] of linked.byRow) {
    const row = rows[indexOfKey.get(key) ?? -1];
    if (row?.type !== 'article') continue;
    for (const { paragraph, report } of list) {
      row.annotations.push({
        article: (row.new[0] ?? row.old[0])!.ref.num,
        kind: 'explanation',
        text: paragraph.text,
        source: report.title,
        version: report.new,
        reading: labelled ? readings?.versions.find((v) => v.id === report.new)?.label : undefined,
        report: { report: report.id, paragraph: paragraph.index, corrected: paragraph.corrected },
      });
    }
  }
  const tops = newDivs.refs.filter((r) => r.depth === 0);
  const map = tops.length > 0
    ? tops.map((r) => ({ key: r.key, title: divisionTitle(r), ...(mapCounts.get(r.key) ?? { changes: 0, articles: 0 }) }))
    : [{ key: '', title: '', ...(mapCounts.get('') ?? { changes: 0, articles: 0 }) }];
  return { rows, indexOfKey, map, reports: linked.views };
}

/**
 * The readings whose annotations explain old → new: every reading after the
 * earlier of the two up to the later one (`from` is the earlier one's index in
 * the history), labelled when there are several or the comparison runs
 * backwards; `lineages` says whether rows can follow their lineages through
 * them. Only the newer reading, unlabelled, without the history or a
 * reading's text.
 */
function explainedReadings(
  docs: { old: VersionDoc; new: VersionDoc },
  ids: { old: string; new: string },
  history: History | undefined,
  readings: Readings | undefined,
): { readings: NotesOf[]; from: number; lineages: boolean } {
  const only = { readings: [notesOf(docs.new, ids.new, undefined)], from: -1, lineages: false };
  if (!history || !readings) return only;
  const a = history.versionIds.indexOf(ids.old);
  const b = history.versionIds.indexOf(ids.new);
  if (a < 0 || b < 0 || a === b) return only;
  const from = Math.min(a, b);
  const between = history.versionIds.slice(from + 1, Math.max(a, b) + 1);
  const labelled = between.length > 1 || b < a;
  const out: NotesOf[] = [];
  for (const id of between) {
    const doc = id === ids.new ? docs.new : id === ids.old ? docs.old : readings.docs[id];
    if (!doc) return only;
    out.push(notesOf(doc, id, labelled ? (readings.versions.find((v) => v.id === id)?.label ?? id) : undefined));
  }
  return { readings: out, from, lineages: true };
}

function once(f: () => string): () => string {
  let v: string | undefined;
  return () => (v ??= f());
}

/** The rows a filter keeps, with division headings only where an article below them is kept. */
export function filterRows(rows: readonly Row[], filter: Filter): Row[] {
  if (filter === 'all') return [...rows];
  const out: Row[] = [];
  let pending: DivisionRow[] = [];
  for (const row of rows) {
    if (row.type === 'division') {
      pending = pending.filter((p) => p.depth < row.depth);
      pending.push(row);
      continue;
    }
    if (!passes(row, filter)) continue;
    out.push(...pending);
    pending = [];
    out.push(row);
  }
  return out;
}

/** Indices of the rows that contain `term` (case-insensitive), in order. */
export function searchRows(rows: readonly Row[], term: string): number[] {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (r.type === 'article' && r.haystack().includes(t)) out.push(i);
  });
  return out;
}

/** An entry of the table of contents: a division of the new version, its depth and the index of its heading row. */
export interface TocEntry {
  key: string;
  title: string;
  depth: number;
  index: number;
  status: DivisionRow['status'];
}

/** Divisions of the new version for the table of contents. */
export function tableOfContents(rows: readonly Row[]): TocEntry[] {
  const out: TocEntry[] = [];
  rows.forEach((r, index) => {
    if (r.type === 'division') out.push({ key: r.key, title: r.title, depth: r.depth, index, status: r.status });
  });
  return out;
}

/**
 * Where a step from row `at` goes in `list` (row indices in order): the next
 * (`delta` 1) or previous (−1) one, round the end. A list `inOrder` (the
 * article a search term numbers, then the text matches) is stepped through
 * as it stands, from its start when `restart` (a term just typed) or when
 * `at` is not in it.
 */
export function stepTarget(list: readonly number[], at: number, delta: 1 | -1, { inOrder = false, restart = false } = {}): number | undefined {
  if (list.length === 0) return undefined;
  if (inOrder) {
    const pos = list.indexOf(at);
    return pos < 0 || restart ? list[delta > 0 ? 0 : list.length - 1] : list[(pos + delta + list.length) % list.length];
  }
  if (delta > 0) return list.find((i) => i > at) ?? list[0];
  return [...list].reverse().find((i) => i < at) ?? list[list.length - 1];
}
