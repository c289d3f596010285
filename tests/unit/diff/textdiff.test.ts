/**
 * The word-level text diff: diffTokens, diffText, alignLines, diffArticle.
 * Chinese is diffed by words (never character by character), numbers are
 * whole tokens, German and English by words; added items are inserted
 * lines; an over-budget line pair falls back to sentences and still
 * rebuilds both texts; everything is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLines, applyOps, diffArticle, diffText, diffTokens, LINE_PAIR_THRESHOLD, TOKEN_BUDGET } from '../../../src/diff/textdiff.js';
import { sentences, Tokenizer } from '../../../src/diff/tokens.js';
import type { DiffOp, LineDiff } from '../../../src/diff/types.js';
import { listArticles } from '../../../src/model/doc.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { readCorpus, importCorpus } from '../../helpers/corpus.js';
import { articleLines } from '../../helpers/engine.js';
import { loadSample } from '../../helpers/sample.js';

const zh = new Tokenizer('zh-Hans');
const de = new Tokenizer('de');
const en = new Tokenizer('en');

const article = (doc: VersionDoc, num: string) => {
  const a = listArticles(doc).find((x) => x.article.num === num);
  if (!a) throw new Error(`no article ${num}`);
  return a.article;
};

/** Offsets at which a token starts or ends. */
function tokenBounds(text: string, units: readonly string[]): Set<number> {
  expect(units.join(''), 'units concatenate back to the text').toBe(text);
  const out = new Set<number>([0]);
  let at = 0;
  for (const u of units) out.add((at += u.length));
  return out;
}

/** Every op starts and ends on a unit boundary of its side (no word cut in two), and the ops rebuild both texts. */
function expectAligned(ops: readonly DiffOp[], a: string, b: string, split: (s: string) => string[]): void {
  expect(applyOps(ops)).toEqual({ old: a, new: b });
  const ba = tokenBounds(a, split(a));
  const bb = tokenBounds(b, split(b));
  let i = 0;
  let j = 0;
  for (const op of ops) {
    expect(op.text, 'no empty op').not.toBe('');
    if (op.op !== 'insert') {
      i += op.text.length;
      expect(ba.has(i), `op ${JSON.stringify(op)} ends inside a unit of the old text`).toBe(true);
    }
    if (op.op !== 'delete') {
      j += op.text.length;
      expect(bb.has(j), `op ${JSON.stringify(op)} ends inside a unit of the new text`).toBe(true);
    }
  }
  // Adjacent ops of the same kind are merged.
  for (let k = 1; k < ops.length; k++) expect(ops[k]!.op, 'no two adjacent ops of one kind').not.toBe(ops[k - 1]!.op);
}

const changedOnly = (ops: readonly DiffOp[]): [string, string][] => ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text]);

const NUMBER = /[0-9０-９]+|[〇零一二三四五六七八九十百千万两]+/gu;

/**
 * Numbers of either text that an op boundary cuts into a kept part and a
 * changed part (`二十[三→五]`, `5[5→1]`), as `old:二十三` / `new:二十五`.
 */
function cutNumbers(ops: readonly DiffOp[], a: string, b: string): string[] {
  // For each character of each side: kept (equal) or changed.
  const keptA: boolean[] = [];
  const keptB: boolean[] = [];
  for (const op of ops) {
    if (op.op !== 'insert') for (let k = 0; k < op.text.length; k++) keptA.push(op.op === 'equal');
    if (op.op !== 'delete') for (let k = 0; k < op.text.length; k++) keptB.push(op.op === 'equal');
  }
  const out: string[] = [];
  for (const [side, text, kept] of [['old', a, keptA], ['new', b, keptB]] as const) {
    for (const m of text.matchAll(NUMBER)) {
      const flags = kept.slice(m.index, m.index + m[0].length);
      if (flags.some(Boolean) && !flags.every(Boolean)) out.push(`${side}:${m[0]}`);
    }
  }
  return out;
}

