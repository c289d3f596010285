/**
 * Shared helpers of the comparison-engine tests: building synthetic versions
 * out of real articles while tracking where every article came from, and the
 * invariants every comparison must satisfy (each article in exactly one change, text diffs
 * that rebuild both texts, flags consistent with the texts).
 */
import { expect } from 'vitest';
import { compareVersions, type CompareOptions } from '../../src/diff/compare.js';
import { applyOps } from '../../src/diff/textdiff.js';
import { Tokenizer } from '../../src/diff/tokens.js';
import type { ArticleRef, Change, Comparison, PassageMove } from '../../src/diff/types.js';
import { emptyDoc, listArticles, paragraphLines } from '../../src/model/doc.js';
import type { Article, Division, Item, Paragraph, VersionDoc } from '../../src/model/types.js';

// ---------------------------------------------------------------- changes

export const nums = (refs: readonly ArticleRef[]): string[] => refs.map((r) => r.num);

/** `matched 15→4`, `split 27→27+28`, `inserted →13`: one line per change, for readable failures. */
export function changeKey(c: Pick<Change, 'kind' | 'old' | 'new'>): string {
  return tripleKey({ kind: c.kind, old: nums(c.old), new: nums(c.new) });
}

/** The same for a change given by article numbers. */
export function tripleKey(c: { kind: string; old: readonly string[]; new: readonly string[] }): string {
  return `${c.kind} ${c.old.join('+')}→${c.new.join('+')}`;
}

/** A matched change with no flag at all: the article did not change in any way. */
export function isUnchanged(c: Change): boolean {
  return c.kind === 'matched' && !c.textChanged && !c.renumbered && !c.moved && !c.divisionChanged && !c.referencesOnly;
}

/** The lines of an article as the engine diffs them. */
export function articleLines(a: Pick<Article, 'paragraphs'>): string[] {
  return a.paragraphs.flatMap(paragraphLines);
}

/** The texts of an article's lines without their numbers, as the engine numbers lines (paragraphs with a number or text, then their items depth-first). */
export function lineTexts(paragraphs: readonly Paragraph[]): { text: string; node: object }[] {
  const out: { text: string; node: object }[] = [];
  const items = (list: readonly Item[]): void => {
    for (const i of list) {
      out.push({ text: i.text, node: i });
      items(i.items);
    }
  };
  for (const p of paragraphs) {
    if (p.num || p.text) out.push({ text: p.text, node: p });
    items(p.items);
  }
  return out;
}

/** Whitespace-insensitive text of an article (heading and lines). */
export function plainText(a: Pick<Article, 'heading' | 'paragraphs'>): string {
  return [a.heading, ...articleLines(a)].join('\n').replace(/[\s\u3000]+/gu, ' ').trim();
}

/** The text with no white space at all (the engine ignores spaces between CJK characters). */
export function squash(a: Pick<Article, 'heading' | 'paragraphs'>): string {
  return [a.heading, ...articleLines(a)].join('\n').replace(/[\s\u3000]+/gu, '');
}

