/**
 * How alike two articles are, for pairing: TF-IDF weighted shingles (words;
 * character bigrams for CJK, which needs no word segmentation) compared by
 * cosine, with candidates found through an inverted index so a 2,500-article
 * law is not compared all-pairs. See docs/decisions/001-article-pairing.md.
 *
 * Everything here runs over typed arrays: a feature is a 32-bit hash (the
 * sort key of a vector, so sums come out in the same order whichever version
 * is called old) and a dense slot in the feature space (for document
 * frequencies, weights and the index's posting lists, without Map lookups on
 * numbers that are not small integers).
 */

import { keepShape } from './keep-shape.js';

/** A sparse vector: features sorted by hash, their slots in the feature space, and values (term counts or weights). */
export interface SparseVector {
  ids: Uint32Array;
  slots: Int32Array;
  values: Float64Array;
}

/** FNV-1a, 32 bits, of one more code unit. */
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const FNV_START = 0x811c9dc5;

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Letters and digits (ASCII exactly; above U+00BF anything but spaces and punctuation blocks). */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f));
}

/** Grows a shingle buffer. */
function grow(buf: Uint32Array<ArrayBuffer>, need: number): Uint32Array<ArrayBuffer> {
  if (need <= buf.length) return buf;
  const next = new Uint32Array(Math.max(need, buf.length * 2));
  next.set(buf);
  return next;
}

let scratch: Uint32Array<ArrayBuffer> = new Uint32Array(1024);

/**
 * The shingles of a text as 32-bit feature ids: a CJK character bigram is
 * its two code units (exact; a lone CJK character is itself); a word —
 * a run of letters and digits, ASCII case folded — is hashed. (Word bigrams
 * were measured: they doubled the cost of pairing and changed no pair in
 * the tests.) A hand-written scanner: regex match objects cost more than the
 * hashing. The result is a view of a shared buffer, valid until the next call.
 */
export function shingles(text: string, cjk: boolean): ArrayLike<number> {
  const buf = (scratch = grow(scratch, text.length + 1));
  const classes = (charClasses ??= classTable());
  // A CJK character is a word character unless CJK runs are shingled by pairs.
  const cjkClass = cjk ? CJK : WORD;
  let n = 0;
  let h = FNV_START;
  let inWord = false;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    let k = classes[c]! & 3;
    if (k === CJK) k = cjkClass;
    if (k === CJK) {
      if (runStart < 0) runStart = i;
      else buf[n++] = ((text.charCodeAt(i - 1) << 16) | c) >>> 0;
    } else if (runStart >= 0) {
      if (i - runStart === 1) buf[n++] = text.charCodeAt(runStart);
      runStart = -1;
    }
    if (k === WORD) {
      h = fnv(h, c >= 65 && c <= 90 ? c | 0x20 : c);
      inWord = true;
    } else if (inWord) {
      buf[n++] = h >>> 0;
      h = FNV_START;
      inWord = false;
    }
  }
  return buf.subarray(0, n);
}

/** Classes of UTF-16 code units for {@link shingles} (the low two bits). */
const OTHER = 0;
const WORD = 1;
const CJK = 2;
/** A bit besides the class: white space, left out of {@link shinglesKeyed}'s key hash. */
const SPACE = 4;
let charClasses: Uint8Array | undefined;

/**
 * Each code unit's class: CJK ({@link isCjk}), else a word character
 * ({@link isWordChar}), else other; and the {@link SPACE} bit on every
 * character `\s` matches, and U+180E and U+200B besides. One table: a lookup
 * costs less than the tests.
 */
function classTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = isCjk(c) ? CJK : isWordChar(c) ? WORD : OTHER;
  for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x180e, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c]! |= SPACE;
  for (let c = 0x2000; c <= 0x200b; c++) t[c]! |= SPACE;
  return t;
}

/** The FNV-1a hash (30 bits) of the last text given to {@link shinglesKeyed}, white space left out. */
export let keyHash = 0;

/**
 * {@link shingles}, and in the same pass a hash of the text without its white
 * space ({@link keyHash}): texts equal but for white space hash alike.
 */
