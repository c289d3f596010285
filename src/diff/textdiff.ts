/**
 * Word-level text diff of two articles: lines (paragraphs and items) are
 * aligned first, then each changed pair of lines is diffed token by token
 * with diff-match-patch, one token mapped to one character, and cleaned up
 * semantically in token space. Deterministic: `Diff_Timeout` is 0 and each
 * line pair has a work budget counted in tokens, beyond which that line
 * alone falls back to sentence granularity.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { ArticleDiff, DiffOp, LineDiff, TextCounts } from './types.js';
import { shingles, sortIds } from './similarity.js';
import { isCjkLanguage, sentences, Tokenizer } from './tokens.js';

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
const { DIFF_DELETE, DIFF_INSERT } = DiffMatchPatch;

/** Work budget of one token diff: product of the lengths after the common prefix and suffix are removed. */
export const TOKEN_BUDGET = 4_000_000;

/** Encodes two token lists as strings of one character per distinct token. */
function encode(a: readonly string[], b: readonly string[]): { ea: string; eb: string; table: string[] } {
  const ids = new Map<string, number>();
  const table: string[] = [];
  const ea = encodeTokens(a, ids, table);
  const eb = encodeTokens(b, ids, table);
  if (table.length > 0xffff - 32 - 0x800) throw new Error('too many distinct tokens in one line pair');
  return { ea, eb, table };
}

function encodeTokens(tokens: readonly string[], ids: Map<string, number>, table: string[]): string {
  let s = '';
  for (const t of tokens) {
    let id = ids.get(t);
    if (id === undefined) {
      id = table.length;
      ids.set(t, id);
      table.push(t);
    }
    // Skip the surrogate range so every token is one UTF-16 code unit dmp can compare.
    s += String.fromCharCode(id < 0xd800 - 32 ? id + 32 : id + 32 + 0x800);
  }
  return s;
}

/** The table index of an encoded token. */
function index(c: number): number {
  return c >= 0xd800 ? c - 32 - 0x800 : c - 32;
}

function decode(s: string, table: readonly string[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += table[index(s.charCodeAt(i))];
  return out;
}

function commonEnds(a: readonly string[], b: readonly string[]): [number, number] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [p, s];
}

/** No words or characters changed. */
export function noCounts(): TextCounts {
  return { wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0 };
}

/** Characters other than white space (what `charsInserted`/`charsDeleted` count). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) n++;
  }
  return n;
}

function tally(counts: TextCounts, inserted: boolean, words: number, chars: number): void {
  if (inserted) {
    counts.wordsInserted += words;
    counts.charsInserted += chars;
  } else {
    counts.wordsDeleted += words;
    counts.charsDeleted += chars;
  }
}

/** Adds a whole inserted or deleted text to the counts. */
export function countText(counts: TextCounts, text: string, inserted: boolean, tokenizer: Tokenizer, segmented: boolean): void {
  tally(counts, inserted, tokenizer.countWords(text, segmented), visibleLength(text));
}

/**
 * Diffs two token lists. Returns undefined when the work exceeds `budget`
 * (the caller then uses coarser tokens). With `counts`, adds the words (tokens
 * with a letter or digit) and characters it inserts and deletes.
 */
export function diffTokens(a: readonly string[], b: readonly string[], budget = TOKEN_BUDGET, counts?: TextCounts): DiffOp[] | undefined {
  const [p, s] = commonEnds(a, b);
  if ((a.length - p - s) * (b.length - p - s) > budget) return undefined;
  const { ea, eb, table } = encode(a, b);
  const diffs = dmp.diff_main(ea, eb, false);
  dmp.diff_cleanupSemantic(diffs);
  const ops: DiffOp[] = [];
  for (const [op, text] of diffs) {
    const o = op === DIFF_DELETE ? 'delete' : op === DIFF_INSERT ? 'insert' : 'equal';
    const t = decode(text, table);
    if (counts && o !== 'equal') {
      let words = 0;
      for (let i = 0; i < text.length; i++) if (Tokenizer.isWord(table[index(text.charCodeAt(i))]!)) words++;
      tally(counts, o === 'insert', words, visibleLength(t));
    }
    const last = ops[ops.length - 1];
    if (last && last.op === o) last.text += t;
    else if (t !== '') ops.push({ op: o, text: t });
  }
  return ops;
}

/**
 * Diffs two strings at word level, or sentence level when too large; reports
 * which. With `counts`, adds the words and characters inserted and deleted
 * (`segmented`: words as the segmenter cuts them, for CJK text, when the
 * sentence fallback has to count whole sentences).
 */
