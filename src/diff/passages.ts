/**
 * Passages that move between articles: a paragraph or an item deleted from
 * one article and inserted in another, identical or edited — "the content of
 * Article 11 of the Draft be moved to the General Principles". The article
 * pairing cannot see them (each article as a whole stays where it was, or is
 * deleted or inserted); here the lines left deleted and inserted once the
 * articles are paired are matched with each other, across articles only
 * (inside one article the line alignment has already paired what it could).
 *
 * A line's number (`（三）`, `2.`) is left out when lines are compared: items
 * are renumbered when they move. Lines too short to tell a passage from a
 * formula (`（删除）`, "Repealed", a bare list head) are never matched.
 */
import type { Article, Item } from '../model/types.js';
import { FeatureSpace, keyHash, shinglesKeyed, sortIds } from './similarity.js';
import { diffText } from './textdiff.js';
import type { Tokenizer } from './tokens.js';
import type { ArticleRef, Change, LineDiff, PassageMove } from './types.js';

/**
 * Likeness (Dice over words or CJK character pairs, weighted by rarity) at or
 * above which an edited line is the same passage moved. Set on the corpus: the
 * Counter-espionage Law's 2023 revision moves provisions at 0.547–0.588 and
 * pairs two unrelated powers of the same authority at 0.496.
 */
export const PASSAGE_THRESHOLD = 0.53;
/** The shorter of two lines must be at least this share of the longer. */
const LENGTH_RATIO = 0.5;
/** Lines with fewer word features than this are not matched (CJK: character pairs). */
const MIN_FEATURES = { cjk: 8, other: 5 };
/** Below this many features (the shorter line), an edited line needs {@link SHORT_THRESHOLD}: one sentence of a formula ("… bleiben unberührt") shares too much by chance. */
const SHORT_FEATURES = { cjk: 16, other: 12 };
const SHORT_THRESHOLD = 0.68;
/** Features found on more free lines than this are not used to find candidates (they are still counted in the likeness). */
const COMMON_FEATURE = 64;

/** An article as this pass sees it: its reference, and each line's text without its number. */
export interface PassageArticle {
  ref: ArticleRef;
  article: Article;
}

/** The text of each line of an article without its number, in the order of the lines (paragraphs, then their items depth-first). */
export function lineBodies(article: Pick<Article, 'paragraphs'>): string[] {
  const out: string[] = [];
  for (const p of article.paragraphs) {
    if (p.num || p.text) out.push(p.text);
    pushItems(p.items, out);
  }
  return out;
}

/** Items' texts, depth-first. */
function pushItems(list: readonly Item[], out: string[]): void {
  for (const i of list) {
    out.push(i.text);
    pushItems(i.items, out);
  }
}

/**
 * The lines deleted (or inserted), column by column: line `k`'s features
 * (sorted, with repeats) are `features[start[k] .. start[k + 1])`, and their
 * slots in the feature space at the same indices. Written by module-level
 * functions, not closures made per call (V8 would drop their optimized code
 * at every full GC between two comparisons: see align.ts).
 */
interface FreeLines {
  size: number;
  /** Index of the change each line belongs to (a passage never moves inside its own change). */
  change: number[];
  article: ArticleRef[];
  line: number[];
  body: string[];
  /** A hash of the body without white space ({@link shinglesKeyed}). */
  hash: number[];
  /** The body with white space removed, once asked for ({@link keyOf}): identical passages compare equal. */
  key: (string | undefined)[];
  start: number[];
  features: Uint32Array;
  slots: Int32Array;
}

function freeLines(): FreeLines {
  return { size: 0, change: [], article: [], line: [], body: [], hash: [], key: [], start: [0], features: new Uint32Array(1024), slots: new Int32Array(0) };
}