export function shinglesKeyed(text: string, cjk: boolean): ArrayLike<number> {
  const buf = (scratch = grow(scratch, text.length + 1));
  const classes = (charClasses ??= classTable());
  const cjkClass = cjk ? CJK : WORD;
  let n = 0;
  let h = FNV_START;
  let key = FNV_START;
  let inWord = false;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const bits = classes[c]!;
    if ((bits & SPACE) === 0 && i < text.length) key = fnv(key, c);
    let k = bits & 3;
    if (k === CJK) k = cjkClass;
    if (k === CJK) {
      if (runStart < 0) runStart = i;
      else buf[n++] = ((text.charCodeAt(i - 1) << 16) | c) >>> 0;
    } else if (runStart >= 0) {
      if (i - runStart === 1) buf[n++] = text.charCodeAt(runStart);
      runStart = -1;
    }
    if (k === WORD) {
      h = fnv(h, c >= 65 && c <= 90 ? c | 0x20 : c);
      inWord = true;
    } else if (inWord) {
      buf[n++] = h >>> 0;
      h = FNV_START;
      inWord = false;
    }
  }
  // 30 bits: a small integer to V8, so arrays of these hashes stay arrays of small integers.
  keyHash = key & 0x3fffffff;
  return buf.subarray(0, n);
}

/** Below this many elements, {@link sortIds} sorts by insertion. */
const INSERTION_SORT_MAX = 64;

/**
 * Sorts `a[from..to)` ascending, in place. Most lines and articles have a few dozen features:
 * for those an insertion sort, with no allocation; longer runs go to the built-in typed-array
 * sort. Measured on the BGB 2012 → 2022 (the passage pass sorts 1,184 lines): the built-in sort
 * copies each run into a temporary array of heap numbers (hashes above 2^30), which a full
 * comparison pays for in garbage collection — process CPU time 1.21× the pre-issue-14 engine
 * with the built-in sort everywhere, 1.12× with this one in the passage pass.
 */
export function sortIds(a: Uint32Array, from = 0, to = a.length): Uint32Array {
  if (to - from > INSERTION_SORT_MAX) {
    a.subarray(from, to).sort();
    return a;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}

/** Term counts of a list of feature ids, as a sparse vector (slots not yet assigned: -1). */
export function termCounts(ids: ArrayLike<number>): SparseVector {
  const sorted = sortIds(Uint32Array.from(ids));
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  const out: SparseVector = { ids: new Uint32Array(n), slots: new Int32Array(n).fill(-1), values: new Float64Array(n) };
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out.ids[++k] = sorted[i]!;
    out.values[k]!++;
  }
  return out;
}

/** Where a feature's probe starts in a table of 2^(32 − `shift`) entries: the high bits of a multiplicative hash (the low bits of a CJK bigram are its second character only). */
function home(id: number, shift: number): number {
  return Math.imul(id, 0x9e3779b1) >>> shift;
}

/** Feature statistics over the articles of both versions. */
export class FeatureSpace {
  /** Open addressing: hash → slot + 1 (0: empty). */
  private keys = new Uint32Array(1 << 12);
  private table = new Int32Array(1 << 12);
  /** 32 − log2 of the table's size: {@link home}'s shift. */
  private shift = 32 - 12;
  private df = new Int32Array(1 << 11);
  private idfs = new Float64Array(0);
  private idfDocs = -1;
  private slots = 0;
  private docs = 0;
  /** Per slot, the last document {@link addKnown} counted it for. */
  private seen = new Int32Array(0);
  /** See {@link buildFilter}: 2^16 bits, for the features of the first `filterSlots` slots. */
  private filter = new Int32Array(0);
  private filterSlots = -1;

  constructor() {
    keepShape(this, () => new FeatureSpace());
  }

  /** The slot of a feature, added when new. */
  private slot(id: number): number {
    const mask = this.table.length - 1;
    let at = home(id, this.shift);
    for (;;) {
      const s = this.table[at]!;
      if (s === 0) break;
      if (this.keys[at] === id) return s - 1;
      at = (at + 1) & mask;
    }
    const s = this.slots++;
    this.keys[at] = id;
    this.table[at] = s + 1;
    if (s >= this.df.length) {
      const df = new Int32Array(this.df.length * 2);
      df.set(this.df);
      this.df = df;
    }
    if (this.slots * 2 > this.table.length) this.rehash();
    return s;
  }