describe('diffTokens', () => {
  it('diffs token lists: kept, removed and added runs', () => {
    expect(diffTokens(['a', ' ', 'b', ' ', 'c'], ['a', ' ', 'x', ' ', 'c'])).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: ' c' },
    ]);
    expect(diffTokens(['a'], ['a'])).toEqual([{ op: 'equal', text: 'a' }]);
    expect(diffTokens([], ['x', 'y'])).toEqual([{ op: 'insert', text: 'xy' }]);
    expect(diffTokens(['x'], [])).toEqual([{ op: 'delete', text: 'x' }]);
  });

  it('treats each token as a unit even when tokens share characters', () => {
    // As characters, "55" → "51" would keep the first 5; as tokens it is one replaced number.
    expect(diffTokens(['第', '55', '条'], ['第', '51', '条'])).toEqual([
      { op: 'equal', text: '第' },
      { op: 'delete', text: '55' },
      { op: 'insert', text: '51' },
      { op: 'equal', text: '条' },
    ]);
  });

  it('gives up (undefined) past its work budget, counted after the common ends', () => {
    const a = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 30 }, (_, i) => `b${i}`);
    expect(diffTokens(a, b, 899)).toBeUndefined();
    expect(diffTokens(a, b, 900)).toBeDefined();
    // A pure insertion costs nothing after the common prefix and suffix are removed.
    expect(diffTokens(['x', 'y'], ['x', 'new', 'y'], 0)).toEqual([
      { op: 'equal', text: 'x' },
      { op: 'insert', text: 'new' },
      { op: 'equal', text: 'y' },
    ]);
  });

  it('handles more distinct tokens than the BMP below the surrogates (encoding skips U+D800–DFFF)', () => {
    const a = Array.from({ length: 56_000 }, (_, i) => `t${i} `);
    const b = [...a];
    b[55_500] = 'changed ';
    const ops = diffTokens(a, b)!;
    expect(changedOnly(ops)).toEqual([
      ['delete', 't55500 '],
      ['insert', 'changed '],
    ]);
    expect(applyOps(ops)).toEqual({ old: a.join(''), new: b.join('') });
  });
});

describe('diffText: Chinese at word level', () => {
  it('三十日 → 二十个工作日 is one replaced run of words, not characters', () => {
    // Sample law, first draft Article 14 → second reading Article 16.
    const a = article(loadSample('zh', 'first-draft'), '14').paragraphs[0]!.text;
    const b = article(loadSample('zh', 'second-reading'), '16').paragraphs[0]!.text;
    const d = diffText(a, b, zh);
    expect(d.granularity).toBe('word');
    expectAligned(d.ops, a, b, (s) => zh.tokens(s));
    const changes = changedOnly(d.ops);
    expect(changes.map(([op]) => op), 'one deletion followed by one insertion').toEqual(['delete', 'insert']);
    expect(changes[0]![1]).toContain('三十日');
    expect(changes[1]![1]).toContain('二十个工作日');
    // Word level: no change is a lone character of a number (三 → 二 with 十 kept).
    expect(d.ops.some((o) => o.op === 'equal' && o.text.endsWith('起') && d.ops[d.ops.indexOf(o) + 1]?.text.startsWith('三'))).toBe(true);
  });

  it('"55" → "51" is a whole-token change, never 5[5→1]', () => {
    for (const [a, b, del, ins] of [
      // A reference is one token with its 第 and 条.
      ['依照本法第55条的规定处理。', '依照本法第51条的规定处理。', '第55条', '第51条'],
      ['处55万元以下罚款', '处51万元以下罚款', '55', '51'],
    ] as const) {
      const d = diffText(a, b, zh);
      expectAligned(d.ops, a, b, (s) => zh.tokens(s));
      expect(changedOnly(d.ops)).toEqual([
        ['delete', del],
        ['insert', ins],
      ]);
    }
  });

  // A number (Arabic or Chinese numerals) is never cut by the diff: either all of it is kept or all of it is replaced.
  it.each([
    ['依照本法第55条的规定处理。', '依照本法第51条的规定处理。'],
    ['依照本法第十六条规定', '依照本法第十七条规定'],
    ['自收到之日起三十日内', '自收到之日起三十五日内'],
    ['处二十三万元罚款', '处二十五万元罚款'],
    ['依照本法第一百八十二条规定', '依照本法第一百八十三条规定'],
  ])('a changed number is replaced whole: %s → %s', (a, b) => {
    const d = diffText(a, b, zh);
    expectAligned(d.ops, a, b, (s) => zh.tokens(s));
    expect(cutNumbers(d.ops, a, b), JSON.stringify(d.ops)).toEqual([]);
  });

  it('sample law references: 第二十三条 → 第二十五条 and 十五个工作日 → 二十个工作日 change whole numbers', () => {
    // Sample law, first draft Article 24 → second reading Article 26.
    const a = articleLines(article(loadSample('zh', 'first-draft'), '24')).join('\n');
    const b = articleLines(article(loadSample('zh', 'second-reading'), '26')).join('\n');
    const d = diffText(a, b, zh);
    expectAligned(d.ops, a, b, (s) => zh.tokens(s));
    expect(cutNumbers(d.ops, a, b), JSON.stringify(changedOnly(d.ops))).toEqual([]);
  });

  it('segments words, not characters: a replaced two-character word is one op', () => {
    const a = '公司必须保护职工的合法权益。';
    const b = '公司应当保护职工的合法权益。';
    const d = diffText(a, b, zh);
    expect(changedOnly(d.ops)).toEqual([
      ['delete', '必须'],
      ['insert', '应当'],
    ]);
  });
});

