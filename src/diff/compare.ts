/**
 * `compareVersions(old, new)`: pairs the articles of two versions by content
 * (align.ts), aligns their divisions, diffs the text inside each changed
 * pair at word level (textdiff.ts), and counts. Pure and deterministic: the
 * same input gives the same output on any machine, in Node, a Worker or a page.
 */
import { listArticles, pushParagraphLines, type LocatedArticle } from '../model/doc.js';
import type { VersionDoc } from '../model/types.js';
import { align, inOrder, LineKeys, maskedText, normalize, normalizedText, NO_FEATURES, type AlignItem } from './align.js';
import { classifyChange } from './classify.js';
import { alignDivisions, divisionRefs } from './divisions.js';
import { findReferences, type Reference } from './references.js';
import { findMoves, type PassageArticle } from './passages.js';
import { containment, cosine, sumCounts, type FeatureSpace } from './similarity.js';
import { countText, diffArticle } from './textdiff.js';
import { isCjkLanguage, isCjkText, Tokenizer, type Granularity } from './tokens.js';
import type { ArticleDiff, ArticleRef, BrokenReference, Change, ChangeFlags, Comparison, ComparisonStats, DivisionRef, TextCounts } from './types.js';

export interface CompareOptions {
  /** Reuse a tokenizer (and its cache) across comparisons of the same law; its granularity wins over `granularity`. */
  tokenizer?: Tokenizer;
  /** How finely CJK text is diffed: `word` (default) or `char` (see {@link Granularity}). */
  granularity?: Granularity;
  /** Compute word-level diffs of changed articles (default true); false gives pairing and flags only. */
  diffs?: boolean;
  /** Called with a fraction 0..1 as the work proceeds. */
  onProgress?: (fraction: number) => void;
}

/** An article prepared for comparison. */
interface Prepared {
  located: LocatedArticle;
  ref: ArticleRef;
  /** The body's lines (the parts after the heading), once asked for: {@link linesOf}. */
  lines: string[] | undefined;
  item: AlignItem;
}

/** A part of a split or merge with less of its text (weighted features) from the single article than this is "new text" (split) or "mostly dropped" (merge). */
const PART_SHARE = 0.5;

const PLACEHOLDER = /^[（(]?\s*(删除|刪除|weggefallen|aufgehoben|repealed|deleted|omitted|reserved)\s*[）)]?[.。]?$/iu;

// Hot code is written as module-level functions rather than closures made per call: V8 keeps a
// closure's optimized code only while a closure of it is alive, so after a full GC between two
// comparisons (a worker idle between requests), per-call closures would start over unoptimized.

function prepare(doc: VersionDoc, divisionKeys: Map<object, DivisionRef>, cjk: boolean, keys: LineKeys): Prepared[] {
  const located = listArticles(doc);
  const out = new Array<Prepared>(located.length);
  for (let k = 0; k < located.length; k++) out[k] = prepareArticle(located[k]!, divisionKeys, cjk, keys);
  return out;
}

function prepareArticle(located: LocatedArticle, divisionKeys: Map<object, DivisionRef>, cjk: boolean, keys: LineKeys): Prepared {
  const { article } = located;
  // Heading first, then the lines.
  const parts = [article.heading];
  for (const p of article.paragraphs) pushParagraphLines(p, parts);
  let bodyLength = parts.length - 2;
  for (let k = 1; k < parts.length; k++) bodyLength += parts[k]!.length;
  const divisions = new Array<string>(located.divisions.length);
  for (let d = 0; d < divisions.length; d++) divisions[d] = divisionKeys.get(located.divisions[d]!)!.key;
  return {
    located,
    lines: undefined,
    ref: { num: article.num, label: article.label, index: located.index, divisions },
    item: {
      parts,
      key: keys.key(parts),
      text: undefined,
      cjk,
      normalized: undefined,
      masked: undefined,
      placeholder: article.repealed === true || (bodyLength < 40 && PLACEHOLDER.test(normalize(parts.slice(1).join('\n'), cjk))),
      num: article.num,
      tf: NO_FEATURES,
      vec: NO_FEATURES,
    },
  };
}

/** The flags of an inserted or deleted article. */
const UNPAIRED: Readonly<ChangeFlags> = { textChanged: true, renumbered: false, moved: false, divisionChanged: false, referencesOnly: false, similarity: 0 };

function itemOf(p: Prepared): AlignItem {
  return p.item;
}

