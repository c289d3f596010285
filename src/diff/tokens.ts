/**
 * Tokens for the text diff, one line at a time and a long line in pieces of
 * about a thousand characters (in Node 20 segmenting one long string is
 * quadratic: {@link segmentWords}), cached per line since the same paragraphs
 * recur across readings. Words: Latin-script lines are cut by the UAX #29 rules in
 * a plain scan, anything else by `Intl.Segmenter` in the version's language
 * (Chinese becomes words, not characters); at `char` granularity each CJK
 * character is a token. Numbers are one token either way. Tokens
 * concatenate back to the exact input.
 */

import { safeLanguage } from '../model/language.js';
import { keepShape } from './keep-shape.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

export { isCjkLanguage } from '../model/language.js';

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

  constructor(
    readonly language: string,
    readonly granularity: Granularity = 'word',
  ) {
    // An invalid tag (`x`, `Chinese (Simplified)`) would make Intl.Segmenter throw: root rules instead.
    this.segmenter = new Intl.Segmenter(safeLanguage(language), { granularity: 'word' });
    const resolved = this.segmenter.resolvedOptions();
    if (resolved.granularity !== 'word') throw new Error(`Intl.Segmenter for ${language} has no word granularity`);
    keepShape(this, () => new Tokenizer(language, granularity));
  }

  /** The word (or CJK character), space and punctuation tokens of one line; `tokens(x).join('') === x`. The array is shared: do not modify it. */
  tokens(line: string): string[] {
    let t = this.cache.get(line);
    if (t === undefined) {
      t = this.granularity === 'char' ? characterTokens(line) : latinWordTokens(line);
      if (t === undefined) t = segmentWords(this.segmenter, line);
      if (NUMERAL.test(line)) t = mergeNumbers(line, t);
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

/** Length of the pieces {@link segmentWords} gives the segmenter (UTF-16 code units). */
export const SEGMENT_CHUNK = 1000;
/** Tokens a piece cut without a safe boundary drops at its end, in code units (see {@link segmentWords}). */
export const SEGMENT_OVERLAP = 100;

/**
 * A safe place to cut a line for the segmenter: a Han ideograph whose
 * predecessor is ASCII (not a control) or CJK or general punctuation or
 * space. No rule of UAX #29 joins anything to a following ideograph (it is
 * not ALetter, Numeric, Katakana, Extend, Format or ZWJ) and ICU's dictionary
 * ranges are runs of dictionary characters (Han, kana, Thai…), which the
 * predecessor is not; so the segmenter puts a boundary there, and the words
 * after it do not depend on the text before it.
 */
function isSafeCut(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) return false;
  const p = line.charCodeAt(i - 1);
  return (
    (p >= 0x20 && p <= 0x7e) ||
    (p >= 0x3000 && p <= 0x3004) ||
    (p >= 0x3008 && p <= 0x3011) ||
    (p >= 0x3014 && p <= 0x301f) ||
    (p >= 0xff01 && p <= 0xff0f) ||
    (p >= 0xff1a && p <= 0xff20) ||
    (p >= 0xff3b && p <= 0xff40) ||
    (p >= 0xff5b && p <= 0xff64) ||
    (p >= 0x2010 && p <= 0x2027) ||
    (p >= 0x2030 && p <= 0x205e)
  );
}

/** Appends the segmenter's tokens of `text`. */
function pushSegments(segmenter: Intl.Segmenter, text: string, out: string[]): void {
  for (const s of segmenter.segment(text)) out.push(s.segment);
}

/**
 * The segmenter's word tokens of a line, in linear time: `Intl.Segmenter` in
 * Node 20 costs time in proportion to the whole string for every token, so a
 * line of 100,000 characters took 21 s (issue 12). A line is segmented in
 * pieces of about `chunk` code units, cut at a safe boundary
 * ({@link isSafeCut}: an ideograph after punctuation, a space, a digit or a
 * Latin letter — in Chinese text, every sentence): the same tokens as the
 * whole line, by the rules. Where `2 × chunk` characters hold no safe
 * boundary (a run of ideographs without punctuation, or other scripts), a
 * window is segmented and only its tokens ending `overlap` or more before
 * the window's end are kept; the next window starts at the last kept
 * boundary. Those tokens can differ from the whole line's only if the
 * segmenter's choice of words inside a run depends on text more than
 * `overlap` characters away — ICU's dictionary segmentation of Chinese
 * settles within a few characters (the tests check it), and no line of the
 * corpus comes near such a run.
 */
export function segmentWords(segmenter: Intl.Segmenter, line: string, chunk = SEGMENT_CHUNK, overlap = SEGMENT_OVERLAP): string[] {
  const out: string[] = [];
  const n = line.length;
  let pos = 0;
  while (n - pos > 2 * chunk) {
    let cut = pos + chunk;
    const stop = pos + 2 * chunk;
    while (cut < stop && !isSafeCut(line, cut)) cut++;
    if (cut < stop) {
      pushSegments(segmenter, line.slice(pos, cut), out);
      pos = cut;
      continue;
    }
    pos = windowSegments(segmenter, line, pos, 2 * chunk, overlap, out);
  }
  pushSegments(segmenter, line.slice(pos), out);
  return out;
}

/**
 * Segments a window of `line` from `pos` and keeps its tokens that end at
 * least `overlap` before the window's end (the window doubles until one
 * does); returns where the kept tokens end.
 */
function windowSegments(segmenter: Intl.Segmenter, line: string, pos: number, width: number, overlap: number, out: string[]): number {
  for (let w = Math.max(width, 2 * overlap); ; w *= 2) {
    const end = pos + w;
    if (end >= line.length) {
      pushSegments(segmenter, line.slice(pos), out);
      return line.length;
    }
    let at = pos;
    for (const s of segmenter.segment(line.slice(pos, end))) {
      if (at + s.segment.length > end - overlap) break;
      out.push(s.segment);
      at += s.segment.length;
    }
    if (at > pos) return at;
  }
}

// Word classes of UAX #29 for the characters latinWordTokens handles (anything else: undefined).
const L = 1; // ALetter
const N = 2; // Numeric
const ML = 3; // MidLetter
const MN = 4; // MidNum
const MNL = 5; // MidNumLet and Single_Quote
const ENL = 6; // ExtendNumLet
const WS = 7; // WSegSpace
const O = 8; // Other

/** The UAX #29 word class of a character of Latin-script text, or 0 when latinWordTokens leaves the line to the segmenter. */
function latinClass(c: number): number {
  if (c < 0x80) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return L;
    if (c >= 48 && c <= 57) return N;
    if (c === 32) return WS;
    if (c === 0x3a) return ML;
    if (c === 0x2c || c === 0x3b) return MN;
    if (c === 0x2e || c === 0x27) return MNL;
    if (c === 0x5f) return ENL;
    return c < 32 || c === 0x7f ? 0 : O;
  }
  if (c < 0x250) {
    if (c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return L;
    if (c === 0xb7) return ML;
    // Controls, NEL (a newline) and the soft hyphen (a format character, transparent to the rules) go to the segmenter.
    return c < 0xa0 || c === 0xad ? 0 : O;
  }
  if (c >= 0x2000 && c <= 0x205f) {
    if (c <= 0x200a) return c === 0x2007 ? O : WS;
    if (c === 0x2018 || c === 0x2019 || c === 0x2024) return MNL;
    if (c === 0x2027) return ML;
    if (c === 0x2044) return MN;
    if (c === 0x202f || c === 0x203f || c === 0x2040 || c === 0x2054) return ENL;
    if (c === 0x205f) return WS;
    // Zero-width and bidi format characters, line and paragraph separators: the segmenter.
    return (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ? 0 : O;
  }
  if (c >= 0x20a0 && c <= 0x20cf) return O;
  return 0;
}

/**
 * Word tokens of a line in Latin script, by the rules of UAX #29 that
 * Intl.Segmenter applies to it — letters and digits together (`12a`), joined
 * across one `.`/`'`/`’` between letters or digits (`e.g`, `don't`, `3.5`),
 * `:` between letters, `,`/`;` between digits (`1,000`), `_` with either;
 * runs of spaces together; anything else alone — without the segmenter's cost
 * (a JavaScript object per token from ICU; the tests check the two agree on
 * the corpus and on random text). Undefined for a line with any other
 * character (CJK, other scripts, format characters): the segmenter cuts those.
 */
function latinWordTokens(line: string): string[] | undefined {
  const n = line.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((cls[i] = latinClass(line.charCodeAt(i))) === 0) return undefined;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const c = cls[i]!;
    let j = i + 1;
    if (c === L || c === N || c === ENL) {
      while (j < n) {
        const d = cls[j]!;
        if (d === L || d === N || d === ENL) j++;
        else if ((d === ML || d === MNL) && cls[j - 1] === L && cls[j + 1] === L) j += 2;
        else if ((d === MN || d === MNL) && cls[j - 1] === N && cls[j + 1] === N) j += 2;
        else break;
      }
    } else if (c === WS) while (j < n && cls[j] === WS) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
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
