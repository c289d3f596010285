/**
 * One article's history across all readings of a law: the lineage of every
 * article through consecutive comparisons, a stable key per lineage (so a
 * link survives renumbering), and the concordance table of numbers.
 */
import { classifyIgnoringMove } from './classify.js';
import { compareVersions, type CompareOptions } from './compare.js';
import { Tokenizer } from './tokens.js';
import type { Change, Comparison } from './types.js';
import type { VersionDoc } from '../model/types.js';

/** What happened to a lineage's article on arriving in a version. */
export type Arrival =
  | 'first' // present in the first version compared
  | 'inserted'
  | 'unchanged'
  | 'renumbered' // same text, new number
  | 'references' // only cross-reference numbers changed
  | 'changed'
  | 'split' // one part of a split (the others are lineages of their own, `from` this one)
  | 'merged'; // absorbed other articles

/** A lineage's article in one version. */
export interface LineageCell {
  num: string;
  label: string;
  arrival: Arrival;
  moved: boolean;
}

/** One article followed through the versions. */
export interface Lineage {
  /** Stable key: `<version id where it first appears>~<its number there>`. */
  key: string;
  /** By version index; undefined where the article does not exist. */
  cells: (LineageCell | undefined)[];
  /** Lineage this one was split from or merged into, with the version index where it happened. */
  from?: { key: string; version: number };
  mergedInto?: { key: string; version: number };
}

/** The history of a law across its versions. */
export interface History {
  versionIds: string[];
  lineages: Lineage[];
  /** Comparison of version i with version i+1. */
  comparisons: Comparison[];
}

/** A change's class with the move left aside (the cell has a `moved` flag of its own), in the history's words. */
function arrivalOf(c: Change): Arrival {
  const kind = classifyIgnoringMove(c);
  return kind === 'reworded' || kind === 'deleted' ? 'changed' : kind;
}

/**
 * Follows every article through the versions in the given order (published
 * readings only; the caller leaves out the gaps). Compares each consecutive
 * pair once; pass `compare` options to share a tokenizer.
 */
export function buildHistory(
  versions: readonly { id: string; doc: VersionDoc }[],
  options: CompareOptions & {
    /** Comparisons already made (by the index of the older reading): the one of readings i and i+1 is not made again. */
    known?: ReadonlyMap<number, Comparison>;
  } = {},
): History {
  const language = versions[0]?.doc.language ?? 'en';
  const { known: _known, ...compareOptions } = options;
  const opts: CompareOptions = { ...compareOptions, tokenizer: options.tokenizer ?? new Tokenizer(language) };
  const lineages: Lineage[] = [];
  const comparisons: Comparison[] = [];
  const n = versions.length;
  const cell = (num: string, label: string, arrival: Arrival, moved = false): LineageCell => ({ num, label, arrival, moved });
  const open = (key: string): Lineage => {
    const l: Lineage = { key, cells: new Array<LineageCell | undefined>(n).fill(undefined) };
    lineages.push(l);
    return l;
  };
  // Current lineage of each article number in the version being compared from.
  let current = new Map<string, Lineage>();
  const first = versions[0];
  if (first) {
    for (const { article } of listed(first.doc)) {
      const l = open(`${first.id}~${article.num}`);
      l.cells[0] = cell(article.num, article.label, 'first');
      current.set(article.num, l);
    }
  }
  for (let v = 1; v < n; v++) {
    const prev = versions[v - 1]!;
    const next = versions[v]!;
    const known = options.known?.get(v - 1);
    if (known) opts.onProgress?.(1);
    const comparison = known ?? compareVersions(prev.doc, next.doc, opts);
    comparisons.push(comparison);
    const nextMap = new Map<string, Lineage>();
    for (const c of comparison.changes) {
      const arrival = arrivalOf(c);
      if (c.kind === 'deleted') continue;
      if (c.kind === 'inserted') {
        const r = c.new[0];
        const l = open(`${next.id}~${r.num}`);
        l.cells[v] = cell(r.num, r.label, arrival);
        nextMap.set(r.num, l);
        continue;
      }
      // matched, split, merged: one old article's lineage continues into one new article —
      // the pair that kept its number if there is one, else the first of each.
      const [heirOld, heirNew] = heirs(c);
      const heir = current.get(heirOld.num);
      c.new.forEach((r) => {
        let l: Lineage;
        if (r === heirNew && heir) l = heir;
        else {
          l = open(`${next.id}~${r.num}`);
          if (heir) l.from = { key: heir.key, version: v };
        }
        l.cells[v] = cell(r.num, r.label, arrival, c.moved);
        nextMap.set(r.num, l);
      });
      if (c.kind === 'merged' && heir) {
        for (const o of c.old.filter((x) => x !== heirOld)) {
          const absorbed = current.get(o.num);
          if (absorbed) absorbed.mergedInto = { key: heir.key, version: v };
        }
      }
    }
    current = nextMap;
  }
  return { versionIds: versions.map((v) => v.id), lineages, comparisons };
}

function heirs(c: Change): [{ num: string }, { num: string }] {
  for (const o of c.old) for (const n of c.new) if (o.num === n.num) return [o, n];
  return [c.old[0]!, c.new[0]!];
}

function listed(doc: VersionDoc): { article: { num: string; label: string } }[] {
  const out: { article: { num: string; label: string } }[] = [];
  const walk = (nodes: VersionDoc['body']): void => {
    for (const node of nodes) {
      if (node.kind === 'article') out.push({ article: node });
      else if (node.kind === 'division') walk(node.children);
    }
  };
  walk(doc.body);
  return out;
}

const lineageIndex = new WeakMap<History, Map<string, Lineage>>();

/** The lineage holding an article of a version, by the article's number there (indexed once per history). */
export function lineageOf(history: History, versionId: string, num: string): Lineage | undefined {
  let index = lineageIndex.get(history);
  if (!index) {
    index = new Map();
    for (const l of history.lineages) {
      l.cells.forEach((c, v) => {
        if (c) index!.set(`${history.versionIds[v]}\u0000${c.num}`, l);
      });
    }
    lineageIndex.set(history, index);
  }
  return index.get(`${versionId}\u0000${num}`);
}

/** The concordance: one row per lineage, the article's printed number in each version (or ""). */
export function concordance(history: History): { key: string; labels: string[] }[] {
  return history.lineages.map((l) => ({ key: l.key, labels: l.cells.map((c) => c?.label ?? '') }));
}

/**
 * The lineage a link's key names. A key is `<version id>~<number>`: the
 * lineage's own key, or any reading's id with the article's number in that
 * reading — so links made against one pair of readings keep working in another.
 */
export function resolveKey(history: History, key: string): Lineage | undefined {
  const own = history.lineages.find((l) => l.key === key);
  if (own) return own;
  const at = key.lastIndexOf('~');
  if (at < 0) return undefined;
  return lineageOf(history, key.slice(0, at), key.slice(at + 1));
}
