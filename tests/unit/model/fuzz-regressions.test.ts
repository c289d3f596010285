/**
 * Regressions found by the importer fuzz tests (tests/unit/fuzz, issue 6),
 * one case per defect, with the shrunk input that showed it.
 */
import { describe, expect, it } from 'vitest';
import { importCn } from '../../../src/model/import/cn.js';
import { detectFormat, importSource } from '../../../src/model/import/index.js';
import { importTwJson } from '../../../src/model/import/tw.js';
import { jsonErrorLine, jsonErrorOffset, parseCollectionIndex, parseLaw, parseVersionDoc } from '../../../src/model/validate.js';

describe('a JSON syntax error always names its line (it was line 0 when the engine message had no position)', () => {
  // V8 says `Unexpected end of JSON input` and `Unexpected token 'x', "x…" is not valid JSON` without a position.
  const cases: [string, string, number][] = [
    ['empty file', '', 1],
    ['cut off after two lines', '{\n  "format": "lawdiff-version/1",\n  "body": [', 3],
    ['a zero-width space before the object', '\u200b{"id":"x"}', 1],
    ['a stray word on line 3', '{\n  "id": "x",\n  "title": nope\n}', 3],
    ['a CRLF file with a bad token on line 2', '{\r\n  "id": x\r\n}', 2],
    ['a bad escape', '{"a": "\\q"}', 1],
    ['a raw control character in a string on line 2', '{\n"a": "x\u0001"}', 2],
    ['content after the value', '{}\n\n]', 3],
    ['100,000 open brackets (the locator must not overflow the stack)', `\n${'['.repeat(100_000)}`, 2],
  ];
  it.each(cases)('%s', (_what, text, line) => {
    for (const r of [parseVersionDoc(text), parseLaw(text), parseCollectionIndex(text)]) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.message).toMatch(/^not valid JSON: /);
      expect(r.problems[0]!.line).toBe(line);
    }
    const tw = importTwJson(text).problems;
    expect([tw[0]!.message.startsWith('not valid JSON: '), tw[0]!.line]).toEqual([true, line]);
  });

  it('locates the error where the engine does when the engine gives a position', () => {
    const text = '{\n  "id": "x",\n  "title": {\n}}}';
    expect(() => JSON.parse(text)).toThrow(/position 30/);
    expect(jsonErrorOffset(text)).toBe(30);
    expect(jsonErrorLine(text)).toBe(4);
  });

  it('finds no error in valid JSON, including deep nesting and every escape', () => {
    for (const text of ['{}', ' [1, -2.5e+3, true, false, null, "\\u00e9\\n\\"\\\\\\/"] ', `${'['.repeat(3000)}${']'.repeat(3000)}`, '"x"']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });

  it('a BOM does not hide a Taiwan record (JSON.parse rejects it; the version validator already dropped it)', () => {
    const r = importTwJson(`\uFEFF${JSON.stringify({ law_data: [{ rule_no: '第一條', content: '　　甲。' }] })}`);
    expect(r.problems).toEqual([]);
    expect(r.doc.body).toHaveLength(1);
  });

  it('importSource reports a cut-off version file at its last line', () => {
    const r = importSource('{"format": "lawdiff-version/1",\n"body": [', { format: 'json', fileName: 'v.json' });
    expect(r.problems.map((p) => [p.file, p.line])).toEqual([['v.json', 2]]);
  });
});

describe('long inputs import in linear time (the fuzz run found two inputs taking 13 s and 40 s)', () => {
  // No timing is asserted here (npm run fuzz fails any input over 5 s); these pin what the fixes must keep.
  it('cn: a long text with no article keeps every distinct header line once, in order (was a quadratic list lookup: 20,000 lines took 13 s)', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Article ${i + 1}`);
    const r = importCn([...lines, 'Article 1', 'Article 2'].join('\n'));
    expect(r.doc.metadata.text?.split('\n')).toEqual(lines);
    expect(r.problems.map((p) => p.message)).toEqual(['no article found (expected lines starting with 第X条)']);
  });

  it('detection: Taiwan headings with CR-only line ends are still recognized (the pattern ran from every line start to the end: 40 s)', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `第${i % 2 ? '二' : '一'}條 之一\r---\r　　甲。`).join('\r');
    expect(detectFormat(text)).toBe('tw');
    expect(detectFormat('第一條\r---\r　　甲。\r第二條\r\n---\r\n　　乙。')).toBe('tw');
  });
});
