/**
 * Word tokens for the text diff: `Intl.Segmenter` at word granularity in the
 * version's language (Chinese becomes words, not characters), one paragraph
 * at a time — in Node 20 segmenting one long string is quadratic — with a
 * cache per line, since the same paragraphs recur across readings.
 * Tokens concatenate back to the exact input.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

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

/** Splits lines into word tokens, remembering each line it has seen. */
export class Tokenizer {
  private readonly segmenter: Intl.Segmenter;
  private readonly cache = new Map<string, string[]>();
  /** Distinct lines segmented so far (for benchmarks). */
  segmented = 0;

  constructor(readonly language: string) {
    this.segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    const resolved = this.segmenter.resolvedOptions();
    if (resolved.granularity !== 'word') throw new Error(`Intl.Segmenter for ${language} has no word granularity`);
  }

  /** The word, space and punctuation tokens of one line; `tokens(x).join('') === x`. */
  tokens(line: string): string[] {
    let t = this.cache.get(line);
    if (t === undefined) {
      t = [];
      for (const s of this.segmenter.segment(line)) t.push(s.segment);
      this.segmented++;
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(line, t);
    }
    return t;
  }

  /** Tokens that are words or numbers (not spaces or punctuation). */
  static isWord(token: string): boolean {
    return /[\p{L}\p{N}]/u.test(token);
  }
}

/** Sentence tokens: the coarse fallback when a line is too large for a word diff. */
export function sentences(line: string): string[] {
  const out = line.match(/[^。；;！？!?.]*(?:[。；;！？!?]+|\.(?=\s|$)|$)\s*/gu) ?? [line];
  return out.filter((s) => s !== '');
}
