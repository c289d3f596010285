/**
 * The comparison model's navigation functions (src/present/compare-model.ts): which rows a filter
 * keeps, which rows next/previous change stops at, and which rows a search finds — on the sample
 * law's Chinese edition, first draft → second reading (the counts the browser suite sees too:
 * 7 inserted, 25 changes).
 */
import { describe, expect, it } from 'vitest';
import { isChange, passes, searchRows, type ArticleRow, type Filter, type Row } from '../../../src/present/compare-model.js';
import { model } from '../../helpers/sample.js';

const { model: m } = model('zh', 'first-draft', 'second-reading');
const articles = m.rows.filter((r): r is ArticleRow => r.type === 'article');

describe('passes (the filters)', () => {
  it('keeps every article for "all" and the seven inserted ones for "inserted"', () => {
    expect(articles.filter((r) => passes(r, 'all'))).toHaveLength(articles.length);
    const inserted = articles.filter((r) => passes(r, 'inserted'));
    expect(inserted).toHaveLength(7);
    expect(inserted.every((r) => r.kind === 'inserted')).toBe(true);
  });

  it('"changed" leaves out exactly the unchanged articles; "reworded" takes splits, merges and moved articles whose text changed', () => {
    expect(articles.filter((r) => passes(r, 'changed')).map((r) => r.key)).toEqual(articles.filter((r) => r.kind !== 'unchanged').map((r) => r.key));
    for (const r of articles) {
      const expected = ['reworded', 'references', 'split', 'merged'].includes(r.kind) || (r.kind === 'moved' && r.change.textChanged);
      expect(passes(r, 'reworded'), r.key).toBe(expected);
    }
  });

  it('every other filter keeps its own kind only', () => {
    for (const f of ['deleted', 'moved', 'renumbered'] as Filter[]) {
      for (const r of articles) expect(passes(r, f), `${f} ${r.key}`).toBe(r.kind === f);
    }
  });
});

describe('isChange (what next and previous change stop at)', () => {
  it('stops at 25 articles: every change except unchanged and renumbered-only articles, never at a division', () => {
    const stops = m.rows.filter(isChange);
    expect(stops).toHaveLength(25);
    expect(stops.some((r) => r.kind === 'unchanged' || r.kind === 'renumbered')).toBe(false);
    expect(m.rows.some((r) => r.type === 'division' && isChange(r as Row))).toBe(false);
  });
});

describe('searchRows', () => {
  it('finds nothing for an empty or blank term', () => {
    expect(searchRows(m.rows, '')).toEqual([]);
    expect(searchRows(m.rows, '   ')).toEqual([]);
  });

  it('returns the indices of the article rows whose text holds the term, trimmed and in any case', () => {
    const term = articles[3]!.haystack().slice(0, 6);
    const found = searchRows(m.rows, `  ${term.toUpperCase()}  `);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toContain(m.rows.indexOf(articles[3]!));
    for (const i of found) {
      const row = m.rows[i]!;
      expect(row.type).toBe('article');
      expect((row as ArticleRow).haystack()).toContain(term.toLowerCase());
    }
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it('finds no row for a term in no article', () => {
    expect(searchRows(m.rows, 'zzzz-not-in-this-law')).toEqual([]);
  });
});