/** Adds line `line` of article `a` (its text `body`) when it has enough features to be matched. */
function addLine(list: FreeLines, change: number, a: PassageArticle, line: number, body: string, cjk: boolean): void {
  const ids = shinglesKeyed(body, cjk);
  if (ids.length < (cjk ? MIN_FEATURES.cjk : MIN_FEATURES.other)) return;
  const from = list.start[list.size]!;
  const to = from + ids.length;
  if (to > list.features.length) {
    const grown = new Uint32Array(Math.max(to, list.features.length * 2));
    grown.set(list.features.subarray(0, from));
    list.features = grown;
  }
  list.features.set(ids, from);
  sortIds(list.features, from, to);
  list.change.push(change);
  list.article.push(a.ref);
  list.line.push(line);
  list.body.push(body);
  list.hash.push(keyHash);
  list.key.push(undefined);
  list.start.push(to);
  list.size++;
}

const WHITE_SPACE = /\s+/g;

/** The body of line `k` without white space (computed once). */
function keyOf(list: FreeLines, k: number): string {
  return (list.key[k] ??= list.body[k]!.replace(WHITE_SPACE, ''));
}

/** The lines of an article, without their numbers (computed once per article). */
function bodiesOf(bodies: Map<PassageArticle, string[]>, a: PassageArticle): string[] {
  let b = bodies.get(a);
  if (!b) bodies.set(a, (b = lineBodies(a.article)));
  return b;
}

/** Adds every line of a deleted or inserted article. */
function addArticle(list: FreeLines, change: number, a: PassageArticle, bodies: Map<PassageArticle, string[]>, cjk: boolean): void {
  const b = bodiesOf(bodies, a);
  for (let line = 0; line < b.length; line++) addLine(list, change, a, line, b[line] ?? '', cjk);
}

/** Adds the lines a change's diff deletes (old side: `mine` 'deleted') or inserts (new side: 'inserted'); a group's diff runs over its articles' lines one after another. */
function addFromDiff(list: FreeLines, change: number, lines: readonly LineDiff[], mine: 'deleted' | 'inserted', articles: readonly PassageArticle[], bodies: Map<PassageArticle, string[]>, cjk: boolean): void {
  const other = mine === 'deleted' ? 'inserted' : 'deleted';
  let art = 0;
  let line = 0;
  let b = articles.length > 0 ? bodiesOf(bodies, articles[0]!) : [];
  for (const l of lines) {
    if (l.kind === other) continue;
    // The place of this line: the next line of the articles, in order (past their end: none).
    while (art < articles.length && line >= b.length) {
      art++;
      line = 0;
      if (art < articles.length) b = bodiesOf(bodies, articles[art]!);
    }
    if (art >= articles.length) continue;
    if (l.kind === mine) addLine(list, change, articles[art]!, line, b[line] ?? '', cjk);
    line++;
  }
}

/** The articles of `refs`, by index. */
function articlesOf(refs: readonly ArticleRef[], all: readonly PassageArticle[]): PassageArticle[] {
  const out = new Array<PassageArticle>(refs.length);
  for (let k = 0; k < refs.length; k++) out[k] = all[refs[k]!.index]!;
  return out;
}

/** Collects the lines deleted (`gone`) and inserted (`come`) by the changes. */
function collect(changes: readonly Change[], olds: readonly PassageArticle[], news: readonly PassageArticle[], cjk: boolean, gone: FreeLines, come: FreeLines): void {
  const bodies = new Map<PassageArticle, string[]>();
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    if (c.kind === 'deleted') addArticle(gone, k, olds[c.old[0].index]!, bodies, cjk);
    else if (c.kind === 'inserted') addArticle(come, k, news[c.new[0].index]!, bodies, cjk);
    else if (c.diff) {
      // Most reworded articles change words inside their lines: nothing left or arrived whole.
      let left = false;
      let arrived = false;
      for (const l of c.diff.lines) {
        if (l.kind === 'deleted') left = true;
        else if (l.kind === 'inserted') arrived = true;
      }
      if (left) addFromDiff(gone, k, c.diff.lines, 'deleted', articlesOf(c.old, olds), bodies, cjk);
      if (arrived) addFromDiff(come, k, c.diff.lines, 'inserted', articlesOf(c.new, news), bodies, cjk);
    }
  }
}

