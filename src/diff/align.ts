/**
 * Pairing the articles of two versions by content, never by number alone.
 * Passes, each only over what the previous ones left unpaired:
 *  1. identical text (in order among duplicates; repealed placeholders only with the same number);
 *  2. identical up to same-law reference numbers (`第二十条` → `第二十二条`);
 *  3. in order between anchors: a weighted LCS over similarity in each gap
 *     between consecutive in-order pairs, so runs of reworded articles stay together;
 *  4. out of order: the most similar remaining pairs above a stricter threshold (moves);
 *  5. splits and merges: an unpaired article contained in a neighbour's partner.
 * Thresholds and reasons: docs/decisions/001-article-pairing.md.
 */
import { denseGapLcs, sparseGapLcs, type GapCells, type GapPair } from './gap-lcs.js';
import { keepShape } from './keep-shape.js';
import { maskReferences } from './references.js';
import { containment, cosine, FeatureSpace, shingles, sumCounts, termCounts, VectorIndex, type SparseVector } from './similarity.js';

// Hot code here is written as module-level functions rather than closures made per call: V8 keeps a
// closure's optimized code only while a closure of it is alive, so after a full GC between two
// comparisons, per-call closures would start over unoptimized.

/** What the aligner needs of an article. */
export interface AlignItem {
  /** Heading, then the body's lines, as imported. */
  parts: readonly string[];
  /** Equal for two articles exactly when their {@link parts} are equal (see {@link LineKeys}). */
  key: string;
  /** {@link textOf}, once computed. */
  text: string | undefined;
  /** Written in CJK characters (white space between them is not significant). */
  cjk: boolean;
  /** {@link normalizedText}, once computed (only for articles the first pass leaves unpaired). */
  normalized: string | undefined;
  /** {@link maskedText}, once computed. */
  masked: string | undefined;
  /** A repealed placeholder: paired only by number. */
  placeholder: boolean;
  num: string;
  /** Term counts of its shingles (empty for articles paired as identical). */
  tf: SparseVector;
  /** Normalized TF-IDF vector (empty for articles paired as identical). */
  vec: SparseVector;
}

/** An empty vector: the features of an article paired as identical are never computed. */
export const NO_FEATURES: SparseVector = { ids: new Uint32Array(0), slots: new Int32Array(0), values: new Float64Array(0) };

/** Anything normalization would change: odd white space, invisible characters. One scan, no Unicode mode. */
const UNNORMAL = /[\t\r\u3000\u200b\u2060\ufeff]| {2}| \n|\n |^ | $/;

/** Text with invisible characters removed, white space collapsed and, in CJK text, spaces between CJK characters dropped. */
export function normalize(text: string, cjk: boolean): string {
  // Importers already collapse white space: most texts need nothing.
  if (!UNNORMAL.test(text) && !(cjk && / /.test(text) && /[^\x00-\x7f] [^\x00-\x7f]/u.test(text))) return text;
  const t = text.replace(/[\u200b\u2060\ufeff]/gu, '').replace(/[\s\u3000]+/gu, ' ').trim();
  return cjk ? t.replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/gu, '') : t;
}

/** The article's full text: heading and lines joined by `\n` (computed once). */
export function textOf(x: AlignItem): string {
  return (x.text ??= x.parts.join('\n'));
}

/** The article's text, normalized (computed once). */
export function normalizedText(x: AlignItem): string {
  return (x.normalized ??= normalize(textOf(x), x.cjk));
}

/** The normalized text with same-law reference numbers masked (computed once). */
export function maskedText(x: AlignItem): string {
  return (x.masked ??= maskReferences(normalizedText(x)));
}

/**
 * Identity keys for articles, from their lines: each distinct line (of both
 * versions) gets a number, and an article's key spells its lines' numbers,
 * two UTF-16 code units each. Two articles have the same key exactly when
 * their lines are the same — without joining every article into one string
 * and hashing all of it again.
 */
export class LineKeys {
  private readonly ids = new Map<string, number>();

  constructor() {
    keepShape(this, () => new LineKeys());
  }

  key(parts: readonly string[]): string {
    let key = '';
    for (const line of parts) {
      let id = this.ids.get(line);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(line, id);
      }
      key += String.fromCharCode(id & 0xffff, id >>> 16);
    }
    return key;
  }
}

