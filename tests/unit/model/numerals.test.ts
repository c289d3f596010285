import { describe, expect, it } from 'vitest';
import { compareArticleNums, normalizeDivisionNum, parseChineseNumeral, parseRoman, parseRomanWithLetter } from '../../../src/model/numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十一', 21], ['一百', 100], ['一百零六', 106],
    ['一百一十', 110], ['二百六十六', 266], ['一千二百六十', 1260], ['一千零一', 1001], ['一千零一十', 1010],
    ['两千', 2000], ['一万零一', 10001], ['２３', 23], ['17', 17], ['二〇二三', 2023], ['〇', 0],
  ])('%s → %i', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(['', '十十', '百十', '一二十', 'x', '一x', '三人'])('rejects %j', (s) => expect(parseChineseNumeral(s)).toBeUndefined());
});

describe('parseRoman', () => {
  it.each([['I', 1], ['IV', 4], ['IX', 9], ['XIV', 14], ['XII', 12], ['xl', 40], ['MCMXCIV', 1994]])('%s → %i', (s, n) =>
    expect(parseRoman(s)).toBe(n),
  );
  it.each(['IIII', 'VX', 'IC', 'A', ''])('rejects %j', (s) => expect(parseRoman(s)).toBeUndefined());
});

describe('normalizeDivisionNum', () => {
  it.each([
    ['II', '2'], ['3', '3'], ['03', '3'], ['十二', '12'], ['4a', '4a'], ['Anhang', 'Anhang'],
    // Inserted divisions.
    ['3A', '3a'], ['IVA', '4a'], ['四之一', '4-1'], ['十二之二', '12-2'], ['四之X', '四之X'],
  ])('%s → %s', (s, n) => expect(normalizeDivisionNum(s)).toBe(n));
});

describe('parseRomanWithLetter', () => {
  it.each([['IVA', '4A'], ['IIa', '2a'], ['xiib', '12b'], ['XA', '10A']])('%s → %s', (s, n) => expect(parseRomanWithLetter(s)).toBe(n));
  it.each(['IV', 'VI', 'IIII', 'A', 'IVAB', '4A', 'iVA'])('leaves %j alone', (s) => expect(parseRomanWithLetter(s)).toBeUndefined());
});

describe('compareArticleNums', () => {
  it('sorts numbers numerically and suffixes after them', () => {
    const nums = ['12a', '7-1', 'u1', '8', '7', '100', '7a', '12'];
    expect([...nums].sort(compareArticleNums)).toEqual(['7', '7-1', '7a', '8', '12', '12a', '100', 'u1']);
  });
});
