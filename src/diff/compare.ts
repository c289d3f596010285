/**
 * `compareVersions(old, new)`: pairs the articles of two versions by content
 * (align.ts), aligns their divisions, diffs the text inside each changed
 * pair at word level (textdiff.ts), and counts. Pure and deterministic: the
 * same input gives the same output on any machine, in Node, a Worker or a page.
 */
import { listArticles, paragraphLines, type LocatedArticle } from '../model/doc.js';
import type { VersionDoc } from '../model/types.js';
import { align, inOrder, type AlignItem } from './align.js';
import { alignDivisions, divisionRefs, divisionRefTitle } from './divisions.js';
import { findReferences, maskReferences } from './references.js';
import { cosine, FeatureSpace, shingles, sumCounts, type SparseVector } from './similarity.js';
import { countText, diffArticle, noCounts } from './textdiff.js';
import { isCjkLanguage, isCjkText, Tokenizer } from './tokens.js';
import type { ArticleDiff, ArticleRef, BrokenReference, Change, ChangeFlags, Comparison, ComparisonStats, DivisionRef, TextCounts } from './types.js';

export interface CompareOptions {
  /** Reuse a tokenizer (and its cache) across comparisons of the same law. */
  tokenizer?: Tokenizer;
  /** Compute word-level diffs of changed articles (default true); false gives pairing and flags only. */
  diffs?: boolean;
  /** Called with a fraction 0..1 as the work proceeds. */
  onProgress?: (fraction: number) => void;
}

/** An article prepared for comparison. */
interface Prepared {
  located: LocatedArticle;
  ref: ArticleRef;
  heading: string;
  lines: string[];
  item: AlignItem;
}

const PLACEHOLDER = /^[（(]?\s*(删除|刪除|weggefallen|aufgehoben|repealed|deleted|omitted|reserved)\s*[）)]?[.。]?$/iu;

/** Anything normalization would change: odd white space, invisible characters. One scan, no Unicode mode. */
const UNNORMAL = /[\t\r\u3000\u200b\u2060\ufeff]| {2}| \n|\n |^ | $/;

function normalize(text: string, cjk: boolean): string {
  // Importers already collapse white space: most texts need nothing.
  if (!UNNORMAL.test(text) && !(cjk && / /.test(text) && /[^\x00-\x7f] [^\x00-\x7f]/u.test(text))) return text;
  const t = text.replace(/[\u200b\u2060\ufeff]/gu, '').replace(/[\s\u3000]+/gu, ' ').trim();
  return cjk ? t.replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/gu, '') : t;
}

const EMPTY: SparseVector = { ids: new Uint32Array(0), slots: new Int32Array(0), values: new Float64Array(0) };

function prepare(doc: VersionDoc, divisionKeys: Map<object, DivisionRef>, cjk: boolean): Prepared[] {
  return listArticles(doc).map((located) => {
    const { article } = located;
    const lines = article.paragraphs.length === 1 && article.paragraphs[0]!.items.length === 0 ? paragraphLines(article.paragraphs[0]!) : article.paragraphs.flatMap(paragraphLines);
    // join() gives a flat string: hashing it as a Map key needs no flattening copy (a concatenation would).
    lines.unshift(article.heading);
    const text = lines.join('\n');
    lines.shift();
    let bodyLength = lines.length - 1;
    for (const l of lines) bodyLength += l.length;
    const norm = memo(() => normalize(text, cjk));
    return {
      located,
      heading: article.heading,
      lines,
      ref: {
        num: article.num,
        label: article.label,
        index: located.index,
        divisions: located.divisions.map((d) => divisionKeys.get(d)!.key),
      },
      item: {
        text,
        normalized: norm,
        masked: memo(() => maskReferences(norm())),
        placeholder: article.repealed === true || (bodyLength < 40 && PLACEHOLDER.test(normalize(lines.join('\n'), cjk))),
        num: article.num,
        tf: EMPTY,
        vec: EMPTY,
      },
    };
  });
}