describe('Chinese by characters (granularity "char")', () => {
  const chars = new Tokenizer('zh-Hans', 'char');

  it('makes every CJK character a token, keeps numbers, Latin words, spaces and punctuation runs as the line has them', () => {
    const line = '依照GB 2023标准第一百八十二条，处55万元罚款。';
    expect(chars.tokens(line)).toEqual(['依', '照', 'GB', ' ', '2023', '标', '准', '第一百八十二条', '，', '处', '55', '万', '元', '罚', '款', '。']);
    // A character outside the BMP (a surrogate pair) stays whole.
    expect(chars.tokens('𠀀法')).toEqual(['𠀀', '法']);
    // Japanese kana and Korean syllables are characters too.
    expect(new Tokenizer('ja', 'char').tokens('個人情報の保護')).toEqual(['個', '人', '情', '報', 'の', '保', '護']);
    expect(new Tokenizer('ko', 'char').tokens('개인정보 보호법')).toEqual(['개', '인', '정', '보', ' ', '보', '호', '법']);
  });

  it('tokens concatenate back to any line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('法', '第', '十', '条', 'a', 'Z', '5', ' ', '\u3000', '，', '。', '𠀀', '-', '\n') }), (line) => {
        expect(chars.tokens(line).join('')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('marks the changed characters of a replaced word, where the word diff replaces the word', () => {
    const a = '公司必须保护职工的合法权益。';
    const b = '公司必需保护职工的合法权益。';
    expect(changedOnly(diffText(a, b, zh).ops)).toEqual([
      ['delete', '必须'],
      ['insert', '必需'],
    ]);
    expect(changedOnly(diffText(a, b, chars).ops)).toEqual([
      ['delete', '须'],
      ['insert', '需'],
    ]);
  });

  it('still replaces a changed number whole', () => {
    for (const [a, b] of [
      ['依照本法第一百八十二条规定', '依照本法第一百八十三条规定'],
      ['处二十三万元罚款', '处二十五万元罚款'],
      ['依照本法第55条的规定处理。', '依照本法第51条的规定处理。'],
    ] as const) {
      const d = diffText(a, b, chars);
      expectAligned(d.ops, a, b, (s) => chars.tokens(s));
      expect(cutNumbers(d.ops, a, b), JSON.stringify(d.ops)).toEqual([]);
    }
  });

  it('counts characters as the words of Chinese text', () => {
    const counts = diffArticle('', ['公司必须保护职工的合法权益。'], '', ['公司必需保护职工的合法权益，并公开。'], chars).counts;
    // 须 → 需, and ，并公开 inserted before the kept 。: words are the CJK characters (punctuation is not a word).
    expect(counts).toEqual({ wordsInserted: 4, wordsDeleted: 1, charsInserted: 5, charsDeleted: 1 });
  });
});

describe('Latin-script words without the segmenter', () => {
  // The tokenizer cuts Latin-script lines itself, by the UAX #29 rules Intl.Segmenter applies to them, because
  // the segmenter costs a JavaScript object per token. The cut must be the segmenter's, token for token.
  const icu = new Intl.Segmenter('de', { granularity: 'word' });
  const segmenterTokens = (line: string): string[] => Array.from(icu.segment(line), (s) => s.segment);

  it.each([
    ['de-tkg-2004', '2021.md'],
    ['de-netzdg', '2022.md'],
    ['de-bgb', '2022-03-03.md'],
    ['us-116-hr2157', 'ih.xml'],
  ])('cuts every line of %s/%s as the segmenter does', (law, file) => {
    const t = new Tokenizer('de');
    const lines = readCorpus(law, file).split('\n');
    const differ = lines.filter((l) => JSON.stringify(t.tokens(l)) !== JSON.stringify(segmenterTokens(l)));
    expect(differ.slice(0, 3)).toEqual([]);
    expect(lines.length).toBeGreaterThan(100);
  });

  it('cuts random text of letters, digits, spaces and the joining punctuation as the segmenter does (property)', () => {
    const unit = fc.constantFrom('a', 'Z', 'é', 'ß', 'ǅ', '1', '0', ' ', '.', ',', ';', ':', "'", '’', '‘', '_', '-', '§', '(', '·', '\u2024', '\u2027', '\u2044', '\u202f', '\u2003', '\u2007', '\u00a0', '€', '\u203f', '\u205f', '\t', '\u00ad', '\u200b');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (line) => {
        expect(new Tokenizer('en').tokens(line)).toEqual(segmenterTokens(line));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('diffText: German and English at word level', () => {
  const tkgOld = importCorpus('de-tkg-2004/2012-07-02.md');
  const tkgNew = importCorpus('de-tkg-2004/2012-08-06.md');

  it('TKG § 66b (2012-07-02 → 2012-08-06): the real amendments as whole words', () => {
    const a = articleLines(article(tkgOld, '66b'));
    const b = articleLines(article(tkgNew, '66b'));
    const d = diffArticle('Preisansage', a, 'Preisansage', b, de);
    expect(d.granularity).toBe('word');
    expect(d.heading).toEqual([{ op: 'equal', text: 'Preisansage' }]);
    const changed = d.lines.filter((l) => l.kind !== 'equal');
    expect(changed.map((l) => l.kind)).toEqual(['changed', 'changed', 'changed']);
    const all: [string, string][] = [];
    for (const l of changed) {
      if (l.kind !== 'changed') continue;
      expectAligned(l.ops, l.old, l.new, (s) => de.tokens(s));
      all.push(...changedOnly(l.ops));
    }
    expect(all).toEqual([
      ['insert', 'und für sprachgestützte Betreiberauswahl '],
      ['insert', 'und 4 '],
      ['delete', '5'],
      ['insert', '6'],
    ]);
  });

  it('TKG § 123a: einheit-liche → einheitliche is one replaced word', () => {
    const a = articleLines(article(tkgOld, '123a'));
    const b = articleLines(article(tkgNew, '123a'));
    const d = diffArticle('', a, '', b, de);
    const ops = d.lines.flatMap((l) => (l.kind === 'changed' ? changedOnly(l.ops) : l.kind === 'equal' ? [] : [[l.kind, '']]));
    expect(ops).toEqual([
      ['delete', 'einheit-liche'],
      ['insert', 'einheitliche'],
    ]);
  });

  it('German compounds change as whole words, not suffixes', () => {
    const a = 'Anbieter von Telekommunikationsdiensten haben drei Tage Zeit.';
    const b = 'Anbieter von Telekommunikationsdienstleistungen haben sieben Tage Zeit.';
    const d = diffText(a, b, de);
    expectAligned(d.ops, a, b, (s) => de.tokens(s));
    expect(changedOnly(d.ops)).toEqual([
      ['delete', 'Telekommunikationsdiensten'],
      ['insert', 'Telekommunikationsdienstleistungen'],
      ['delete', 'drei'],
      ['insert', 'sieben'],
    ]);
  });

  it('English: numbers and words are whole tokens', () => {
    const a = 'within 55 days under Section 55 of this Act';
    const b = 'within 51 days under Section 51 of this Act';
    const d = diffText(a, b, en);
    expectAligned(d.ops, a, b, (s) => en.tokens(s));
    expect(changedOnly(d.ops)).toEqual([
      ['delete', '55'],
      ['insert', '51'],
      ['delete', '55'],
      ['insert', '51'],
    ]);
  });

  it('English sample law: "shall" → "may" (first draft 43 → second reading 48)', () => {
    const a = articleLines(article(loadSample('en', 'first-draft'), '43')).join('\n');
    const b = articleLines(article(loadSample('en', 'second-reading'), '48')).join('\n');
    const d = diffText(a, b, en);
    expectAligned(d.ops, a, b, (s) => en.tokens(s));
    expect(changedOnly(d.ops)).toEqual([
      ['delete', 'shall'],
      ['insert', 'may'],
    ]);
  });

  it('rebuilds both texts and keeps word boundaries for any pair of strings (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'ab', ' ', '.', '5', '55', '数据', '开放', '，', 'ä', 'Straße', '\u3000', '😀');
    const text = fc.array(alphabet, { maxLength: 40 }).map((xs) => xs.join(''));
    for (const tok of [zh, de, en]) {
      fc.assert(
        fc.property(text, text, (a, b) => {
          const d = diffText(a, b, tok);
          expect(d.granularity).toBe('word');
          expectAligned(d.ops, a, b, (s) => tok.tokens(s));
        }),
        { seed: 4711, numRuns: 200 },
      );
    }
  });
});

describe('alignLines and diffArticle: lines and items', () => {
  it('items added inside an article become inserted lines; renumbered items are changed lines (sample law 16 → 17)', () => {
    const a = articleLines(article(loadSample('zh', 'first-draft'), '16'));
    const b = articleLines(article(loadSample('zh', 'second-reading'), '17'));
    const d = diffArticle('', a, '', b, zh);
    expect(d.lines.map((l) => l.kind)).toEqual(['equal', 'equal', 'inserted', 'changed', 'changed', 'inserted', 'changed', 'changed']);
    expect(d.lines.filter((l) => l.kind === 'inserted').map((l) => l.new)).toEqual([b[2], b[5]]);
    expect(d.lines.filter((l) => l.kind === 'inserted').map((l) => l.new!.slice(0, 3))).toEqual(['（二）', '（五）']);
    // The moved items differ only in their numbers.
    for (const l of d.lines.slice(3, 7)) {
      if (l.kind !== 'changed') continue;
      expect(changedOnly(l.ops).every(([, t]) => /^（?[一二三四五六]）?$|^[一二三四五六]$/u.test(t)), `${l.old} → ${l.new}: ${JSON.stringify(l.ops)}`).toBe(true);
    }
    // 前款第二项、第三项 → 前款第三项、第四项.
    const last = d.lines[7]!;
    expect(last.kind).toBe('changed');
  });

  it('an item added in English (sample law, second reading 40 → final 39) is an inserted line', () => {
    const a = articleLines(article(loadSample('en', 'second-reading'), '40'));
    const b = articleLines(article(loadSample('en', 'final'), '39'));
    const d = diffArticle('', a, '', b, en);
    // (3) loses its "and", (4) ends in ";" instead of ".", the statistics paragraph leaves (moved to Article 21), then the new items (5) and (6).
    expect(d.lines.filter((l) => l.kind !== 'equal').map((l) => l.kind)).toEqual(['changed', 'changed', 'deleted', 'inserted', 'inserted']);
    expect(d.lines.filter((l) => l.kind === 'inserted').map((l) => l.new)).toEqual(b.slice(-2));
  });

  it('pairs similar lines and leaves dissimilar ones as deleted + inserted', () => {
    const lines = alignLines(
      ['第一款 保留。', '公司应当依法纳税。', '完全不同的旧内容在这里。'],
      ['第一款 保留。', '公司应当依法按时纳税。', '另一段毫无关系的新文字。'],
    );
    expect(lines.map((l) => l.kind)).toEqual(['equal', 'changed', 'deleted', 'inserted']);
    expect(LINE_PAIR_THRESHOLD).toBeGreaterThan(0);
  });

  it('keeps deleted, inserted and reordered lines in order on each side', () => {
    const old = ['A line one.', 'B line two.', 'C line three.', 'D line four.'];
    const neu = ['A line one.', 'C line three.', 'New line.', 'D line four.', 'B line two.'];
    const lines = alignLines(old, neu);
    expect(lines.filter((l) => l.kind !== 'inserted').map((l) => l.old)).toEqual(old);
    expect(lines.filter((l) => l.kind !== 'deleted').map((l) => l.new)).toEqual(neu);
  });

  it('diffs the heading at word level', () => {
    const d = diffArticle('Anwendungsbereich', ['x'], 'Anwendungsbereich, Begriffsbestimmungen', ['x'], de);
    expect(d.heading).toEqual([
      { op: 'equal', text: 'Anwendungsbereich' },
      { op: 'insert', text: ', Begriffsbestimmungen' },
    ]);
    expect(d.lines).toEqual([{ kind: 'equal', old: 'x', new: 'x', ops: undefined }]);
  });
});

describe('the work budget', () => {
  it('sentence tokens (the fallback units) concatenate back to the line', () => {
    // A "." inside an abbreviation or a number is not the end of a sentence, and must not be lost.
    for (const line of ['Section 1108(g)(5) of the Social Security Act (42 U.S.C. 1308(g)(5)) is amended.', 'Der Betrag ist z.B. 2.5 Euro. Satz 2 gilt.', '第一条 本法所称公司。第二条 略；其他！']) {
      expect(sentences(line).join(''), line).toBe(line);
    }
    const piece = fc.constantFrom('a', 'b c', '.', '. ', '。', '；', '!', '?', 'U.S.C.', '2.5', ' ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((xs) => xs.join('')), (line) => {
        expect(sentences(line).join('')).toBe(line);
      }),
      { seed: 1308, numRuns: 300 },
    );
  });

  /** A long line of real sentences (English bill text; Chinese Civil Code articles). */
  const hugeLine = (doc: VersionDoc, minChars: number): string => {
    let s = '';
    for (const { article: a } of listArticles(doc)) {
      for (const l of articleLines(a)) if (/[.。]$/u.test(l)) s += (s && !/[\u4e00-\u9fff]/u.test(l) ? ' ' : '') + l;
      if (s.length >= minChars) break;
    }
    return s;
  };

  it.each([
    ['English', importCorpus('us-116-hr2157/enr.xml'), en, 16_000],
    ['Chinese', importCorpus('cn-civil-code/2020.md'), zh, 9_000],
  ] as const)('%s: a huge changed line pair falls back to sentence granularity and still rebuilds the text', (_name, doc, tok, size) => {
    const a = hugeLine(doc, size);
    // Change the first and last sentences (so there is no long common prefix or suffix) and drop one in the middle.
    const stop = tok === zh ? '。' : '. ';
    const k1 = a.indexOf(stop, a.length / 2) + stop.length;
    const k2 = a.indexOf(stop, k1) + stop.length;
    const dropped = a.slice(k1, k2);
    expect(dropped.length).toBeGreaterThan(5);
    const b = `${tok === zh ? '修改' : 'Changed '}${a.slice(0, k1)}${a.slice(k2)}${tok === zh ? '新增。' : ' Changed.'}`;
    const ta = tok.tokens(a);
    const tb = tok.tokens(b);
    expect(ta.length * tb.length, 'the pair is over the budget').toBeGreaterThan(TOKEN_BUDGET);

    const d = diffText(a, b, tok);
    expect(d.granularity).toBe('sentence');
    expectAligned(d.ops, a, b, sentences);
    expect(changedOnly(d.ops).some(([op, t]) => op === 'delete' && t.includes(dropped.trim())), 'the dropped sentence is deleted').toBe(true);

    // In an article, only that line is coarse: the other changed line stays word-level.
    const art = diffArticle('', [a, 'The Secretary shall report within 30 days.'], '', [b, 'The Secretary shall report within 60 days.'], tok);
    expect(art.granularity).toBe('sentence');
    const small = art.lines[1]!;
    expect(small.kind).toBe('changed');
    expect(small.kind === 'changed' && changedOnly(small.ops)).toEqual([
      ['delete', '30'],
      ['insert', '60'],
    ]);
    const big = art.lines[0]!;
    expect(big.kind === 'changed' && applyOps(big.ops)).toEqual({ old: a, new: b });
  });
});

describe('determinism', () => {
  it('the same diff every time, with a fresh or a warm tokenizer', () => {
    const a = articleLines(article(loadSample('zh', 'first-draft'), '40'));
    const b = articleLines(article(loadSample('zh', 'second-reading'), '45'));
    const first = diffArticle('', a, '', b, zh);
    expect(first.lines.some((l) => l.kind === 'changed')).toBe(true);
    expect(diffArticle('', a, '', b, zh)).toEqual(first);
    expect(diffArticle('', [...a], '', [...b], new Tokenizer('zh-Hans'))).toEqual(first);
    // A tokenizer that has seen many other lines first.
    const warm = new Tokenizer('zh-Hans');
    for (const { article: x } of listArticles(loadSample('zh', 'final'))) for (const l of articleLines(x)) warm.tokens(l);
    expect(diffArticle('', a, '', b, warm)).toEqual(first);
  });

  it('ops are plain data that survive JSON', () => {
    const d = diffArticle('H', ['a b c'], 'H2', ['a x c', 'new'], en);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    const kinds: LineDiff['kind'][] = d.lines.map((l) => l.kind);
    expect(kinds).toEqual(['changed', 'inserted']);
  });
});