function ascending(x: number, y: number): number {
  return x - y;
}

function exactKey(x: AlignItem): string {
  return x.key;
}

/** Similarity at or above which two articles in the same gap between anchors are paired. */
export const GAP_THRESHOLD = 0.35;
/** Similarity at or above which two articles are paired out of order (a move). */
export const MOVE_THRESHOLD = 0.55;
/** Share of an article that must come from another for it to be part of a split or merge. */
export const PART_THRESHOLD = 0.5;
/** How much more of the whole a split/merge part must cover to join its neighbour. */
export const COVERAGE_GAIN = 0.1;
/**
 * Similarity (cosine over the law's own term weights, {@link pairRewrites}) at
 * or above which an article left unpaired in the place of an unpaired article
 * of the same number is that article rewritten.
 */
export const REWRITE_SAME_NUMBER = 0.05;
/** The same, for the only two articles left in a place under different numbers. */
export const REWRITE_ONLY_CANDIDATE = 0.15;
/** Articles sampled (evenly) for the term weights of the rewrite pass. */
const REWRITE_SAMPLE = 256;
/** Largest gap (old × new articles) solved over all pairs; larger gaps use candidate lists. */
const GAP_DP_CELLS = 250_000;
/** Candidates per new article in a gap over {@link GAP_DP_CELLS}. */
const GAP_CANDIDATES = 5;

/** A split (one old, several new) or merge (several old, one new) found by the aligner. */
export interface Group {
  old: number[];
  new: number[];
}

/** The aligner's result, by article index. */
export interface Alignment {
  /** 1:1 pairs, old index → new index. */
  pairs: Map<number, number>;
  /** How each pair was found. */
  pass: Map<number, 'identical' | 'references' | 'gap' | 'move' | 'rewrite'>;
  groups: Group[];
  similarity: Map<number, number>;
  /** Shingle statistics of the articles the identical passes left unpaired. */
  space: FeatureSpace;
}

/** Longest increasing subsequence of pairs sorted by old index, by new index; returns the old indices in it. */
export function inOrder(pairs: ReadonlyMap<number, number>): Set<number> {
  const sorted = sortedPairs(pairs);
  const count = sorted.old.length;
  const tails = new Int32Array(count);
  const tailIdx = new Int32Array(count);
  let size = 0;
  const prev = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const n = sorted.new[i]!;
    const lo = lowerBound(tails, size, n);
    tails[lo] = n;
    tailIdx[lo] = i;
    if (lo === size) size++;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  }
  const keep = new Set<number>();
  let i = size > 0 ? tailIdx[size - 1]! : -1;
  while (i >= 0) {
    keep.add(sorted.old[i]!);
    i = prev[i]!;
  }
  return keep;
}

/** Pairs by old index: `old` ascending, `new` the partner of each. */
function sortedPairs(pairs: ReadonlyMap<number, number>): { old: Int32Array; new: Int32Array } {
  let max = -1;
  for (const i of pairs.keys()) if (i > max) max = i;
  const partner = new Int32Array(max + 1).fill(-1);
  for (const [i, j] of pairs) partner[i] = j;
  const out = { old: new Int32Array(pairs.size), new: new Int32Array(pairs.size) };
  for (let i = 0, k = 0; i <= max; i++) {
    if (partner[i]! < 0) continue;
    out.old[k] = i;
    out.new[k++] = partner[i]!;
  }
  return out;
}

function byFirst(a: readonly [number, unknown], b: readonly [number, unknown]): number {
  return a[0] - b[0];
}

/** The first position in ascending `sorted[0..size)` whose value is not below `v`. */
function lowerBound(sorted: Int32Array, size: number, v: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each value, the length of the longest strictly increasing subsequence ending at it. */
function lisEnding(values: Int32Array): Int32Array {
  const tails = new Int32Array(values.length);
  let size = 0;
  const out = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    const lo = lowerBound(tails, size, v);
    tails[lo] = v;
    if (lo === size) size++;
    out[k] = lo + 1;
  }
  return out;
}