/** Gives every feature occurrence of the lines its slot in `space` (which counts the lines that have it). */
function assignSlots(list: FreeLines, space: FeatureSpace): void {
  list.slots = new Int32Array(list.start[list.size]!);
  for (let k = 0; k < list.size; k++) space.addSorted(list.features, list.start[k]!, list.start[k + 1]!, list.slots);
}

/** The sum of a line's occurrence weights, in the order of its features. */
function lineTotals(list: FreeLines, weightOf: Float64Array): Float64Array {
  const out = new Float64Array(list.size);
  for (let k = 0; k < list.size; k++) {
    let total = 0;
    for (let x = list.start[k]!, end = list.start[k + 1]!; x < end; x++) total += weightOf[list.slots[x]!]!;
    out[k] = total;
  }
  return out;
}

/**
 * Dice coefficient of two lines' sorted features, each feature weighted by
 * its rarity among the free lines (`weightOf`, by slot; `both`: the sum of
 * both lines' weights): the formulas every article of a law repeats
 * (`国家安全机关…负责人批准`, "nach Maßgabe des") count for little.
 */
function dice(a: FreeLines, g: number, b: FreeLines, c: number, weightOf: Float64Array, both: number): number {
  const fa = a.features;
  const fb = b.features;
  const aEnd = a.start[g + 1]!;
  const bEnd = b.start[c + 1]!;
  let shared = 0;
  for (let i = a.start[g]!, j = b.start[c]!; i < aEnd && j < bEnd; ) {
    if (fa[i] === fb[j]) {
      shared += weightOf[a.slots[i]!]! + weightOf[b.slots[j]!]!;
      i++;
      j++;
    } else if (fa[i]! < fb[j]!) i++;
    else j++;
  }
  return both > 0 ? shared / both : 0;
}

/** Share of a line's weight that two lines must share at least to reach {@link PASSAGE_THRESHOLD}, with room for rounding. */
const PREFIX_SHARE = (0.95 * PASSAGE_THRESHOLD) / (2 - PASSAGE_THRESHOLD);

/**
 * The global order of the features for {@link prefixes}: those that are not
 * common first, rarest first (fewest lines), then the common ones; ties by slot.
 */
interface FeatureOrder {
  /** Slot → rank. */
  rank: Uint32Array;
  /** Rank → slot. */
  slotOf: Int32Array;
  /** Rank of the first common feature. */
  common: number;
}

/** Where a slot goes in the {@link FeatureOrder}, before ties. */
function orderKey(space: FeatureSpace, lines: number, onFree: Int32Array, s: number): number {
  return space.documentFrequency(s) + (onFree[s]! > COMMON_FEATURE ? lines + 1 : 0);
}

function featureOrder(space: FeatureSpace, lines: number, onFree: Int32Array): FeatureOrder {
  const slots = space.size;
  const at = new Int32Array(2 * lines + 4);
  for (let s = 0; s < slots; s++) at[orderKey(space, lines, onFree, s) + 1]!++;
  for (let k = 0; k + 1 < at.length; k++) at[k + 1]! += at[k]!;
  const common = at[lines + 1]!;
  const rank = new Uint32Array(slots);
  const slotOf = new Int32Array(slots);
  for (let s = 0; s < slots; s++) {
    const r = at[orderKey(space, lines, onFree, s)]!++;
    rank[s] = r;
    slotOf[r] = s;
  }
  return { rank, slotOf, common };
}

/**
 * Each line's prefix: its distinct features in the global {@link FeatureOrder}
 * until what is left weighs less than {@link PREFIX_SHARE} of the line, less
 * its common features. Two lines whose likeness reaches the threshold share at
 * least that share of either line's weight (shared ≥ t·(Ta + Tb)/2 and
 * Tb ≥ shared give shared ≥ t·Ta/(2 − t)), so the first feature they share in
 * that order is in both prefixes; and when they share a feature that is not
 * common (as a candidate must), that first one is not common either. Indexing
 * one side's prefixes and looking up the other's finds every such pair.
 * Returns the prefixes' ranks, cut by `at`, and with each the weight of the
 * line's features from it on (`left`): all the two lines can share when it is
 * the first feature they share.
 */
