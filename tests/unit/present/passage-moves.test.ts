/**
 * Aligned lines, moved passages and honest split labels, as the rows show
 * them, on real laws of the shared corpus: the Company Law 2018 → 2023 (PRC
 * items 项, 19 moved passages) and the BGB 2013 → 2022 (German Nummern).
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { buildModel, type ArticleRow, type CompareModel } from '../../../src/present/compare-model.js';
import { moveLookup, sideMoves } from '../../../src/present/passage-moves.js';
import { alignedBlocks, blockMarks, diffBlocks, plainBlocks, type AlignedRow, type Block } from '../../../src/present/row-text.js';
import type { Change, Comparison } from '../../../src/diff/types.js';
import { importCorpus, readCorpus } from '../../helpers/corpus.js';
import { exportHtml } from '../../../src/present/export-html.js';
import { parseLaw } from '../../../src/model/validate.js';

const comparisons = new Map<string, Comparison>();

function corpusModel(law: string, oldId: string, newId: string): CompareModel {
  const a = importCorpus(`${law}/${oldId}.md`);
  const b = importCorpus(`${law}/${newId}.md`);
  const c = compareVersions(a, b);
  comparisons.set(`${law}/${oldId}/${newId}`, c);
  return buildModel(a, b, c, { old: oldId, new: newId });
}

/** The row holding the article printed `label` on the new side (or the old side, `old`). */
function rowWith(m: CompareModel, label: string, side: 'old' | 'new' = 'new'): ArticleRow {
  const row = m.rows.find((r): r is ArticleRow => r.type === 'article' && r[side].some((a) => a.article.label === label));
  if (!row) throw new Error(`no row with ${label} on its ${side} side`);
  return row;
}

const text = (b: Block | undefined): string => (b?.kind === 'line' ? b.spans.map((s) => s.text).join('') : b?.kind === 'label' ? `[${b.text}]` : '');
const aligned = (row: ArticleRow): AlignedRow[] =>
  alignedBlocks(row.change.diff!, row.old.map((a) => a.article), row.new.map((a) => a.article), blockMarks(row.change, row.moves));

