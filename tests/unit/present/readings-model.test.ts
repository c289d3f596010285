import { describe, expect, it } from 'vitest';
import { cellContent, readingsModel, rowPasses, visibleRows, type ReadingsArticleRow, type ReadingsModel } from '../../../src/present/readings-model.js';
import { exportReadingsHtml, readingsFileName } from '../../../src/present/export/readings-html.js';
import { applyOps, buildHistory } from '../../../src/diff/index.js';
import { parseLaw } from '../../../src/model/validate.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { importCorpus, readCorpus } from '../../helpers/corpus.js';
import { sample } from '../../helpers/sample.js';

function row(m: ReadingsModel, key: string): ReadingsArticleRow {
  const r = m.rows[m.indexOfKey.get(key) ?? -1];
  if (r?.type !== 'article') throw new Error(`no article row ${key}`);
  return r;
}

describe('the synopsis of the sample law’s four readings (zh)', () => {
  const s = sample('zh');
  const m = readingsModel(s.history, s.docs, s.law.versions);

  it('has a column per reading, the unpublished third reading a gap, each compared with the reading before it that has a text', () => {
    expect(m.columns.map((c) => [c.version.id, c.v, c.against])).toEqual([
      ['first-draft', 0, -1],
      ['second-reading', 1, 0],
      ['third-reading', -1, -1],
      ['final', 2, 1],
    ]);
    expect(m.steps).toEqual([1, 3]);
    expect(m.base).toBe(-1);
  });

  it('follows the article moved 15 → 4 with its marks in the reading that made the change', () => {
    const r = row(m, 'first-draft~15');
    expect(r.cells.map((c) => [c.status, c.moved, c.label])).toEqual([
      ['first', false, '第十五条'],
      ['reworded', true, '第四条'],
      ['unpublished', false, ''],
      ['unchanged', false, '第四条'],
    ]);
    expect(r.changedIn).toEqual([1]);
    const ops = r.cells[1]!.diff()!.lines.flatMap((l) => (l.kind === 'changed' ? l.ops : []));
    expect(ops).toContainEqual({ op: 'delete', text: '本章' });
    expect(ops).toContainEqual({ op: 'insert', text: '本法' });
    // The final reading's text is the second reading's: said once, not repeated.
    const final = cellContent(r.cells[3]!, m.columns[3]!, m.columns);
    expect(final).toEqual({ kind: 'note', text: 'Same text as in Second reading draft' });
    // Unless the search term is in it, or every text is asked for.
    expect(cellContent(r.cells[3]!, m.columns[3]!, m.columns, '本法').kind).toBe('text');
    const full = cellContent(r.cells[3]!, m.columns[3]!, m.columns, '', true);
    expect(full.kind === 'text' && full.blocks.map((b) => (b.kind === 'line' ? b.spans.map((x) => x.text).join('') : '')).join('')).toContain('本法所称');
  });

  it('puts division headings above the first article of each division of the newest reading', () => {
    const first = m.rows.findIndex((r) => r.type === 'article');
    expect(m.rows.slice(0, first).map((r) => (r.type === 'division' ? r.title : ''))).toEqual(['第一章 总则']);
    expect(m.rows.filter((r) => r.type === 'division').length).toBeGreaterThan(3);
  });

  it('filters by change in any step or in one step, keeping the headings above what it keeps', () => {
    const articles = m.rows.filter((r): r is ReadingsArticleRow => r.type === 'article');
    const changed = visibleRows(m, 'changed', undefined).filter((r) => r.type === 'article');
    expect(changed.length).toBe(articles.filter((r) => r.changedIn.some((c) => r.cells[c]!.status !== 'renumbered' || r.cells[c]!.moved)).length);
    expect(changed.length).toBeLessThan(articles.length);
    expect(changed.length).toBeGreaterThan(0);
    const inFinal = visibleRows(m, 'changed', 3).filter((r): r is ReadingsArticleRow => r.type === 'article');
    const inSecond = visibleRows(m, 'changed', 1).filter((r): r is ReadingsArticleRow => r.type === 'article');
    expect(inFinal.every((r) => r.changedIn.includes(3))).toBe(true);
    expect(inSecond.some((r) => r.key === 'first-draft~15')).toBe(true);
    expect(inFinal.some((r) => r.key === 'first-draft~15')).toBe(false);
    // The steps' changes together are the changes in any step.
    expect(new Set([...inFinal, ...inSecond].map((r) => r.key))).toEqual(new Set(changed.map((r) => r.key)));
    const shown = visibleRows(m, 'inserted', undefined);
    expect(shown.filter((r) => r.type === 'article').every((r) => rowPasses(r as ReadingsArticleRow, 'inserted', undefined))).toBe(true);
    expect(shown[0]?.type).toBe('division');
  });

  it('compares every column with a base reading when asked', () => {
    const b = readingsModel(s.history, s.docs, s.law.versions, { base: 'first-draft' });
    expect(b.base).toBe(0);
    expect(b.columns.map((c) => c.against)).toEqual([-1, 0, -1, 0]);
    const r = row(b, 'first-draft~15');
    // Against the first draft, the final text is reworded (it was unchanged against the second reading).
    expect(r.cells.map((c) => c.status)).toEqual(['first', 'reworded', 'unpublished', 'reworded']);
    expect(r.cells[3]!.before?.label).toBe('第十五条');
    const d = r.cells[3]!.diff()!;
    const texts = d.lines.filter((l) => l.kind === 'changed').map((l) => applyOps(l.ops!));
    expect(texts.some((t) => t.old.includes('本章') && t.new.includes('本法'))).toBe(true);
  });
});