/** What a reader sees: {@link plainText} without zero-width characters and with empty lines dropped. */
export function visibleText(a: Pick<Article, 'heading' | 'paragraphs'>): string {
  return [a.heading, ...articleLines(a)]
    .map((l) => l.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '').replace(/[\s\u3000]+/gu, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Rebuilds the old and new line lists and headings of a change from its diff. */
export function rebuild(c: Change): { oldLines: string[]; newLines: string[]; oldHeading: string; newHeading: string } {
  if (!c.diff) throw new Error(`${changeKey(c)} has no diff`);
  const oldLines: string[] = [];
  const newLines: string[] = [];
  for (const l of c.diff.lines) {
    switch (l.kind) {
      case 'equal':
        expect(l.new, 'an equal line has the same text on both sides').toBe(l.old);
        oldLines.push(l.old);
        newLines.push(l.new);
        break;
      case 'changed': {
        const r = applyOps(l.ops);
        expect(r.old, `${changeKey(c)}: the ops of a changed line rebuild its old text`).toBe(l.old);
        expect(r.new, `${changeKey(c)}: the ops of a changed line rebuild its new text`).toBe(l.new);
        oldLines.push(r.old);
        newLines.push(r.new);
        break;
      }
      case 'deleted':
        oldLines.push(l.old);
        break;
      case 'inserted':
        newLines.push(l.new);
        break;
    }
  }
  const h = applyOps(c.diff.heading);
  return { oldLines, newLines, oldHeading: h.old, newHeading: h.new };
}

/**
 * Invariants of any comparison: every article of both versions is in
 * exactly one change; references point at the right articles; flags and
 * diffs agree with the texts; diffs rebuild both texts exactly; order and
 * counts are consistent.
 */
export function checkComparison(cmp: Comparison, oldDoc: VersionDoc, newDoc: VersionDoc, options: { diffs?: boolean } = {}): void {
  const olds = listArticles(oldDoc);
  const news = listArticles(newDoc);
  const seenOld = new Array<number>(olds.length).fill(0);
  const seenNew = new Array<number>(news.length).fill(0);
  const checkRef = (r: ArticleRef, list: typeof olds, side: string): Article => {
    const a = list[r.index];
    expect(a, `${side} ref index ${r.index} exists`).toBeDefined();
    expect([r.num, r.label], `${side} ref ${r.index} names its article`).toEqual([a!.article.num, a!.article.label]);
    return a!.article;
  };
  for (const c of cmp.changes) {
    const key = changeKey(c);
    const o = c.old.map((r) => checkRef(r, olds, 'old'));
    const n = c.new.map((r) => checkRef(r, news, 'new'));
    for (const r of c.old) seenOld[r.index]!++;
    for (const r of c.new) seenNew[r.index]!++;
    expect(c.similarity, `${key}: similarity in 0..1`).toBeGreaterThanOrEqual(0);
    expect(c.similarity, `${key}: similarity in 0..1`).toBeLessThanOrEqual(1);
    switch (c.kind) {
      case 'matched': {
        expect([c.old.length, c.new.length], key).toEqual([1, 1]);
        expect(c.renumbered, `${key}: renumbered iff the numbers differ`).toBe(c.old[0].num !== c.new[0].num);
        if (!c.textChanged) {
          expect(squash(n[0]!), `${key}: not textChanged, so the texts are the same`).toBe(squash(o[0]!));
          expect(c.diff, `${key}: no diff for an unchanged text`).toBeUndefined();
          expect(c.referencesOnly, key).toBe(false);
          expect(c.similarity, key).toBe(1);
        } else {
          expect(JSON.stringify([n[0]!.heading, articleLines(n[0]!)]), `${key}: textChanged, so the texts differ`).not.toBe(
            JSON.stringify([o[0]!.heading, articleLines(o[0]!)]),
          );
          if (options.diffs !== false) expect(c.diff, `${key}: a changed text has a diff`).toBeDefined();
        }
        break;
      }
      case 'split':
        expect(c.old.length, key).toBe(1);
        expect(c.new.length, key).toBeGreaterThanOrEqual(2);
        break;
      case 'merged':
        expect(c.new.length, key).toBe(1);
        expect(c.old.length, key).toBeGreaterThanOrEqual(2);
        break;
      case 'inserted':
      case 'deleted':
        expect(c.diff, key).toBeUndefined();
        expect([c.old.length + c.new.length, c.moved, c.renumbered, c.referencesOnly], key).toEqual([1, false, false, false]);
        break;
    }
    if (c.kind === 'split' || c.kind === 'merged') {
      expect(c.textChanged, key).toBe(true);
      expect(c.renumbered, key).toBe(nums(c.old).join() !== nums(c.new).join());
      // Group members are listed in document order.
      expect(c.old.map((r) => r.index), key).toEqual([...c.old.map((r) => r.index)].sort((a, b) => a - b));
      expect(c.new.map((r) => r.index), key).toEqual([...c.new.map((r) => r.index)].sort((a, b) => a - b));
    }
    if (c.diff) {
      const r = rebuild(c);
      expect(r.oldLines, `${key}: the diff rebuilds the old lines`).toEqual(o.flatMap(articleLines));
      expect(r.newLines, `${key}: the diff rebuilds the new lines`).toEqual(n.flatMap(articleLines));
      // The headings of a group are shown joined: `Heading A / Heading B` (empty ones left out).
      expect(r.oldHeading, `${key}: the diff rebuilds the old heading`).toBe(o.map((a) => a.heading).filter(Boolean).join(' / '));
      expect(r.newHeading, `${key}: the diff rebuilds the new heading`).toBe(n.map((a) => a.heading).filter(Boolean).join(' / '));
    } else if (options.diffs !== false) {
      expect(['split', 'merged'].includes(c.kind), `${key}: groups always have a diff`).toBe(false);
    }
  }
  const twice = (seen: number[], list: typeof olds): string[] => seen.flatMap((k, i) => (k === 1 ? [] : [`${list[i]!.article.num} in ${k} changes`]));
  expect(twice(seenOld, olds), 'every old article in exactly one change').toEqual([]);
  expect(twice(seenNew, news), 'every new article in exactly one change').toEqual([]);

  // Changes come in the order of the new version.
  const firstNew = cmp.changes.filter((c) => c.new.length > 0).map((c) => Math.min(...c.new.map((r) => r.index)));
  expect(firstNew, 'changes in new-version order').toEqual([...firstNew].sort((a, b) => a - b));

  checkMoves(cmp, olds.map((a) => a.article), news.map((a) => a.article));

  // Counts.
  const count = (f: (c: Change) => boolean): number => cmp.changes.filter(f).length;
  const matched = (f: (c: Extract<Change, { kind: 'matched' }>) => boolean): number => count((c) => c.kind === 'matched' && f(c));
  expect({
    matched: cmp.stats.matched,
    inserted: cmp.stats.inserted,
    deleted: cmp.stats.deleted,
    split: cmp.stats.split,
    merged: cmp.stats.merged,
    textChanged: cmp.stats.textChanged,
    renumbered: cmp.stats.renumbered,
    moved: cmp.stats.moved,
    referencesOnly: cmp.stats.referencesOnly,
    divisionChanged: cmp.stats.divisionChanged,
  }).toEqual({
    matched: matched(() => true),
    inserted: count((c) => c.kind === 'inserted'),
    deleted: count((c) => c.kind === 'deleted'),
    split: count((c) => c.kind === 'split'),
    merged: count((c) => c.kind === 'merged'),
    textChanged: matched((c) => c.textChanged),
    renumbered: matched((c) => c.renumbered),
    moved: matched((c) => c.moved),
    referencesOnly: matched((c) => c.referencesOnly),
    divisionChanged: matched((c) => c.divisionChanged),
  });
}

/** `7 (2)`: a move's end as the CLI prints it (article number, 1-based line). */
export function placeKey(p: PassageMove['from']): string {
  return `${p.article.num} (${p.line + 1})`;
}

/** `3 (2) → 17 (4)`: a move, for readable failures. */
export function moveKey(m: Pick<PassageMove, 'from' | 'to'>): string {
  return `${placeKey(m.from)} → ${placeKey(m.to)}`;
}

/**
 * Invariants of the passages moved between articles (issue 14): each end
 * names a line of its article; the old line is deleted where it was (in its
 * change's diff, or with its article) and the new line inserted where it is;
 * the two ends are in different changes; no line is in two moves, so every
 * line is accounted for once (kept, changed, moved, inserted or deleted); the
 * word diff rebuilds both lines; the moves are in new-version order and
 * counted in the stats.
 */
export function checkMoves(cmp: Comparison, olds: readonly Article[], news: readonly Article[]): void {
  const changeOf = (side: 'old' | 'new', index: number): Change => cmp.changes.find((c) => c[side].some((r) => r.index === index))!;
  /** The kind of the line at `line` of article `index` on one side: from its change's diff, or the article's fate. */
  const lineKind = (side: 'old' | 'new', index: number, line: number): string => {
    const c = changeOf(side, index);
    if (c.kind === 'deleted') return 'deleted';
    if (c.kind === 'inserted') return 'inserted';
    if (!c.diff) return 'equal';
    const list = side === 'old' ? olds : news;
    // A group's diff runs over its articles' lines one after another.
    let at = line;
    for (const r of c[side]) {
      if (r.index === index) break;
      at += lineTexts(list[r.index]!.paragraphs).length;
    }
    const skip = side === 'old' ? 'inserted' : 'deleted';
    let x = 0;
    for (const l of c.diff.lines) {
      if (l.kind === skip) continue;
      if (x++ === at) return l.kind;
    }
    return 'missing';
  };
  const fromSeen = new Set<string>();
  const toSeen = new Set<string>();
  for (const m of cmp.moves) {
    const key = moveKey(m);
    const o = olds[m.from.article.index];
    const n = news[m.to.article.index];
    expect(o && [m.from.article.num, m.from.article.label], `${key}: from names an old article`).toEqual(o && [o.num, o.label]);
    expect(n && [m.to.article.num, m.to.article.label], `${key}: to names a new article`).toEqual(n && [n.num, n.label]);
    const oldLine = lineTexts(o!.paragraphs)[m.from.line];
    const newLine = lineTexts(n!.paragraphs)[m.to.line];
    expect(oldLine, `${key}: the old line exists`).toBeDefined();
    expect(newLine, `${key}: the new line exists`).toBeDefined();
    expect(lineKind('old', m.from.article.index, m.from.line), `${key}: the old line is deleted where it was`).toBe('deleted');
    expect(lineKind('new', m.to.article.index, m.to.line), `${key}: the new line is inserted where it is`).toBe('inserted');
    expect(changeOf('old', m.from.article.index), `${key}: a passage moves between changes, not inside one`).not.toBe(changeOf('new', m.to.article.index));
    expect(fromSeen.has(placeKey(m.from)), `${key}: old line ${placeKey(m.from)} in one move only`).toBe(false);
    expect(toSeen.has(placeKey(m.to)), `${key}: new line ${placeKey(m.to)} in one move only`).toBe(false);
    fromSeen.add(placeKey(m.from));
    toSeen.add(placeKey(m.to));
    expect(m.similarity, `${key}: similarity in 0..1`).toBeGreaterThanOrEqual(0);
    expect(m.similarity, `${key}: similarity in 0..1`).toBeLessThanOrEqual(1);
    const squashed = (s: string): string => s.replace(/\s+/gu, '');
    if (m.ops === undefined) {
      expect(squashed(newLine!.text), `${key}: an identical move has the same text at both ends`).toBe(squashed(oldLine!.text));
      expect(m.similarity, key).toBe(1);
    } else {
      const r = applyOps(m.ops);
      expect([r.old, r.new], `${key}: the word diff rebuilds both lines`).toEqual([oldLine!.text, newLine!.text]);
      expect(m.similarity, `${key}: an edited move is less than identical`).toBeLessThan(1);
    }
  }
  const order = cmp.moves.map((m) => [m.to.article.index, m.to.line] as const);
  expect(order, 'moves in new-version order').toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  expect(cmp.stats.movedPassages, 'stats count the moves').toBe(cmp.moves.length);
}

/** A comparison's moves as `old → new` keys, sorted; `swap` reads a comparison of the versions the other way round. */
export function moveKeys(cmp: Comparison, swap = false): string[] {
  return cmp.moves.map((m) => (swap ? moveKey({ from: m.to, to: m.from }) : moveKey(m))).sort();
}

/**
 * Words and characters inserted and deleted, recounted from the text of the
 * diff ops, inserted/deleted lines and whole inserted/deleted articles —
 * words by segmenting each span on its own (CJK) or as runs of letters and
 * digits; characters as non-space characters. The engine counts tokens in
 * context instead; on real laws the two agree.
 */
export function recount(cmp: Comparison, oldDoc: VersionDoc, newDoc: VersionDoc, cjk: boolean): { wordsInserted: number; wordsDeleted: number; charsInserted: number; charsDeleted: number } {
  const tokenizer = new Tokenizer(newDoc.language || 'en');
  const words = (text: string): number =>
    cjk ? text.split('\n').flatMap((l) => tokenizer.tokens(l)).filter((t) => /[\p{L}\p{N}]/u.test(t)).length : (text.match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu)?.length ?? 0);
  const out = { wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0 };
  const add = (text: string, inserted: boolean): void => {
    if (inserted) {
      out.wordsInserted += words(text);
      out.charsInserted += text.replace(/\s/gu, '').length;
    } else {
      out.wordsDeleted += words(text);
      out.charsDeleted += text.replace(/\s/gu, '').length;
    }
  };
  const olds = listArticles(oldDoc);
  const news = listArticles(newDoc);
  for (const c of cmp.changes) {
    if (c.kind === 'inserted') add(articleLines(news[c.new[0].index]!.article).join('\n'), true);
    if (c.kind === 'deleted') add(articleLines(olds[c.old[0].index]!.article).join('\n'), false);
    if (!c.diff) continue;
    for (const op of c.diff.heading) if (op.op !== 'equal') add(op.text, op.op === 'insert');
    for (const l of c.diff.lines) {
      if (l.kind === 'inserted') add(l.new, true);
      else if (l.kind === 'deleted') add(l.old, false);
      else if (l.kind === 'changed') for (const op of l.ops) if (op.op !== 'equal') add(op.text, op.op === 'insert');
    }
  }
  return out;
}

/** Compares and checks the invariants. */
export function compareChecked(oldDoc: VersionDoc, newDoc: VersionDoc, options: CompareOptions = {}): Comparison {
  const cmp = compareVersions(oldDoc, newDoc, options);
  checkComparison(cmp, oldDoc, newDoc, options);
  return cmp;
}

// ---------------------------------------------------------------- synthetic versions

/** How a synthetic version numbers and labels things in one language. */
export interface Lang {
  id: string;
  language: string;
  articleLabel(n: number): string;
  chapterLabel(n: number): string;
  /** Words used to modify text (inserted or substituted). */
  words: readonly string[];
  /** Separator between words: ' ' or '' (CJK). */
  space: string;
}

const CN_DIGIT = '〇一二三四五六七八九';

/** 1..9999 as a Chinese numeral (`一百零六`, `十一`). */
export function toChineseNumeral(n: number): string {
  if (n < 1 || n > 9999 || !Number.isInteger(n)) throw new Error(`cannot write ${n}`);
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number).reverse();
  let out = '';
  let zero = false;
  for (let i = ds.length - 1; i >= 0; i--) {
    const d = ds[i]!;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && i === 1 && out === '' ? '' : CN_DIGIT.charAt(d)) + (units[i] ?? '');
  }
  return out;
}