export function diffText(a: string, b: string, tokenizer: Tokenizer, counts?: TextCounts, segmented = isCjkLanguage(tokenizer.language)): { ops: DiffOp[]; granularity: 'word' | 'sentence' } {
  if (a === b) return { ops: a ? [{ op: 'equal', text: a }] : [], granularity: 'word' };
  // Only the part between the common prefix and suffix needs segmenting: cut both at a
  // boundary no word can span (white space or punctuation), so the tokens are the same.
  // A pair certain to exceed the budget is not segmented at all (a long CJK line: seconds of segmenter time for nothing).
  if (!overBudget(a, b)) {
    const [p, s] = safeEnds(a, b);
    const head = a.slice(0, p);
    const tail = a.slice(a.length - s);
    const midA = a.slice(p, a.length - s);
    const midB = b.slice(p, b.length - s);
    const ops = diffTokens(tokenizer.tokens(midA), tokenizer.tokens(midB), TOKEN_BUDGET, counts);
    if (ops) return { ops: withEnds(ops, head, tail), granularity: 'word' };
  }
  const coarse = diffTokens(sentences(a), sentences(b), Infinity)!;
  if (counts) for (const op of coarse) if (op.op !== 'equal') countText(counts, op.text, op.op === 'insert', tokenizer, segmented);
  return { ops: coarse, granularity: 'sentence' };
}

/**
 * Characters that are a token of their own in every segmentation (Word_Break
 * Other in UAX #29: no rule joins anything to them, and they join nothing
 * but a following combining mark): each one starts a token.
 */
const STANDALONE = /[。、！？（）《》〈〉「」『』【】“”()[\]{}!?]/gu;

function countStandalone(x: string, from: number, to: number): number {
  if (to - from < 2_000) return 0;
  STANDALONE.lastIndex = from;
  let n = 0;
  for (let m = STANDALONE.exec(x); m !== null && m.index < to; m = STANDALONE.exec(x)) n++;
  return n;
}

/**
 * Is a word diff of two lines certain to exceed {@link TOKEN_BUDGET}, without
 * segmenting them? The tokens {@link diffTokens} weighs (those left after the
 * common first and last tokens) cover at least the text between the two
 * lines' common prefix and common suffix (each counted as long as it goes),
 * and each standalone character there is a token: their product is a lower
 * bound of the work.
 */
function overBudget(a: string, b: string): boolean {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  if (p + s >= max) return false;
  const na = countStandalone(a, p, a.length - s);
  return na > 0 && na * countStandalone(b, p, b.length - s) > TOKEN_BUDGET;
}

/** The ops of the middle of a line with its unchanged start and end put back. */
function withEnds(ops: DiffOp[], head: string, tail: string): DiffOp[] {
  const out = [...ops];
  if (head) {
    if (out[0]?.op === 'equal') out[0] = { op: 'equal', text: head + out[0].text };
    else out.unshift({ op: 'equal', text: head });
  }
  if (tail) {
    const last = out[out.length - 1];
    if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + tail };
    else out.push({ op: 'equal', text: tail });
  }
  return out;
}

/** Characters that always stand alone as tokens: white space and punctuation that never joins words (not `.`, `,`, `'`, `:`). */
const BREAK = /[\s\u3000。，、；：！？（）《》〈〉“”‘’「」『』【】()[\]{}";!?]/u;
const SPACE = /[\s\u3000]/u;

/** Is position i of x a token boundary in any segmentation: after a break character, not inside a run of white space? */
function boundary(x: string, i: number): boolean {
  if (i <= 0 || i >= x.length) return true;
  return BREAK.test(x[i - 1]!) && !SPACE.test(x[i]!);
}

/**
 * Lengths of the common prefix and suffix of two strings, shortened to a
 * token boundary in both, so that segmenting only the middle gives the same
 * tokens there as segmenting the whole line.
 */
function safeEnds(a: string, b: string): [number, number] {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && !(boundary(a, p) && boundary(b, p))) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  while (s > 0 && !(boundary(a, a.length - s) && boundary(b, b.length - s))) s--;
  return [p, s];
}

/** Share of the longer line covered by the common prefix and suffix of two lines. */
function sharedEnds(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return (p + s) / Math.max(a.length, b.length, 1);
}

/** Words of a line for line pairing, sorted: hashed words and CJK character pairs (no segmenter needed; the pairing's shingles). */
function roughWords(line: string): Uint32Array {
  return sortIds(Uint32Array.from(shingles(line, true)));
}