/**
 * The pairs that belong to every longest in-order subsequence (old indices):
 * unlike {@link inOrder}'s one choice among equally long ones, this set is
 * the same whichever version is called old, so anchors chosen from it make
 * the pairing symmetric. A pair in some but not all of them (a swap of two
 * articles: either could be the one that moved) is not an anchor.
 */
export function inEveryOrder(pairs: ReadonlyMap<number, number>): Set<number> {
  const anchors = everyOrderAnchors(pairs);
  const keep = new Set<number>();
  for (let k = 0; k < anchors.old.length; k++) keep.add(anchors.old[k]!);
  return keep;
}

/** The pairs of {@link inEveryOrder}, by old index (ascending, and so are their new indices). */
function everyOrderAnchors(pairs: ReadonlyMap<number, number>): { old: Int32Array; new: Int32Array } {
  const sorted = sortedPairs(pairs);
  const count = sorted.old.length;
  const forward = sorted.new;
  // Negated new indices, last pair first.
  const backward = new Int32Array(count);
  for (let i = 0; i < count; i++) backward[count - 1 - i] = -forward[i]!;
  const ending = lisEnding(forward);
  const starting = lisEnding(backward).reverse();
  let length = 0;
  for (let i = 0; i < count; i++) if (ending[i]! > length) length = ending[i]!;
  // How many pairs of a longest subsequence sit at each rank: a rank held by one pair only is in all of them.
  const atRank = new Int32Array(length + 1);
  const only = new Int32Array(length + 1);
  for (let i = 0; i < count; i++) {
    if (ending[i]! + starting[i]! - 1 !== length) continue;
    atRank[ending[i]!]!++;
    only[ending[i]!] = i;
  }
  let n = 0;
  for (let r = 1; r <= length; r++) if (atRank[r] === 1) n++;
  const out = { old: new Int32Array(n), new: new Int32Array(n) };
  for (let r = 1, k = 0; r <= length; r++) {
    if (atRank[r] !== 1) continue;
    out.old[k] = sorted.old[only[r]!]!;
    out.new[k++] = sorted.new[only[r]!]!;
  }
  return out;
}

function pairByKey(olds: readonly AlignItem[], news: readonly AlignItem[], key: (a: AlignItem) => string, a: Alignment, pass: 'identical' | 'references'): void {
  // Key → the unpaired old article with it, or all of them in order when there are several.
  const byKey = new Map<string, number | number[]>();
  for (let i = 0; i < olds.length; i++) {
    if (a.pairs.has(i)) continue;
    const k = key(olds[i]!);
    const had = byKey.get(k);
    if (had === undefined) byKey.set(k, i);
    else if (typeof had === 'number') byKey.set(k, [had, i]);
    else had.push(i);
  }
  const taken = new Set(a.pairs.values());
  for (let j = 0; j < news.length; j++) {
    if (taken.has(j)) continue;
    const n = news[j]!;
    const k = key(n);
    const had = byKey.get(k);
    if (had === undefined) continue;
    let i: number;
    if (typeof had === 'number') {
      if (n.placeholder && olds[had]!.num !== n.num) continue;
      i = had;
      byKey.delete(k);
    } else {
      let at = 0;
      if (n.placeholder) {
        at = had.findIndex((x) => olds[x]!.num === n.num);
        if (at < 0) continue;
      }
      i = had.splice(at, 1)[0]!;
      if (had.length === 0) byKey.delete(k);
    }
    a.pairs.set(i, j);
    a.pass.set(i, pass);
    a.similarity.set(i, 1);
    taken.add(j);
  }
}

/**
 * Pairs unpaired articles inside each gap between in-order anchors,
 * maximizing total similarity in order. The anchors are the pairs in every
 * longest in-order subsequence ({@link inEveryOrder}), so the gaps — and the
 * result — do not depend on which version is called old.
 */