export const LANGS = {
  zh: {
    id: 'zh',
    language: 'zh-Hans',
    articleLabel: (n: number) => `第${toChineseNumeral(n)}条`,
    chapterLabel: (n: number) => `第${toChineseNumeral(n)}章`,
    words: ['国家', '依法', '特别', '书面', '及时', '登记机关'],
    space: '',
  },
  de: {
    id: 'de',
    language: 'de',
    articleLabel: (n: number) => `§ ${n}`,
    chapterLabel: (n: number) => `Abschnitt ${n}`,
    words: ['insbesondere', 'unverzüglich', 'schriftlich', 'Bundesnetzagentur', 'jedenfalls', 'Verbraucher'],
    space: ' ',
  },
  en: {
    id: 'en',
    language: 'en',
    articleLabel: (n: number) => `Article ${n}`,
    chapterLabel: (n: number) => `Chapter ${n}`,
    words: ['expressly', 'promptly', 'Secretary', 'written', 'reasonable', 'federal'],
    space: ' ',
  },
} satisfies Record<string, Lang>;

/** A real article to build synthetic versions from. */
export interface SrcArticle {
  /** Where it comes from (`cn-company-law/2023.md 第八条`), for messages. */
  key: string;
  heading: string;
  paragraphs: Paragraph[];
}

