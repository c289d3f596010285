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
import { containment, cosine, sumCounts, VectorIndex, type FeatureSpace, type SparseVector } from './similarity.js';

/** What the aligner needs of an article. */
export interface AlignItem {
  /** Full text (heading and body) as imported. */
  text: string;
  /** The same with white space normalized (computed only for articles the first pass leaves unpaired). */
  normalized: () => string;
  /** The same with same-law reference numbers masked (computed only for articles the first pass leaves unpaired). */
  masked: () => string;
  /** A repealed placeholder: paired only by number. */
  placeholder: boolean;
  num: string;
  /** Term counts of its shingles (empty for articles paired as identical). */
  tf: SparseVector;
  /** Normalized TF-IDF vector (empty for articles paired as identical). */
  vec: SparseVector;
}

/** Similarity at or above which two articles in the same gap between anchors are paired. */
export const GAP_THRESHOLD = 0.35;
/** Similarity at or above which two articles are paired out of order (a move). */
export const MOVE_THRESHOLD = 0.55;
/** Share of an article that must come from another for it to be part of a split or merge. */
export const PART_THRESHOLD = 0.5;
/** How much more of the whole a split/merge part must cover to join its neighbour. */
export const COVERAGE_GAIN = 0.1;
/** Largest gap (old × new articles) solved by the exact DP; larger gaps use candidate lists. */
const GAP_DP_CELLS = 250_000;

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
  pass: Map<number, 'identical' | 'references' | 'gap' | 'move'>;
  groups: Group[];
  similarity: Map<number, number>;
}