  private rehash(): void {
    const keys = this.keys;
    const table = this.table;
    this.keys = new Uint32Array(keys.length * 2);
    this.table = new Int32Array(table.length * 2);
    this.shift--;
    const mask = this.table.length - 1;
    for (let i = 0; i < table.length; i++) {
      if (table[i] === 0) continue;
      let at = home(keys[i]!, this.shift);
      while (this.table[at] !== 0) at = (at + 1) & mask;
      this.keys[at] = keys[i]!;
      this.table[at] = table[i]!;
    }
  }

  /** Counts a document's shingles; returns its term counts. */
  add(ids: ArrayLike<number>): SparseVector {
    const tf = termCounts(ids);
    for (let i = 0; i < tf.ids.length; i++) {
      const s = this.slot(tf.ids[i]!);
      tf.slots[i] = s;
      this.df[s]!++;
    }
    this.docs++;
    return tf;
  }

  /**
   * Counts a document whose shingles are `ids[from..to)`, sorted (repeats
   * allowed): writes each occurrence's slot to `slots` at the same index. The
   * same counts as {@link add}, without term counts.
   */
  addSorted(ids: Uint32Array, from: number, to: number, slots: Int32Array): void {
    for (let k = from; k < to; k++) {
      if (k > from && ids[k] === ids[k - 1]) {
        slots[k] = slots[k - 1]!;
        continue;
      }
      const s = this.slot(ids[k]!);
      slots[k] = s;
      this.df[s]!++;
    }
    this.docs++;
  }

  /**
   * Counts a document (its shingles, `ids`, repeats allowed) only for the
   * features already in the space: the others are not added. Document
   * frequencies over a sample, for the features of a few documents only.
   */
  addKnown(ids: ArrayLike<number>): void {
    this.beginKnown();
    this.addKnownPart(ids);
  }

  /** Starts a document of several parts for {@link addKnownPart}. */
  beginKnown(): void {
    this.docs++;
    if (this.seen.length < this.slots) {
      const seen = new Int32Array(Math.max(this.slots, this.seen.length * 2));
      seen.set(this.seen);
      this.seen = seen;
    }
    if (this.filterSlots !== this.slots) this.buildFilter();
  }