function pairGaps(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment): void {
  const anchors = everyOrderAnchors(a.pairs);
  const pairedNew = new Set(a.pairs.values());
  for (let g = 0; g <= anchors.old.length; g++) {
    const oa = g > 0 ? anchors.old[g - 1]! : -1;
    const na = g > 0 ? anchors.new[g - 1]! : -1;
    const ob = g < anchors.old.length ? anchors.old[g]! : olds.length;
    const nb = g < anchors.old.length ? anchors.new[g]! : news.length;
    if (ob - oa < 2 || nb - na < 2) continue;
    const gapOld: number[] = [];
    for (let i = oa + 1; i < ob; i++) if (!a.pairs.has(i) && !olds[i]!.placeholder) gapOld.push(i);
    if (gapOld.length === 0) continue;
    const gapNew: number[] = [];
    for (let j = na + 1; j < nb; j++) if (!pairedNew.has(j) && !news[j]!.placeholder) gapNew.push(j);
    if (gapNew.length === 0) continue;
    const m = gapOld.length;
    const n = gapNew.length;
    let chosen: GapPair[];
    if (m * n <= GAP_DP_CELLS) {
      const s = table(m, n);
      for (let x = 0; x < m; x++) {
        const row = s[x]!;
        const v = olds[gapOld[x]!]!.vec;
        for (let y = 0; y < n; y++) row[y] = cosine(v, news[gapNew[y]!]!.vec);
      }
      chosen = denseGapLcs(s, m, n, GAP_THRESHOLD);
    } else {
      // A huge gap (a rewrite of most of the law): only the nearest candidates can score.
      const index = new VectorIndex(gapOld.map((i) => olds[i]!.vec), a.space);
      const cand = gapNew.map((j) => index.query(news[j]!.vec, GAP_CANDIDATES, GAP_THRESHOLD));
      if (m * n > 25_000_000) {
        // Greedy by score in order of the candidates (as before the LCS over candidates was sparse; kept so pairing does not change).
        greedy(cand.flatMap((list, y) => list.map((c) => ({ i: gapOld[c.target]!, j: gapNew[y]!, score: c.score }))), a, pairedNew, 'gap');
        continue;
      }
      chosen = sparseGapLcs(candidateCells(cand), m, n, GAP_THRESHOLD);
    }
    for (const { x, y, score } of chosen) {
      a.pairs.set(gapOld[x]!, gapNew[y]!);
      a.pass.set(gapOld[x]!, 'gap');
      a.similarity.set(gapOld[x]!, score);
      pairedNew.add(gapNew[y]!);
    }
  }
}

/** The candidate lists of a gap's new articles (column y: the list of new article y) as cells. */
function candidateCells(cand: readonly (readonly { target: number; score: number }[])[]): GapCells {
  let count = 0;
  for (const list of cand) count += list.length;
  const cells = { x: new Int32Array(count), y: new Int32Array(count), score: new Float64Array(count) };
  let k = 0;
  for (let y = 0; y < cand.length; y++) {
    for (const c of cand[y]!) {
      cells.x[k] = c.target;
      cells.y[k] = y;
      cells.score[k++] = c.score;
    }
  }
  return cells;
}

/** `rows` rows of `cols` zeros. */
function table(rows: number, cols: number): Float64Array[] {
  const out = new Array<Float64Array>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Float64Array(cols);
  return out;
}

function byCandidate(p: { i: number; j: number; score: number }, q: { i: number; j: number; score: number }): number {
  return q.score - p.score || p.i - q.i || p.j - q.j;
}

function greedy(cands: { i: number; j: number; score: number }[], a: Alignment, pairedNew: Set<number>, pass: 'gap' | 'move'): void {
  cands.sort(byCandidate);
  for (const c of cands) {
    if (a.pairs.has(c.i) || pairedNew.has(c.j)) continue;
    a.pairs.set(c.i, c.j);
    a.pass.set(c.i, pass);
    a.similarity.set(c.i, c.score);
    pairedNew.add(c.j);
  }
}

/** Pairs what is left out of order when it is similar enough: moved (and possibly reworded) articles. */
function pairMoves(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment): void {
  const pairedNew = new Set(a.pairs.values());
  const freeOld = olds.map((_, i) => i).filter((i) => !a.pairs.has(i) && !olds[i]!.placeholder);
  const freeNew = news.map((_, j) => j).filter((j) => !pairedNew.has(j) && !news[j]!.placeholder);
  if (freeOld.length === 0 || freeNew.length === 0) return;
  const index = new VectorIndex(freeOld.map((i) => olds[i]!.vec), a.space);
  const cand = freeNew.flatMap((j) => index.query(news[j]!.vec, 5, MOVE_THRESHOLD).map((c) => ({ i: freeOld[c.target]!, j, score: c.score })));
  greedy(cand, a, pairedNew, 'move');
}

