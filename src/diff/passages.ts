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
import { FeatureSpace, shingles } from './similarity.js';
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
  const items = (list: readonly Item[]): void => {
    for (const i of list) {
      out.push(i.text);
      items(i.items);
    }
  };
  for (const p of article.paragraphs) {
    if (p.num || p.text) out.push(p.text);
    items(p.items);
  }
  return out;
}

/** A line deleted or inserted, with where it is and what it is made of. */
interface FreeLine {
  /** Index of the change it belongs to (a passage never moves inside its own change). */
  change: number;
  article: ArticleRef;
  line: number;
  body: string;
  /** The body with white space removed: identical passages compare equal. */
  key: string;
  /** Sorted features. */
  features: Uint32Array;
}

/** Walks a change's diff lines, calling `visit` with each deleted (old side) or inserted (new side) line's article and index in it. */
function freeInDiff(lines: readonly LineDiff[], side: 'old' | 'new', articles: readonly PassageArticle[], count: (a: PassageArticle) => number, visit: (a: PassageArticle, line: number) => void): void {
  // A group's diff runs over its articles' lines one after another.
  const at: [PassageArticle, number][] = [];
  for (const a of articles) for (let k = 0, n = count(a); k < n; k++) at.push([a, k]);
  const mine = side === 'old' ? 'deleted' : 'inserted';
  const other = side === 'old' ? 'inserted' : 'deleted';
  let x = 0;
  for (const l of lines) {
    if (l.kind === other) continue;
    const place = at[x++];
    if (l.kind === mine && place) visit(place[0], place[1]);
  }
}

function freeLine(change: number, a: PassageArticle, line: number, bodies: readonly string[], cjk: boolean): FreeLine | undefined {
  const body = bodies[line] ?? '';
  // A copy of the scanner's shared buffer (the constructor copies a typed array directly; `from` would iterate).
  const features = new Uint32Array(shingles(body, cjk)).sort();
  if (features.length < (cjk ? MIN_FEATURES.cjk : MIN_FEATURES.other)) return undefined;
  return { change, article: a.ref, line, body, key: body.replace(/\s+/gu, ''), features };
}

/**
 * Dice coefficient of two sorted feature lists, each feature weighted by its
 * rarity among the free lines (`wa`, `wb`: the weight of each occurrence;
 * `total`: the sum of both): the formulas every article of a law repeats
 * (`国家安全机关…负责人批准`, "nach Maßgabe des") count for little.
 */
function dice(a: Uint32Array, wa: Float64Array, b: Uint32Array, wb: Float64Array, total: number): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared += wa[i]! + wb[j]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return total > 0 ? shared / total : 0;
}

/**
 * The passages that moved between articles. `olds[k]`/`news[k]` are the
 * articles of each version by index (as in the changes' refs).
 */
