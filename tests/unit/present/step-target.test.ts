/**
 * Where next/previous change and the search's matches go (src/present/compare-model.ts stepTarget,
 * src/present/compare-navigation.ts): round the end, in order for a numbered article, from the
 * start for a term just typed; on the sample law's Chinese first draft → second reading.
 */
import { describe, expect, it } from 'vitest';
import { stepTarget } from '../../../src/present/compare-model.js';
import { CompareNavigation } from '../../../src/present/compare-navigation.js';
import { model } from '../../helpers/sample.js';

describe('stepTarget', () => {
  const list = [2, 5, 9];
  it('goes to the next or previous index, round the end', () => {
    expect(stepTarget(list, -1, 1)).toBe(2);
    expect(stepTarget(list, 2, 1)).toBe(5);
    expect(stepTarget(list, 3, 1)).toBe(5);
    expect(stepTarget(list, 9, 1)).toBe(2);
    expect(stepTarget(list, 5, -1)).toBe(2);
    expect(stepTarget(list, 2, -1)).toBe(9);
    expect(stepTarget(list, -1, -1)).toBe(9);
  });

  it('has nowhere to go in an empty list', () => {
    expect(stepTarget([], 3, 1)).toBeUndefined();
  });

  it('steps through a list in its own order, from its start when restarted or when the focus is not in it', () => {
    const ordered = [7, 1, 4];
    expect(stepTarget(ordered, 7, 1, { inOrder: true })).toBe(1);
    expect(stepTarget(ordered, 4, 1, { inOrder: true })).toBe(7);
    expect(stepTarget(ordered, 7, -1, { inOrder: true })).toBe(4);
    expect(stepTarget(ordered, 3, 1, { inOrder: true })).toBe(7);
    expect(stepTarget(ordered, 3, -1, { inOrder: true })).toBe(4);
    expect(stepTarget(ordered, 1, 1, { inOrder: true, restart: true })).toBe(7);
  });
});

describe('CompareNavigation', () => {
  const { model: m } = model('zh', 'first-draft', 'second-reading');

  it('shows the rows of a filter and stops at every change', () => {
    const all = new CompareNavigation(m, 'all');
    expect(all.visible).toHaveLength(m.rows.length);
    expect(all.changes).toHaveLength(25);
    const inserted = new CompareNavigation(m, 'inserted');
    expect(inserted.visible.filter((r) => r.type === 'article')).toHaveLength(7);
    expect(inserted.changes).toHaveLength(7);
  });

  it('next change from the last one goes round to the first', () => {
    const nav = new CompareNavigation(m, 'all');
    const last = nav.changes[nav.changes.length - 1]!;
    expect(nav.step('change', last, 1, '', false)).toBe(nav.changes[0]);
    expect(nav.step('change', nav.changes[0]!, -1, '', false)).toBe(last);
  });

  it('a term naming an article number goes to that article first (in either reading), then to the text matches in order', () => {
    const nav = new CompareNavigation(m, 'all');
    const hits = nav.matches('第十六条');
    // New Art. 16, then old Art. 16 (another row: the article was renumbered), then the two rows whose text cites it, in order.
    expect(hits).toEqual([17, 20, 13, 55]);
    for (const i of hits.slice(0, 2)) {
      const row = nav.visible[i]!;
      expect(row.type === 'article' && [...row.new, ...row.old].some((a) => a.article.num === '16')).toBe(true);
    }
    // A term just typed starts at the numbered article wherever the focus is; then steps in the list's order, round the end.
    expect(nav.step('match', 55, 1, '第十六条', true)).toBe(17);
    expect(nav.step('match', 17, 1, '第十六条', false)).toBe(20);
    expect(nav.step('match', 20, 1, '第十六条', false)).toBe(13);
    expect(nav.step('match', 55, 1, '第十六条', false)).toBe(17);
    expect(nav.step('match', 17, -1, '第十六条', false)).toBe(55);
    expect(nav.indexOf(nav.visible[20]!.key)).toBe(20);
    expect(nav.indexOf(undefined)).toBe(-1);
  });
});
