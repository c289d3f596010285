/**
 * Word tokens for the text diff: `Intl.Segmenter` at word granularity in the
 * version's language (Chinese becomes words, not characters), one paragraph
 * at a time — in Node 20 segmenting one long string is quadratic — with a
 * cache per line, since the same paragraphs recur across readings.
 * Tokens concatenate back to the exact input.
 */

import { keepShape } from './keep-shape.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** True for a language tag of Chinese, Japanese or Korean. */
export function isCjkLanguage(language: string): boolean {
  return /^(zh|ja|ko)\b/iu.test(language);
}

/** A word in space-delimited text: a run of letters and digits, with inner `.`, `,` and apostrophes (`U.S`, `1,000.50`, `don't`). */
const SPACED_WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/** True when the text is mostly written in CJK characters. */
export function isCjkText(text: string): boolean {
  let cjk = 0;
  let other = 0;
  for (const ch of text.slice(0, 400)) {
    if (CJK.test(ch)) cjk++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  return cjk > other;
}

/**
 * How finely a text diff cuts CJK text: `word`, as `Intl.Segmenter` cuts it
 * (`修改为` is one token), or `char`, every CJK character its own token (the
 * way Chinese legislative comparison tables mark changes; no segmenter, so
 * several times faster). Numbers stay whole either way, and text in other
 * scripts is cut into words either way.
 */
export type Granularity = 'word' | 'char';

/** Splits lines into tokens, remembering each line it has seen. */
export class Tokenizer {
  private readonly segmenter: Intl.Segmenter;
  private readonly cache = new Map<string, string[]>();
  /** Distinct lines segmented so far (for benchmarks). */
  segmented = 0;

  constructor(
    readonly language: string,
    readonly granularity: Granularity = 'word',
  ) {
    this.segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    const resolved = this.segmenter.resolvedOptions();
    if (resolved.granularity !== 'word') throw new Error(`Intl.Segmenter for ${language} has no word granularity`);
    keepShape(this, () => new Tokenizer(language, granularity));
  }

  /** The word (or CJK character), space and punctuation tokens of one line; `tokens(x).join('') === x`. The array is shared: do not modify it. */
  tokens(line: string): string[] {
    let t = this.cache.get(line);
    if (t === undefined) {
      if (this.granularity === 'char') t = characterTokens(line);
      else {
        t = [];
        for (const s of this.segmenter.segment(line)) t.push(s.segment);
      }
      if (NUMERAL.test(line)) t = mergeNumbers(line, t);
      this.segmented++;
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(line, t);
    }
    return t;
  }

  /**
   * The words of a text (lines joined by `\n`): its word tokens when
   * `segmented` (CJK text, where words are not delimited: segmenter words,
   * or characters at `char` granularity), else runs of letters and digits —
   * the same count for space-delimited text, without segmenting.
   */
  countWords(text: string, segmented: boolean): number {
    if (!segmented) {
      SPACED_WORD.lastIndex = 0;
      let n = 0;
      while (SPACED_WORD.test(text)) n++;
      return n;
    }
    let n = 0;
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      for (const t of this.tokens(end < 0 ? text.slice(start) : text.slice(start, end))) if (Tokenizer.isWord(t)) n++;
      if (end < 0) return n;
      start = end + 1;
    }
  }

  /** Tokens that are words or numbers (not spaces or punctuation). */
  static isWord(token: string): boolean {
    const c = token.charCodeAt(0);
    // The common cases without a regex: an ASCII letter or digit, a CJK character; ASCII punctuation or space alone.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return true;
    if (token.length === 1 && c < 128) return false;
    return /[\p{L}\p{N}]/u.test(token);
  }
}

/** A character that is its own token at `char` granularity: a CJK ideograph, kana, a hangul syllable. */
function isCharUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3041 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Letters and digits other than {@link isCharUnit} (ASCII exactly; above U+00BF anything but spaces and punctuation blocks). */
function isLetterCode(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !isCharUnit(c) && !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xd800 && c <= 0xdfff));
}

/**
 * Character tokens: each CJK ideograph, kana or hangul syllable alone, runs of other letters and
 * digits (`GB`, `2023`, `ISO`) and of white space together, anything else
 * (punctuation, a surrogate pair) alone. They concatenate back to the line.
 */
function characterTokens(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    let j = i + 1;
    if (isLetterCode(c)) while (j < line.length && isLetterCode(line.charCodeAt(j))) j++;
    else if (isSpaceCode(c)) while (j < line.length && isSpaceCode(line.charCodeAt(j))) j++;
    else if (c >= 0xd800 && c <= 0xdbff && j < line.length) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]{2}|[〇零一二三四五六七八九十百千万亿两][条條款项項章节節编編万元]|第[〇零一二三四五六七八九十百千万亿两0-9]/u;
/** A number as Chinese text writes it, with what belongs to it: `第一百八十二条`, `二十三万元`, `十五个`, `第二款`. */
const NUMBER_SPAN = /第?[〇零一二三四五六七八九十百千万亿两]+(?:[条條款项項章节節编編](?:之[一二三四五六七八九十]+)?)?|第[0-9０-９]+[条條款项項章节節编編]?/gu;

/**
 * Joins the segmenter's pieces of one number (`第|一百|八|十二条`) into one
 * token, so a changed number is replaced whole, never `二十[三→五]`.
 */
function mergeNumbers(line: string, tokens: string[]): string[] {
  const spans: [number, number][] = [];
  for (const m of line.matchAll(NUMBER_SPAN)) if (m[0].length > 1) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return tokens;
  const out: string[] = [];
  let at = 0;
  let k = 0;
  for (const tok of tokens) {
    const start = at;
    at += tok.length;
    while (k < spans.length && spans[k]![1] <= start) k++;
    const span = spans[k];
    const inside = span !== undefined && start > span[0] && start < span[1];
    if (inside && out.length > 0) out[out.length - 1] += tok;
    else out.push(tok);
  }
  return out;
}

/** Sentence tokens: the coarse fallback when a line is too large for a word diff. They concatenate back to the line. */
export function sentences(line: string): string[] {
  return line.split(/(?<=[。；;！？!?]|\.(?=\s))/u).filter((s) => s !== '');
}
