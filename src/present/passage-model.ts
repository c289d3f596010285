/**
 * The passage picture of a law: every article (lineage) × every reading, each
 * cell marked with what that reading did to the article, the top-level
 * divisions as bands of rows, and the splits, merges and moves as links
 * between readings; and the counts of each step between two readings.
 * Built on the concordance ({@link concordanceRows}), so a cell's kind is the
 * history model's status and the counts per kind are the history's. Pure: no DOM.
 */
import { listArticles } from '../model/doc.js';
import type { VersionDoc, VersionInfo } from '../model/types.js';
import { lineageOf, type History, type Lineage } from '../diff/index.js';
import { articleIn, concordanceRows, presentStatus, type ConcordanceCell, type ConcordanceRow, type PresentStatus } from './history-model.js';

/**
 * What a cell shows. A present article's kind is its status, except that a
 * matched article out of order is `moved` whatever else happened to it (as
 * `classifyChange` says; the cell's `moved` flag stays on the concordance cell).
 */
export const PictureKind = {
  first: 'first',
  inserted: 'inserted',
  unchanged: 'unchanged',
  renumbered: 'renumbered',
  references: 'references',
  reworded: 'reworded',
  moved: 'moved',
  split: 'split',
  merged: 'merged',
  deleted: 'deleted',
  'merged-away': 'merged-away',
  absent: 'absent',
  gap: 'gap',
} as const;
export type PictureKind = (typeof PictureKind)[keyof typeof PictureKind];

/** Every kind, in the legend's order (changes first, then what did not change). */
export const pictureKinds: readonly PictureKind[] = [
  'inserted',
  'reworded',
  'moved',
  'deleted',
  'merged-away',
  'split',
  'merged',
  'renumbered',
  'references',
  'unchanged',
  'first',
  'absent',
  'gap',
];

/** The statuses of an article matched one to one with its predecessor: the ones a move takes precedence over. */
const movable: ReadonlySet<PresentStatus> = new Set<PresentStatus>(['unchanged', 'renumbered', 'references', 'reworded']);

/** The kind a concordance cell is drawn as. */
export function pictureKind(cell: ConcordanceCell): PictureKind {
  switch (cell.kind) {
    case 'gap':
    case 'absent':
      return cell.kind;
    case 'ended':
      return cell.how === 'merged' ? 'merged-away' : 'deleted';
    case 'present':
      return cell.moved && movable.has(cell.status) ? 'moved' : cell.status;
    default: {
      const never: never = cell;
      return never;
    }
  }
}

/** A column of the picture: one reading of `versions`, with or without a text. */
export interface PictureColumn {
  version: VersionInfo;
  /** Index among the history's readings (published, loaded); -1 for a gap. */
  index: number;
}

/** A row of the picture: one lineage. */
export interface PictureRow {
  key: string;
  /** Printed number in the newest reading that has the article. */
  label: string;
  excerpt: string;
  /** Language of the law's text (label, excerpt, band title). */
  lang: string;
  /** One per column. */
  kinds: PictureKind[];
  /** The concordance's cells (labels, split sources, merge targets), one per column. */
  cells: ConcordanceCell[];
  /** Index of the row's band in {@link PassagePicture.bands}. */
  band: number;
}

/** Consecutive rows under the same top-level division (chapter, Buch, Part); `title` "" for rows outside any. */
export interface PictureBand {
  title: string;
  /** First row, and one past the last. */
  start: number;
  end: number;
}

/** A cell by row and column. */
export interface CellRef {
  row: number;
  column: number;
}

/**
 * A link between two readings' columns. `split`: the lineage split from, at the
 * older column, to a part at the newer; `merge`: an absorbed lineage at the
 * older column to its heir at the newer; `move`: from where a moved article
 * stood in the older reading — after row `after` (the lineage before it in
 * that reading's own order; -1 at the start) — to its cell in the newer.
 */
export type PictureLink =
  | { kind: 'split'; from: CellRef; to: CellRef }
  | { kind: 'merge'; from: CellRef; to: CellRef }
  | { kind: 'move'; from: { after: number; column: number }; to: CellRef };

/** The picture's model. */
export interface PassagePicture {
  columns: PictureColumn[];
  rows: PictureRow[];
  bands: PictureBand[];
  links: PictureLink[];
  /** Cells of each kind per column. */
  counts: Record<PictureKind, number>[];
  /** Row of a lineage key. */
  rowOf: Map<string, number>;
}

/** A count of zero for every kind. */
export function noCounts(): Record<PictureKind, number> {
  return Object.fromEntries(pictureKinds.map((k) => [k, 0])) as Record<PictureKind, number>;
}

/**
 * The picture of a law over `versions` (its readings in order, unpublished
 * ones included as gap columns). Linear in lineages × readings.
 */
export function passagePicture(history: History, docs: Readonly<Record<string, VersionDoc>>, versions: readonly VersionInfo[]): PassagePicture {
  const columns = versions.map((version): PictureColumn => ({ version, index: history.versionIds.indexOf(version.id) }));
  const columnOf = new Map<number, number>();
  columns.forEach((c, i) => c.index >= 0 && columnOf.set(c.index, i));
  const concordance = concordanceRows(history, docs, versions);
  const byKey = new Map<string, Lineage>(history.lineages.map((l) => [l.key, l]));
  const rowOf = new Map<string, number>(concordance.map((r, i) => [r.key, i]));
  const counts = columns.map(noCounts);
  const rows = concordance.map((r): PictureRow => {
    const kinds = r.cells.map(pictureKind);
    kinds.forEach((k, c) => counts[c]![k]++);
    return { key: r.key, label: r.latestLabel, excerpt: r.excerpt, lang: r.lang, kinds, cells: r.cells, band: 0 };
  });
  const bands = bandsOf(history, docs, concordance, byKey, rows);
  const links = linksOf(history, docs, rowOf, columnOf);
  return { columns, rows, bands, links, counts, rowOf };
}