/** Longest increasing subsequence of pairs sorted by old index, by new index; returns the old indices in it. */
export function inOrder(pairs: ReadonlyMap<number, number>): Set<number> {
  const sorted = [...pairs.entries()].sort((a, b) => a[0] - b[0]);
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Array<number>(sorted.length).fill(-1);
  sorted.forEach(([, n], i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = n;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const keep = new Set<number>();
  let i = tailIdx[tails.length - 1] ?? -1;
  while (i >= 0) {
    keep.add(sorted[i]![0]);
    i = prev[i]!;
  }
  return keep;
}

/** For each value, the length of the longest strictly increasing subsequence ending at it. */
function lisEnding(values: readonly number[]): number[] {
  const tails: number[] = [];
  return values.map((v) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    return lo + 1;
  });
}

/**
 * The pairs that belong to every longest in-order subsequence (old indices):
 * unlike {@link inOrder}'s one choice among equally long ones, this set is
 * the same whichever version is called old, so anchors chosen from it make
 * the pairing symmetric. A pair in some but not all of them (a swap of two
 * articles: either could be the one that moved) is not an anchor.
 */
export function inEveryOrder(pairs: ReadonlyMap<number, number>): Set<number> {
  const sorted = [...pairs.entries()].sort((a, b) => a[0] - b[0]);
  const ending = lisEnding(sorted.map(([, n]) => n));
  const starting = lisEnding(sorted.map(([, n]) => -n).reverse()).reverse();
  const length = Math.max(0, ...ending);
  const atRank = new Map<number, number[]>();
  sorted.forEach(([o], i) => {
    if (ending[i]! + starting[i]! - 1 !== length) return;
    const list = atRank.get(ending[i]!) ?? [];
    list.push(o);
    atRank.set(ending[i]!, list);
  });
  const keep = new Set<number>();
  for (const list of atRank.values()) if (list.length === 1) keep.add(list[0]!);
  return keep;
}

function pairByKey(olds: readonly AlignItem[], news: readonly AlignItem[], key: (a: AlignItem) => string, a: Alignment, pass: 'identical' | 'references'): void {
  const byKey = new Map<string, number[]>();
  olds.forEach((o, i) => {
    if (a.pairs.has(i)) return;
    const k = key(o);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const taken = new Set(a.pairs.values());
  news.forEach((n, j) => {
    if (taken.has(j)) return;
    const list = byKey.get(key(n));
    if (!list || list.length === 0) return;
    let at = 0;
    if (n.placeholder) {
      at = list.findIndex((i) => olds[i]!.num === n.num);
      if (at < 0) return;
    }
    const i = list.splice(at, 1)[0]!;
    a.pairs.set(i, j);
    a.pass.set(i, pass);
    a.similarity.set(i, 1);
    taken.add(j);
  });
}

/**
 * Pairs unpaired articles inside each gap between in-order anchors,
 * maximizing total similarity in order. The anchors are the pairs in every
 * longest in-order subsequence ({@link inEveryOrder}), so the gaps — and the
 * result — do not depend on which version is called old.
 */
function pairGaps(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment, space: FeatureSpace): void {
  const anchors = [...inEveryOrder(a.pairs)].sort((x, y) => x - y).map((o) => [o, a.pairs.get(o)!] as const);
  const pairedNew = new Set(a.pairs.values());
  const bounds = [[-1, -1] as const, ...anchors, [olds.length, news.length] as const];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const [oa, na] = bounds[g]!;
    const [ob, nb] = bounds[g + 1]!;
    const gapOld: number[] = [];
    const gapNew: number[] = [];
    for (let i = oa + 1; i < ob; i++) if (!a.pairs.has(i) && !olds[i]!.placeholder) gapOld.push(i);
    for (let j = na + 1; j < nb; j++) if (!pairedNew.has(j) && !news[j]!.placeholder) gapNew.push(j);
    if (gapOld.length === 0 || gapNew.length === 0) continue;
    let sim: (x: number, y: number) => number;
    if (gapOld.length * gapNew.length <= GAP_DP_CELLS) {
      sim = (x, y) => cosine(olds[gapOld[x]!]!.vec, news[gapNew[y]!]!.vec);
    } else {
      // A huge gap (a rewrite of most of the law): only the nearest candidates can score.
      const index = new VectorIndex(gapOld.map((i) => olds[i]!.vec), space);
      const cand = gapNew.map((j) => index.query(news[j]!.vec, 5, GAP_THRESHOLD));
      const table = new Map<number, number>();
      cand.forEach((list, y) => list.forEach((c) => table.set(c.target * gapNew.length + y, c.score)));
      sim = (x, y) => table.get(x * gapNew.length + y) ?? 0;
      if (gapOld.length * gapNew.length > 25_000_000) {
        // Too large even for the table-driven DP: greedy by score in order of the candidates.
        greedy(cand.flatMap((list, y) => list.map((c) => ({ i: gapOld[c.target]!, j: gapNew[y]!, score: c.score }))), a, pairedNew, 'gap');
        continue;
      }
    }
    const m = gapOld.length;
    const n = gapNew.length;
    const s: Float64Array[] = Array.from({ length: m }, (_, x) => {
      const row = new Float64Array(n);
      for (let y = 0; y < n; y++) row[y] = sim(x, y);
      return row;
    });
    const best: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
    for (let x = m - 1; x >= 0; x--) {
      for (let y = n - 1; y >= 0; y--) {
        const v = s[x]![y]!;
        const take = v >= GAP_THRESHOLD ? v + best[x + 1]![y + 1]! : -1;
        best[x]![y] = Math.max(take, best[x + 1]![y]!, best[x]![y + 1]!);
      }
    }
    let x = 0;
    let y = 0;
    while (x < m && y < n) {
      const v = s[x]![y]!;
      if (v >= GAP_THRESHOLD && best[x]![y] === v + best[x + 1]![y + 1]!) {
        a.pairs.set(gapOld[x]!, gapNew[y]!);
        a.pass.set(gapOld[x]!, 'gap');
        a.similarity.set(gapOld[x]!, v);
        pairedNew.add(gapNew[y]!);
        x++;
        y++;
      } else if (best[x]![y] === best[x + 1]![y]) x++;
      else y++;
    }
  }
}

function greedy(cands: { i: number; j: number; score: number }[], a: Alignment, pairedNew: Set<number>, pass: 'gap' | 'move'): void {
  cands.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const c of cands) {
    if (a.pairs.has(c.i) || pairedNew.has(c.j)) continue;
    a.pairs.set(c.i, c.j);
    a.pass.set(c.i, pass);
    a.similarity.set(c.i, c.score);
    pairedNew.add(c.j);
  }
}

/** Pairs what is left out of order when it is similar enough: moved (and possibly reworded) articles. */
function pairMoves(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment, space: FeatureSpace): void {
  const pairedNew = new Set(a.pairs.values());
  const freeOld = olds.map((_, i) => i).filter((i) => !a.pairs.has(i) && !olds[i]!.placeholder);
  const freeNew = news.map((_, j) => j).filter((j) => !pairedNew.has(j) && !news[j]!.placeholder);
  if (freeOld.length === 0 || freeNew.length === 0) return;
  const index = new VectorIndex(freeOld.map((i) => olds[i]!.vec), space);
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
function findGroups(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment, space: FeatureSpace): void {
  const newToOld = new Map<number, number>();
  for (const [i, j] of a.pairs) newToOld.set(j, i);
  // Articles paired out of order (moved away) do not separate two parts of a split or merge.
  const orderedOld = inEveryOrder(a.pairs);
  const orderedNew = new Set([...orderedOld].map((i) => a.pairs.get(i)!));

  const run = (side: 'split' | 'merge', groups: Group[]): void => {
    const ordered = side === 'split' ? orderedNew : orderedOld;
    const [mine, theirs] = side === 'split' ? [news, olds] : [olds, news];
    const partnerOf = (x: number): number | undefined => (side === 'split' ? a.pairs.get(x) : newToOld.get(x));
    const myPartner = (y: number): number | undefined => (side === 'split' ? newToOld.get(y) : a.pairs.get(y));
    const grouped = new Set<number>();
    const groupOf = (x: number): number[] | undefined => {
      const g = groups.find((gr) => (side === 'split' ? gr.old.length === 1 && gr.old[0] === x : gr.new.length === 1 && gr.new[0] === x));
      return g ? (side === 'split' ? g.new : g.old) : undefined;
    };
    /** For a member of a group on my side, the single article on their side. */
    const groupTarget = (z: number): number | undefined => {
      const g = groups.find((gr) => (side === 'split' ? gr.new.includes(z) && gr.old.length === 1 : gr.old.includes(z) && gr.new.length === 1));
      return g ? (side === 'split' ? g.old[0] : g.new[0]) : undefined;
    };
    const free = mine.map((_, y) => y).filter((y) => myPartner(y) === undefined && !mine[y]!.placeholder);
    if (free.length === 0) return;
    // 1. Attach to a neighbour's partner: the candidates are the partners of articles at most 3 places away.
    for (const y of free) {
      const seen = new Set<number>();
      for (let z = Math.max(0, y - 3); z <= Math.min(mine.length - 1, y + 3); z++) {
        const x = z === y ? undefined : myPartner(z) ?? groupTarget(z);
        if (x === undefined || seen.has(x)) continue;
        seen.add(x);
        const partner = partnerOf(x);
        if (partner === undefined || theirs[x]!.placeholder) continue;
        const members = groupOf(x) ?? [partner];
        const lo = Math.min(...members, y);
        const hi = Math.max(...members, y);
        if (hi - lo > members.length + 2) continue;
        let between = true;
        for (let w = lo + 1; w < hi; w++) if (!members.includes(w) && ((myPartner(w) !== undefined && ordered.has(w)) || grouped.has(w))) between = false;
        if (!between) continue;
        if (containment(mine[y]!.tf, theirs[x]!.tf, space) < PART_THRESHOLD) continue;
        const before = containment(theirs[x]!.tf, sumCounts(members.map((m) => mine[m]!.tf)), space);
        const after = containment(theirs[x]!.tf, sumCounts([...members, y].map((m) => mine[m]!.tf)), space);
        if (after - before < COVERAGE_GAIN) continue;
        let list = groupOf(x);
        if (!list) {
          const g: Group = side === 'split' ? { old: [x], new: [partner] } : { old: [partner], new: [x] };
          groups.push(g);
          list = side === 'split' ? g.new : g.old;
        }
        list.push(y);
        list.sort((p, q) => p - q);
        grouped.add(y);
        break;
      }
    }
    // 2. A run of adjacent unpaired articles that together cover an unpaired one.
    const byTarget = new Map<number, number[]>();
    const freeTheirs = theirs.map((_, x) => x).filter((x) => partnerOf(x) === undefined && !theirs[x]!.placeholder && !groupOf(x));
    const index = new VectorIndex(freeTheirs.map((x) => theirs[x]!.vec), space);
    for (const y of free) {
      if (grouped.has(y)) continue;
      for (const c of index.query(mine[y]!.vec, 5, 0.1)) {
        const x = freeTheirs[c.target]!;
        if (containment(mine[y]!.tf, theirs[x]!.tf, space) < PART_THRESHOLD) continue;
        const list = byTarget.get(x) ?? [];
        list.push(y);
        byTarget.set(x, list);
        break;
      }
    }
    for (const [x, ys] of [...byTarget.entries()].sort((p, q) => p[0] - q[0])) {
      ys.sort((p, q) => p - q);
      const runYs = ys.filter((y, i) => (i > 0 && y - ys[i - 1]! === 1) || (i + 1 < ys.length && ys[i + 1]! - y === 1));
      if (runYs.length < 2) continue;
      if (containment(theirs[x]!.tf, sumCounts(runYs.map((y) => mine[y]!.tf)), space) < PART_THRESHOLD) continue;
      groups.push(side === 'split' ? { old: [x], new: runYs } : { old: runYs, new: [x] });
      for (const y of runYs) grouped.add(y);
    }
  };
  // Splits and merges are found independently, on the same pairs, and kept best first where they
  // overlap (one old article split while part of it merged with the next): the result does not depend
  // on which of the two is looked for first — nor on which version is called old.
  const found: Group[] = [];
  run('split', found);
  run('merge', found);
  const score = (g: Group): number =>
    g.old.length === 1
      ? containment(olds[g.old[0]!]!.tf, sumCounts(g.new.map((j) => news[j]!.tf)), space)
      : containment(news[g.new[0]!]!.tf, sumCounts(g.old.map((i) => olds[i]!.tf)), space);
  const ranked = found
    .filter((g) => g.old.length + g.new.length > 2)
    // Ties are broken by a key that names the same group whichever version is old (its two sides, sorted).
    .map((g) => ({ g, score: Math.round(score(g) * 1e9), key: [g.old.join(','), g.new.join(',')].sort().join('|') }))
    .sort((p, q) => q.score - p.score || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
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

/**
 * Repealed placeholders left over are paired by number with an unpaired
 * article: `§ 23 Sitz` → `§ 23 (weggefallen)` is that article repealed, and
 * a placeholder whose number is used again holds the new text.
 */
function pairPlaceholders(olds: readonly AlignItem[], news: readonly AlignItem[], a: Alignment): void {
  const pairedNew = new Set([...a.pairs.values(), ...a.groups.flatMap((g) => g.new)]);
  const groupedOld = new Set(a.groups.flatMap((g) => g.old));
  const freeNew = new Map<string, number>();
  news.forEach((n, j) => {
    if (!pairedNew.has(j)) freeNew.set(n.num, j);
  });
  olds.forEach((o, i) => {
    if (a.pairs.has(i) || groupedOld.has(i)) return;
    const j = freeNew.get(o.num);
    if (j === undefined || !(o.placeholder || news[j]!.placeholder)) return;
    a.pairs.set(i, j);
    a.pass.set(i, 'gap');
    a.similarity.set(i, 0);
    freeNew.delete(o.num);
  });
}

/** Aligns two article lists. */
/**
 * Aligns two article lists. `featurize` is called once the identical
 * articles are paired, with the articles still unpaired: it fills their
 * `tf` and `vec` (only those need shingles, which is most of the cost on a
 * large law with few changes) and returns the feature space.
 */
export function align(olds: readonly AlignItem[], news: readonly AlignItem[], featurize: (olds: AlignItem[], news: AlignItem[]) => FeatureSpace): Alignment {
  const a: Alignment = { pairs: new Map(), pass: new Map(), groups: [], similarity: new Map() };
  pairByKey(olds, news, (x) => x.text, a, 'identical');
  pairByKey(olds, news, (x) => x.normalized(), a, 'identical');
  pairByKey(olds, news, (x) => x.masked(), a, 'references');
  const pairedNew = new Set(a.pairs.values());
  const space = featurize(
    olds.filter((_, i) => !a.pairs.has(i)),
    news.filter((_, j) => !pairedNew.has(j)),
  );
  pairGaps(olds, news, a, space);
  pairMoves(olds, news, a, space);
  findGroups(olds, news, a, space);
  pairPlaceholders(olds, news, a);
  return a;
}
