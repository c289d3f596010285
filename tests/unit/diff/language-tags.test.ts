/** Issue 12, point 5: a language tag Intl cannot read never makes the engine throw. */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { Tokenizer } from '../../../src/diff/tokens.js';
import { emptyDoc, para } from '../../../src/model/doc.js';
import type { VersionDoc } from '../../../src/model/types.js';

function doc(language: string, texts: string[]): VersionDoc {
  const d = emptyDoc(language);
  d.body = texts.map((t, i) => ({ kind: 'article', label: `第${i + 1}条`, num: String(i + 1), heading: '', paragraphs: [para(t)] }));
  return d;
}

describe('invalid language tags', () => {
  for (const tag of ['x', 'Chinese (Simplified)', '', '-', 'en_US_POSIX!']) {
    it(`tokenizes and compares with language ${JSON.stringify(tag)} (root segmentation)`, () => {
      const t = new Tokenizer(tag);
      expect(t.tokens('中华人民共和国网络安全法 and words').join('')).toBe('中华人民共和国网络安全法 and words');
      const texts: [string[], string[]] = [['国家保障网络安全，促进发展。', 'Hello world, this is the second article.'], ['国家保障网络安全，促进经济发展。', 'Hello world, this is the second article.']];
      const c = compareVersions(doc(tag, texts[0]), doc(tag, texts[1]));
      expect(c.stats).toEqual(compareVersions(doc('und', texts[0]), doc('und', texts[1])).stats);
      expect(c.stats.inserted + c.stats.deleted + c.stats.matched).toBeGreaterThan(0);
    });
  }

  it('a valid tag in any case is segmented as its canonical form', () => {
    expect(new Tokenizer('ZH-hans').tokens('中华人民共和国')).toEqual(new Tokenizer('zh-Hans').tokens('中华人民共和国'));
  });
});