/**
 * Splits and merges. Split: an unpaired new article largely drawn from an old
 * article (containment ≥ {@link PART_THRESHOLD}) whose partner is its
 * neighbour, when adding it covers noticeably more of the old article
 * (gain ≥ {@link COVERAGE_GAIN}); or a run of adjacent unpaired new articles
 * that together cover an unpaired old one. Merge: the same the other way round.
 */
function findGroups(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment): void {
  const { space } = a;
  const newToOld = new Map<number, number>();
  for (const [i, j] of a.pairs) newToOld.set(j, i);
  // Articles paired out of order (moved away) do not separate two parts of a split or merge.
  const orderedOld = inEveryOrder(a.pairs);
  const orderedNew = new Set<number>();
  for (const i of orderedOld) orderedNew.add(a.pairs.get(i)!);
  // Splits and merges are found independently, on the same pairs, and kept best first where they
  // overlap (one old article split while part of it merged with the next): the result does not depend
  // on which of the two is looked for first — nor on which version is called old.
  const found: Group[] = [];
  findSide({ split: true, mine: news, theirs: olds, partnerOf: a.pairs, myPartner: newToOld, ordered: orderedNew, space, groups: found, grouped: new Set() });
  findSide({ split: false, mine: olds, theirs: news, partnerOf: newToOld, myPartner: a.pairs, ordered: orderedOld, space, groups: found, grouped: new Set() });
  const ranked: { g: Group; score: number; key: string }[] = [];
  for (const g of found) {
    if (g.old.length + g.new.length <= 2) continue;
    const score =
      g.old.length === 1
        ? containment(olds[g.old[0]!]!.tf, sumCounts(g.new.map((j) => news[j]!.tf)), space)
        : containment(news[g.new[0]!]!.tf, sumCounts(g.old.map((i) => olds[i]!.tf)), space);
    // Ties are broken by a key that names the same group whichever version is old (its two sides, sorted).
    ranked.push({ g, score: Math.round(score * 1e9), key: [g.old.join(','), g.new.join(',')].sort().join('|') });
  }
  ranked.sort(byScoreThenKey);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const { g } of ranked) {
    if (g.old.some((i) => usedOld.has(i)) || g.new.some((j) => usedNew.has(j))) continue;
    a.groups.push(g);
    for (const i of g.old) usedOld.add(i);
    for (const j of g.new) usedNew.add(j);
  }
  // A group replaces the 1:1 pair it grew from.
  for (const g of a.groups) {
    for (const i of g.old) a.pairs.delete(i);
  }
}

function byScoreThenKey(p: { score: number; key: string }, q: { score: number; key: string }): number {
  return q.score - p.score || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0);
}

/**
 * One direction of {@link findGroups}: splits (`split`: my side is the new
 * version, each group has one article of theirs) or merges (my side is the old one).
 */
interface GroupSearch {
  split: boolean;
  mine: readonly AlignItem[];
  theirs: readonly AlignItem[];
  /** Their article → my partner. */
  partnerOf: ReadonlyMap<number, number>;
  /** My article → their partner. */
  myPartner: ReadonlyMap<number, number>;
  /** My articles paired in order. */
  ordered: ReadonlySet<number>;
  space: FeatureSpace;
  /** Groups found so far (both directions). */
  groups: Group[];
  /** My articles already put in a group in this direction. */
  grouped: Set<number>;
}

/** The group whose single article on their side is `x`: its members on my side. */
function membersOf(q: GroupSearch, x: number): number[] | undefined {
  for (const g of q.groups) {
    if (q.split ? g.old.length === 1 && g.old[0] === x : g.new.length === 1 && g.new[0] === x) return q.split ? g.new : g.old;
  }
  return undefined;
}

/** For a member `z` of a group on my side, the single article on their side. */
function groupTarget(q: GroupSearch, z: number): number | undefined {
  for (const g of q.groups) {
    if (q.split ? g.old.length === 1 && g.new.includes(z) : g.new.length === 1 && g.old.includes(z)) return q.split ? g.old[0] : g.new[0];
  }
  return undefined;
}

