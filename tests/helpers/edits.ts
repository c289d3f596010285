/**
 * Random edit scripts over real articles, for the property tests (and for
 * reproducing their counterexamples): a window of a corpus law's articles
 * as the old version, the same after a list of edits as the new one.
 */
import fc from 'fast-check';
import { Tokenizer } from '../../src/diff/tokens.js';
import type { Paragraph, VersionDoc } from '../../src/model/types.js';
import { articlePool, baseDrafts, buildVersion, copyParagraphs, editableWord, editWords, LANGS, lineTexts, plainText, textSlots, toChineseNumeral, type Draft, type Lang, type SrcArticle } from './engine.js';
import { loadSample } from './sample.js';
import { importCorpus } from './corpus.js';

/** A language's article pool and how to number it. */
export interface Corpus {
  name: string;
  lang: Lang;
  pool: () => SrcArticle[];
  seed: number;
}

/** The three languages: Chinese, German and English real articles. */
export const corpora: Corpus[] = [
  { name: 'Chinese (cn-company-law 2023)', lang: LANGS.zh, pool: () => articlePool(importCorpus('cn-company-law/2023.md'), 'company', { maxChars: 1200 }), seed: 20230101 },
  { name: 'German (de-tkg-2004 2012-07-02)', lang: LANGS.de, pool: () => articlePool(importCorpus('de-tkg-2004/2012-07-02.md'), 'tkg', { maxChars: 2500 }), seed: 20120702 },
  {
    name: 'English (us-116-hr2157 enr + sample law en)',
    lang: LANGS.en,
    pool: () => [...articlePool(importCorpus('us-116-hr2157/enr.xml'), 'hr2157', { maxChars: 2500 }), ...articlePool(loadSample('en', 'final'), 'sample-en')],
    seed: 2157,
  },
];