/** The innermost division of an article, or ''. */
function innermost(r: ArticleRef): string {
  return r.divisions[r.divisions.length - 1] ?? '';
}

/** Does the article sit under another division than the one its old division became? */
function divisionChanged(map: ReadonlyMap<string, string>, o: ArticleRef, n: ArticleRef): boolean {
  const od = innermost(o);
  const nd = innermost(n);
  if (!od && !nd) return false;
  return (od ? map.get(od) ?? `deleted:${od}` : '') !== nd;
}

/** Records that old article `o` went (at least partly) to new article `n`. */
function follow(follows: Map<string, Set<string>>, o: Prepared, n: Prepared): void {
  const set = follows.get(o.ref.num);
  if (set) set.add(n.ref.num);
  else follows.set(o.ref.num, new Set([n.ref.num]));
}

function headingOf(p: Prepared): string {
  return p.item.parts[0]!;
}

function linesOf(p: Prepared): string[] {
  return (p.lines ??= p.item.parts.slice(1));
}

function refOf(p: Prepared): ArticleRef {
  return p.ref;
}

function bySecond(a: readonly [number, number], b: readonly [number, number]): number {
  return a[1] - b[1];
}

/** The text diff of a pair, split or merge (the headings of a group joined by ` / `). */
function diffOf(o: Prepared[], n: Prepared[], tokenizer: Tokenizer, cjk: boolean): ArticleDiff {
  return diffArticle(
    o.length === 1 ? headingOf(o[0]!) : o.map(headingOf).filter(Boolean).join(' / '),
    o.length === 1 ? linesOf(o[0]!) : o.flatMap(linesOf),
    n.length === 1 ? headingOf(n[0]!) : n.map(headingOf).filter(Boolean).join(' / '),
    n.length === 1 ? linesOf(n[0]!) : n.flatMap(linesOf),
    tokenizer,
    cjk,
  );
}

