/**
 * The history of a law as the viewer shows it: one article followed through
 * every reading (its number, what happened to it, the change that did it and
 * the explanations attached to it), and the concordance table of numbers.
 * Built from {@link History} and the readings' texts; pure: no DOM.
 */
import { listArticles } from '../model/doc.js';
import { divisionTitle } from '../model/articles.js';
import type { Annotation, Article, VersionDoc, VersionInfo } from '../model/types.js';
import { lineageOf, resolveKey, type Arrival, type Change, type Comparison, type History, type Lineage } from '../diff/index.js';
import { moveLookup, noMoves, sideMoves, type MoveLookup, type SideMoves } from './passage-moves.js';

/** What an article is in a reading where it exists. */
export const PresentStatus = {
  first: 'first',
  inserted: 'inserted',
  unchanged: 'unchanged',
  renumbered: 'renumbered',
  references: 'references',
  reworded: 'reworded',
  split: 'split',
  merged: 'merged',
} as const;
export type PresentStatus = (typeof PresentStatus)[keyof typeof PresentStatus];

/** What a reading says about an article: present with a status, gone (deleted, merged away), not there, or no text at all (a gap). */
export type EntryStatus = PresentStatus | 'deleted' | 'merged-away' | 'absent' | 'unpublished' | 'unavailable';

/** Another lineage named by a split or merge, with its number at that reading. */
export interface RelatedLineage {
  key: string;
  label: string;
}

/** One reading in an article's history. */
export interface HistoryEntry {
  version: VersionInfo;
  /** Position among the published readings of the history; -1 for a gap (unpublished or not loaded). */
  index: number;
  status: EntryStatus;
  /** Moved relative to the other articles on arriving here. */
  moved: boolean;
  /** The article in this reading, with the titles of the divisions above it; undefined unless present. */
  article: Article | undefined;
  path: string[];
  /** Printed number here ("" unless present). */
  label: string;
  /** Language of this reading's text. */
  lang: string;
  /** The published reading before this one (what `change` compares with), if any. */
  previous: VersionInfo | undefined;
  /** Readings between `previous` and this one that have no text (unpublished, not loaded): the change spans them. */
  skipped: VersionInfo[];
  /** The change from `previous` that brought the article here (or deleted it, or merged it away). */
  change: Change | undefined;
  /** Both sides of `change`, to draw its diff: all articles of a split or merge. */
  oldArticles: Article[];
  newArticles: Article[];
  /** Passages `change` moved out of the old articles' lines and into the new ones', each with the key (lineage) of the article at the other end. */
  moves: SideMoves;
  /** Annotations this reading attaches to the article (where it was deleted: its reason for deleting it, if it gives one). */
  annotations: Annotation[];
  splitFrom: RelatedLineage | undefined;
  splitInto: RelatedLineage[];
  mergedFrom: RelatedLineage[];
  mergedInto: RelatedLineage | undefined;
}

/** An article across all readings. */
export interface ArticleHistory {
  lineage: Lineage;
  /** One entry per reading of the law, gaps included, in order. */
  entries: HistoryEntry[];
  /** Printed number in each published reading ("" where absent): `第十五条 → 第四条 → 第四条`. */
  chain: string[];
  /** Printed number in the newest reading that has the article. */
  latestLabel: string;
}

/**
 * The readings with a text on either side of a gap (an unpublished or unloaded reading): what a
 * comparison across the gap shows, whose changes are under the next reading with a text.
 */
export function aroundGap(m: ArticleHistory, e: HistoryEntry): { before: HistoryEntry | undefined; after: HistoryEntry | undefined } {
  const here = m.entries.indexOf(e);
  return { before: m.entries.slice(0, here).reverse().find((x) => x.index >= 0), after: m.entries.slice(here + 1).find((x) => x.index >= 0) };
}

type Located = { article: Article; path: string[] };
const lookups = new WeakMap<Comparison, MoveLookup>();

/** A comparison's moves by both ends (indexed once per comparison). */
function lookupOf(comparison: Comparison): MoveLookup {
  let l = lookups.get(comparison);
  if (!l) lookups.set(comparison, (l = moveLookup(comparison.moves)));
  return l;
}
const indexes = new WeakMap<VersionDoc, Map<string, Located>>();

/** An article of a reading by its normalized number, with its division path (indexed once per reading). */
export function articleIn(doc: VersionDoc | undefined, num: string): Located | undefined {
  if (!doc) return undefined;
  let m = indexes.get(doc);
  if (!m) {
    m = new Map(listArticles(doc).map((l) => [l.article.num, { article: l.article, path: l.divisions.map(divisionTitle) }]));
    indexes.set(doc, m);
  }
  return m.get(num);
}

/** The status an arrival is shown as. */
export function presentStatus(arrival: Arrival): PresentStatus {
  return arrival === 'changed' ? 'reworded' : arrival;
}