function prefixes(list: FreeLines, skip: Uint8Array, order: FeatureOrder, weightOf: Float64Array, countOf: Int32Array, scratch: Uint32Array): Prefixes {
  const at = new Int32Array(list.size + 1);
  let ranks = new Uint32Array(Math.max(16, list.start[list.size]! >> 1));
  let lefts = new Float64Array(ranks.length);
  let n = 0;
  for (let k = 0; k < list.size; k++) {
    at[k] = n;
    if (skip[k]) continue;
    const from = list.start[k]!;
    const to = list.start[k + 1]!;
    let d = 0;
    let total = 0;
    for (let x = from; x < to; x++) {
      const s = list.slots[x]!;
      total += weightOf[s]!;
      if (x > from && list.slots[x - 1] === s) countOf[s]!++;
      else {
        countOf[s] = 1;
        scratch[d++] = order.rank[s]!;
      }
    }
    sortIds(scratch, 0, d);
    if (n + d > ranks.length) {
      const grown = new Uint32Array(Math.max(n + d, ranks.length * 2));
      grown.set(ranks.subarray(0, n));
      ranks = grown;
      const grownLefts = new Float64Array(grown.length);
      grownLefts.set(lefts.subarray(0, n));
      lefts = grownLefts;
    }
    let left = total;
    const enough = PREFIX_SHARE * total;
    for (let y = 0; y < d && left >= enough; y++) {
      const r = scratch[y]!;
      if (r >= order.common) break;
      lefts[n] = left;
      ranks[n++] = r;
      const s = order.slotOf[r]!;
      left -= weightOf[s]! * countOf[s]!;
    }
  }
  at[list.size] = n;
  return { at, ranks, lefts };
}

/** See {@link prefixes}. */
interface Prefixes {
  at: Int32Array;
  ranks: Uint32Array;
  lefts: Float64Array;
}

/** {@link PASSAGE_THRESHOLD}, with room for rounding: for bounds that only skip work. */
const REACH = 0.95 * PASSAGE_THRESHOLD;

/** A pair of lines that reaches the threshold: gone line `g`, come line `c`. */
interface Found {
  g: number;
  c: number;
  score: number;
}

/** Pairs identical passages: the k-th of a text deleted goes with the k-th of it inserted elsewhere (in another change). */
function pairIdentical(gone: FreeLines, come: FreeLines, takenGone: Uint8Array, takenCome: Uint8Array, found: Found[]): void {
  const byHash = new Map<number, number[]>();
  for (let c = 0; c < come.size; c++) {
    const list = byHash.get(come.hash[c]!);
    if (list) list.push(c);
    else byHash.set(come.hash[c]!, [c]);
  }
  for (let g = 0; g < gone.size; g++) {
    const list = byHash.get(gone.hash[g]!);
    if (!list) continue;
    for (const c of list) {
      if (takenCome[c] || come.change[c] === gone.change[g] || keyOf(come, c) !== keyOf(gone, g)) continue;
      takenGone[g] = 1;
      takenCome[c] = 1;
      found.push({ g, c, score: 1 });
      break;
    }
  }
}

/** Orders candidates best first; ties by position in the old version, then the new (the same order from either side). */
function byCandidate(gone: FreeLines, come: FreeLines): (p: Found, q: Found) => number {
  return (p, q) =>
    q.score - p.score ||
    gone.article[p.g]!.index - gone.article[q.g]!.index ||
    gone.line[p.g]! - gone.line[q.g]! ||
    come.article[p.c]!.index - come.article[q.c]!.index ||
    come.line[p.c]! - come.line[q.c]!;
}