/** Compares two versions of a law. */
export function compareVersions(oldDoc: VersionDoc, newDoc: VersionDoc, options: CompareOptions = {}): Comparison {
  const progress = options.onProgress ?? (() => undefined);
  const language = newDoc.language || oldDoc.language || 'en';
  const tokenizer = options.tokenizer ?? new Tokenizer(language, options.granularity);
  const sample = listArticles({ body: newDoc.body.slice(0, 5) }).slice(0, 3).map((a) => a.article.paragraphs[0]?.text ?? '').join('');
  const cjk = isCjkLanguage(language) || isCjkText(sample);
  const oldDivs = divisionRefs(oldDoc);
  const newDivs = divisionRefs(newDoc);
  const keys = new LineKeys();
  const olds = prepare(oldDoc, oldDivs.byNode, cjk, keys);
  const news = prepare(newDoc, newDivs.byNode, cjk, keys);
  progress(0.2);

  const alignment = align(olds.map(itemOf), news.map(itemOf), cjk);
  const space = alignment.space;
  progress(0.4);

  // Divisions, from the votes of paired articles.
  const votes: { old: string[]; new: string[] }[] = [];
  for (const [i, j] of alignment.pairs) votes.push({ old: olds[i]!.ref.divisions, new: news[j]!.ref.divisions });
  for (const g of alignment.groups) for (const i of g.old) for (const j of g.new) votes.push({ old: olds[i]!.ref.divisions, new: news[j]!.ref.divisions });
  const divisions = alignDivisions(oldDivs.refs, newDivs.refs, votes);

  const kept = inOrder(alignment.pairs);
  const newToOld = new Map<number, number>();
  for (const [i, j] of alignment.pairs) newToOld.set(j, i);
  const wantDiffs = options.diffs !== false;

  // Where each old number went (1:1 pairs, splits and merges), to tell references that follow the renumbering.
  const follows = new Map<string, Set<string>>();
  for (const [i, j] of alignment.pairs) follow(follows, olds[i]!, news[j]!);
  for (const g of alignment.groups) for (const i of g.old) for (const j of g.new) follow(follows, olds[i]!, news[j]!);

  const changes: Change[] = [];
  const total = alignment.pairs.size + alignment.groups.length;
  let done = 0;
  for (const [i, j] of [...alignment.pairs.entries()].sort(bySecond)) {
    const o = olds[i]!;
    const n = news[j]!;
    const textChanged = o.item.key !== n.item.key && normalizedText(o.item) !== normalizedText(n.item);
    changes.push({
      kind: 'matched',
      old: [o.ref],
      new: [n.ref],
      diff: textChanged && wantDiffs ? diffOf([o], [n], tokenizer, cjk) : undefined,
      textChanged,
      renumbered: o.ref.num !== n.ref.num,
      moved: !kept.has(i),
      divisionChanged: divisionChanged(divisions.map, o.ref, n.ref),
      referencesOnly: textChanged && maskedText(o.item) === maskedText(n.item) && referencesFollow(o, n, follows),
      similarity: textChanged ? round(alignment.similarity.get(i) ?? 0) : 1,
    });
    if (++done % 64 === 0) progress(0.4 + (0.5 * done) / total);
  }
  for (const g of alignment.groups) {
    const o = g.old.map((i) => olds[i]!);
    const n = g.new.map((j) => news[j]!);
    const flags: ChangeFlags = {
      textChanged: true,
      renumbered: o.map((p) => p.ref.num).join() !== n.map((p) => p.ref.num).join(),
      moved: false,
      divisionChanged: divisionChanged(divisions.map, o[0]!.ref, n[0]!.ref),
      referencesOnly: false,
      similarity: round(groupSimilarity(o, n, space)),
    };
    const diff = diffOf(o, n, tokenizer, cjk);
    if (g.old.length === 1) changes.push({ kind: 'split', old: [o[0]!.ref], new: n.map(refOf), diff, unsharedParts: unshared(n, o[0]!, space), ...flags });
    else changes.push({ kind: 'merged', old: o.map(refOf), new: [n[0]!.ref], diff, unsharedParts: unshared(o, n[0]!, space), ...flags });
  }
  const inGroupOld = new Set(alignment.groups.flatMap((g) => g.old));
  const inGroupNew = new Set(alignment.groups.flatMap((g) => g.new));
  for (let j = 0; j < news.length; j++) {
    if (!newToOld.has(j) && !inGroupNew.has(j)) changes.push({ kind: 'inserted', old: [], new: [news[j]!.ref], diff: undefined, ...UNPAIRED });
  }
  for (let i = 0; i < olds.length; i++) {
    if (!alignment.pairs.has(i) && !inGroupOld.has(i)) changes.push({ kind: 'deleted', old: [olds[i]!.ref], new: [], diff: undefined, ...UNPAIRED });
  }
  progress(0.95);

  const ordered = orderChanges(changes);
  const brokenReferences = findBrokenReferences(ordered, olds, news);
  const moves = wantDiffs ? findMoves(ordered, olds.map(passageArticle), news.map(passageArticle), tokenizer, cjk) : [];
  const stats = computeStats(ordered, olds, news, tokenizer, cjk);
  stats.movedPassages = moves.length;
  progress(1);
  return { changes: ordered, divisions: divisions.changes, brokenReferences, moves, stats };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function passageArticle(p: Prepared): PassageArticle {
  return { ref: p.ref, article: p.located.article };
}

/** The parts of a split or merge (the side with several articles) that mostly do not come from the single article: less than half of their features are in it. */
function unshared(parts: readonly Prepared[], single: Prepared, space: FeatureSpace): number[] {
  const out: number[] = [];
  parts.forEach((p, k) => {
    if (containment(p.item.tf, single.item.tf, space) < PART_SHARE) out.push(k);
  });
  return out;
}

function groupSimilarity(o: Prepared[], n: Prepared[], space: FeatureSpace): number {
  return cosine(space.vector(sumCounts(o.map((p) => p.item.tf))), space.vector(sumCounts(n.map((p) => p.item.tf))));
}

/** True when every reference number that differs points to where the referenced article went. */
function referencesFollow(o: Prepared, n: Prepared, follows: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const ro = referencesIn(o);
  const rn = referencesIn(n);
  if (ro.length !== rn.length) return false;
  for (let k = 0; k < ro.length; k++) if (ro[k]!.num !== rn[k]!.num && !(follows.get(ro[k]!.num)?.has(rn[k]!.num) ?? false)) return false;
  return true;
}

/** The references in an article, heading and lines in order (a reference never spans two lines). */
function referencesIn(p: Prepared): Reference[] {
  let out: Reference[] | undefined;
  for (const part of p.item.parts) {
    const found = findReferences(part);
    if (found.length > 0) out = out ? out.concat(found) : found;
  }
  return out ?? [];
}

/** New-version order; a deleted article goes after the change holding the old article before it. */
function orderChanges(changes: Change[]): Change[] {
  const byOld = new Map<number, Change>();
  for (const c of changes) for (const r of c.old) byOld.set(r.index, c);
  // One number per change: [first new index (or that of the change before a deleted article), deleted?, old index].
  const span = 2 * (byOld.size + 1);
  const keyed = new Array<{ key: number; change: Change }>(changes.length);
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    let key: number;
    if (c.new.length > 0) key = (firstIndex(c.new) + 1) * span;
    else {
      const o = c.old[0]!.index;
      let at = -1;
      for (let p = o - 1; p >= 0 && at < 0; p--) {
        const prev = byOld.get(p);
        if (prev && prev.new.length > 0) at = firstIndex(prev.new);
      }
      key = (at + 1) * span + byOld.size + 1 + o;
    }
    keyed[k] = { key, change: c };
  }
  keyed.sort(byKey);
  return keyed.map(changeOf);
}