/** Dice coefficient of the words of two lines (given as their sorted rough words): 0 (nothing shared) to 1. */
function wordsSimilarity(ta: Uint32Array, tb: Uint32Array, a: string, b: string): number {
  if (ta.length === 0 || tb.length === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (let i = 0, j = 0; i < ta.length && j < tb.length; ) {
    if (ta[i] === tb[j]) {
      shared++;
      i++;
      j++;
    } else if (ta[i]! < tb[j]!) i++;
    else j++;
  }
  return (2 * shared) / (ta.length + tb.length);
}

/** Lines below this similarity are shown as deleted + inserted rather than as one changed line. */
export const LINE_PAIR_THRESHOLD = 0.3;

/** Pairs the deleted and inserted lines of one hunk in order, maximizing total similarity (small DP). */
function pairHunk(olds: string[], news: string[]): LineDiff[] {
  const m = olds.length;
  const n = news.length;
  if (m * n > 40_000) {
    return [...olds.map((o): LineDiff => ({ kind: 'deleted', old: o, new: undefined, ops: undefined })), ...news.map((x): LineDiff => ({ kind: 'inserted', old: undefined, new: x, ops: undefined }))];
  }
  if (m === 1 && n === 1 && sharedEnds(olds[0]!, news[0]!) >= 0.5) {
    // One line replaced by one that keeps at least half of it at its ends: changed, no need to weigh words.
    return [{ kind: 'changed', old: olds[0]!, new: news[0]!, ops: [] }];
  }
  const ow = olds.map(roughWords);
  const nw = news.map(roughWords);
  const sim: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(wordsSimilarity(ow[i]!, nw[j]!, olds[i]!, news[j]!));
    sim.push(row);
  }
  // best[i][j]: best total for olds[i..] and news[j..]
  const best: Float64Array[] = [];
  for (let i = 0; i <= m; i++) best.push(new Float64Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const take = s >= LINE_PAIR_THRESHOLD ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: LineDiff[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && sim[i]![j]! >= LINE_PAIR_THRESHOLD && best[i]![j] === sim[i]![j]! + best[i + 1]![j + 1]!) {
      out.push({ kind: 'changed', old: olds[i]!, new: news[j]!, ops: [] });
      i++;
      j++;
    } else if (i < m && (j >= n || best[i]![j] === best[i + 1]![j])) {
      out.push({ kind: 'deleted', old: olds[i]!, new: undefined, ops: undefined });
      i++;
    } else {
      out.push({ kind: 'inserted', old: undefined, new: news[j]!, ops: undefined });
      j++;
    }
  }
  return out;
}

/** Aligns the lines of two texts: equal lines, changed pairs, deleted and inserted lines. */
export function alignLines(oldLines: readonly string[], newLines: readonly string[]): LineDiff[] {
  const { ea, eb, table } = encode(oldLines, newLines);
  const diffs = dmp.diff_main(ea, eb, false);
  const out: LineDiff[] = [];
  let dels: string[] = [];
  let ins: string[] = [];
  for (const [op, text] of diffs) {
    if (op === DIFF_DELETE) for (let i = 0; i < text.length; i++) dels.push(table[index(text.charCodeAt(i))]!);
    else if (op === DIFF_INSERT) for (let i = 0; i < text.length; i++) ins.push(table[index(text.charCodeAt(i))]!);
    else {
      if (dels.length || ins.length) {
        for (const l of pairHunk(dels, ins)) out.push(l);
        dels = [];
        ins = [];
      }
      for (let i = 0; i < text.length; i++) {
        const l = table[index(text.charCodeAt(i))]!;
        out.push({ kind: 'equal', old: l, new: l, ops: undefined });
      }
    }
  }
  if (dels.length || ins.length) for (const l of pairHunk(dels, ins)) out.push(l);
  return out;
}

/**
 * The full text diff of two articles given as heading + lines, with the
 * words and characters it inserts and deletes (`segmented`: count words as
 * the segmenter cuts them — CJK text — rather than as runs of letters).
 */
export function diffArticle(
  oldHeading: string,
  oldLines: readonly string[],
  newHeading: string,
  newLines: readonly string[],
  tokenizer: Tokenizer,
  segmented = isCjkLanguage(tokenizer.language),
): ArticleDiff {
  let granularity: 'word' | 'sentence' = 'word';
  const counts = noCounts();
  const heading = diffText(oldHeading, newHeading, tokenizer, counts, segmented);
  const lines = alignLines(oldLines, newLines);
  for (const l of lines) {
    if (l.kind === 'changed') {
      const d = diffText(l.old, l.new, tokenizer, counts, segmented);
      l.ops = d.ops;
      if (d.granularity === 'sentence') granularity = 'sentence';
    } else if (l.kind === 'inserted') countText(counts, l.new, true, tokenizer, segmented);
    else if (l.kind === 'deleted') countText(counts, l.old, false, tokenizer, segmented);
  }
  return { heading: heading.ops, lines, granularity, counts };
}

/** Rebuilds the new text of a diff from the old text and the reported changes (for tests and exports). */
export function applyOps(ops: readonly DiffOp[]): { old: string; new: string } {
  let o = '';
  let n = '';
  for (const op of ops) {
    if (op.op !== 'insert') o += op.text;
    if (op.op !== 'delete') n += op.text;
  }
  return { old: o, new: n };
}
