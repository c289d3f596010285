import { describe, expect, it } from 'vitest';
import { diffBlocks, headingSpans, lineDepths, opSpans, plainBlocks, rowCaption } from '../../../src/present/row-text.js';
import type { Article } from '../../../src/model/types.js';
import { model, rowOf } from '../../helpers/sample.js';

const article = (label: string, lines: string[], items: string[] = []): Article => ({
  kind: 'article',
  label,
  num: label,
  heading: '',
  paragraphs: lines.map((text, i) => ({ num: '', text, items: i === 0 ? items.map((t) => ({ num: '(a)', text: t, items: [{ num: '(i)', text: `${t}.1`, items: [] }] })) : [] })),
});

describe('row text', () => {
  it('keeps the side a reader asked for', () => {
    const ops = [
      { op: 'equal', text: 'keep ' },
      { op: 'delete', text: 'old' },
      { op: 'insert', text: 'new' },
    ] as const;
    expect(opSpans(ops, 'old')).toEqual([{ mark: '', text: 'keep ' }, { mark: 'del', text: 'old' }]);
    expect(opSpans(ops, 'new')).toEqual([{ mark: '', text: 'keep ' }, { mark: 'ins', text: 'new' }]);
    expect(opSpans(ops, 'both').map((s) => s.mark)).toEqual(['', 'del', 'ins']);
  });

  it('gives items their depth and marks whole articles', () => {
    const a = article('1', ['first', 'second'], ['x']);
    expect(lineDepths([a])).toEqual([0, 1, 2, 0]);
    expect(plainBlocks([a], 'ins')).toEqual([
      { kind: 'line', depth: 0, state: 'inserted', spans: [{ mark: 'ins', text: 'first' }] },
      { kind: 'line', depth: 1, state: 'inserted', spans: [{ mark: 'ins', text: '(a) x' }] },
      { kind: 'line', depth: 2, state: 'inserted', spans: [{ mark: 'ins', text: '(i) x.1' }] },
      { kind: 'line', depth: 0, state: 'inserted', spans: [{ mark: 'ins', text: 'second' }] },
    ]);
    expect(headingSpans([a], undefined, 'new')).toEqual([]);
  });

  it('labels each part of a split (sample law, second reading → final, Article 27)', () => {
    const row = rowOf(model('zh', 'second-reading', 'final').model, 'first-draft~25');
    const blocks = diffBlocks(row.change.diff!, row.old.map((a) => a.article), row.new.map((a) => a.article), 'new');
    expect(blocks.filter((b) => b.kind === 'label')).toEqual([
      { kind: 'label', text: '第二十七条' },
      { kind: 'label', text: '第二十八条' },
    ]);
    expect(blocks.some((b) => b.kind === 'line' && b.spans.some((s) => s.mark === 'ins' && s.text.includes('示范文本')))).toBe(true);
    expect(rowCaption(row)).toEqual({ title: '第二十七条 + 第二十八条', was: undefined, note: 'split from 第二十七条', badge: 'Split' });
  });

  it('says where a moved article came from', () => {
    const row = rowOf(model('en', 'first-draft', 'second-reading').model, 'first-draft~15');
    expect(rowCaption(row)).toEqual({
      title: 'Article 4',
      was: 'was Article 15',
      note: 'moved from Article 15, Chapter III Opening of Data · Section 1 General Rules',
      badge: 'Moved · reworded',
    });
  });
});