const ZW = /[\u200b-\u200d\u2060\ufeff]/gu;

/** Deep copy of paragraphs. */
export function copyParagraphs(ps: readonly Paragraph[]): Paragraph[] {
  return structuredClone(ps as Paragraph[]);
}

/**
 * The articles of a real version usable as building blocks: numbered, not
 * repealed, of reasonable size, with distinct texts (so every one can be
 * told apart), and without invisible spacer paragraphs.
 */
export function articlePool(doc: VersionDoc, source: string, opts: { minChars?: number; maxChars?: number } = {}): SrcArticle[] {
  const minChars = opts.minChars ?? 20;
  const maxChars = opts.maxChars ?? 2500;
  const seen = new Set<string>();
  const out: SrcArticle[] = [];
  for (const { article } of listArticles(doc)) {
    if (article.repealed || article.label === '') continue;
    const paragraphs = copyParagraphs(article.paragraphs).filter((p) => p.items.length > 0 || (p.num + p.text).replace(ZW, '').trim() !== '');
    const text = plainText({ heading: article.heading, paragraphs });
    if (text.length < minChars || text.length > maxChars || /weggefallen|（删除）|\(deleted\)/u.test(text) || seen.has(text)) continue;
    seen.add(text);
    out.push({ key: `${source} ${article.label}`, heading: article.heading, paragraphs });
  }
  return out;
}