function related(history: History, key: string, v: number): RelatedLineage {
  const l = history.lineages.find((x) => x.key === key);
  const cell = l?.cells[v] ?? l?.cells[v - 1];
  return { key, label: cell?.label ?? key };
}

/** The last reading (index) where a lineage has an article; -1 for none. */
function lastIndex(l: Lineage): number {
  for (let v = l.cells.length - 1; v >= 0; v--) if (l.cells[v]) return v;
  return -1;
}

/**
 * The history of the article a key names (its lineage key, or any reading's
 * `<id>~<num>`; see {@link resolveKey}), over `versions` (the law's readings
 * in order, unpublished ones included). Undefined when the key names nothing.
 */
export function articleHistory(history: History, docs: Readonly<Record<string, VersionDoc>>, versions: readonly VersionInfo[], key: string): ArticleHistory | undefined {
  const lineage = resolveKey(history, key);
  if (!lineage) return undefined;
  const info = (id: string | undefined) => versions.find((x) => x.id === id);
  const entries = versions.map((version, at): HistoryEntry => {
    const v = history.versionIds.indexOf(version.id);
    const doc = docs[version.id];
    const previous = v > 0 ? info(history.versionIds[v - 1]) : undefined;
    const entry: HistoryEntry = {
      version,
      index: v,
      status: 'absent',
      moved: false,
      article: undefined,
      path: [],
      label: '',
      lang: doc?.language ?? '',
      previous,
      skipped: previous ? versions.slice(versions.indexOf(previous) + 1, at) : [],
      change: undefined,
      oldArticles: [],
      newArticles: [],
      moves: noMoves,
      annotations: [],
      splitFrom: undefined,
      splitInto: [],
      mergedFrom: [],
      mergedInto: undefined,
    };
    if (v < 0) return { ...entry, status: version.published === false ? 'unpublished' : 'unavailable' };
    const cell = lineage.cells[v];
    const before = v > 0 ? lineage.cells[v - 1] : undefined;
    const comparison = v > 0 ? history.comparisons[v - 1] : undefined;
    const prevDoc = entry.previous ? docs[entry.previous.id] : undefined;
    const sides = (c: Change | undefined): Pick<HistoryEntry, 'oldArticles' | 'newArticles' | 'moves'> => {
      const oldArticles = c ? c.old.flatMap((r) => articleIn(prevDoc, r.num)?.article ?? []) : [];
      const newArticles = c ? c.new.flatMap((r) => articleIn(doc, r.num)?.article ?? []) : [];
      // The other end of a moved passage: its article's lineage (or `<reading>~<num>` for one the history does not follow).
      const keyOf = (side: 'old' | 'new', ref: { num: string }): string => {
        const id = history.versionIds[side === 'old' ? v - 1 : v]!;
        return lineageOf(history, id, ref.num)?.key ?? `${id}~${ref.num}`;
      };
      const moves = c && comparison ? sideMoves(lookupOf(comparison), c, oldArticles, newArticles, keyOf) : noMoves;
      return { oldArticles, newArticles, moves };
    };
    if (!cell) {
      if (!before) return entry;
      const change = comparison?.changes.find((c) => c.old.some((r) => r.num === before.num));
      const mergedAway = lineage.mergedInto?.version === v;
      // A reason for deleting it names its old number, which this reading gives no article.
      const reason = !mergedAway && doc && !articleIn(doc, before.num) ? doc.annotations.filter((a) => a.article === before.num) : [];
      return {
        ...entry,
        status: mergedAway ? 'merged-away' : 'deleted',
        change,
        ...sides(change),
        annotations: reason,
        mergedInto: mergedAway ? related(history, lineage.mergedInto!.key, v) : undefined,
      };
    }
    const located = articleIn(doc, cell.num);
    const change = comparison?.changes.find((c) => c.new.some((r) => r.num === cell.num));
    const status = presentStatus(cell.arrival);
    return {
      ...entry,
      status,
      moved: cell.moved,
      article: located?.article,
      path: located?.path ?? [],
      label: cell.label,
      change,
      ...sides(change),
      annotations: doc?.annotations.filter((a) => a.article === cell.num) ?? [],
      splitFrom: lineage.from?.version === v ? related(history, lineage.from.key, v - 1) : undefined,
      splitInto:
        status === 'split'
          ? history.lineages.filter((l) => l.from?.key === lineage.key && l.from.version === v).map((l) => related(history, l.key, v))
          : [],
      mergedFrom:
        status === 'merged'
          ? history.lineages.filter((l) => l.mergedInto?.key === lineage.key && l.mergedInto.version === v).map((l) => related(history, l.key, v - 1))
          : [],
    };
  });
  const chain = lineage.cells.map((c) => c?.label ?? '');
  const last = lastIndex(lineage);
  return { lineage, entries, chain, latestLabel: last >= 0 ? lineage.cells[last]!.label : lineage.key };
}