describe('aligned lines', () => {
  const company = corpusModel('cn-company-law', '2018', '2023');

  it('faces each item with its counterpart, and a blank where one reading has none (Company Law 第四十六条 → 第六十七条)', () => {
    const rows = aligned(rowWith(company, '第六十七条'));
    const pairs = rows.map((r) => [text(r.old).slice(0, 4), text(r.new).slice(0, 4)]);
    expect(pairs).toEqual([
      ['', '有限责任'], // moved in from 第四十四条: nothing faces it in 第四十六条
      ['董事会对', '董事会行'],
      ['（一）召', '（一）召'],
      ['（二）执', '（二）执'],
      ['（三）决', '（三）决'],
      ['（四）制', ''], // old item (四) deleted: its successors face their new numbers
      ['（五）制', '（四）制'],
      ['（六）制', '（五）制'],
      ['（七）制', '（六）制'],
      ['（八）决', '（七）决'],
      ['（九）决', '（八）决'],
      ['（十）制', '（九）制'],
      ['（十一）', '（十）公'],
      ['', '公司章程'],
    ]);
    // Items keep their depth on both sides; a changed pair is marked changed on both.
    expect(rows[6]!.old).toMatchObject({ kind: 'line', depth: 1, state: 'changed' });
    expect(rows[6]!.new).toMatchObject({ kind: 'line', depth: 1, state: 'changed' });
    expect(rows[5]!.old).toMatchObject({ state: 'deleted', spans: [{ mark: 'del' }] });
    expect(rows[13]!.new).toMatchObject({ state: 'inserted', spans: [{ mark: 'ins' }] });
  });

  it('gives each side the same lines as before, in order (diffBlocks reads the aligned rows)', () => {
    const row = rowWith(company, '第六十七条');
    const diff = row.change.diff!;
    const oldArts = row.old.map((a) => a.article);
    const newArts = row.new.map((a) => a.article);
    const rows = aligned(row);
    const marks = blockMarks(row.change, row.moves);
    expect(diffBlocks(diff, oldArts, newArts, 'old', marks)).toEqual(rows.flatMap((r) => r.old ?? []));
    expect(diffBlocks(diff, oldArts, newArts, 'new', marks)).toEqual(rows.flatMap((r) => r.new ?? []));
    expect(diffBlocks(diff, oldArts, newArts, 'both', marks)).toHaveLength(rows.length);
    expect(rows.filter((r) => r.old).length).toBe(plainBlocks(oldArts, '').length);
    expect(rows.filter((r) => r.new).length).toBe(plainBlocks(newArts, '').length);
  });

  it('keeps a split’s part labels in rows of their own', () => {
    const row = rowWith(company, '第二十九条');
    const rows = aligned(row);
    expect(rows.filter((r) => r.new?.kind === 'label').map((r) => [text(r.old), text(r.new)])).toEqual([
      ['', '[第二十九条]'],
      ['', '[第三十一条]'],
    ]);
  });

  it('aligns German Nummern after a sentence left out (BGB 2013 → 2022, § 622)', () => {
    const row = rowWith(corpusModel('de-bgb', '2013-01-11', '2022-03-03'), '§ 622');
    const rows = aligned(row);
    const gone = rows.findIndex((r) => r.old && !r.new);
    expect(text(rows[gone]!.old)).toMatch(/^Bei der Berechnung der Beschäftigungsdauer/u);
    // Every other row pairs a line with its own text: the seven Nummern of (2) face each other.
    const after = rows.filter((_, i) => i !== gone);
    expect(after.every((r) => r.old && r.new && text(r.old) === text(r.new))).toBe(true);
    expect(after.filter((r) => r.new?.kind === 'line' && r.new.depth === 1).slice(0, 7).map((r) => text(r.new).slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
  });
});

describe('moved passages', () => {
  const company = corpusModel('cn-company-law', '2018', '2023');

  it('marks an identical move at both ends, each naming and keying the other (第五条 (2) → 第三条 (2))', () => {
    const to = rowWith(company, '第三条');
    const from = rowWith(company, '第五条', 'old');
    expect(to.moves.new.get(1)).toEqual({ dir: 'from', key: from.key, label: '第五条', line: 2, ops: undefined });
    expect(from.moves.old.get(1)).toEqual({ dir: 'to', key: to.key, label: '第三条', line: 2, ops: undefined });
    const newLine = aligned(to).find((r) => r.new?.kind === 'line' && r.new.move)!.new!;
    expect(newLine).toMatchObject({ state: 'inserted', spans: [{ mark: 'moved-in' }] });
    const oldLine = aligned(from).find((r) => r.old?.kind === 'line' && r.old.move)!.old!;
    expect(oldLine).toMatchObject({ state: 'deleted', spans: [{ mark: 'moved-out' }] });
    expect(text(oldLine)).toBe(text(newLine));
  });

  it('shows an edited move’s word diff at its new place (第一百五十条 (2) → 第八十条 (2))', () => {
    const to = rowWith(company, '第八十条');
    const link = to.moves.new.get(1)!;
    expect(link).toMatchObject({ dir: 'from', label: '第一百五十条', line: 2 });
    expect(link.ops!.some((op) => op.op !== 'equal')).toBe(true);
    const blocks = to.change.diff
      ? diffBlocks(to.change.diff, to.old.map((a) => a.article), to.new.map((a) => a.article), 'new', blockMarks(to.change, to.moves))
      : plainBlocks(to.new.map((a) => a.article), 'ins', to.moves.new);
    const moved = blocks.find((b) => b.kind === 'line' && b.move)!;
    // The words kept are underlined twice (moved in); the words the move dropped are struck through beside them.
    expect(moved.kind === 'line' && [...new Set(moved.spans.map((s) => s.mark))].sort()).toEqual(['del', 'moved-in']);
    expect(rowWith(company, '第一百五十条', 'old').moves.old.get(1)).toMatchObject({ dir: 'to', key: to.key, label: '第八十条', line: 2, ops: undefined });
  });

  it('finds every move of the comparison at both ends, once', () => {
    const ends = { old: 0, new: 0 };
    for (const r of company.rows) {
      if (r.type !== 'article') continue;
      ends.old += r.moves.old.size;
      ends.new += r.moves.new.size;
      for (const link of [...r.moves.old.values(), ...r.moves.new.values()]) expect(company.indexOfKey.has(link.key)).toBe(true);
    }
    const n = comparisons.get('cn-company-law/2018/2023')!.moves.length;
    expect(n).toBeGreaterThanOrEqual(18);
    expect(ends).toEqual({ old: n, new: n });
  });

  it('counts a split’s lines across its parts, and leaves a comparison without moves alone', () => {
    const ref = (index: number, label: string) => ({ num: label, label, index, divisions: [] });
    const art = (label: string, lines: number) => ({
      kind: 'article' as const,
      label,
      num: label,
      heading: '',
      paragraphs: Array.from({ length: lines }, (_, i) => ({ num: '', text: `${label}.${i}`, items: [] })),
    });
    const lookup = moveLookup([{ from: { article: ref(0, 'A'), line: 0 }, to: { article: ref(8, 'Y'), line: 1 }, similarity: 1, ops: undefined }]);
    const split = { old: [ref(3, 'S')], new: [ref(7, 'X'), ref(8, 'Y')] };
    const moves = sideMoves(lookup, split, [art('S', 4)], [art('X', 3), art('Y', 2)], (side, r) => `${side}:${r.label}`);
    expect([...moves.new.keys()]).toEqual([4]);
    expect(moves.new.get(4)).toEqual({ dir: 'from', key: 'old:A', label: 'A', line: 1, ops: undefined });
    expect(moves.old.size).toBe(0);
    expect(sideMoves(moveLookup(undefined), split, [], [], () => '').new.size).toBe(0);
  });
});

describe('honest splits and merges', () => {
  const company = corpusModel('cn-company-law', '2018', '2023');

  it('labels a part of mostly new text "new text", and a merged part mostly dropped "mostly deleted"', () => {
    // No split of these readings has such a part; the same rows with the engine's list filled in.
    const split = rowWith(company, '第二十九条');
    const change = { ...split.change, unsharedParts: [1] } as Change;
    const labels = diffBlocks(change.diff!, split.old.map((a) => a.article), split.new.map((a) => a.article), 'new', blockMarks(change, split.moves)).filter(
      (b) => b.kind === 'label',
    );
    expect(labels).toEqual([
      { kind: 'label', text: '第二十九条', note: undefined },
      { kind: 'label', text: '第三十一条', note: 'new text' },
    ]);
    const merge = rowWith(company, '第一百五十一条');
    const merged = { ...merge.change, unsharedParts: [0] } as Change;
    const oldLabels = diffBlocks(merged.diff!, merge.old.map((a) => a.article), merge.new.map((a) => a.article), 'old', blockMarks(merged, merge.moves)).filter(
      (b) => b.kind === 'label',
    );
    expect(oldLabels.map((b) => b.kind === 'label' && [b.text, b.note])).toEqual([
      ['第一百三十三条', 'mostly deleted'],
      ['第一百三十五条', undefined],
    ]);
  });
});

describe('the HTML export', () => {
  it('aligns lines, marks moved passages with links to the other end, and counts them (Company Law 2018 → 2023)', () => {
    const m = corpusModel('cn-company-law', '2018', '2023');
    const c = comparisons.get('cn-company-law/2018/2023')!;
    const law = parseLaw(readCorpus('cn-company-law', 'law.json')).law!;
    const v = (id: string) => law.versions.find((x) => x.id === id)!;
    const common = { law, oldVersion: v('2018'), newVersion: v('2023'), rows: m.rows, stats: c.stats, renumberedOnly: 0, filter: 'all' as const };
    const more = { lang: { old: 'zh-Hans', new: 'zh-Hans' }, generated: new Date('2026-12-02T00:00:00Z') };
    const doc = exportHtml({ ...common, ...more, view: 'synopsis' });
    const to = rowWith(m, '第三条');
    const from = rowWith(m, '第五条', 'old');
    expect(doc).toContain(`<a href="#row-${from.key}">moved from 第五条 (2)</a>`);
    expect(doc).toContain(`<a href="#row-${to.key}">moved to 第三条 (2)</a>`);
    expect(doc).toContain('<ins class="moved"><span class="sr">[moved text: </span>公司的合法权益受法律保护');
    expect(doc).toMatch(/<div class="cols aligned" style="--rows:\d+">/u);
    expect(doc).toContain('<p class="blank"></p>');
    expect(doc).toContain(`<li><span class="n">${c.stats.movedPassages}</span> Passages moved</li>`);
    const redline = exportHtml({ ...common, ...more, view: 'redline' });
    expect(redline).toContain('<del class="moved"><span class="sr">[moved text: </span>公司的合法权益受法律保护');
    expect(redline).not.toContain('class="blank"');
  });
});