/** An article of a synthetic version, with where it came from. */
export interface Draft {
  heading: string;
  paragraphs: Paragraph[];
  /** Chapter index (0-based). */
  chapter: number;
  /** Keys of the base articles it was made from ([] for a new article). */
  from: string[];
  /** Its text was changed (beyond a verbatim copy, split or merge). */
  edited: boolean;
}

/** The base drafts: each article of `arts` as itself, spread over `chapters` chapters of (nearly) equal size. */
export function baseDrafts(arts: readonly SrcArticle[], chapters: number): Draft[] {
  const per = Math.ceil(arts.length / chapters);
  return arts.map((a, i) => ({ heading: a.heading, paragraphs: copyParagraphs(a.paragraphs), chapter: Math.floor(i / per), from: [a.key], edited: false }));
}

/**
 * A version from drafts: chapter after chapter (drafts of a chapter in list
 * order), articles numbered 1, 2, 3… through the whole version, as a
 * renumbering after any insertion or deletion would.
 */
export function buildVersion(lang: Lang, drafts: readonly Draft[], chapterHeadings: readonly string[]): { doc: VersionDoc; order: Draft[] } {
  const doc = emptyDoc(lang.language, 'Synthetic');
  const order: Draft[] = [];
  let n = 0;
  chapterHeadings.forEach((heading, c) => {
    const div: Division = { kind: 'division', type: 'chapter', label: lang.chapterLabel(c + 1), num: String(c + 1), heading, text: [], children: [] };
    for (const d of drafts) {
      if (d.chapter !== c) continue;
      n++;
      div.children.push({ kind: 'article', label: lang.articleLabel(n), num: String(n), heading: d.heading, paragraphs: copyParagraphs(d.paragraphs) });
      order.push(d);
    }
    doc.body.push(div);
  });
  if (order.length !== drafts.length) throw new Error('a draft sits in a chapter that does not exist');
  return { doc, order };
}