function findSide(q: GroupSearch): void {
  const { mine, theirs, space } = q;
  const free: number[] = [];
  for (let y = 0; y < mine.length; y++) if (!q.myPartner.has(y) && !mine[y]!.placeholder) free.push(y);
  if (free.length === 0) return;
  // 1. Attach to a neighbour's partner: the candidates are the partners of articles at most 3 places away.
  for (const y of free) attachToNeighbour(q, y);
  // 2. A run of adjacent unpaired articles that together cover an unpaired one.
  const byTarget = new Map<number, number[]>();
  const freeTheirs: number[] = [];
  for (let x = 0; x < theirs.length; x++) if (!q.partnerOf.has(x) && !theirs[x]!.placeholder && !membersOf(q, x)) freeTheirs.push(x);
  const index = new VectorIndex(
    freeTheirs.map((x) => theirs[x]!.vec),
    space,
  );
  for (const y of free) {
    if (q.grouped.has(y)) continue;
    for (const c of index.query(mine[y]!.vec, 5, 0.1)) {
      const x = freeTheirs[c.target]!;
      if (containment(mine[y]!.tf, theirs[x]!.tf, space) < PART_THRESHOLD) continue;
      const list = byTarget.get(x) ?? [];
      list.push(y);
      byTarget.set(x, list);
      break;
    }
  }
  for (const [x, ys] of [...byTarget.entries()].sort(byFirst)) {
    ys.sort(ascending);
    const runYs = ys.filter((y, i) => (i > 0 && y - ys[i - 1]! === 1) || (i + 1 < ys.length && ys[i + 1]! - y === 1));
    if (runYs.length < 2) continue;
    if (containment(theirs[x]!.tf, sumCounts(runYs.map((y) => mine[y]!.tf)), space) < PART_THRESHOLD) continue;
    q.groups.push(q.split ? { old: [x], new: runYs } : { old: runYs, new: [x] });
    for (const y of runYs) q.grouped.add(y);
  }
}

/** Step 1 of {@link findSide} for my unpaired article `y`. */
function attachToNeighbour(q: GroupSearch, y: number): void {
  const { mine, theirs, space } = q;
  const seen = new Set<number>();
  for (let z = Math.max(0, y - 3); z <= Math.min(mine.length - 1, y + 3); z++) {
    const x = z === y ? undefined : q.myPartner.get(z) ?? groupTarget(q, z);
    if (x === undefined || seen.has(x)) continue;
    seen.add(x);
    const partner = q.partnerOf.get(x);
    if (partner === undefined || theirs[x]!.placeholder) continue;
    const members = membersOf(q, x) ?? [partner];
    let lo = y;
    let hi = y;
    for (const m of members) {
      if (m < lo) lo = m;
      if (m > hi) hi = m;
    }
    if (hi - lo > members.length + 2) continue;
    let between = true;
    for (let w = lo + 1; w < hi; w++) if (!members.includes(w) && ((q.myPartner.has(w) && q.ordered.has(w)) || q.grouped.has(w))) between = false;
    if (!between) continue;
    if (containment(mine[y]!.tf, theirs[x]!.tf, space) < PART_THRESHOLD) continue;
    const before = containment(theirs[x]!.tf, sumCounts(members.map((m) => mine[m]!.tf)), space);
    const after = containment(theirs[x]!.tf, sumCounts([...members, y].map((m) => mine[m]!.tf)), space);
    if (after - before < COVERAGE_GAIN) continue;
    let list = membersOf(q, x);
    if (!list) {
      const g: Group = q.split ? { old: [x], new: [partner] } : { old: [partner], new: [x] };
      q.groups.push(g);
      list = q.split ? g.new : g.old;
    }
    list.push(y);
    list.sort(ascending);
    q.grouped.add(y);
    return;
  }
}

/**
 * Repealed placeholders left over are paired by number with an unpaired
 * article: `§ 23 Sitz` → `§ 23 (weggefallen)` is that article repealed, and
 * a placeholder whose number is used again holds the new text.
 */