/**
 * The edited passages: every pair of a free deleted and a free inserted line
 * (of different changes, lengths within {@link LENGTH_RATIO}) whose likeness
 * reaches the threshold, among the pairs that share a feature found on at most
 * {@link COMMON_FEATURE} free inserted lines (as candidates were found when
 * they were looked up through those features' posting lists). Candidates come
 * from the lines' prefixes ({@link prefixes}); each one's shared weight in the
 * features that are not common, plus what common and repeated features could
 * add, bounds its likeness, and the exact weighted Dice runs only where that
 * bound can reach the threshold.
 */
function editedPairs(gone: FreeLines, come: FreeLines, takenGone: Uint8Array, takenCome: Uint8Array, space: FeatureSpace, cjk: boolean): Found[] {
  const cands: Found[] = [];
  const slots = space.size;
  const lines = gone.size + come.size;
  const weightOf = new Float64Array(slots);
  for (let x = 0; x < slots; x++) weightOf[x] = Math.log(1 + lines / space.documentFrequency(x));
  // Free inserted lines per slot: a feature on more than COMMON_FEATURE of them is common.
  const onFree = new Int32Array(slots);
  let longest = 0;
  for (let c = 0; c < come.size; c++) {
    const from = come.start[c]!;
    const to = come.start[c + 1]!;
    if (to - from > longest) longest = to - from;
    if (takenCome[c]) continue;
    for (let x = from; x < to; x++) if (x === from || come.slots[x] !== come.slots[x - 1]) onFree[come.slots[x]!]!++;
  }
  for (let g = 0; g < gone.size; g++) if (gone.start[g + 1]! - gone.start[g]! > longest) longest = gone.start[g + 1]! - gone.start[g]!;
  const order = featureOrder(space, lines, onFree);
  const countOf = new Int32Array(slots);
  const scratch = new Uint32Array(longest);
  const comePrefix = prefixes(come, takenCome, order, weightOf, countOf, scratch);
  const gonePrefix = prefixes(gone, takenGone, order, weightOf, countOf, scratch);
  // Posting lists of the free inserted lines' prefixes, by rank (counting sort into one array).
  const start = new Int32Array(slots + 1);
  for (let p = 0; p < comePrefix.ranks.length && p < comePrefix.at[come.size]!; p++) start[comePrefix.ranks[p]! + 1]!++;
  for (let r = 0; r < slots; r++) start[r + 1]! += start[r]!;
  const posting = new Int32Array(start[slots]!);
  const postLeft = new Float64Array(posting.length);
  const fill = start.slice(0, slots);
  for (let c = 0; c < come.size; c++) {
    for (let p = comePrefix.at[c]!, end = comePrefix.at[c + 1]!; p < end; p++) {
      const at = fill[comePrefix.ranks[p]!]!++;
      posting[at] = c;
      postLeft[at] = comePrefix.lefts[p]!;
    }
  }
  const comeTotal = lineTotals(come, weightOf);
  const goneTotal = lineTotals(gone, weightOf);
  const stamp = new Int32Array(come.size).fill(-1);
  const ownIds = new Uint32Array(longest);
  const ownWeights = new Float64Array(longest);
  const few = cjk ? SHORT_FEATURES.cjk : SHORT_FEATURES.other;
  for (let g = 0; g < gone.size; g++) {
    if (takenGone[g]) continue;
    const gFrom = gone.start[g]!;
    const gTo = gone.start[g + 1]!;
    // What the common features and repeated occurrences could add to what a candidate shares; the others, distinct, in order.
    let slack = 0;
    let own = 0;
    for (let k = gFrom; k < gTo; k++) {
      const x = gone.slots[k]!;
      if ((k > gFrom && gone.slots[k - 1] === x) || onFree[x]! > COMMON_FEATURE) slack += weightOf[x]!;
      else {
        ownIds[own] = gone.features[k]!;
        ownWeights[own++] = weightOf[x]!;
      }
    }
    const total = goneTotal[g]!;
    const length = gone.body[g]!.length;
    for (let p = gonePrefix.at[g]!, pEnd = gonePrefix.at[g + 1]!; p < pEnd; p++) {
      const r = gonePrefix.ranks[p]!;
      const gLeft = gonePrefix.lefts[p]!;
      for (let q = start[r]!, qEnd = start[r + 1]!; q < qEnd; q++) {
        const c = posting[q]!;
        if (stamp[c] === g) continue;
        stamp[c] = g;
        if (come.change[c] === gone.change[g]) continue;
        const other = come.body[c]!.length;
        if (length < other ? length < LENGTH_RATIO * other : other < LENGTH_RATIO * length) continue;
        // This is the first feature the two share (the first in both prefixes): they share at most what either has from it on.
        const cLeft = postLeft[q]!;
        if (2 * (gLeft < cLeft ? gLeft : cLeft) < REACH * (total + comeTotal[c]!)) continue;
        // The weight of the distinct features that are not common that the two share, in the order of the deleted line's features.
        let acc = 0;
        let touched = false;
        const cTo = come.start[c + 1]!;
        for (let k = 0, j = come.start[c]!; k < own && j < cTo; k++) {
          const id = ownIds[k]!;
          while (j < cTo && come.features[j]! < id) j++;
          if (j < cTo && come.features[j] === id) {
            acc += ownWeights[k]!;
            touched = true;
          }
        }
        if (!touched) continue;
        const needed = Math.min(gTo - gFrom, cTo - come.start[c]!) < few ? SHORT_THRESHOLD : PASSAGE_THRESHOLD;
        const both = total + comeTotal[c]!;
        // A shared feature counts its weight on both sides (the same weight: it is a function of the feature), so twice what can be shared bounds the score: skip what cannot reach the threshold.
        if ((2 * (acc + slack)) / both < needed) continue;
        const score = dice(gone, g, come, c, weightOf, both);
        if (score >= needed) cands.push({ g, c, score });
      }
    }
  }
  return cands;
}