/** An expected change, by article numbers. */
export interface ExpectedChange {
  kind: Change['kind'];
  old: string[];
  new: string[];
  textChanged: boolean;
}

/**
 * The changes that turned `oldOrder` into `newOrder` (both as built by
 * {@link buildVersion}, so article k is number k+1), from where each new
 * draft came from. Drafts made of the same single base article form a
 * split; a draft made of several is a merge.
 */
export function expectedChanges(oldOrder: readonly Draft[], newOrder: readonly Draft[]): ExpectedChange[] {
  const oldNum = new Map<string, string>();
  oldOrder.forEach((d, i) => {
    if (d.from.length !== 1) throw new Error('old drafts must be base articles');
    oldNum.set(d.from[0]!, String(i + 1));
  });
  const groups = new Map<string, { from: string[]; news: number[]; edited: boolean }>();
  const out: ExpectedChange[] = [];
  const used = new Set<string>();
  newOrder.forEach((d, j) => {
    if (d.from.length === 0) {
      out.push({ kind: 'inserted', old: [], new: [String(j + 1)], textChanged: true });
      return;
    }
    const k = d.from.join('|');
    const g = groups.get(k) ?? { from: d.from, news: [], edited: false };
    g.news.push(j + 1);
    g.edited ||= d.edited;
    groups.set(k, g);
    for (const f of d.from) used.add(f);
  });
  for (const g of groups.values()) {
    const old = g.from.map((f) => oldNum.get(f)!);
    const nw = g.news.map(String);
    if (g.from.length > 1) {
      if (g.news.length !== 1) throw new Error('a merged draft must be one article');
      out.push({ kind: 'merged', old, new: nw, textChanged: true });
    } else if (g.news.length > 1) out.push({ kind: 'split', old, new: nw, textChanged: true });
    else out.push({ kind: 'matched', old, new: nw, textChanged: g.edited });
  }
  for (const [key, num] of oldNum) if (!used.has(key)) out.push({ kind: 'deleted', old: [num], new: [], textChanged: true });
  return sortExpected(out);
}

