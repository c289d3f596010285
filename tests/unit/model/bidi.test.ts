import { describe, expect, it } from 'vitest';
import { isolate, isolateAlways, needsIsolation, terminate } from '../../../src/model/bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const PDF = '\u202C';

/** The embeddings and isolates left open at the end of `text` (the UBA's stack, simplified: no depth limit). */
function openAtEnd(text: string): number {
  const stack: string[] = [];
  for (const c of text) {
    if ('\u202A\u202B\u202D\u202E'.includes(c)) stack.push('e');
    else if ('\u2066\u2067\u2068'.includes(c)) stack.push('i');
    else if (c === PDF && stack.at(-1) === 'e') stack.pop();
    else if (c === PDI) {
      const at = stack.lastIndexOf('i');
      if (at >= 0) stack.length = at;
    }
  }
  return stack.length;
}

describe('isolate', () => {
  it('leaves ordinary text as written (Chinese, German, English, numbers, punctuation)', () => {
    for (const t of ['中华人民共和国网络安全法', '§ 5 Absatz 2 „Straße“', 'Article 11 (2)', '第一章　总则', '']) {
      expect(needsIsolation(t)).toBe(false);
      expect(isolate(t)).toBe(t);
    }
  });

  it('wraps right-to-left text and bidi controls in one balanced isolate', () => {
    expect(isolate(`evil${RLO}`)).toBe(`${FSI}evil${RLO}${PDI}`);
    expect(isolate('חוק')).toBe(`${FSI}חוק${PDI}`);
    expect(isolate('قانون')).toBe(`${FSI}قانون${PDI}`);
  });

  it('cannot be closed early by a PDI in the text, nor left open by an isolate in it', () => {
    const early = `${PDI}${RLO}evil`;
    const wrapped = isolate(early);
    expect(wrapped).toBe(`${FSI}${FSI}${early}${PDI}`);
    expect(openAtEnd(wrapped)).toBe(0);
    const open = `a${FSI}b${RLO}c`;
    expect(openAtEnd(isolate(open))).toBe(0);
    // Every prefix of the text stays inside the outer isolate: nothing it holds reaches what follows.
    for (const t of [early, open, `${PDI}${PDI}x${RLO}`, `${RLO}${PDF}${PDF}${PDI}`]) {
      const w = isolate(t);
      expect(openAtEnd(w), JSON.stringify(t)).toBe(0);
    }
  });
});

describe('isolateAlways', () => {
  it('wraps any text, balanced like isolate', () => {
    expect(isolateAlways('First draft')).toBe(`${FSI}First draft${PDI}`);
    expect(isolateAlways(`evil${RLO}`)).toBe(isolate(`evil${RLO}`));
    expect(openAtEnd(isolateAlways(`${PDI}${RLO}x`))).toBe(0);
  });
});

describe('terminate', () => {
  it('closes what a piece of text opens, without isolating it', () => {
    expect(terminate(`old${RLO}`)).toBe(`old${RLO}${PDF}`);
    expect(terminate(`a${FSI}b${RLO}c`)).toBe(`a${FSI}b${RLO}c${PDF}${PDI}`);
    expect(terminate(`${RLO}x${PDF}`)).toBe(`${RLO}x${PDF}`);
    expect(terminate('plain text')).toBe('plain text');
    expect(terminate('חוק')).toBe('חוק');
  });
});
