import { describe, expect, it } from 'vitest';
import { absentArticle } from '../../../src/app/absent-article.js';
import { sample } from '../../helpers/sample.js';

describe('absentArticle: what became of a linked article that a comparison does not hold', () => {
  const { history, docs } = sample('en');

  it('an article deleted in an earlier step: where it was last, where it went, and its text', () => {
    const a = absentArticle(history, docs, 'first-draft~32', 'second-reading', 'final');
    expect(a).toMatchObject({ kind: 'deleted', lastIn: 'first-draft', goneIn: 'second-reading' });
    expect(a?.kind === 'deleted' && a.article?.label).toBe('Article 32');
  });

  it('an article inserted after the newer reading', () => {
    const later = history.lineages.find((l) => !l.cells[0] && !l.cells[1] && l.cells[2]);
    expect(later, 'the sample law inserts an article in the final text').toBeDefined();
    const a = absentArticle(history, docs, later!.key, 'first-draft', 'second-reading');
    expect(a).toMatchObject({ kind: 'later', firstIn: 'final' });
    expect(a?.kind === 'later' && a.article?.num).toBe(later!.cells[2]!.num);
  });

  it('nothing to explain for an article in either reading, and "unknown" for a key that names none', () => {
    expect(absentArticle(history, docs, 'first-draft~32', 'first-draft', 'second-reading')).toBeUndefined();
    expect(absentArticle(history, docs, 'first-draft~999', 'second-reading', 'final')).toEqual({ kind: 'unknown', key: 'first-draft~999' });
    expect(absentArticle(history, docs, 'no-such-reading~1', 'second-reading', 'final')).toEqual({ kind: 'unknown', key: 'no-such-reading~1' });
  });
});