export function sortExpected<T extends { kind: string; old: string[]; new: string[] }>(list: T[]): T[] {
  const k = tripleKey;
  return [...list].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}

/** The changes of a comparison as {@link ExpectedChange}s, sorted like {@link expectedChanges}. */
export function actualChanges(cmp: Comparison): ExpectedChange[] {
  return sortExpected(cmp.changes.map((c) => ({ kind: c.kind, old: nums(c.old), new: nums(c.new), textChanged: c.textChanged })));
}

// ---------------------------------------------------------------- text edits

/** The editable texts of an article: paragraph texts and item texts, depth-first, that are not empty. */
export function textSlots(paragraphs: Paragraph[]): { get(): string; set(v: string): void }[] {
  const out: { get(): string; set(v: string): void }[] = [];
  const items = (list: Item[]): void => {
    for (const it of list) {
      if (it.text.trim() !== '') out.push({ get: () => it.text, set: (v) => (it.text = v) });
      items(it.items);
    }
  };
  for (const p of paragraphs) {
    if (p.text.trim() !== '') out.push({ get: () => p.text, set: (v) => (p.text = v) });
    items(p.items);
  }
  return out;
}

/** True for a word token that is safe to replace: letters only, no digits or numerals that could be a reference number. */
export function editableWord(token: string, lang: Lang): boolean {
  if (!Tokenizer.isWord(token) || /[\d〇零一二三四五六七八九十百千万两]/u.test(token)) return false;
  return lang.space === '' ? token.length >= 2 : token.length >= 3;
}

/** A word edit at the `pos`-th editable word (mod their count) of a text: replace it, delete it, or insert a word before it. */
export function editWords(text: string, lang: Lang, tokenizer: Tokenizer, edits: readonly { pos: number; op: 'ins' | 'del' | 'rep'; word: number }[]): string {
  let t = text;
  for (const e of edits) {
    // A copy: tokens() hands out its cached array.
    const tokens = [...tokenizer.tokens(t)];
    const words = tokens.map((tok, i) => (editableWord(tok, lang) ? i : -1)).filter((i) => i >= 0);
    if (words.length === 0) continue;
    const at = words[e.pos % words.length]!;
    const w = lang.words[e.word % lang.words.length]!;
    if (e.op === 'rep') tokens[at] = tokens[at] === w ? `${w}${lang.space}${w}` : w;
    else if (e.op === 'del') tokens[at] = '';
    else tokens[at] = `${w}${lang.space}${tokens[at]}`;
    t = tokens.join('').replace(/ {2,}/gu, ' ');
  }
  return t;
}
