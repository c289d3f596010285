/**
 * The comparison as the viewer shows it: rows in new-version order (division
 * headings and article changes), each article row with its kind, its texts,
 * its annotations and its stable key; plus filtering and search over rows.
 * Pure: no DOM, so it is unit-tested and reused by the HTML export.
 */
import { listArticles, paragraphLines } from '../model/doc.js';
import { divisionTitle } from '../model/articles.js';
import type { Annotation, Article, Division, VersionDoc } from '../model/types.js';
import { lineageOf, type History } from '../diff/history.js';
import type { ArticleRef, Change, Comparison, DivisionRef } from '../diff/types.js';
import { divisionRefs } from '../diff/divisions.js';

/** What a row shows, for filters and badges. */
export const RowKind = {
  inserted: 'inserted',
  deleted: 'deleted',
  reworded: 'reworded',
  references: 'references',
  moved: 'moved',
  renumbered: 'renumbered',
  split: 'split',
  merged: 'merged',
  unchanged: 'unchanged',
} as const;
export type RowKind = (typeof RowKind)[keyof typeof RowKind];

/** The filters a reader can pick. */
export const Filters = ['all', 'changed', 'inserted', 'deleted', 'reworded', 'moved', 'renumbered'] as const;
export type Filter = (typeof Filters)[number];

/** An article side of a row. */
export interface RowArticle {
  article: Article;
  ref: ArticleRef;
  /** Titles of the divisions above it (`第三章 数据开放`). */
  path: string[];
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
  /** Annotations of the new version on the new articles (or of the old version on a deleted one). */
  annotations: Annotation[];
  /** Key of the top-level division of the new version it sits in (old version for deleted rows). */
  topDivision: string;
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

/** The kind a change is shown as. A moved article is `moved` even when also reworded; its flags say the rest. */
export function rowKind(c: Change): RowKind {
  switch (c.kind) {
    case 'inserted':
    case 'deleted':
    case 'split':
    case 'merged':
      return c.kind;
    case 'matched':
      if (c.moved) return 'moved';
      if (c.textChanged) return c.referencesOnly ? 'references' : 'reworded';
      return c.renumbered ? 'renumbered' : 'unchanged';
    default: {
      const never: never = c;
      return never;
    }
  }
}

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

function located(doc: VersionDoc): { articles: Article[]; paths: string[][]; divisions: Map<Division, DivisionRef> } {
  const list = listArticles(doc);
  const refs = divisionRefs(doc);
  return { articles: list.map((l) => l.article), paths: list.map((l) => l.divisions.map(divisionTitle)), divisions: refs.byNode };
}

function byArticle(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const m = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = m.get(a.article);
    if (list) list.push(a);
    else m.set(a.article, [a]);
  }
  return m;
}

/** Everything the view needs of one comparison. */
export interface CompareModel {
  rows: Row[];
  /** Index in `rows` of each article row by its key. */
  indexOfKey: Map<string, number>;
  /** Top-level divisions of the new version, in order, with their change counts. */
  map: { key: string; title: string; changes: number; articles: number }[];
}

/**
 * Builds the rows of a comparison. `history` (when given) supplies stable
 * keys; without it, keys are `<new version id>~<num>` (`<old id>~<num>` for deletions).
 */
export function buildModel(
  oldDoc: VersionDoc,
  newDoc: VersionDoc,
  comparison: Comparison,
  ids: { old: string; new: string },
  history?: History,
): CompareModel {
  const o = located(oldDoc);
  const n = located(newDoc);
  const newNotes = byArticle(newDoc.annotations);
  const oldNotes = byArticle(oldDoc.annotations);
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
  const indexOfKey = new Map<string, number>();
  const mapCounts = new Map<string, { changes: number; articles: number }>();
  for (const c of comparison.changes) {
    const oldSide = side(o, c.old);
    const newSide = side(n, c.new);
    const lead = c.new[0] ?? c.old[0]!;
    if (c.new[0]) emitPath(lead.divisions, newDivisionRows);
    else emitPath(lead.divisions, oldDivisionRows);
    const kind = rowKind(c);
    const annotations = c.new.length > 0 ? c.new.flatMap((r) => newNotes.get(r.num) ?? []) : c.old.flatMap((r) => oldNotes.get(r.num) ?? []);
    const topDivision = c.new[0] ? c.new[0].divisions[0] ?? '' : `old:${c.old[0]!.divisions[0] ?? ''}`;
    const row: ArticleRow = {
      type: 'article',
      key: keyOf(c),
      kind,
      change: c,
      old: oldSide,
      new: newSide,
      annotations,
      topDivision,
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
  const tops = newDivs.refs.filter((r) => r.depth === 0);
  const map = tops.length > 0
    ? tops.map((r) => ({ key: r.key, title: divisionTitle(r), ...(mapCounts.get(r.key) ?? { changes: 0, articles: 0 }) }))
    : [{ key: '', title: '', ...(mapCounts.get('') ?? { changes: 0, articles: 0 }) }];
  return { rows, indexOfKey, map };
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

/** Divisions of the new version for the table of contents: title, depth and the index of its heading row. */
export function tableOfContents(rows: readonly Row[]): { key: string; title: string; depth: number; index: number; status: DivisionRow['status'] }[] {
  const out: { key: string; title: string; depth: number; index: number; status: DivisionRow['status'] }[] = [];
  rows.forEach((r, index) => {
    if (r.type === 'division') out.push({ key: r.key, title: r.title, depth: r.depth, index, status: r.status });
  });
  return out;
}