function memo<T>(f: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v as T;
  };
}

function noFlags(): ChangeFlags {
  return { textChanged: false, renumbered: false, moved: false, divisionChanged: false, referencesOnly: false, similarity: 0 };
}

/** Compares two versions of a law. */
export function compareVersions(oldDoc: VersionDoc, newDoc: VersionDoc, options: CompareOptions = {}): Comparison {
  const progress = options.onProgress ?? (() => undefined);
  const language = newDoc.language || oldDoc.language || 'en';
  const tokenizer = options.tokenizer ?? new Tokenizer(language);
  const sample = listArticles({ body: newDoc.body.slice(0, 5) }).slice(0, 3).map((a) => a.article.paragraphs[0]?.text ?? '').join('');
  const cjk = isCjkLanguage(language) || isCjkText(sample);
  const oldDivs = divisionRefs(oldDoc);
  const newDivs = divisionRefs(newDoc);
  const olds = prepare(oldDoc, oldDivs.byNode, cjk);
  const news = prepare(newDoc, newDivs.byNode, cjk);
  progress(0.2);

  const space = new FeatureSpace();
  const alignment = align(
    olds.map((p) => p.item),
    news.map((p) => p.item),
    (freeOld, freeNew) => {
      const items = [...freeOld, ...freeNew];
      for (const item of items) item.tf = space.add(shingles(item.text, cjk));
      for (const item of items) item.vec = space.vector(item.tf);
      return space;
    },
  );
  progress(0.4);

  // Divisions, from the votes of paired articles.
  const votes: { old: string[]; new: string[] }[] = [];
  for (const [i, j] of alignment.pairs) votes.push({ old: olds[i]!.ref.divisions, new: news[j]!.ref.divisions });
  for (const g of alignment.groups) for (const i of g.old) for (const j of g.new) votes.push({ old: olds[i]!.ref.divisions, new: news[j]!.ref.divisions });
  const divisions = alignDivisions(oldDivs.refs, newDivs.refs, votes);
  const innermost = (r: ArticleRef): string => r.divisions[r.divisions.length - 1] ?? '';
  const divisionChanged = (o: ArticleRef, n: ArticleRef): boolean => {
    const od = innermost(o);
    const nd = innermost(n);
    if (!od && !nd) return false;
    return (od ? divisions.map.get(od) ?? `deleted:${od}` : '') !== nd;
  };

  const kept = inOrder(alignment.pairs);
  const newToOld = new Map<number, number>();
  for (const [i, j] of alignment.pairs) newToOld.set(j, i);
  const wantDiffs = options.diffs !== false;
  const diffOf = (o: Prepared[], n: Prepared[]): ArticleDiff =>
    diffArticle(
      o.map((p) => p.heading).filter(Boolean).join(' / '),
      o.flatMap((p) => p.lines),
      n.map((p) => p.heading).filter(Boolean).join(' / '),
      n.flatMap((p) => p.lines),
      tokenizer,
      cjk,
    );

  // Where each old number went (1:1 pairs, splits and merges), to tell references that follow the renumbering.
  const follows = new Map<string, Set<string>>();
  const follow = (o: number, n: number): void => {
    const k = olds[o]!.ref.num;
    const set = follows.get(k) ?? new Set<string>();
    set.add(news[n]!.ref.num);
    follows.set(k, set);
  };
  for (const [i, j] of alignment.pairs) follow(i, j);
  for (const g of alignment.groups) for (const i of g.old) for (const j of g.new) follow(i, j);

  const changes: Change[] = [];
  const total = alignment.pairs.size + alignment.groups.length;
  let done = 0;
  for (const [i, j] of [...alignment.pairs.entries()].sort((a, b) => a[1] - b[1])) {
    const o = olds[i]!;
    const n = news[j]!;
    const textChanged = o.item.text !== n.item.text && o.item.normalized() !== n.item.normalized();
    const flags: ChangeFlags = {
      textChanged,
      renumbered: o.ref.num !== n.ref.num,
      moved: !kept.has(i),
      divisionChanged: divisionChanged(o.ref, n.ref),
      referencesOnly: textChanged && o.item.masked() === n.item.masked() && referencesFollow(o, n, follows),
      similarity: round(alignment.similarity.get(i) ?? 0),
    };
    if (!textChanged) flags.similarity = 1;
    changes.push({ kind: 'matched', old: [o.ref], new: [n.ref], diff: textChanged && wantDiffs ? diffOf([o], [n]) : undefined, ...flags });
    if (++done % 64 === 0) progress(0.4 + (0.5 * done) / total);
  }
  for (const g of alignment.groups) {
    const o = g.old.map((i) => olds[i]!);
    const n = g.new.map((j) => news[j]!);
    const flags: ChangeFlags = {
      textChanged: true,
      renumbered: o.map((p) => p.ref.num).join() !== n.map((p) => p.ref.num).join(),
      moved: false,
      divisionChanged: divisionChanged(o[0]!.ref, n[0]!.ref),
      referencesOnly: false,
      similarity: round(groupSimilarity(o, n, space)),
    };
    const diff = diffOf(o, n);
    if (g.old.length === 1) changes.push({ kind: 'split', old: [o[0]!.ref], new: n.map((p) => p.ref), diff, ...flags });
    else changes.push({ kind: 'merged', old: o.map((p) => p.ref), new: [n[0]!.ref], diff, ...flags });
  }
  const inGroupOld = new Set(alignment.groups.flatMap((g) => g.old));
  const inGroupNew = new Set(alignment.groups.flatMap((g) => g.new));
  news.forEach((n, j) => {
    if (!newToOld.has(j) && !inGroupNew.has(j)) changes.push({ kind: 'inserted', old: [], new: [n.ref], diff: undefined, ...noFlags(), textChanged: true });
  });
  olds.forEach((o, i) => {
    if (!alignment.pairs.has(i) && !inGroupOld.has(i)) changes.push({ kind: 'deleted', old: [o.ref], new: [], diff: undefined, ...noFlags(), textChanged: true });
  });
  progress(0.95);

  const ordered = orderChanges(changes);
  const brokenReferences = findBrokenReferences(ordered, olds, news);
  const stats = computeStats(ordered, olds, news, tokenizer, cjk, oldDivs.refs, newDivs.refs);
  progress(1);
  return { changes: ordered, divisions: divisions.changes, brokenReferences, stats };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function groupSimilarity(o: Prepared[], n: Prepared[], space: FeatureSpace): number {
  return cosine(space.vector(sumCounts(o.map((p) => p.item.tf))), space.vector(sumCounts(n.map((p) => p.item.tf))));
}

/** True when every reference number that differs points to where the referenced article went. */
function referencesFollow(o: Prepared, n: Prepared, follows: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const ro = findReferences(o.item.text);
  const rn = findReferences(n.item.text);
  if (ro.length !== rn.length) return false;
  return ro.every((r, k) => r.num === rn[k]!.num || (follows.get(r.num)?.has(rn[k]!.num) ?? false));
}

/** New-version order; a deleted article goes after the change holding the old article before it. */
function orderChanges(changes: Change[]): Change[] {
  const byOld = new Map<number, Change>();
  for (const c of changes) for (const r of c.old) byOld.set(r.index, c);
  const key = (c: Change): [number, number, number] => {
    if (c.new.length > 0) return [Math.min(...c.new.map((r) => r.index)), 0, 0];
    const o = c.old[0]!.index;
    for (let k = o - 1; k >= 0; k--) {
      const prev = byOld.get(k);
      if (prev && prev.new.length > 0) return [Math.min(...prev.new.map((r) => r.index)), 1, o];
    }
    return [-1, 1, o];
  };
  const keys = new Map(changes.map((c) => [c, key(c)]));
  return [...changes].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/** A cheap test before the reference regexes: could this text name an article at all? */
const MAY_REFER = /第|條|条|§|Art|Sec|SEC/;

/** References in new texts still pointing at an article's old number (the reference was not updated, the article was renumbered). */
function findBrokenReferences(changes: Change[], olds: Prepared[], news: Prepared[]): BrokenReference[] {
  const oldByNum = new Map(olds.map((p) => [p.ref.num, p]));
  const newNumOf = new Map<string, string>();
  for (const c of changes) if (c.kind === 'matched') newNumOf.set(c.old[0].num, c.new[0].num);
  const out: BrokenReference[] = [];
  // Nothing can point at an old number if no number changed.
  if (![...newNumOf.entries()].some(([o, n]) => o !== n)) return out;
  for (const c of changes) {
    if (c.kind !== 'matched' || !MAY_REFER.test(news[c.new[0].index]!.item.text)) continue;
    const o = olds[c.old[0].index]!;
    const n = news[c.new[0].index]!;
    // Only references to an old number that went elsewhere can be stale.
    const suspects = findReferences(n.item.text).filter((r) => oldByNum.has(r.num) && newNumOf.has(r.num) && newNumOf.get(r.num) !== r.num);
    if (suspects.length === 0) continue;
    const before = new Set(findReferences(o.item.text).map((r) => r.num));
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

function computeStats(changes: Change[], olds: Prepared[], news: Prepared[], tokenizer: Tokenizer, cjk: boolean, oldDivs: DivisionRef[], newDivs: DivisionRef[]): ComparisonStats {
  const s: ComparisonStats = {
    matched: 0, textChanged: 0, renumbered: 0, moved: 0, inserted: 0, deleted: 0, split: 0, merged: 0,
    referencesOnly: 0, divisionChanged: 0, wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0, touchedByDivision: [],
  };
  const touched = new Map<string, { key: string; title: string; count: number }>();
  const divTitle = new Map([...oldDivs, ...newDivs].map((d) => [d.key, divisionRefTitle(d)]));
  const touch = (r: ArticleRef | undefined, prefix: string): void => {
    const top = r?.divisions[0] ?? '';
    const key = `${prefix}${top}`;
    const entry = touched.get(key) ?? { key, title: divTitle.get(top) ?? '', count: 0 };
    entry.count++;
    touched.set(key, entry);
  };
  const add = (counts: TextCounts): void => {
    s.wordsInserted += counts.wordsInserted;
    s.wordsDeleted += counts.wordsDeleted;
    s.charsInserted += counts.charsInserted;
    s.charsDeleted += counts.charsDeleted;
  };
  const addArticle = (p: Prepared, inserted: boolean): void => {
    const counts = noCounts();
    for (const line of p.lines) countText(counts, line, inserted, tokenizer, cjk);
    add(counts);
  };
  for (const c of changes) {
    switch (c.kind) {
      case 'matched':
        s.matched++;
        if (c.textChanged) s.textChanged++;
        if (c.renumbered) s.renumbered++;
        if (c.moved) s.moved++;
        if (c.referencesOnly) s.referencesOnly++;
        if (c.divisionChanged) s.divisionChanged++;
        if (c.textChanged || c.moved) touch(c.new[0], '');
        break;
      case 'split':
        s.split++;
        touch(c.new[0], '');
        break;
      case 'merged':
        s.merged++;
        touch(c.new[0], '');
        break;
      case 'inserted':
        s.inserted++;
        addArticle(news[c.new[0].index]!, true);
        touch(c.new[0], '');
        break;
      case 'deleted':
        s.deleted++;
        addArticle(olds[c.old[0].index]!, false);
        touch(c.old[0], 'old:');
        break;
      default: {
        const never: never = c;
        throw new Error(`unknown change ${String(never)}`);
      }
    }
    if (c.diff) add(c.diff.counts);
  }
  s.touchedByDivision = [...touched.values()];
  return s;
}