function pairPlaceholders(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment): void {
  const pairedNew = new Set([...a.pairs.values(), ...a.groups.flatMap((g) => g.new)]);
  const groupedOld = new Set(a.groups.flatMap((g) => g.old));
  const freeNew = new Map<string, number>();
  for (let j = 0; j < news.length; j++) if (!pairedNew.has(j)) freeNew.set(news[j]!.num, j);
  for (let i = 0; i < olds.length; i++) {
    const o = olds[i]!;
    if (a.pairs.has(i) || groupedOld.has(i)) continue;
    const j = freeNew.get(o.num);
    if (j === undefined || !(o.placeholder || news[j]!.placeholder)) continue;
    a.pairs.set(i, j);
    a.pass.set(i, 'gap');
    a.similarity.set(i, 0);
    freeNew.delete(o.num);
  }
}

/**
 * Rewrites in place: an article that keeps its place — between the same two
 * anchors (pairs in every in-order subsequence) — and its number, or is the
 * only article left on either side of that place, is that article rewritten
 * unless its text is unrelated. Short articles lose most of their similarity
 * to a few changed words, and the gap pass weighs terms only over the unpaired
 * articles (where a term shared by the two is common by construction), so
 * such rewrites fall through it. Here relatedness is a cosine with term
 * weights from a sample of the whole law; the thresholds are set on the
 * corpus (docs/decisions/001: unrelated replacements score ≤ 0.02, rewrites
 * ≥ 0.09). Placeholders are left to {@link pairPlaceholders}.
 */
function pairRewrites(olds: readonly AlignItem[], news: readonly AlignItem[], cjk: boolean, a: Alignment): void {
  const freeOld = freeFlags(olds, a.pairs.keys(), a.groups, 'old');
  const freeNew = freeFlags(news, a.pairs.values(), a.groups, 'new');
  if (freeOld.count === 0 || freeNew.count === 0) return;
  const anchors = everyOrderAnchors(a.pairs);
  const candidates: RewriteCandidate[] = [];
  const slotOld: number[] = [];
  const slotNew: number[] = [];
  // Only the places with a free old article: from each one, the next anchor.
  const count = anchors.old.length;
  let g = 0;
  for (let first = freeOld.flags.indexOf(1); first >= 0 && first < olds.length; ) {
    while (g < count && anchors.old[g]! < first) g++;
    const na = g > 0 ? anchors.new[g - 1]! : -1;
    const ob = g < count ? anchors.old[g]! : olds.length;
    const nb = g < count ? anchors.new[g]! : news.length;
    slotOld.length = 0;
    slotNew.length = 0;
    for (let i = first; i < ob; i++) if (freeOld.flags[i]) slotOld.push(i);
    first = freeOld.flags.indexOf(1, ob);
    for (let j = na + 1; j < nb; j++) if (freeNew.flags[j]) slotNew.push(j);
    if (slotNew.length === 0) continue;
    if (slotOld.length === 1 && slotNew.length === 1) {
      const i = slotOld[0]!;
      const j = slotNew[0]!;
      candidates.push({ i, j, floor: olds[i]!.num === news[j]!.num && olds[i]!.num !== '' ? REWRITE_SAME_NUMBER : REWRITE_ONLY_CANDIDATE });
      continue;
    }
    // Several left in the place: only an article whose number is on one free article of each side.
    const newByNum = byNumber(slotNew, news);
    for (const [num, i] of byNumber(slotOld, olds)) {
      const j = newByNum.get(num);
      if (i >= 0 && j !== undefined && j >= 0) candidates.push({ i, j, floor: REWRITE_SAME_NUMBER });
    }
  }
  if (candidates.length === 0) return;
  // Term weights from the law itself: an even sample of both versions, and the candidates. Only the candidates'
  // features need their document frequencies: the sample is counted for those alone.
  const space = new FeatureSpace();
  const tf = new Array<SparseVector>(2 * candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    tf[2 * k] = inSpace(countsOf(olds[candidates[k]!.i]!, cjk), space);
    tf[2 * k + 1] = inSpace(countsOf(news[candidates[k]!.j]!, cjk), space);
  }
  sampleKnown(olds, space, cjk);
  sampleKnown(news, space, cjk);
  for (let k = 0; k < candidates.length; k++) {
    const { i, j, floor } = candidates[k]!;
    const score = cosine(space.vector(tf[2 * k]!), space.vector(tf[2 * k + 1]!));
    if (score < floor) continue;
    a.pairs.set(i, j);
    a.pass.set(i, 'rewrite');
    // The similarity reported is the pairing's own (the gap pass's measure), so flags and filters read as for any reworded pair.
    a.similarity.set(i, cosine(olds[i]!.vec, news[j]!.vec));
  }
}

