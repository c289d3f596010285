/**
 * Which official explanations a comparison row shows. An explanation belongs
 * to the reading that attached it and explains that reading's change, so a
 * row of old → new shows those of the readings after old up to new (each
 * labelled with its reading when there are several), never the older
 * reading's own, and a deleted article only a reason the newer reading gives
 * for deleting it. On Taiwan's PDPA (../shared/corpus) and the sample law.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, type ArticleRow, type CompareModel } from '../../../src/present/compare-model.js';
import { compareVersions } from '../../../src/diff/compare.js';
import { buildHistory } from '../../../src/diff/history.js';
import type { VersionDoc, VersionInfo } from '../../../src/model/types.js';
import { importCorpus } from '../../helpers/corpus.js';
import { model, rowOf, tinyArticle, tinyDoc } from '../../helpers/sample.js';

const articleRows = (m: CompareModel): ArticleRow[] => m.rows.filter((r): r is ArticleRow => r.type === 'article');
const texts = (row: ArticleRow): string[] => row.annotations.map((a) => a.text);

describe('explanations on Taiwan’s PDPA (1995, 2010, 2015)', () => {
  const ids = ['1995', '2010', '2015'] as const;
  const docs: Record<string, VersionDoc> = Object.fromEntries(ids.map((id) => [id, importCorpus(`tw-personal-data-protection-act/${id}.json`)]));
  const versions: VersionInfo[] = ids.map((id) => ({ id, label: `${id} reading`, stage: 'amended', date: '' }));
  const history = buildHistory(ids.map((id) => ({ id, doc: docs[id]! })));
  const pdpa = (oldId: string, newId: string): CompareModel =>
    buildModel(docs[oldId]!, docs[newId]!, compareVersions(docs[oldId]!, docs[newId]!), { old: oldId, new: newId }, history, { docs, versions });

  it('2010 → 2015: 第五十四條, rewritten in place, is reworded (the 2015 reasons list it) and carries 2015’s reason, not 2010’s “本條新增”', () => {
    const m = pdpa('2010', '2015');
    expect(articleRows(m).filter((r) => r.kind === 'deleted' || r.kind === 'inserted')).toEqual([]);
    const row = articleRows(m).find((r) => r.new[0]?.article.num === '54')!;
    expect(row.kind).toBe('reworded');
    expect(row.old.map((a) => a.article.label)).toEqual(['第五十四條']);
    // A single step needs no reading label.
    expect(texts(row)).toEqual(['照協商條文通過。']);
    expect(row.annotations).toHaveLength(1);
    expect(row.annotations[0]).toMatchObject({ version: '2015', reading: undefined });
  });

  it('2010 → 2015: every explanation shown is one of 2015’s, on the article it names', () => {
    const m = pdpa('2010', '2015');
    const shown = articleRows(m).flatMap((r) => r.annotations.map((a) => ({ a, nums: r.new.map((x) => x.article.num) })));
    expect(shown).toHaveLength(12);
    for (const { a, nums } of shown) {
      expect(a.version).toBe('2015');
      expect(nums).toContain(a.article);
    }
  });

  it('1995 → 2015 spans two readings: each row shows the explanations of 2010 and of 2015 on its lineage, labelled, in order', () => {
    const m = pdpa('1995', '2015');
    // 2015's 第六條 was inserted in 2010 and reworded in 2015.
    const six = articleRows(m).find((r) => r.new[0]?.article.num === '6')!;
    expect(six.annotations.map((a) => [a.version, a.reading])).toEqual([
      ['2010', '2010 reading'],
      ['2015', '2015 reading'],
    ]);
    expect(six.annotations[0]!.text).toMatch(/^一、本條新增。/u);
    expect(six.annotations[1]!.text).toBe('照協商條文通過。');
    // Never 1995's own reasons (they explain 1995, not the step from it).
    expect(articleRows(m).every((r) => r.annotations.every((a) => a.version !== '1995'))).toBe(true);
  });

  it('2015 → 2010 (backwards): the step is explained by 2015’s reasons, labelled, and 2010’s own do not show', () => {
    const m = pdpa('2015', '2010');
    const shown = articleRows(m).flatMap((r) => r.annotations);
    expect(shown).toHaveLength(12);
    expect(shown.every((a) => a.version === '2015' && a.reading === '2015 reading')).toBe(true);
  });
});

describe('explanations on the sample law', () => {
  it('first draft → second reading: the explanations stay on the rows they explain', () => {
    const { model: m } = model('zh', 'first-draft', 'second-reading');
    const annotated = articleRows(m)
      .filter((r) => r.annotations.length > 0)
      .map((r) => r.new.map((a) => a.article.num).join('+'));
    expect(annotated).toEqual(['4', '7', '13', '17', '23', '24', '26', '35', '41', '45', '48']);
    expect(rowOf(m, 'first-draft~15').annotations.map((a) => [a.version, a.reading])).toEqual([['second-reading', undefined]]);
    // The deleted articles 32 and 34: explained under 13 and 41, nothing of their own.
    expect(articleRows(m).filter((r) => r.kind === 'deleted').flatMap((r) => r.annotations)).toEqual([]);
  });

  it('first draft → final spans the second reading: its explanation of Article 4 shows, labelled with its reading', () => {
    const { model: m } = model('zh', 'first-draft', 'final');
    const moved = rowOf(m, 'first-draft~15');
    expect(moved.annotations.map((a) => [a.version, a.reading])).toEqual([['second-reading', 'Second reading draft']]);
    expect(moved.annotations[0]!.text).toContain('第十五条移至总则');
    // Article 30 of the final text (merged there from 29 and 30) has the final reading's explanation, labelled too.
    const merged = articleRows(m).find((r) => r.new.some((a) => a.article.num === '30'))!;
    expect(merged.annotations.map((a) => a.version)).toContain('final');
    expect(merged.annotations.every((a) => a.reading !== undefined)).toBe(true);
  });
});

describe('the reason for a deletion', () => {
  const article = tinyArticle;
  const doc = tinyDoc;
  const v1 = doc(
    [article('1', 'Everyone may read the data of the state.'), article('2', 'The minister keeps a register of all open data sets.')],
    [{ article: '2', kind: 'explanation', text: 'Article 2 is new: a register.', source: 'v1' }],
  );
  const v2 = doc([article('1', 'Everyone may read the data of the state.')], [{ article: '2', kind: 'explanation', text: 'Article 2 is deleted: the register moved to a regulation.', source: 'v2' }]);

  it('shows the newer reading’s reason for deleting an article, never the older reading’s explanation of it', () => {
    const comparison = compareVersions(v1, v2);
    const history = buildHistory([
      { id: 'v1', doc: v1 },
      { id: 'v2', doc: v2 },
    ]);
    const withHistory = buildModel(v1, v2, comparison, { old: 'v1', new: 'v2' }, history, {
      docs: { v1, v2 },
      versions: [
        { id: 'v1', label: 'One', stage: '', date: '' },
        { id: 'v2', label: 'Two', stage: '', date: '' },
      ],
    });
    const without = buildModel(v1, v2, comparison, { old: 'v1', new: 'v2' });
    for (const m of [withHistory, without]) {
      const deleted = articleRows(m).find((r) => r.kind === 'deleted')!;
      expect(texts(deleted)).toEqual(['Article 2 is deleted: the register moved to a regulation.']);
      expect(deleted.annotations[0]).toMatchObject({ version: 'v2', reading: undefined });
    }
  });
});
