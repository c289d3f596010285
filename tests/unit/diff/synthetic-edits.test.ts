/**
 * Known edits on real law: a version built from consecutive articles of a
 * real law (three chapters, numbered 1…n), and a second version made from it
 * by known edits — insert an article, delete one, reword a few words of one,
 * move one to another chapter, split one into two, merge two into one, and
 * renumber everything after. The engine must recover exactly those edits:
 * kinds, article pairs and flags.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { Tokenizer } from '../../../src/diff/tokens.js';
import type { Change } from '../../../src/diff/types.js';
import type { Paragraph } from '../../../src/model/types.js';
import {
  actualChanges,
  articleLines,
  articlePool,
  baseDrafts,
  buildVersion,
  changeKey,
  checkComparison,
  copyParagraphs,
  editWords,
  expectedChanges,
  LANGS,
  nums,
  plainText,
  textSlots,
  tripleKey,
  type Draft,
  type Lang,
  type SrcArticle,
} from '../../helpers/engine.js';
import { loadSample } from '../../helpers/sample.js';
import { importCorpus } from '../../helpers/corpus.js';

interface Source {
  name: string;
  lang: Lang;
  pool(): SrcArticle[];
  /** First article of the window: index in the pool, or the label of the article to start at. */
  start: number | string;
  chapters: [string, string, string];
}

const corpus = (file: string) => () => articlePool(importCorpus(file), file);

const ZH: [string, string, string] = ['一般规定', '具体规定', '附则'];
const DE: [string, string, string] = ['Allgemeine Vorschriften', 'Besondere Vorschriften', 'Schlussvorschriften'];
const EN: [string, string, string] = ['General Provisions', 'Specific Provisions', 'Final Provisions'];

const sources: Source[] = [
  { name: 'zh: cn-company-law 2023', lang: LANGS.zh, pool: corpus('cn-company-law/2023.md'), start: '第四十二条', chapters: ZH },
  { name: 'zh: cn-civil-code 2020', lang: LANGS.zh, pool: corpus('cn-civil-code/2020.md'), start: '第五百零九条', chapters: ZH },
  { name: 'de: de-bgb 2012-07-02', lang: LANGS.de, pool: corpus('de-bgb/2012-07-02.md'), start: '§ 433', chapters: DE },
  { name: 'de: de-tkg-2004 2012-07-02', lang: LANGS.de, pool: corpus('de-tkg-2004/2012-07-02.md'), start: '§ 41a', chapters: DE },
  { name: 'en: us-116-hr2157 enr', lang: LANGS.en, pool: corpus('us-116-hr2157/enr.xml'), start: 0, chapters: EN },
  { name: 'en: sample law (en) final', lang: LANGS.en, pool: () => articlePool(loadSample('en', 'final'), 'sample-en/final'), start: 0, chapters: EN },
];

const BASE = 24;

const textLength = (a: { heading: string; paragraphs: Paragraph[] }): number => plainText(a).length;

/** Where the edits go, chosen from the texts so each edit is one a reader would recognize. */
interface Plan {
  modify: number;
  insertAfter: number;
  split: { at: number; cut: number };
  merge: number;
  move: number;
  remove: number;
}

function plan(arts: readonly SrcArticle[]): Plan {
  const n = arts.length;
  const third = Math.ceil(n / 3);
  const chapterOf = (i: number): number => Math.floor(i / third);
  const used = new Set<number>();
  const take = (i: number): number => {
    if (i < 0 || used.has(i)) throw new Error(`no free article for an edit (${i})`);
    used.add(i);
    return i;
  };
  // Split: the article with two or more paragraphs that splits most evenly (preferably in chapter 2).
  let split = { at: -1, cut: 0, share: 0 };
  for (let i = 0; i < n; i++) {
    const ps = arts[i]!.paragraphs;
    for (let k = 1; k < ps.length; k++) {
      const a = textLength({ heading: '', paragraphs: ps.slice(0, k) });
      const b = textLength({ heading: '', paragraphs: ps.slice(k) });
      const share = Math.min(a, b) / (a + b) + (chapterOf(i) === 1 ? 0.2 : 0);
      if (share > split.share) split = { at: i, cut: k, share };
    }
  }
  if (split.share < 0.25) throw new Error('no article in the window splits evenly');
  take(split.at);
  // Merge: two neighbours of the same chapter and similar size (preferably in chapter 3, away from the split).
  let merge = { at: -1, score: 0 };
  for (let i = 0; i + 1 < n; i++) {
    if (used.has(i) || used.has(i + 1) || chapterOf(i) !== chapterOf(i + 1) || i === 0) continue;
    const a = textLength(arts[i]!);
    const b = textLength(arts[i + 1]!);
    const score = Math.min(a, b) / Math.max(a, b) + (chapterOf(i) === 2 ? 0.5 : 0);
    if (score > merge.score) merge = { at: i, score };
  }
  take(merge.at);
  take(merge.at + 1);
  const free = (from: number, to: number, dir: 1 | -1): number => {
    for (let i = dir === 1 ? from : to - 1; dir === 1 ? i < to : i >= from; i += dir) if (!used.has(i)) return i;
    return -1;
  };
  // Move: the last free article of chapter 3 goes to the front of chapter 1.
  const move = take(free(2 * third, n, -1));
  // Delete: the first free article of chapter 3 (or 2).
  const remove = take(free(2 * third, n, 1) >= 0 ? free(2 * third, n, 1) : free(third, 2 * third, 1));
  // Modify: the longest free article of chapter 1 (a few words change in a long text).
  let modify = -1;
  for (let i = 1; i < third; i++) if (!used.has(i) && (modify < 0 || textLength(arts[i]!) > textLength(arts[modify]!))) modify = i;
  take(modify);
  // Insert: in chapter 1, after a free article that is not the first.
  const insertAfter = free(Math.max(2, Math.floor(third / 2)), third, 1);
  if (insertAfter < 0) throw new Error('no place to insert');
  return { modify, insertAfter, split: { at: split.at, cut: split.cut }, merge: merge.at, move, remove };
}

