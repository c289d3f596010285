/**
 * Random edit scripts over real articles, for the property tests (and for
 * reproducing their counterexamples): a window of a corpus law's articles
 * as the old version, the same after a list of edits as the new one.
 */
import fc from 'fast-check';
import type { Tokenizer } from '../../src/diff/tokens.js';
import type { Paragraph, VersionDoc } from '../../src/model/types.js';
import { articlePool, baseDrafts, buildVersion, copyParagraphs, editWords, LANGS, textSlots, type Draft, type Lang, type SrcArticle } from './engine.js';
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
