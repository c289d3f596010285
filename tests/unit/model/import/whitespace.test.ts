// The whitespace helpers of the text importers against the regular expressions they replace.
import { describe, expect, it } from 'vitest';
import { collapse, isSpaceCode, splitLines } from '../../../../src/model/import/builder.js';

const pieces = ['a', 'b', '中', ' ', '  ', '\t', '\r', '\r\n', '\n', '\u3000', '\u00a0', '\u2002', '\u2028', '\u180e', '\ufeff', '\u200b', '\u2060', '\ud800', '\udc00'];

/** Every string of up to `n` pieces. */
function* strings(n: number, prefix = ''): Generator<string> {
  yield prefix;
  if (n === 0) return;
  for (const p of pieces) yield* strings(n - 1, prefix + p);
}

describe('whitespace helpers', () => {
  it('isSpaceCode is /\\s/u on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it('collapse and splitLines give what the regular expressions gave', () => {
    for (const s of strings(3)) {
      expect(collapse(s)).toBe(s.replace(/[\s\u3000]+/gu, ' ').trim());
      expect(splitLines(s)).toEqual(s.replace(/^\uFEFF/, '').replace(/[\u200b\u2060\ufeff]/gu, '').replace(/\r\n?/g, '\n').split('\n'));
      expect(s.trimEnd()).toBe(s.replace(/\s+$/u, ''));
    }
  });
});