/** An old and a new article that may be one article rewritten in place, and the likeness that says they are. */
interface RewriteCandidate {
  i: number;
  j: number;
  floor: number;
}

/** Which articles of a side are left for {@link pairRewrites}: not paired, not in a group, not placeholders. */
function freeFlags(items: readonly AlignItem[], paired: Iterable<number>, groups: readonly Group[], side: 'old' | 'new'): { flags: Uint8Array; count: number } {
  const flags = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) if (!items[k]!.placeholder) flags[k] = 1;
  for (const k of paired) flags[k] = 0;
  for (const g of groups) for (const k of side === 'old' ? g.old : g.new) flags[k] = 0;
  let count = 0;
  for (let k = 0; k < items.length; k++) count += flags[k]!;
  return { flags, count };
}

/** Number → the one article of `list` with it, or -1 when several have it. */
function byNumber(list: readonly number[], items: readonly AlignItem[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of list) {
    const num = items[k]!.num;
    if (num) m.set(num, m.has(num) ? -1 : k);
  }
  return m;
}

/** An article's term counts: the aligner's (computed for every article the identical passes left unpaired), or computed here. */
function countsOf(x: AlignItem, cjk: boolean): SparseVector {
  return x.tf !== NO_FEATURES ? x.tf : termCounts(shingles(textOf(x), cjk));
}

/** Term counts counted as a document of `space`, with their slots in it. */
function inSpace(tf: SparseVector, space: FeatureSpace): SparseVector {
  return { ids: tf.ids, slots: space.add(tf.ids).slots, values: tf.values };
}

/** Counts an even sample of {@link REWRITE_SAMPLE}/2 articles of a side as documents of `space`, for the features already in it. */
function sampleKnown(items: readonly AlignItem[], space: FeatureSpace, cjk: boolean): void {
  const step = Math.max(1, Math.ceil(items.length / (REWRITE_SAMPLE / 2)));
  for (let k = 0; k < items.length; k += step) {
    const x = items[k]!;
    if (x.tf !== NO_FEATURES) {
      space.addKnown(x.tf.ids);
      continue;
    }
    // Line by line: the shingles of the text joined by line breaks are those of its lines (a line break ends words and CJK runs).
    space.beginKnown();
    for (const part of x.parts) space.addKnownPart(shingles(part, cjk));
  }
}

/**
 * Aligns two article lists. Shingles are computed once the identical
 * articles are paired, only for the articles still unpaired: on a large law
 * with few changes that is most of the time saved.
 */
export function align(olds: readonly AlignItem[], news: readonly AlignItem[], cjk: boolean): Alignment {
  const a: Alignment = { pairs: new Map(), pass: new Map(), groups: [], similarity: new Map(), space: new FeatureSpace() };
  pairByKey(olds, news, exactKey, a, 'identical');
  pairByKey(olds, news, normalizedText, a, 'identical');
  pairByKey(olds, news, maskedText, a, 'references');
  const pairedNew = new Set(a.pairs.values());
  const unpaired: AlignItem[] = [];
  for (let i = 0; i < olds.length; i++) if (!a.pairs.has(i)) unpaired.push(olds[i]!);
  for (let j = 0; j < news.length; j++) if (!pairedNew.has(j)) unpaired.push(news[j]!);
  for (const item of unpaired) item.tf = a.space.add(shingles(textOf(item), cjk));
  for (const item of unpaired) item.vec = a.space.vector(item.tf);
  pairGaps(olds, news, a);
  pairMoves(olds, news, a);
  findGroups(olds, news, a);
  pairPlaceholders(olds, news, a);
  pairRewrites(olds, news, cjk, a);
  return a;
}