/** The new drafts: the base with the planned edits applied. */
function applyPlan(base: Draft[], p: Plan, inserted: SrcArticle, lang: Lang, tokenizer: Tokenizer): { drafts: Draft[]; modified: { before: string; after: string } } {
  let modified = { before: '', after: '' };
  const out: Draft[] = [];
  base.forEach((d, i) => {
    if (i === p.remove || i === p.merge + 1 || i === p.move) return;
    if (i === p.modify) {
      const paragraphs = copyParagraphs(d.paragraphs);
      const slots = textSlots(paragraphs);
      const slot = slots.reduce((a, b) => (b.get().length > a.get().length ? b : a));
      const before = slot.get();
      slot.set(editWords(before, lang, tokenizer, [
        { pos: 2, op: 'rep', word: 0 },
        { pos: 7, op: 'ins', word: 1 },
        { pos: 12, op: 'rep', word: 2 },
      ]));
      modified = { before, after: slot.get() };
      out.push({ ...d, paragraphs, edited: true });
    } else if (i === p.split.at) {
      out.push({ ...d, paragraphs: copyParagraphs(d.paragraphs.slice(0, p.split.cut)) });
      out.push({ ...d, paragraphs: copyParagraphs(d.paragraphs.slice(p.split.cut)) });
    } else if (i === p.merge) {
      const next = base[i + 1]!;
      out.push({ ...d, paragraphs: copyParagraphs([...d.paragraphs, ...next.paragraphs]), from: [...d.from, ...next.from] });
    } else out.push({ ...d, paragraphs: copyParagraphs(d.paragraphs) });
    if (i === p.insertAfter) out.push({ heading: inserted.heading, paragraphs: copyParagraphs(inserted.paragraphs), chapter: d.chapter, from: [], edited: false });
  });
  // The moved article opens chapter 1 (after its first article).
  const moved = base[p.move]!;
  out.splice(1, 0, { ...moved, paragraphs: copyParagraphs(moved.paragraphs), chapter: 0 });
  return { drafts: out, modified };
}

type Flags = Pick<Change, 'textChanged' | 'renumbered' | 'moved' | 'divisionChanged' | 'referencesOnly'>;