function firstIndex(refs: readonly ArticleRef[]): number {
  let min = refs[0]!.index;
  for (const r of refs) if (r.index < min) min = r.index;
  return min;
}

function byKey(a: { key: number }, b: { key: number }): number {
  return a.key - b.key;
}

function changeOf(k: { change: Change }): Change {
  return k.change;
}

function numOf(r: Reference): string {
  return r.num;
}

/** References in new texts still pointing at an article's old number (the reference was not updated, the article was renumbered). */
function findBrokenReferences(changes: Change[], olds: Prepared[], news: Prepared[]): BrokenReference[] {
  const oldByNum = new Map(olds.map((p) => [p.ref.num, p]));
  const newNumOf = new Map<string, string>();
  for (const c of changes) if (c.kind === 'matched') newNumOf.set(c.old[0].num, c.new[0].num);
  const out: BrokenReference[] = [];
  // Nothing can point at an old number if no number changed.
  if (![...newNumOf.entries()].some(([o, n]) => o !== n)) return out;
  for (const c of changes) {
    if (c.kind !== 'matched') continue;
    const o = olds[c.old[0].index]!;
    const n = news[c.new[0].index]!;
    // Only references to an old number that went elsewhere can be stale.
    const suspects = referencesIn(n).filter((r) => oldByNum.has(r.num) && newNumOf.has(r.num) && newNumOf.get(r.num) !== r.num);
    if (suspects.length === 0) continue;
    // The same reference was there before (an unchanged article has the same references).
    const before = new Set((c.textChanged ? referencesIn(o) : suspects).map(numOf));
    for (const r of suspects) {
      if (!before.has(r.num)) continue;
      const meant = newNumOf.get(r.num);
      if (meant === undefined || meant === r.num) continue;
      // The old target was renumbered and the reference kept the old number.
      out.push({ in: c.new[0], text: r.text, points: r.num, probablyMeant: meant });
    }
  }
  return out;
}

function addCounts(to: TextCounts, counts: TextCounts): void {
  to.wordsInserted += counts.wordsInserted;
  to.wordsDeleted += counts.wordsDeleted;
  to.charsInserted += counts.charsInserted;
  to.charsDeleted += counts.charsDeleted;
}

function computeStats(changes: Change[], olds: Prepared[], news: Prepared[], tokenizer: Tokenizer, cjk: boolean): ComparisonStats {
  const s: ComparisonStats = {
    matched: 0, textChanged: 0, renumbered: 0, renumberedOnly: 0, moved: 0, inserted: 0, deleted: 0, split: 0, merged: 0,
    referencesOnly: 0, divisionChanged: 0, wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0, movedPassages: 0,
  };
  for (const c of changes) {
    switch (c.kind) {
      case 'matched':
        s.matched++;
        if (c.textChanged) s.textChanged++;
        if (c.renumbered) s.renumbered++;
        if (classifyChange(c) === 'renumbered') s.renumberedOnly++;
        if (c.moved) s.moved++;
        if (c.referencesOnly) s.referencesOnly++;
        if (c.divisionChanged) s.divisionChanged++;
        break;
      case 'split':
        s.split++;
        break;
      case 'merged':
        s.merged++;
        break;
      case 'inserted':
        s.inserted++;
        for (const line of linesOf(news[c.new[0].index]!)) countText(s, line, true, tokenizer, cjk);
        break;
      case 'deleted':
        s.deleted++;
        for (const line of linesOf(olds[c.old[0].index]!)) countText(s, line, false, tokenizer, cjk);
        break;
      default: {
        const never: never = c;
        throw new Error(`unknown change ${String(never)}`);
      }
    }
    if (c.diff) addCounts(s, c.diff.counts);
  }
  return s;
}