export type Edit =
  | { t: 'insert'; at: number; src: number }
  | { t: 'delete'; at: number }
  | { t: 'modify'; at: number; words: { pos: number; op: 'ins' | 'del' | 'rep'; word: number }[] }
  | { t: 'move'; at: number; to: number; chapter: number }
  | { t: 'split'; at: number; cut: number }
  | { t: 'merge'; at: number }
  | { t: 'addLine'; at: number; src: number; pos: number }
  | { t: 'dropLine'; at: number; pos: number }
  | { t: 'swapLines'; at: number; pos: number }
  | { t: 'heading'; at: number; word: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), src: fc.nat() }),
  fc.record({ t: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    t: fc.constant('modify' as const),
    at: fc.nat(),
    words: fc.array(fc.record({ pos: fc.nat(), op: fc.constantFrom('ins' as const, 'del' as const, 'rep' as const), word: fc.nat() }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ t: fc.constant('move' as const), at: fc.nat(), to: fc.nat(), chapter: fc.nat() }),
  fc.record({ t: fc.constant('split' as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({ t: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('addLine' as const), at: fc.nat(), src: fc.nat(), pos: fc.nat() }),
  fc.record({ t: fc.constant('dropLine' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ t: fc.constant('swapLines' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ t: fc.constant('heading' as const), at: fc.nat(), word: fc.nat() }),
);

export interface Scenario {
  offset: number;
  size: number;
  chapters: number;
  edits: Edit[];
}

export const scenario: fc.Arbitrary<Scenario> = fc.record({
  offset: fc.nat(),
  size: fc.integer({ min: 2, max: 14 }),
  chapters: fc.integer({ min: 1, max: 3 }),
  edits: fc.array(edit, { minLength: 0, maxLength: 6 }),
});

/** Applies one edit to the drafts (indices are taken modulo the list; an edit that does not apply is skipped). */
export function applyEdit(drafts: Draft[], e: Edit, pool: readonly SrcArticle[], window: { start: number; size: number }, chapters: number, lang: Lang, tokenizer: Tokenizer): void {
  const n = drafts.length;
  const at = n > 0 ? e.at % n : 0;
  const d = drafts[at];
  const outside = (k: number): SrcArticle => pool[(window.start + window.size + (k % Math.max(1, pool.length - window.size))) % pool.length]!;
  switch (e.t) {
    case 'insert': {
      const a = outside(e.src);
      drafts.splice(n === 0 ? 0 : at + 1, 0, { heading: a.heading, paragraphs: copyParagraphs(a.paragraphs), chapter: d?.chapter ?? 0, from: [], edited: false });
      return;
    }
    case 'delete':
      if (d) drafts.splice(at, 1);
      return;
    case 'modify': {
      if (!d) return;
      const slots = textSlots(d.paragraphs);
      if (slots.length === 0) return;
      const slot = slots[e.words[0]!.pos % slots.length]!;
      const after = editWords(slot.get(), lang, tokenizer, e.words);
      if (after !== slot.get()) {
        slot.set(after);
        d.edited = true;
      }
      return;
    }
    case 'move': {
      if (!d) return;
      drafts.splice(at, 1);
      drafts.splice(e.to % (drafts.length + 1), 0, { ...d, chapter: e.chapter % chapters });
      return;
    }
    case 'split': {
      if (!d || d.paragraphs.length < 2) return;
      const cut = 1 + (e.cut % (d.paragraphs.length - 1));
      drafts.splice(at, 1, { ...d, paragraphs: d.paragraphs.slice(0, cut), edited: true }, { ...d, paragraphs: d.paragraphs.slice(cut), edited: true });
      return;
    }
    case 'merge': {
      const next = drafts[at + 1];
      if (!d || !next) return;
      drafts.splice(at, 2, { ...d, paragraphs: [...d.paragraphs, ...next.paragraphs], from: [...d.from, ...next.from], edited: true });
      return;
    }
    case 'addLine': {
      if (!d) return;
      const src = outside(e.src).paragraphs;
      const p: Paragraph | undefined = src[e.pos % src.length];
      if (!p) return;
      d.paragraphs.splice(e.pos % (d.paragraphs.length + 1), 0, structuredClone(p));
      d.edited = true;
      return;
    }
    case 'dropLine': {
      if (!d || d.paragraphs.length < 2) return;
      d.paragraphs.splice(e.pos % d.paragraphs.length, 1);
      d.edited = true;
      return;
    }
    case 'swapLines': {
      if (!d || d.paragraphs.length < 2) return;
      const i = e.pos % (d.paragraphs.length - 1);
      const [p] = d.paragraphs.splice(i, 1);
      d.paragraphs.splice(i + 1, 0, p!);
      d.edited = true;
      return;
    }
    case 'heading': {
      if (!d) return;
      d.heading = `${d.heading}${d.heading ? lang.space : ''}${lang.words[e.word % lang.words.length]}`;
      d.edited = true;
      return;
    }
  }
}

export interface Built {
  oldDoc: VersionDoc;
  newDoc: VersionDoc;
  oldOrder: Draft[];
  newOrder: Draft[];
}

export function build(c: Corpus, pool: readonly SrcArticle[], s: Scenario, tokenizer: Tokenizer): Built {
  const size = Math.min(s.size, pool.length - 1);
  const start = s.offset % (pool.length - size + 1);
  const headings = ['A', 'B', 'C'].slice(0, s.chapters);
  const base = baseDrafts(pool.slice(start, start + size), s.chapters);
  const drafts = base.map((d) => ({ ...d, paragraphs: copyParagraphs(d.paragraphs) }));
  for (const e of s.edits) applyEdit(drafts, e, pool, { start, size }, s.chapters, c.lang, tokenizer);
  const o = buildVersion(c.lang, base, headings);
  const n = buildVersion(c.lang, drafts, headings);
  return { oldDoc: o.doc, newDoc: n.doc, oldOrder: o.order, newOrder: n.order };
}

// ---------------------------------------------------------------- passages moved between articles, rewrites in place (issue 14)

/** mulberry32: a small seeded generator of floats in [0, 1) (the bench uses the same). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of the characters (white space not counted) changed from `a` to `b`: (deleted + inserted) / (old + new), over a longest common subsequence. */
export function changedShare(a: string, b: string): number {
  const x = [...a.replace(/\s+/gu, '')];
  const y = [...b.replace(/\s+/gu, '')];
  if (x.length + y.length === 0) return 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  const common = prev[y.length]!;
  return (x.length + y.length - 2 * common) / (x.length + y.length);
}

/** A passage the generator moved: where it was in the old version and where it is in the new one (article numbers, 0-based lines as {@link lineTexts} counts them). */
export interface MovedPassage {
  kind: 'identical' | 'edited' | 'item';
  from: { article: string; line: number };
  to: { article: string; line: number };
  before: string;
  after: string;
}

/** An article the generator rewrote in place: same number, same place, ~25–40 % of its characters changed. */
export interface RewrittenArticle {
  article: string;
  before: string;
  after: string;
  /** {@link changedShare} of the rewrite. */
  share: number;
}

/** A synthetic pair of versions with passages moved between far articles and short articles rewritten in place, and the truth about them. */
export interface PassageCase {
  oldDoc: VersionDoc;
  newDoc: VersionDoc;
  moves: MovedPassage[];
  rewrites: RewrittenArticle[];
  /** Numbers of the articles whose text changed (sources and targets of moves, rewrites); every other article is unchanged. Numbers do not change. */
  changed: Set<string>;
}

/** Lines shorter than this are not moved (the engine ignores formula-length lines by design): characters for CJK, words otherwise. */
const MOVABLE = { cjk: 30, other: 12 };
/** Articles this short (characters of their text) are the short articles rewritten in place. */
const SHORT = { cjk: [14, 90], other: [40, 260] } as const;
/** A sentence appended by some rewrites (the shape 「…。前款工作，由国家网信部门统筹协调。」). */
const APPENDED: Record<string, string> = {
  zh: '前款工作，由国家网信部门统筹协调。',
  de: 'Das Nähere regelt die Bundesnetzagentur durch Verfügung.',
  en: 'The Secretary shall coordinate the work under this section.',
};

const wordCount = (text: string, lang: Lang, tokenizer: Tokenizer): number => (lang.space === '' ? text.replace(/\s/gu, '').length : tokenizer.tokens(text).filter((t) => Tokenizer.isWord(t)).length);

/** The next number of a list whose last item is numbered `last` (`（五）` → `（六）`, `4.` → `5.`, `(c)` → `(d)`). */
function nextItemNum(last: string): string {
  const digits = /^(\D*)(\d+)(\D*)$/u.exec(last);
  if (digits) return `${digits[1]}${Number(digits[2]) + 1}${digits[3]}`;
  const cn = /^([（(]?)([一二三四五六七八九十]+)([）)]?)$/u.exec(last);
  if (cn) {
    const digit = (ch: string | undefined): number => (ch ? '〇一二三四五六七八九'.indexOf(ch) : 0);
    const [tens, ones] = cn[2]!.includes('十') ? cn[2]!.split('十') : ['', cn[2]!];
    const value = cn[2]!.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
    return `${cn[1]}${toChineseNumeral(value + 1)}${cn[3]}`;
  }
  const letter = /^(\(?)([a-z])(\)?)$/u.exec(last);
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2]!.charCodeAt(0) + 1)}${letter[3]}`;
  return last;
}

/**
 * A case of issue 14's edits on a window of real articles (three chapters):
 * a paragraph moved verbatim from chapter 1 to an article of chapter 3, a
 * paragraph moved from chapter 3 to chapter 1 with a few words changed, an
 * item moved from one article's list into another's in a far chapter, and up
 * to `rewrites` short articles rewritten in place (words replaced, sometimes
 * a sentence appended, until 25–40 % of the characters changed). No article is
 * inserted or deleted, so numbers do not change. Deterministic in `seed`.
 */
export function passageCase(lang: Lang, pool: readonly SrcArticle[], tokenizer: Tokenizer, seed: number, opts: { size?: number; rewrites?: number } = {}): PassageCase {
  const rnd = seeded(seed);
  const size = Math.min(opts.size ?? 30, pool.length);
  const start = Math.floor(rnd() * (pool.length - size + 1));
  const base = baseDrafts(pool.slice(start, start + size), 3);
  const drafts = base.map((d) => ({ ...d, paragraphs: copyParagraphs(d.paragraphs) }));
  const cjk = lang.space === '';
  const chapterOf = (k: number): number => drafts[k]!.chapter;
  const used = new Set<number>();
  const moves: { kind: MovedPassage['kind']; from: number; to: number; node: object; fromLine: number; before: string }[] = [];
  const textLen = (d: Draft): number => plainText(d).length;
  const movable = (text: string): boolean => wordCount(text, lang, tokenizer) >= (cjk ? MOVABLE.cjk : MOVABLE.other);
  const shuffled = (list: number[]): number[] => list.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const inChapter = (c: number): number[] => shuffled(drafts.map((_, k) => k).filter((k) => chapterOf(k) === c && !used.has(k)));

  // Paragraph moves: a paragraph without items, long enough, at most half of its article's text, from an article of two or more paragraphs.
  const paragraphMove = (kind: 'identical' | 'edited', fromChapter: number, toChapter: number): void => {
    for (const k of inChapter(fromChapter)) {
      const d = drafts[k]!;
      const lines = lineTexts(d.paragraphs);
      const candidates = d.paragraphs.filter((p) => p.items.length === 0 && p.text !== '' && movable(p.text) && plainText({ heading: '', paragraphs: [p] }).length <= 0.5 * textLen(d));
      if (d.paragraphs.length < 2 || candidates.length === 0) continue;
      const p = candidates[Math.floor(rnd() * candidates.length)]!;
      const target = inChapter(toChapter).find((t) => drafts[t]!.paragraphs.length >= 1);
      if (target === undefined) return;
      const fromLine = lines.findIndex((l) => l.node === p);
      const before = p.text;
      d.paragraphs.splice(d.paragraphs.indexOf(p), 1);
      if (kind === 'edited') {
        const n = wordCount(before, lang, tokenizer) >= (cjk ? 60 : 25) ? 2 : 1;
        const edits = Array.from({ length: n }, (_, e) => ({ pos: Math.floor(((e + rnd()) / n) * 40), op: 'rep' as const, word: Math.floor(rnd() * lang.words.length) }));
        p.text = editWords(before, lang, tokenizer, edits);
      }
      const t = drafts[target]!;
      // The moved paragraph takes the number of the paragraph it follows (numbered paragraphs are renumbered after it: left as they are here).
      const at = 1 + Math.floor(rnd() * t.paragraphs.length);
      t.paragraphs.splice(at, 0, p);
      d.edited = true;
      t.edited = true;
      used.add(k);
      used.add(target);
      moves.push({ kind, from: k, to: target, node: p, fromLine, before });
      return;
    }
  };
  // An item moved into another article's list (appended, numbered after the list's last item); the items after it in its old list keep their numbers.
  const itemMove = (fromChapter: number, toChapter: number): void => {
    for (const k of inChapter(fromChapter)) {
      const d = drafts[k]!;
      const list = d.paragraphs.find((p) => p.items.length >= 3 && p.items.some((i) => i.items.length === 0 && movable(i.text)));
      if (!list) continue;
      const item = list.items.filter((i) => i.items.length === 0 && movable(i.text))[0]!;
      const target = inChapter(toChapter).find((t) => drafts[t]!.paragraphs.some((p) => p.items.length >= 2));
      if (target === undefined) return;
      const fromLine = lineTexts(d.paragraphs).findIndex((l) => l.node === item);
      list.items.splice(list.items.indexOf(item), 1);
      const into = drafts[target]!.paragraphs.find((p) => p.items.length >= 2)!;
      item.num = nextItemNum(into.items[into.items.length - 1]!.num);
      into.items.push(item);
      d.edited = true;
      drafts[target]!.edited = true;
      used.add(k);
      used.add(target);
      moves.push({ kind: 'item', from: k, to: target, node: item, fromLine, before: item.text });
      return;
    }
  };
  paragraphMove('identical', 0, 2);
  paragraphMove('edited', 2, 0);
  itemMove(1, rnd() < 0.5 ? 0 : 2);

  // Rewrites in place of short articles (one text line), not next to another rewrite.
  const rewrites: RewrittenArticle[] = [];
  const vocabulary = [...new Set(pool.flatMap((a) => lineTexts(a.paragraphs).flatMap((l) => tokenizer.tokens(l.text).filter((w) => editableWord(w, lang)))))];
  const [lo, hi] = cjk ? SHORT.cjk : SHORT.other;
  for (const k of shuffled(drafts.map((_, i) => i))) {
    if (rewrites.length >= (opts.rewrites ?? 3)) break;
    const d = drafts[k]!;
    const slots = textSlots(d.paragraphs);
    if (used.has(k) || used.has(k - 1) || used.has(k + 1) || slots.length !== 1 || textLen(d) < lo || textLen(d) > hi) continue;
    const slot = slots[0]!;
    const before = slot.get();
    const want = 0.25 + 0.15 * rnd();
    // Words of the old text replaced (and sometimes a sentence appended) until the wanted share is reached.
    const tail = rnd() < 0.5 ? `${lang.space}${APPENDED[lang.id]}` : '';
    let core = before;
    if (changedShare(before, `${core}${tail}`) > 0.4) continue;
    for (let attempt = 0; attempt < 60 && changedShare(before, `${core}${tail}`) < want; attempt++) {
      const tokens = [...tokenizer.tokens(core)];
      const words = tokens.map((t, i) => (editableWord(t, lang) ? i : -1)).filter((i) => i >= 0);
      if (words.length === 0) break;
      tokens[words[Math.floor(rnd() * words.length)]!] = vocabulary[Math.floor(rnd() * vocabulary.length)]!;
      const next = tokens.join('');
      if (changedShare(before, `${next}${tail}`) <= 0.4) core = next;
    }
    const text = `${core}${tail}`;
    const share = changedShare(before, text);
    if (share < 0.25 || share > 0.4) continue;
    slot.set(text);
    d.edited = true;
    used.add(k);
    rewrites.push({ article: String(k + 1), before, after: text, share });
  }

  const headings = ['A', 'B', 'C'];
  const o = buildVersion(lang, base, headings);
  const n = buildVersion(lang, drafts, headings);
  return {
    oldDoc: o.doc,
    newDoc: n.doc,
    moves: moves.map((m) => ({
      kind: m.kind,
      from: { article: String(m.from + 1), line: m.fromLine },
      to: { article: String(m.to + 1), line: lineTexts(drafts[m.to]!.paragraphs).findIndex((l) => l.node === m.node) },
      before: m.before,
      after: (m.node as { text: string }).text,
    })),
    rewrites,
    changed: new Set([...used].map((k) => String(k + 1))),
  };
}