/** A cell of the concordance: one lineage in one reading. */
export type ConcordanceCell =
  | { kind: 'gap'; reason: 'unpublished' | 'unavailable' }
  | { kind: 'absent' }
  /** `from`: the lineage a part of a split came from, in the reading where it was split off. */
  | { kind: 'present'; label: string; status: PresentStatus; moved: boolean; from: RelatedLineage | undefined }
  /** The reading where the article disappeared: deleted, or merged into another lineage. */
  | { kind: 'ended'; how: 'deleted' | 'merged'; into: RelatedLineage | undefined };

/** A row of the concordance. */
export interface ConcordanceRow {
  key: string;
  /** One per reading of the law, gaps included. */
  cells: ConcordanceCell[];
  /** Printed number in the newest reading that has the article. */
  latestLabel: string;
  /** Id of that reading; it is not the newest reading of the law when the article was deleted or merged away. */
  latestVersion: string;
  /** Whether the article is in the newest published reading. */
  current: boolean;
  /** The article's heading, or the start of its text, in that reading. */
  excerpt: string;
  /** Language of the excerpt. */
  lang: string;
  /** Whether a reading after the first changed the article: inserted it, renumbered, reworded, moved, split, merged or deleted it. */
  changed: boolean;
}

/** The start of an article's text: its heading, else its first line, cut at `max` characters. */
export function excerptOf(article: Article | undefined, max = 60): string {
  if (!article) return '';
  const first = article.heading || article.paragraphs.find((p) => p.text)?.text || article.paragraphs[0]?.items[0]?.text || '';
  const text = first.replace(/\s+/gu, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Lineages in reading order: by position in the newest reading; a lineage that
 * ended earlier comes right after the article that preceded it in the last
 * reading where it existed (so a deleted article sits where it stood).
 */
export function orderLineages(history: History, docs: Readonly<Record<string, VersionDoc>>): Lineage[] {
  const n = history.versionIds.length;
  const inReading = (v: number): Lineage[] => {
    const byNum = new Map<string, Lineage>();
    for (const l of history.lineages) {
      const c = l.cells[v];
      if (c) byNum.set(c.num, l);
    }
    const doc = docs[history.versionIds[v]!];
    if (!doc) return [...byNum.values()];
    return listArticles(doc).flatMap((a) => byNum.get(a.article.num) ?? []);
  };
  if (n === 0) return [];
  // A linked list (the lineage after each; `null` is the start), so an insertion after any lineage is O(1) on the BGB's 2,500.
  const next = new Map<Lineage | null, Lineage | null>();
  let last: Lineage | null = null;
  next.set(null, null);
  for (const l of inReading(n - 1)) {
    next.set(last, l);
    next.set(l, null);
    last = l;
  }
  for (let v = n - 2; v >= 0; v--) {
    let anchor: Lineage | null = null;
    for (const l of inReading(v)) {
      if (!next.has(l)) {
        next.set(l, next.get(anchor) ?? null);
        next.set(anchor, l);
      }
      anchor = l;
    }
  }
  const list: Lineage[] = [];
  for (let l = next.get(null) ?? null; l; l = next.get(l) ?? null) list.push(l);
  for (const l of history.lineages) if (!next.has(l)) list.push(l);
  return list;
}

/** The concordance: every lineage (in {@link orderLineages} order) with its number in each reading of `versions`. */
export function concordanceRows(history: History, docs: Readonly<Record<string, VersionDoc>>, versions: readonly VersionInfo[]): ConcordanceRow[] {
  const columns = versions.map((version) => ({ version, v: history.versionIds.indexOf(version.id) }));
  return orderLineages(history, docs).map((lineage) => {
    const cells = columns.map(({ version, v }): ConcordanceCell => {
      if (v < 0) return { kind: 'gap', reason: version.published === false ? 'unpublished' : 'unavailable' };
      const cell = lineage.cells[v];
      if (cell) {
        const from = lineage.from?.version === v ? related(history, lineage.from.key, v - 1) : undefined;
        return { kind: 'present', label: cell.label, status: presentStatus(cell.arrival), moved: cell.moved, from };
      }
      if (v > 0 && lineage.cells[v - 1]) {
        const merged = lineage.mergedInto?.version === v;
        return { kind: 'ended', how: merged ? 'merged' : 'deleted', into: merged ? related(history, lineage.mergedInto!.key, v) : undefined };
      }
      return { kind: 'absent' };
    });
    const last = lastIndex(lineage);
    const cell = lineage.cells[last];
    const doc = docs[history.versionIds[last] ?? ''];
    const changed = cells.some((c) => c.kind === 'ended' || (c.kind === 'present' && c.status !== 'first' && c.status !== 'unchanged'));
    return {
      key: lineage.key,
      cells,
      latestLabel: cell?.label ?? lineage.key,
      latestVersion: history.versionIds[last] ?? '',
      current: last === history.versionIds.length - 1,
      excerpt: cell ? excerptOf(articleIn(doc, cell.num)?.article) : '',
      lang: doc?.language ?? '',
      changed,
    };
  });
}
