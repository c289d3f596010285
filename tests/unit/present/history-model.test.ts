import { describe, expect, it } from 'vitest';
import { articleHistory, concordanceRows, excerptOf, orderLineages, type ArticleHistory } from '../../../src/present/history-model.js';
import { buildHistory, lineageOf } from '../../../src/diff/history.js';
import type { VersionDoc, VersionInfo } from '../../../src/model/types.js';
import { importCorpus } from '../../helpers/corpus.js';
import { sample, tinyArticle, tinyDoc } from '../../helpers/sample.js';

const zh = sample('zh');
const historyOf = (key: string): ArticleHistory => {
  const h = articleHistory(zh.history, zh.docs, zh.law.versions, key);
  if (!h) throw new Error(`no history for ${key}`);
  return h;
};
const statuses = (h: ArticleHistory) => h.entries.map((e) => [e.version.id, e.status]);

describe('articleHistory on the sample law (zh)', () => {
  it('follows the moved article 15 → 4 → 4 through every reading, the unpublished one as a gap', () => {
    const h = historyOf('first-draft~15');
    expect(h.chain).toEqual(['第十五条', '第四条', '第四条']);
    expect(h.latestLabel).toBe('第四条');
    expect(statuses(h)).toEqual([
      ['first-draft', 'first'],
      ['second-reading', 'reworded'],
      ['third-reading', 'unpublished'],
      ['final', 'unchanged'],
    ]);
    const second = h.entries[1]!;
    expect(second.moved).toBe(true);
    expect(second.previous?.id).toBe('first-draft');
    expect(second.path).toEqual(['第一章 总则']);
    expect(h.entries[0]!.path).toEqual(['第三章 数据开放', '第一节 一般规定']);
    // The change for this lineage, with its word diff: 本章所称 → 本法所称.
    expect(second.change?.old.map((r) => r.num)).toEqual(['15']);
    expect(second.change?.new.map((r) => r.num)).toEqual(['4']);
    const ops = second.change!.diff!.lines.flatMap((l) => (l.kind === 'changed' ? l.ops : []));
    expect(ops).toContainEqual({ op: 'delete', text: '本章' });
    expect(ops).toContainEqual({ op: 'insert', text: '本法' });
    expect(second.oldArticles.map((a) => a.label)).toEqual(['第十五条']);
    expect(second.newArticles.map((a) => a.label)).toEqual(['第四条']);
    // The explanation the second reading attaches to its Article 4.
    expect(second.annotations).toHaveLength(1);
    expect(second.annotations[0]!.text).toContain('第十五条移至总则');
    expect(h.entries[0]!.annotations).toEqual([]);
  });

  it('resolves any reading’s number to the same article', () => {
    for (const key of ['first-draft~15', 'second-reading~4', 'final~4']) expect(historyOf(key).lineage.key).toBe('first-draft~15');
    expect(articleHistory(zh.history, zh.docs, zh.law.versions, 'final~999')).toBeUndefined();
    expect(articleHistory(zh.history, zh.docs, zh.law.versions, 'nonsense')).toBeUndefined();
  });

  it('shows an inserted article as absent before it appears', () => {
    const h = historyOf('final~45');
    expect(h.chain).toEqual(['', '', '第四十五条']);
    expect(statuses(h)).toEqual([
      ['first-draft', 'absent'],
      ['second-reading', 'absent'],
      ['third-reading', 'unpublished'],
      ['final', 'inserted'],
    ]);
  });

  it('shows a deleted article as deleted in the reading that dropped it, then absent', () => {
    const h = historyOf('first-draft~32');
    expect(statuses(h).map(([, s]) => s)).toEqual(['first', 'deleted', 'unpublished', 'absent']);
    expect(h.entries[1]!.change?.kind).toBe('deleted');
  });

  it('links the parts of a split both ways', () => {
    const whole = historyOf('second-reading~27');
    const part = lineageOf(zh.history, 'final', '28')!;
    const final = whole.entries[3]!;
    expect(final.status).toBe('split');
    expect(final.splitInto).toEqual([{ key: part.key, label: '第二十八条' }]);
    expect(final.change?.kind).toBe('split');
    expect(final.newArticles.map((a) => a.label)).toEqual(['第二十七条', '第二十八条']);
    const other = historyOf('final~28').entries[3]!;
    expect(other.status).toBe('split');
    expect(other.splitFrom).toEqual({ key: whole.lineage.key, label: '第二十七条' });
  });

  it('links the articles of a merge both ways', () => {
    const absorbed = historyOf('second-reading~29');
    const heir = lineageOf(zh.history, 'final', '30')!;
    expect(absorbed.entries[3]!.status).toBe('merged-away');
    expect(absorbed.entries[3]!.mergedInto).toEqual({ key: heir.key, label: '第三十条' });
    const merged = historyOf('final~30').entries[3]!;
    expect(merged.status).toBe('merged');
    expect(merged.mergedFrom).toEqual([{ key: absorbed.lineage.key, label: '第二十九条' }]);
    expect(merged.oldArticles.map((a) => a.label)).toEqual(['第二十九条', '第三十条']);
  });

  it('tells reference-only and renumbered-only changes apart from rewording', () => {
    expect(historyOf('first-draft~11').entries.map((e) => e.status)).toEqual(['first', 'references', 'unpublished', 'unchanged']);
    expect(historyOf('first-draft~10').entries.map((e) => e.status)).toEqual(['first', 'renumbered', 'unpublished', 'reworded']);
    expect(historyOf('first-draft~5').entries.map((e) => e.status)).toEqual(['first', 'renumbered', 'unpublished', 'unchanged']);
  });
});