/**
 * The passages that moved between articles. `olds[k]`/`news[k]` are the
 * articles of each version by index (as in the changes' refs).
 */
export function findMoves(changes: readonly Change[], olds: readonly PassageArticle[], news: readonly PassageArticle[], tokenizer: Tokenizer, cjk: boolean): PassageMove[] {
  const gone = freeLines();
  const come = freeLines();
  collect(changes, olds, news, cjk, gone, come);
  if (gone.size === 0 || come.size === 0) return [];
  const found: Found[] = [];
  const takenGone = new Uint8Array(gone.size);
  const takenCome = new Uint8Array(come.size);
  pairIdentical(gone, come, takenGone, takenCome, found);
  // Edited passages: every feature gets a dense slot in a feature space (which also counts, per slot, the lines
  // that have it): weights and posting lists are then typed arrays, with no map or array per feature.
  const space = new FeatureSpace();
  assignSlots(gone, space);
  assignSlots(come, space);
  const cands = editedPairs(gone, come, takenGone, takenCome, space, cjk);
  cands.sort(byCandidate(gone, come));
  for (const x of cands) {
    if (takenGone[x.g] || takenCome[x.c]) continue;
    takenGone[x.g] = 1;
    takenCome[x.c] = 1;
    found.push(x);
  }
  const moves = new Array<PassageMove>(found.length);
  for (let k = 0; k < found.length; k++) moves[k] = moveOf(gone, come, found[k]!, tokenizer);
  moves.sort(byArrival);
  return moves;
}

function moveOf(gone: FreeLines, come: FreeLines, { g, c, score }: Found, tokenizer: Tokenizer): PassageMove {
  const identical = keyOf(gone, g) === keyOf(come, c);
  return {
    from: { article: gone.article[g]!, line: gone.line[g]! },
    to: { article: come.article[c]!, line: come.line[c]! },
    similarity: identical ? 1 : Math.round(score * 1000) / 1000,
    ops: identical ? undefined : diffText(gone.body[g]!, come.body[c]!, tokenizer).ops,
  };
}

function byArrival(p: PassageMove, q: PassageMove): number {
  return p.to.article.index - q.to.article.index || p.to.line - q.to.line;
}