describe.each(sources.map((s) => [s.name, s] as const))('synthetic edits on %s', (_name, src) => {
  const pool = src.pool();
  const start = typeof src.start === 'number' ? src.start : pool.findIndex((a) => a.key.endsWith(` ${src.start}`));
  if (start < 0) throw new Error(`${src.name}: no article ${src.start}`);
  const size = Math.min(BASE, pool.length - start - 1);
  const arts = pool.slice(start, start + size);
  // The inserted article: the next one of the law after the window (so it is real text, but new here).
  const inserted = pool[start + size]!;
  const tokenizer = new Tokenizer(src.lang.language);
  const p = plan(arts);
  const base = baseDrafts(arts, 3);
  const { doc: oldDoc, order: oldOrder } = buildVersion(src.lang, base, src.chapters);
  const { drafts, modified } = applyPlan(base, p, inserted, src.lang, tokenizer);
  const { doc: newDoc, order: newOrder } = buildVersion(src.lang, drafts, src.chapters);
  const cmp = compareVersions(oldDoc, newDoc);
  const expected = expectedChanges(oldOrder, newOrder);
  const movedOld = String(p.move + 1);

  it('builds a window of real articles with every edit in place', () => {
    expect(size, 'window size').toBeGreaterThanOrEqual(18);
    expect(modified.after, 'the modified article really changed').not.toBe(modified.before);
    expect(expected.map((e) => e.kind).sort()).toEqual(
      expect.arrayContaining(['deleted', 'inserted', 'matched', 'merged', 'split']),
    );
  });

  it('satisfies the invariants of every comparison', () => {
    checkComparison(cmp, oldDoc, newDoc);
  });

  it('recovers exactly the edits: kinds and article pairs', () => {
    expect(actualChanges(cmp).map((c) => `${tripleKey(c)}${c.kind === 'matched' && c.textChanged ? ' (text changed)' : ''}`)).toEqual(
      expected.map((c) => `${tripleKey(c)}${c.kind === 'matched' && c.textChanged ? ' (text changed)' : ''}`),
    );
  });

  it('flags each pair as the edits imply', () => {
    const problems: string[] = [];
    for (const c of cmp.changes) {
      const isMoved = c.kind === 'matched' && c.old[0].num === movedOld;
      const want: Flags = {
        textChanged: c.kind === 'matched' ? expected.find((e) => tripleKey(e) === changeKey(c))?.textChanged ?? true : true,
        renumbered: nums(c.old).join() !== nums(c.new).join() && c.kind !== 'inserted' && c.kind !== 'deleted',
        moved: isMoved,
        divisionChanged: isMoved,
        referencesOnly: false,
      };
      const got: Flags = { textChanged: c.textChanged, renumbered: c.renumbered, moved: c.moved, divisionChanged: c.divisionChanged, referencesOnly: c.referencesOnly };
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${changeKey(c)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
    expect(problems).toEqual([]);
  });

  it('renumbers everything after the insertion without calling it rewritten', () => {
    // Articles of chapter 1 between the insertion and the modified article (if after it) shift by one … and the rest by the net count of edits before them.
    const after = cmp.changes.filter((c) => c.kind === 'matched' && !c.moved && !c.textChanged && c.new[0].index > p.insertAfter + 1);
    expect(after.length).toBeGreaterThan(5);
    for (const c of after) {
      expect(c.renumbered, changeKey(c)).toBe(true);
      expect(c.diff, changeKey(c)).toBeUndefined();
      expect(c.similarity, changeKey(c)).toBe(1);
    }
    // Those before the insertion (and the move) keep their numbers.
    const first = cmp.changes[0]!;
    expect(changeKey(first)).toBe('matched 1→1');
    expect(first.renumbered || first.textChanged).toBe(false);
  });

  it('shows the reworded article as the few words that changed', () => {
    const c = cmp.changes.find((x) => x.kind === 'matched' && x.textChanged)!;
    expect(nums(c.old)).toEqual([String(p.modify + 1)]);
    const changed = c.diff!.lines.filter((l) => l.kind !== 'equal');
    expect(changed.map((l) => l.kind), 'one changed line, the rest equal').toEqual(['changed']);
    const line = changed[0]!;
    // The line is the edited text, after its paragraph or item number if it has one.
    expect(line.old!.endsWith(modified.before) && line.new!.endsWith(modified.after), `${line.old} → ${line.new}`).toBe(true);
    expect(line.old!.slice(0, -modified.before.length)).toBe(line.new!.slice(0, -modified.after.length));
    const ops = line.kind === 'changed' ? line.ops : [];
    const inserted = ops.filter((o) => o.op === 'insert').map((o) => o.text).join('');
    const kept = ops.filter((o) => o.op === 'equal').map((o) => o.text).join('');
    for (const w of src.lang.words.slice(0, 3)) expect(inserted, `the diff inserts "${w}"`).toContain(w);
    expect(kept.length / modified.before.length, 'most of the line is kept').toBeGreaterThan(0.6);
  });

  it('puts the split parts and the merged article with their sources', () => {
    const split = cmp.changes.find((c) => c.kind === 'split')!;
    const merged = cmp.changes.find((c) => c.kind === 'merged')!;
    expect(split.diff!.lines.every((l) => l.kind === 'equal'), 'a verbatim split: every line equal').toBe(true);
    expect(merged.diff!.lines.every((l) => l.kind === 'equal'), 'a verbatim merge: every line equal').toBe(true);
    expect(split.diff!.lines.map((l) => l.old)).toEqual(articleLines(arts[p.split.at]!));
  });

  it('aligns the three chapters unchanged', () => {
    expect(cmp.divisions.map((d) => `${d.kind} ${d.old?.key} → ${d.new?.key} ${d.renamed} ${d.renumbered}`)).toEqual([
      'matched chapter:1 → chapter:1 false false',
      'matched chapter:2 → chapter:2 false false',
      'matched chapter:3 → chapter:3 false false',
    ]);
  });
});