describe('concordance', () => {
  const rows = concordanceRows(zh.history, zh.docs, zh.law.versions);
  const row = (key: string) => rows.find((r) => r.key === key)!;
  const labels = (key: string) => row(key).cells.map((c) => (c.kind === 'present' ? c.label : c.kind));

  it('has one row per lineage and every article of every reading exactly once', () => {
    expect(rows).toHaveLength(zh.history.lineages.length);
    for (const [column, expected] of [[0, 44], [1, 49], [3, 49]] as const) {
      const present = rows.map((r) => r.cells[column]!).filter((c) => c.kind === 'present');
      expect(present).toHaveLength(expected);
    }
    expect(rows.every((r) => r.cells[2]!.kind === 'gap')).toBe(true);
  });

  it('shows the numbers of the fixture: 15 → 4 → 4, 11 → 12 → 12, 32 deleted, 29 merged into 30', () => {
    expect(labels('first-draft~15')).toEqual(['第十五条', '第四条', 'gap', '第四条']);
    expect(labels('first-draft~11')).toEqual(['第十一条', '第十二条', 'gap', '第十二条']);
    expect(labels('first-draft~32')).toEqual(['第三十二条', 'ended', 'gap', 'absent']);
    const merged = row(lineageOf(zh.history, 'second-reading', '29')!.key);
    expect(merged.cells[3]).toEqual({ kind: 'ended', how: 'merged', into: { key: lineageOf(zh.history, 'final', '30')!.key, label: '第三十条' } });
    expect(merged.current).toBe(false);
    expect(merged.latestVersion).toBe('second-reading');
    const moved = row('first-draft~15').cells[1]!;
    expect(moved).toMatchObject({ kind: 'present', status: 'reworded', moved: true });
    const part = row(lineageOf(zh.history, 'final', '28')!.key).cells[3]!;
    expect(part).toMatchObject({ kind: 'present', status: 'split', from: { label: '第二十七条' } });
  });

  it('orders rows by the newest reading, each ended article right after its predecessor', () => {
    const order = orderLineages(zh.history, zh.docs).map((l) => l.key);
    const at = (key: string) => order.indexOf(key);
    const final = zh.history.versionIds.length - 1;
    const current = orderLineages(zh.history, zh.docs).filter((l) => l.cells[final]);
    expect(current.map((l) => Number(l.cells[final]!.num))).toEqual(current.map((_, i) => i + 1));
    expect(at('first-draft~32')).toBe(at(lineageOf(zh.history, 'first-draft', '31')!.key) + 1);
    expect(at(lineageOf(zh.history, 'second-reading', '29')!.key)).toBe(at(lineageOf(zh.history, 'second-reading', '28')!.key) + 1);
    expect(order[0]).toBe('first-draft~1');
  });

  it('knows which articles changed after the first reading', () => {
    expect(row('first-draft~2').changed).toBe(false);
    for (const key of ['first-draft~15', 'first-draft~5', 'first-draft~32', 'second-reading~13']) expect(row(key).changed, key).toBe(true);
  });

  it('describes each row by the start of its newest text', () => {
    expect(row('first-draft~15').excerpt.startsWith('本法所称主动开放')).toBe(true);
    expect(row('first-draft~15').lang).toBe('zh-Hans');
    expect(excerptOf(undefined)).toBe('');
    const long = { kind: 'article' as const, label: '', num: '1', heading: '', paragraphs: [{ num: '', text: 'x'.repeat(100), items: [] }] };
    expect(excerptOf(long, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('the unpublished third reading of the sample law', () => {
  it('is a gap between the second reading and the final text, which is compared across it', () => {
    for (const key of ['first-draft~15', 'final~45', 'first-draft~32']) {
      const h = historyOf(key);
      const gap = h.entries[2]!;
      expect(gap).toMatchObject({ index: -1, status: 'unpublished', label: '', article: undefined, change: undefined });
      expect(gap.version.id).toBe('third-reading');
      const final = h.entries[3]!;
      expect(final.previous?.id).toBe('second-reading');
      expect(final.skipped.map((v) => v.id)).toEqual(['third-reading']);
      expect(h.entries[1]!.skipped).toEqual([]);
      expect(gap.skipped).toEqual([]);
    }
  });
});

describe('explanations in an article’s history', () => {
  const article = tinyArticle;
  const doc = tinyDoc;

  it('a reading’s reason for deleting an article shows where it was deleted; the explanation of its insertion where it came in', () => {
    const v1 = doc([article('1', 'Everyone may read the data of the state.'), article('2', 'The minister keeps a register of open data.')], [
      { article: '2', kind: 'explanation', text: 'Article 2 is new.', source: '' },
    ]);
    const v2 = doc([article('1', 'Everyone may read the data of the state.')], [{ article: '2', kind: 'explanation', text: 'Article 2 is deleted.', source: '' }]);
    const docs = { v1, v2 };
    const versions: VersionInfo[] = [
      { id: 'v1', label: 'One', stage: '', date: '' },
      { id: 'v2', label: 'Two', stage: '', date: '' },
    ];
    const h = articleHistory(buildHistory(versions.map((v) => ({ id: v.id, doc: docs[v.id as 'v1'] }))), docs, versions, 'v1~2')!;
    expect(h.entries.map((e) => [e.status, e.annotations.map((a) => a.text)])).toEqual([
      ['first', ['Article 2 is new.']],
      ['deleted', ['Article 2 is deleted.']],
    ]);
  });

  it('Taiwan’s PDPA: 第五十四條 was inserted in 2010 (its reason there) and rewritten in place in 2015 (as the 2015 reasons list it), each step with its own reason', () => {
    const ids = ['1995', '2010', '2015'];
    const docs: Record<string, VersionDoc> = Object.fromEntries(ids.map((id) => [id, importCorpus(`tw-personal-data-protection-act/${id}.json`)]));
    const versions: VersionInfo[] = ids.map((id) => ({ id, label: id, stage: '', date: '' }));
    const history = buildHistory(ids.map((id) => ({ id, doc: docs[id]! })));
    const a54 = articleHistory(history, docs, versions, '2010~54')!;
    expect(a54.entries.map((e) => e.status)).toEqual(['absent', 'inserted', 'reworded']);
    expect(a54.entries[1]!.annotations.map((a) => a.text.split('\n')[0])).toEqual(['一、本條新增。']);
    // 2015's reason is about 2015's text, not 2010's “本條新增”.
    expect(a54.entries[2]!.annotations.map((a) => a.text)).toEqual(['照協商條文通過。']);
    // The 2015 number names the same lineage.
    expect(articleHistory(history, docs, versions, '2015~54')!.entries.map((e) => e.status)).toEqual(['absent', 'inserted', 'reworded']);
  });
});