export function findMoves(changes: readonly Change[], olds: readonly PassageArticle[], news: readonly PassageArticle[], tokenizer: Tokenizer, cjk: boolean): PassageMove[] {
  const bodies = new Map<PassageArticle, string[]>();
  const bodiesOf = (a: PassageArticle): string[] => {
    let b = bodies.get(a);
    if (!b) bodies.set(a, (b = lineBodies(a.article)));
    return b;
  };
  const gone: FreeLine[] = [];
  const come: FreeLine[] = [];
  changes.forEach((c, k) => {
    if (c.kind !== 'deleted' && c.kind !== 'inserted' && !c.diff) return;
    const o = c.old.map((r) => olds[r.index]!);
    const n = c.new.map((r) => news[r.index]!);
    const add = (list: FreeLine[]) => (a: PassageArticle, line: number): void => {
      const f = freeLine(k, a, line, bodiesOf(a), cjk);
      if (f) list.push(f);
    };
    if (c.kind === 'deleted') bodiesOf(o[0]!).forEach((_, line) => add(gone)(o[0]!, line));
    else if (c.kind === 'inserted') bodiesOf(n[0]!).forEach((_, line) => add(come)(n[0]!, line));
    else if (c.diff) {
      // Most reworded articles change words inside their lines: nothing left or arrived whole.
      let left = false;
      let arrived = false;
      for (const l of c.diff.lines) {
        if (l.kind === 'deleted') left = true;
        else if (l.kind === 'inserted') arrived = true;
      }
      const count = (a: PassageArticle): number => bodiesOf(a).length;
      if (left) freeInDiff(c.diff.lines, 'old', o, count, add(gone));
      if (arrived) freeInDiff(c.diff.lines, 'new', n, count, add(come));
    }
  });
  if (gone.length === 0 || come.length === 0) return [];

  const found: { g: number; c: number; score: number }[] = [];
  // Identical passages first: the k-th of a text deleted goes with the k-th of it inserted elsewhere.
  const byKey = new Map<string, number[]>();
  come.forEach((f, c) => {
    const list = byKey.get(f.key);
    if (list) list.push(c);
    else byKey.set(f.key, [c]);
  });
  const takenGone = new Set<number>();
  const takenCome = new Set<number>();
  gone.forEach((f, g) => {
    const list = byKey.get(f.key);
    const c = list?.find((x) => !takenCome.has(x) && come[x]!.change !== f.change);
    if (c === undefined) return;
    takenGone.add(g);
    takenCome.add(c);
    found.push({ g, c, score: 1 });
  });

  // Edited passages: candidates through the features they share (the rarer ones), then the best likeness first.
  // Every feature gets a dense slot in a feature space (which also counts, per slot, the lines
  // that have it): weights and posting lists are then typed arrays by slot, with no map or array per feature.
  const space = new FeatureSpace();
  const slotsOf = (f: FreeLine): Int32Array => {
    const tf = space.add(f.features);
    // The slot of each occurrence: `features` is sorted with repeats, `tf.ids` sorted without.
    const out = new Int32Array(f.features.length);
    for (let k = 0, j = 0; k < out.length; k++) {
      while (tf.ids[j] !== f.features[k]) j++;
      out[k] = tf.slots[j]!;
    }
    return out;
  };
  const goneSlots = gone.map(slotsOf);
  const comeSlots = come.map(slotsOf);
  const slots = space.size;
  const lines = gone.length + come.length;
  const weightOf = new Float64Array(slots);
  for (let x = 0; x < weightOf.length; x++) weightOf[x] = Math.log(1 + lines / space.documentFrequency(x));
  const weights = (ss: Int32Array): { w: Float64Array; total: number } => {
    const w = new Float64Array(ss.length);
    let total = 0;
    for (let k = 0; k < w.length; k++) total += w[k] = weightOf[ss[k]!]!;
    return { w, total };
  };
  // Posting lists of the inserted lines still free, by slot (counting sort into one array).
  const start = new Int32Array(slots + 1);
  come.forEach((_, c) => {
    if (takenCome.has(c)) return;
    const ss = comeSlots[c]!;
    for (let k = 0; k < ss.length; k++) if (k === 0 || ss[k] !== ss[k - 1]) start[ss[k]! + 1]!++;
  });
  for (let x = 0; x < slots; x++) start[x + 1]! += start[x]!;
  const posting = new Int32Array(start[slots]!);
  const fill = start.slice(0, slots);
  come.forEach((_, c) => {
    if (takenCome.has(c)) return;
    const ss = comeSlots[c]!;
    for (let k = 0; k < ss.length; k++) if (k === 0 || ss[k] !== ss[k - 1]) posting[fill[ss[k]!]!++] = c;
  });
  const comeWeights = new Array<{ w: Float64Array; total: number } | undefined>(come.length);
  const cands: { g: number; c: number; score: number }[] = [];
  // Per candidate: the weight of the distinct features it shares with the line at hand through the postings (a stamp says for which line).
  const acc = new Float64Array(come.length);
  const stamp = new Int32Array(come.length).fill(-1);
  const touched: number[] = [];
  gone.forEach((f, g) => {
    if (takenGone.has(g)) return;
    const ss = goneSlots[g]!;
    const { w, total } = weights(ss);
    // What the postings cannot see but an exact count might share: common features, and repeated occurrences.
    let slack = 0;
    touched.length = 0;
    for (let k = 0; k < ss.length; k++) {
      const x = ss[k]!;
      if (k > 0 && ss[k - 1] === x) {
        slack += w[k]!;
        continue;
      }
      const from = start[x]!;
      const to = start[x + 1]!;
      if (to - from > COMMON_FEATURE) {
        slack += w[k]!;
        continue;
      }
      for (let p = from; p < to; p++) {
        const c = posting[p]!;
        if (stamp[c] !== g) {
          stamp[c] = g;
          acc[c] = 0;
          touched.push(c);
        }
        acc[c] = acc[c]! + w[k]!;
      }
    }
    for (const c of touched) {
      const to = come[c]!;
      if (to.change === f.change) continue;
      const [short, long] = f.body.length < to.body.length ? [f.body.length, to.body.length] : [to.body.length, f.body.length];
      if (short < LENGTH_RATIO * long) continue;
      const few = Math.min(f.features.length, to.features.length) < (cjk ? SHORT_FEATURES.cjk : SHORT_FEATURES.other);
      const needed = few ? SHORT_THRESHOLD : PASSAGE_THRESHOLD;
      const cw = (comeWeights[c] ??= weights(comeSlots[c]!));
      const both = total + cw.total;
      // A shared feature counts its weight on both sides (the same weight: it is a function of the feature), so twice what can be shared bounds the score: skip what cannot reach the threshold.
      if ((2 * (acc[c]! + slack)) / both < needed) continue;
      const score = dice(f.features, w, to.features, cw.w, both);
      if (score >= needed) cands.push({ g, c, score });
    }
  });
  // Best first; ties by position in the old version, then the new (the same order from either side).
  cands.sort((p, q) => q.score - p.score || gone[p.g]!.article.index - gone[q.g]!.article.index || gone[p.g]!.line - gone[q.g]!.line || come[p.c]!.article.index - come[q.c]!.article.index || come[p.c]!.line - come[q.c]!.line);
  for (const x of cands) {
    if (takenGone.has(x.g) || takenCome.has(x.c)) continue;
    takenGone.add(x.g);
    takenCome.add(x.c);
    found.push(x);
  }

  const moves = found.map(({ g, c, score }): PassageMove => {
    const from = gone[g]!;
    const to = come[c]!;
    const identical = from.key === to.key;
    return {
      from: { article: from.article, line: from.line },
      to: { article: to.article, line: to.line },
      similarity: identical ? 1 : Math.round(score * 1000) / 1000,
      ops: identical ? undefined : diffText(from.body, to.body, tokenizer).ops,
    };
  });
  moves.sort((p, q) => p.to.article.index - q.to.article.index || p.to.line - q.to.line);
  return moves;
}