/** A lineage's top-level division, from the newest reading that has the article. */
function topDivision(history: History, docs: Readonly<Record<string, VersionDoc>>, l: Lineage | undefined): string {
  if (!l) return '';
  for (let v = l.cells.length - 1; v >= 0; v--) {
    const c = l.cells[v];
    if (c) return articleIn(docs[history.versionIds[v]!], c.num)?.path[0] ?? '';
  }
  return '';
}

/**
 * Rows by top-level division. An article the newest reading no longer has takes its division from the
 * last reading that had it, whose title may differ (a chapter renamed since); a run of such rows
 * between two rows of the same division joins theirs, so a renamed chapter stays one band.
 */
function bandsOf(history: History, docs: Readonly<Record<string, VersionDoc>>, concordance: ConcordanceRow[], byKey: Map<string, Lineage>, rows: PictureRow[]): PictureBand[] {
  const titles = concordance.map((r) => topDivision(history, docs, byKey.get(r.key)));
  for (let i = 1; i < concordance.length; i++) {
    if (concordance[i]!.current || titles[i] === titles[i - 1]) continue;
    let j = i;
    while (j < concordance.length && !concordance[j]!.current) j++;
    if (j < concordance.length && titles[j] === titles[i - 1]) titles.fill(titles[i - 1]!, i, j);
    i = j;
  }
  const bands: PictureBand[] = [];
  titles.forEach((title, i) => {
    const last = bands[bands.length - 1];
    if (last && last.title === title) last.end = i + 1;
    else bands.push({ title, start: i, end: i + 1 });
    rows[i]!.band = bands.length - 1;
  });
  return bands;
}

function linksOf(
  history: History,
  docs: Readonly<Record<string, VersionDoc>>,
  rowOf: Map<string, number>,
  columnOf: Map<number, number>,
): PictureLink[] {
  const links: PictureLink[] = [];
  const at = (key: string, v: number): CellRef | undefined => {
    const row = rowOf.get(key);
    const column = columnOf.get(v);
    return row === undefined || column === undefined ? undefined : { row, column };
  };
  for (const l of history.lineages) {
    if (l.from) {
      const from = at(l.from.key, l.from.version - 1);
      const to = at(l.key, l.from.version);
      if (from && to) links.push({ kind: 'split', from, to });
    }
    if (l.mergedInto) {
      const from = at(l.key, l.mergedInto.version - 1);
      const to = at(l.mergedInto.key, l.mergedInto.version);
      if (from && to) links.push({ kind: 'merge', from, to });
    }
  }
  // Moves: the lineage that preceded a moved article in the older reading's own order.
  const n = history.versionIds.length;
  for (let v = 1; v < n; v++) {
    const column = columnOf.get(v - 1);
    let before: Map<Lineage, Lineage | undefined> | undefined;
    for (const l of history.lineages) {
      const cell = l.cells[v];
      if (!cell?.moved || !movable.has(presentStatus(cell.arrival)) || !l.cells[v - 1]) continue;
      before ??= predecessors(history, docs, v - 1);
      const to = at(l.key, v);
      if (!to || column === undefined) continue;
      const prev = before.get(l);
      links.push({ kind: 'move', from: { after: prev ? (rowOf.get(prev.key) ?? -1) : -1, column }, to });
    }
  }
  return links;
}

/** Each lineage of reading `v` with the lineage of the article before it there (undefined for the first). */
function predecessors(history: History, docs: Readonly<Record<string, VersionDoc>>, v: number): Map<Lineage, Lineage | undefined> {
  const id = history.versionIds[v]!;
  const doc = docs[id];
  const out = new Map<Lineage, Lineage | undefined>();
  if (!doc) return out;
  let prev: Lineage | undefined;
  for (const { article } of listArticles(doc)) {
    const l = lineageOf(history, id, article.num);
    if (!l) continue;
    out.set(l, prev);
    prev = l;
  }
  return out;
}

/** One step between two readings with a text, and what it did (the comparison's counts). */
export interface StepStats {
  from: VersionInfo;
  to: VersionInfo;
  /** Readings between them without a text (unpublished, not loaded): the step spans them. */
  skipped: VersionInfo[];
  inserted: number;
  deleted: number;
  /** Matched articles whose text changed (cross-references only included; see `references`). */
  reworded: number;
  references: number;
  moved: number;
  renumbered: number;
  split: number;
  merged: number;
  wordsInserted: number;
  wordsDeleted: number;
}

/** The statistics of each step between consecutive readings with a text, in order. */
export function stepStats(history: History, versions: readonly VersionInfo[]): StepStats[] {
  const byId = new Map(versions.map((v, i) => [v.id, i]));
  return history.comparisons.flatMap((c, i): StepStats[] => {
    const a = byId.get(history.versionIds[i]!);
    const b = byId.get(history.versionIds[i + 1]!);
    if (a === undefined || b === undefined) return [];
    const s = c.stats;
    return [
      {
        from: versions[a]!,
        to: versions[b]!,
        skipped: versions.slice(a + 1, b),
        inserted: s.inserted,
        deleted: s.deleted,
        reworded: s.textChanged,
        references: s.referencesOnly,
        moved: s.moved,
        renumbered: s.renumberedOnly,
        split: s.split,
        merged: s.merged,
        wordsInserted: s.wordsInserted,
        wordsDeleted: s.wordsDeleted,
      },
    ];
  });
}