  /** Counts more shingles of the document {@link beginKnown} started, as {@link addKnown} does (a feature once per document). */
  addKnownPart(ids: ArrayLike<number>): void {
    const doc = this.docs;
    const filter = this.filter;
    const keys = this.keys;
    const table = this.table;
    const mask = table.length - 1;
    const shift = this.shift;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const bit = Math.imul(id, 0x85ebca6b) >>> 16;
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let at = Math.imul(id, 0x9e3779b1) >>> shift;
      let s = -1;
      for (;;) {
        const t = table[at]!;
        if (t === 0) break;
        if (keys[at] === id) {
          s = t - 1;
          break;
        }
        at = (at + 1) & mask;
      }
      if (s < 0 || this.seen[s] === doc) continue;
      this.seen[s] = doc;
      this.df[s]!++;
    }
  }

  /** A bit per 16-bit hash of the features in the space, so that {@link addKnown} skips most others without a probe. */
  private buildFilter(): void {
    if (this.filter.length === 0) this.filter = new Int32Array(1 << 11);
    else this.filter.fill(0);
    for (let at = 0; at < this.table.length; at++) {
      if (this.table[at] === 0) continue;
      const bit = Math.imul(this.keys[at]!, 0x85ebca6b) >>> 16;
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.filterSlots = this.slots;
  }

  /** Number of distinct features. */
  get size(): number {
    return this.slots;
  }

  get documents(): number {
    return this.docs;
  }

  /** Inverse document frequency of a feature by slot (smoothed, > 0). */
  idf(slot: number): number {
    if (this.idfDocs !== this.docs || this.idfs.length < this.slots) {
      this.idfs = new Float64Array(this.slots);
      for (let s = 0; s < this.slots; s++) this.idfs[s] = Math.log((1 + this.docs) / (1 + this.df[s]!)) + 0.1;
      this.idfDocs = this.docs;
    }
    return this.idfs[slot]!;
  }

  /** Number of documents that contain the feature (by slot). */
  documentFrequency(slot: number): number {
    return this.df[slot]!;
  }

  /** An L2-normalized TF-IDF vector (sublinear tf) of term counts. */
  vector(tf: SparseVector): SparseVector {
    const values = new Float64Array(tf.ids.length);
    let norm = 0;
    for (let i = 0; i < tf.ids.length; i++) {
      const w = (1 + Math.log(tf.values[i]!)) * this.idf(tf.slots[i]!);
      values[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
    return { ids: tf.ids, slots: tf.slots, values };
  }
}

/** Cosine of two normalized vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** Sum of two count vectors (merging their sorted features). */
function sum2(a: SparseVector, b: SparseVector): SparseVector {
  let n = 0;
  for (let i = 0, j = 0; i < a.ids.length || j < b.ids.length; n++) {
    if (j >= b.ids.length || (i < a.ids.length && a.ids[i]! < b.ids[j]!)) i++;
    else if (i >= a.ids.length || b.ids[j]! < a.ids[i]!) j++;
    else {
      i++;
      j++;
    }
  }
  const out: SparseVector = { ids: new Uint32Array(n), slots: new Int32Array(n), values: new Float64Array(n) };
  for (let i = 0, j = 0, k = 0; k < n; k++) {
    if (j >= b.ids.length || (i < a.ids.length && a.ids[i]! < b.ids[j]!)) {
      out.ids[k] = a.ids[i]!;
      out.slots[k] = a.slots[i]!;
      out.values[k] = a.values[i++]!;
    } else if (i >= a.ids.length || b.ids[j]! < a.ids[i]!) {
      out.ids[k] = b.ids[j]!;
      out.slots[k] = b.slots[j]!;
      out.values[k] = b.values[j++]!;
    } else {
      out.ids[k] = a.ids[i]!;
      out.slots[k] = a.slots[i]!;
      out.values[k] = a.values[i++]! + b.values[j++]!;
    }
  }
  return out;
}

/** Sum of term counts (a bag of several articles). */
export function sumCounts(vectors: readonly SparseVector[]): SparseVector {
  if (vectors.length === 0) return { ids: new Uint32Array(0), slots: new Int32Array(0), values: new Float64Array(0) };
  let acc = vectors[0]!;
  for (let k = 1; k < vectors.length; k++) acc = sum2(acc, vectors[k]!);
  return acc;
}

/**
 * How much of `part` is found in `whole` (term counts): idf-weighted share of
 * part's shingle occurrences that whole also has (0..1). For splits and merges.
 */
export function containment(part: SparseVector, whole: SparseVector, space: FeatureSpace): number {
  let shared = 0;
  let total = 0;
  let j = 0;
  for (let i = 0; i < part.ids.length; i++) {
    const id = part.ids[i]!;
    const n = part.values[i]!;
    const w = space.idf(part.slots[i]!);
    total += n * w;
    while (j < whole.ids.length && whole.ids[j]! < id) j++;
    if (j < whole.ids.length && whole.ids[j] === id) shared += Math.min(n, whole.values[j]!) * w;
  }
  return total > 0 ? shared / total : 0;
}

/**
 * An inverted index over a list of vectors, to find the most similar ones
 * without comparing all pairs. Common features (in more than `maxShare` of
 * all documents) are not indexed; every candidate's cosine is then
 * computed exactly. Posting lists are one typed array, cut by slot.
 *
 * A query keeps at most {@link VectorIndex.roughLimit}`(k)` candidates (a
 * bounded heap), never all the targets it touched: a wholesale rewrite
 * touches a share of all articles from every article, and ranking them all
 * made pairing quadratic (issue 12). The heap keeps exactly the first
 * candidates of the full ranking (rough score, then target), so the result
 * is the one a full sort gives.
 */
export class VectorIndex {
  private readonly start: Int32Array;
  private readonly postTarget: Int32Array;
  private readonly postWeight: Float64Array;
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;
  private heapTarget = new Int32Array(16);
  private heapScore = new Float64Array(16);
  /** Candidates ranked by their exact cosine, over all queries so far (at most {@link VectorIndex.roughLimit}`(k)` per query). */
  ranked = 0;

  constructor(
    private readonly targets: readonly SparseVector[],
    space: FeatureSpace,
    maxShare = 0.02,
  ) {
    const cap = Math.max(12, Math.floor(space.documents * maxShare));
    const slots = space.size;
    this.start = new Int32Array(slots + 1);
    for (const v of targets) for (let i = 0; i < v.slots.length; i++) if (space.documentFrequency(v.slots[i]!) <= cap) this.start[v.slots[i]! + 1]!++;
    for (let s = 0; s < slots; s++) this.start[s + 1]! += this.start[s]!;
    const fill = this.start.slice(0, slots);
    this.postTarget = new Int32Array(this.start[slots]!);
    this.postWeight = new Float64Array(this.start[slots]!);
    targets.forEach((v, target) => {
      for (let i = 0; i < v.slots.length; i++) {
        const s = v.slots[i]!;
        if (space.documentFrequency(s) > cap) continue;
        const at = fill[s]!++;
        this.postTarget[at] = target;
        this.postWeight[at] = v.values[i]!;
      }
    });
    this.acc = new Float64Array(targets.length);
    this.touched = new Int32Array(targets.length);
    keepShape(this, () => new VectorIndex([], space));
  }

  /** How many candidates of a query for the best `k` are ranked by their exact cosine: the rough score skips common features, so three times as many. */
  static roughLimit(k: number): number {
    return k * 3;
  }

  /** The `k` targets most similar to `q` with cosine ≥ `min`, best first (ties: lower target first). */
  query(q: SparseVector, k: number, min: number): Candidate[] {
    const acc = this.acc;
    const touched = this.touched;
    let count = 0;
    const limit = this.start.length - 1;
    for (let i = 0; i < q.slots.length; i++) {
      const s = q.slots[i]!;
      if (s < 0 || s >= limit) continue;
      const w = q.values[i]!;
      for (let p = this.start[s]!, end = this.start[s + 1]!; p < end; p++) {
        const t = this.postTarget[p]!;
        if (acc[t] === 0) touched[count++] = t;
        acc[t]! += w * this.postWeight[p]!;
      }
    }
    // The best `keep` by rough score (then by target), in a heap whose root is the worst kept.
    const keep = VectorIndex.roughLimit(k);
    if (this.heapTarget.length < keep) {
      this.heapTarget = new Int32Array(keep);
      this.heapScore = new Float64Array(keep);
    }
    const ht = this.heapTarget;
    const hs = this.heapScore;
    let size = 0;
    for (let i = 0; i < count; i++) {
      const t = touched[i]!;
      const score = acc[t]!;
      acc[t] = 0;
      if (size < keep) {
        siftUp(ht, hs, size++, t, score);
      } else if (keep > 0 && ranksBefore(score, t, hs[0]!, ht[0]!)) {
        siftDown(ht, hs, size, t, score);
      }
    }
    const out: Candidate[] = [];
    for (let i = 0; i < size; i++) {
      const score = cosine(q, this.targets[ht[i]!]!);
      if (score >= min) out.push({ target: ht[i]!, score });
    }
    this.ranked += size;
    out.sort(byScore);
    if (out.length > k) out.length = k;
    return out;
  }
}

/** Does a candidate (score, target) rank before another: higher score, then lower target? */
function ranksBefore(score: number, target: number, otherScore: number, otherTarget: number): boolean {
  return score > otherScore || (score === otherScore && target < otherTarget);
}

/** Adds a candidate at position `at` (the heap's size) of a heap whose root ranks last. */
function siftUp(ht: Int32Array, hs: Float64Array, at: number, target: number, score: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!ranksBefore(hs[parent]!, ht[parent]!, score, target)) break;
    ht[at] = ht[parent]!;
    hs[at] = hs[parent]!;
    at = parent;
  }
  ht[at] = target;
  hs[at] = score;
}

/** Replaces the root (the last-ranked kept candidate) of a heap of `size` by a candidate that ranks before it. */
function siftDown(ht: Int32Array, hs: Float64Array, size: number, target: number, score: number): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const right = left + 1;
    // The child that ranks last.
    const child = right < size && ranksBefore(hs[left]!, ht[left]!, hs[right]!, ht[right]!) ? right : left;
    if (!ranksBefore(score, target, hs[child]!, ht[child]!)) break;
    ht[at] = ht[child]!;
    hs[at] = hs[child]!;
    at = child;
  }
  ht[at] = target;
  hs[at] = score;
}

/** A target of a {@link VectorIndex} query and its score. */
interface Candidate {
  target: number;
  score: number;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.target - b.target;
}