describe('the synopsis of the TKG’s seven readings', () => {
  const law = parseLaw(readCorpus('de-tkg-2004/law.json')).law!;
  const docs: Record<string, VersionDoc> = {};
  for (const v of law.versions) docs[v.id] = importCorpus(`de-tkg-2004/${v.file}`);
  const history = buildHistory(law.versions.map((v) => ({ id: v.id, doc: docs[v.id]! })));
  const m = readingsModel(history, docs, law.versions);
  const articles = m.rows.filter((r): r is ReadingsArticleRow => r.type === 'article');

  it('has one row per lineage and, in every step, as many inserted and deleted cells as the engine counted', () => {
    expect(m.columns).toHaveLength(7);
    expect(articles).toHaveLength(history.lineages.length);
    for (let c = 1; c < 7; c++) {
      const stats = history.comparisons[c - 1]!.stats;
      const count = (status: string) => articles.filter((r) => r.cells[c]!.status === status).length;
      expect(count('inserted'), `inserted in step ${c}`).toBe(stats.inserted);
      expect(count('deleted'), `deleted in step ${c}`).toBe(stats.deleted);
      expect(articles.filter((r) => r.cells[c]!.moved).length, `moved in step ${c}`).toBe(stats.moved);
    }
    // Somewhere the law changed, and a reworded cell's diff rebuilds both texts.
    const reworded = articles.find((r) => r.cells.some((x) => x.status === 'reworded'))!;
    const cell = reworded.cells.find((x) => x.status === 'reworded')!;
    const d = cell.diff()!;
    expect(d.lines.some((l) => l.kind !== 'equal') || d.heading.some((o) => o.op !== 'equal')).toBe(true);
  });

  it('downloads as one standalone HTML document with every row shown, its text escaped', () => {
    const rows = visibleRows(m, 'changed', undefined);
    const html = exportReadingsHtml({ law, model: m, rows, base: -1, lang: 'en', notes: () => [], generated: new Date('2026-12-03T00:00:00Z') });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/iu);
    expect((html.match(/<section class="article"/gu) ?? []).length).toBe(rows.filter((r) => r.type === 'article').length);
    for (const v of law.versions) expect(html).toContain(v.label);
    expect(readingsFileName('de-tkg-2004', ['2012-07-02', '2021'])).toBe('de-tkg-2004_2012-07-02_2021.html');
  });
});
