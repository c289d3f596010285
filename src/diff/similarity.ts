/**
 * How alike two articles are, for pairing: TF-IDF weighted shingles (word
 * unigrams and bigrams; character bigrams for CJK, which needs no word
 * segmentation) compared by cosine, with candidates found through an
 * inverted index so a 2,500-article law is not compared all-pairs.
 * See docs/decisions/001-article-pairing.md.
 */

/** A sparse vector with sorted feature ids; `values` are term counts or weights. */
export interface SparseVector {
  ids: Uint32Array;
  values: Float64Array;
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Letters and digits (ASCII exactly; above U+00BF anything but spaces and punctuation blocks). */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f));
}

/** FNV-1a hash of a string, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The shingles of a text as 32-bit feature ids: a CJK character bigram is
 * its two code units (exact); a word is hashed. (Word bigrams were measured:
 * they doubled the cost of pairing and changed no pair in the tests.)
 */
export function shingles(text: string, cjk: boolean): number[] {
  const out: number[] = [];
  if (cjk) {
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      if (run.length === 1) out.push(run.charCodeAt(0));
      for (let i = 0; i + 1 < run.length; i++) out.push(((run.charCodeAt(i) << 16) | run.charCodeAt(i + 1)) >>> 0);
    }
    for (const m of text.replace(CJK_RUN, ' ').matchAll(WORD)) out.push(hash(m[0].toLowerCase()));
    return out;
  }
  // A hand-written scanner: this runs over every unpaired article, and regex match objects cost more than the hashing.
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c |= 0x20;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Term counts of a list of feature ids, as a sparse vector. */
export function termCounts(ids: readonly number[]): SparseVector {
  const sorted = Uint32Array.from(ids).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  const out: SparseVector = { ids: new Uint32Array(n), values: new Float64Array(n) };
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out.ids[++k] = sorted[i]!;
    out.values[k]!++;
  }
  return out;
}

/** Feature statistics over the articles of both versions. */
export class FeatureSpace {
  private readonly df = new Map<number, number>();
  private readonly idfCache = new Map<number, number>();
  private docs = 0;

  /** Counts a document's shingles; returns its term counts. */
  add(ids: readonly number[]): SparseVector {
    const tf = termCounts(ids);
    for (const id of tf.ids) this.df.set(id, (this.df.get(id) ?? 0) + 1);
    this.docs++;
    if (this.idfCache.size > 0) this.idfCache.clear();
    return tf;
  }

  /** Inverse document frequency of a feature (smoothed, > 0). */
  idf(id: number): number {
    let v = this.idfCache.get(id);
    if (v === undefined) {
      v = Math.log((1 + this.docs) / (1 + (this.df.get(id) ?? 0))) + 0.1;
      this.idfCache.set(id, v);
    }
    return v;
  }

  /** Number of documents that contain the feature. */
  documentFrequency(id: number): number {
    return this.df.get(id) ?? 0;
  }

  get documents(): number {
    return this.docs;
  }

  /** An L2-normalized TF-IDF vector (sublinear tf) of term counts. */
  vector(tf: SparseVector): SparseVector {
    const values = new Float64Array(tf.ids.length);
    let norm = 0;
    for (let i = 0; i < tf.ids.length; i++) {
      const w = (1 + Math.log(tf.values[i]!)) * this.idf(tf.ids[i]!);
      values[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
    return { ids: tf.ids, values };
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

/** Sum of term counts (a bag of several articles). */
export function sumCounts(vectors: readonly SparseVector[]): SparseVector {
  const m = new Map<number, number>();
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) m.set(v.ids[i]!, (m.get(v.ids[i]!) ?? 0) + v.values[i]!);
  const ids = Uint32Array.from(m.keys()).sort();
  return { ids, values: Float64Array.from(ids, (id) => m.get(id)!) };
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
    const w = space.idf(id);
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
 * computed exactly.
 */
export class VectorIndex {
  private readonly postings = new Map<number, { targets: number[]; weights: number[] }>();
  private readonly acc: Float64Array;

  constructor(
    private readonly targets: readonly SparseVector[],
    space: FeatureSpace,
    maxShare = 0.02,
  ) {
    const cap = Math.max(12, Math.floor(space.documents * maxShare));
    this.acc = new Float64Array(targets.length);
    targets.forEach((v, target) => {
      for (let i = 0; i < v.ids.length; i++) {
        const id = v.ids[i]!;
        if (space.documentFrequency(id) > cap) continue;
        let p = this.postings.get(id);
        if (!p) this.postings.set(id, (p = { targets: [], weights: [] }));
        p.targets.push(target);
        p.weights.push(v.values[i]!);
      }
    });
  }

  /** The `k` targets most similar to `q` with cosine ≥ `min` among those `allowed`, best first. */
  query(q: SparseVector, k: number, min: number, allowed?: (target: number) => boolean): { target: number; score: number }[] {
    const touched: number[] = [];
    const acc = this.acc;
    for (let i = 0; i < q.ids.length; i++) {
      const p = this.postings.get(q.ids[i]!);
      if (!p) continue;
      const w = q.values[i]!;
      for (let j = 0; j < p.targets.length; j++) {
        const t = p.targets[j]!;
        if (acc[t] === 0) touched.push(t);
        acc[t]! += w * p.weights[j]!;
      }
    }
    const rough = touched.filter((t) => !allowed || allowed(t)).map((t) => [t, acc[t]!] as const);
    for (const t of touched) acc[t] = 0;
    rough.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return rough
      .slice(0, k * 3)
      .map(([target]) => ({ target, score: cosine(q, this.targets[target]!) }))
      .filter((c) => c.score >= min)
      .sort((a, b) => b.score - a.score || a.target - b.target)
      .slice(0, k);
  }
}
