import { describe, expect, it } from 'vitest';
import { articleNumberQuery } from '../../../src/present/article-query.js';

describe('articleNumberQuery', () => {
  it.each([
    ['§ 312g', '312g'],
    ['§312g', '312g'],
    ['312g', '312g'],
    ['§§ 7', '7'],
    ['Art. 4', '4'],
    ['art 4', '4'],
    ['Article 12a', '12a'],
    ['Artikel 3', '3'],
    ['Section 5', '5'],
    ['Sec. 5.', '5'],
    ['106', '106'],
    ['０１０６', '106'],
    ['第一百零六条', '106'],
    ['一百零六条', '106'],
    ['第 106 条', '106'],
    ['第七條之一', '7-1'],
    ['第七條 之一', '7-1'],
    ['7-1', '7-1'],
  ])('%s names article %s', (term, num) => {
    expect(articleNumberQuery(term)).toBe(num);
  });

  it.each(['', '  ', 'Begriffsbestimmungen', '§ 5 Abs. 2', '股东会', '第一章', 'Section', '12 Monate'])('%j names no article', (term) => {
    expect(articleNumberQuery(term)).toBeUndefined();
  });
});
