/**
 * Issue 12, points 13 and 14: inputs under 2 MB that took minutes. What is
 * asserted is behaviour, never time (scripts/bench/long.mjs prints the times):
 *  - a long line reaches Intl.Segmenter only in bounded pieces, and those
 *    pieces give the segmenter's own tokens of the whole line — on every line
 *    of every PRC and Taiwan corpus law, cut as finely as possible, and on a
 *    run of ideographs with no punctuation at all;
 *  - a line pair certain to exceed the word diff's budget is not segmented;
 *  - a query of the inverted index ranks a bounded number of candidates, and
 *    returns what ranking all of them returns;
 *  - the gap LCS over candidate cells chooses what the table chooses, ties included.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { denseGapLcs, sparseGapLcs } from '../../../src/diff/gap-lcs.js';
import { cosine, FeatureSpace, VectorIndex, type SparseVector } from '../../../src/diff/similarity.js';
import { SEGMENT_CHUNK, segmentWords } from '../../../src/diff/tokens.js';
import { listArticles, paragraphLines } from '../../../src/model/doc.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { corpusPath, readCorpus, importCorpus } from '../../helpers/corpus.js';

const zh = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
const zhHant = new Intl.Segmenter('zh-Hant', { granularity: 'word' });
const whole = (seg: Intl.Segmenter, line: string): string[] => Array.from(seg.segment(line), (s) => s.segment);

/** Every version file of every PRC and Taiwan corpus law (Markdown, and Taiwan's structured JSON). */
function chineseCorpus(): { file: string; segmenter: Intl.Segmenter }[] {
  const out: { file: string; segmenter: Intl.Segmenter }[] = [];
  for (const law of readdirSync(corpusPath()).filter((d) => /^(cn|tw)-/u.test(d)).sort()) {
    const meta = JSON.parse(readCorpus(law, 'law.json')) as { language: string; versions: { file: string; structured?: string }[] };
    for (const v of meta.versions) for (const f of [v.file, v.structured]) if (f) out.push({ file: `${law}/${f}`, segmenter: meta.language === 'zh-Hant' ? zhHant : zh });
  }
  return out;
}

/** Heading and lines of every article of a version. */
function articleLines(doc: VersionDoc): string[][] {
  return listArticles(doc).map(({ article }) => [article.heading, ...article.paragraphs.flatMap((p) => paragraphLines(p))]);
}

/** The Civil Code's article texts joined, without punctuation or spaces: one run of ideographs (and a few digits). */
function bareCivilCode(chars: number): string {
  const text = readFileSync(corpusPath('cn-civil-code', '2020.md'), 'utf8')
    .split('\n')
    .filter((l) => /^第[一二三四五六七八九十百千零]+条/u.test(l))
    .join('')
    .replace(/[\p{P}\s]/gu, '');
  return text.slice(0, chars);
}

describe('long lines are segmented in pieces, with the tokens of the whole line', () => {
  const files = chineseCorpus();

  it('finds the PRC and Taiwan laws of the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    [8, 100],
    [64, 16],
    [SEGMENT_CHUNK, 100],
  ])('every line of every PRC and Taiwan corpus law, pieces of %i (overlap %i): the segmenter’s tokens of the whole line', (chunk, overlap) => {
    let lines = 0;
    let cut = 0;
    for (const { file, segmenter } of files) {
      for (const article of articleLines(importCorpus(file))) {
        for (const line of article) {
          const tokens = segmentWords(segmenter, line, chunk, overlap);
          const expected = whole(segmenter, line);
          if (tokens.length !== expected.length || tokens.some((t, i) => t !== expected[i])) expect(tokens, `${file}: ${line.slice(0, 80)}`).toEqual(expected);
          lines++;
          if (line.length > 2 * chunk) cut++;
        }
      }
    }
    // The pieces really are cut: most lines at the smallest size.
    expect(lines).toBeGreaterThan(5_000);
    if (chunk < 10) expect(cut).toBeGreaterThan(lines / 4);
    else if (chunk < 100) expect(cut).toBeGreaterThan(100);
  }, 120_000);

  it.each([
    [100, 100],
    [1000, 100],
    [250, 8],
  ])('a run of 20,000 ideographs without punctuation, windows of %i (overlap %i): the same tokens', (chunk, overlap) => {
    const line = bareCivilCode(20_000);
    expect(line.length).toBe(20_000);
    expect(segmentWords(zh, line, chunk, overlap)).toEqual(whole(zh, line));
  });

  it('pieces cut at odd places (a giant token, surrogate pairs, combining marks, mixed scripts) still concatenate to the line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('中', '华', '人民', '。', '，', '；', ' ', 'a', 'Z', '1', '２', '\u0301', '\u200d', '😀', '𠀀', 'ー', 'カ', 'ก', '가', '\n'), { maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (parts, chunk, overlap) => {
          const line = parts.join('');
          expect(segmentWords(zh, line, chunk, overlap).join('')).toBe(line);
        },
      ),
      { seed: 1213, numRuns: 300 },
    );
  });
});

describe('the segmenter only ever sees bounded pieces', () => {
  const segment = Intl.Segmenter.prototype.segment;
  afterEach(() => {
    Intl.Segmenter.prototype.segment = segment;
  });

  /** Runs `f` with Intl.Segmenter counting the characters it is given, refusing a piece over `max`. */
  function counting(max: number, f: () => void): { pieces: number; chars: number } {
    const seen = { pieces: 0, chars: 0 };
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      seen.pieces++;
      seen.chars += text.length;
      if (text.length > max) throw new Error(`the segmenter was given ${text.length} characters at once`);
      return segment.call(this, text);
    };
    f();
    return seen;
  }

  const doc = (...lines: string[]): VersionDoc => ({
    format: 'lawdiff-version/1',
    title: '长条文',
    language: 'zh-Hans',
    metadata: {},
    preamble: [],
    body: lines.map((text, k) => ({ kind: 'article' as const, label: `第${k + 1}条`, num: String(k + 1), heading: '', paragraphs: [{ num: '', text, items: [] }] })),
    annexes: [],
    annotations: [],
  });
  /** The Civil Code's text with punctuation, repeated to `chars` characters. */
  const civil = (chars: number): string => {
    const text = readFileSync(corpusPath('cn-civil-code', '2020.md'), 'utf8')
      .split('\n')
      .filter((l) => /^第[一二三四五六七八九十百千零]+条/u.test(l))
      .join('');
    return text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
  };

  it('an article of 60,000 characters changed in one place, another of 40,000 inserted: pieces of at most 2 × SEGMENT_CHUNK', () => {
    const line = civil(60_000);
    const changed = `${line.slice(0, 30_000)}国家${line.slice(30_002)}`;
    const inserted = Array.from(civil(40_000)).reverse().join('');
    const seen = counting(2_000, () => {
      const cmp = compareVersions(doc(line), doc(changed, inserted));
      expect(cmp.changes.map((c) => c.kind)).toEqual(['matched', 'inserted']);
      // The inserted article's words are counted with the segmenter: all of it, in pieces.
      expect(cmp.stats.wordsInserted).toBeGreaterThan(10_000);
    });
    expect(seen.chars).toBeGreaterThanOrEqual(40_000);
  });

  it('a run of 60,000 ideographs, every 500th changed: pieces of at most 2 × SEGMENT_CHUNK', () => {
    const line = bareCivilCode(60_000);
    const changed = line.replace(/(.{499})./gsu, '$1国');
    counting(2_000, () => {
      const cmp = compareVersions(doc(line), doc(changed));
      expect(cmp.stats.textChanged).toBe(1);
    });
  });

  it('a long line pair certain to exceed the word budget is not segmented, only its changed sentences are counted', () => {
    const line = civil(200_000);
    // One character in 1,000 changed: far more than 4,000,000 token pairs between the first and last change.
    const changed = line.replace(/(.{999})[\u4e00-\u9fff]/gsu, '$1改');
    const seen = counting(2_000, () => {
      const cmp = compareVersions(doc(line), doc(changed));
      expect(cmp.changes[0]!.diff!.granularity).toBe('sentence');
    });
    expect(seen.chars).toBeLessThan(line.length / 2);
  });
});

/** A full ranking of a query's rough candidates (the index's answer before the bound): the reference. */
function referenceQuery(index: { targets: SparseVector[] }, space: FeatureSpace, q: SparseVector, k: number, min: number): { target: number; score: number }[] {
  const cap = Math.max(12, Math.floor(space.documents * 0.02));
  const rough = new Map<number, number>();
  for (let i = 0; i < q.slots.length; i++) {
    const slot = q.slots[i]!;
    if (slot < 0 || space.documentFrequency(slot) > cap) continue;
    index.targets.forEach((t, target) => {
      for (let j = 0; j < t.slots.length; j++) if (t.slots[j] === slot) rough.set(target, (rough.get(target) ?? 0) + q.values[i]! * t.values[j]!);
    });
  }
  const ranked = [...rough].map(([target, score]) => ({ target, score })).sort((a, b) => b.score - a.score || a.target - b.target);
  return ranked
    .slice(0, 3 * k)
    .map((c) => ({ target: c.target, score: cosine(q, index.targets[c.target]!) }))
    .filter((c) => c.score >= min)
    .sort((a, b) => b.score - a.score || a.target - b.target)
    .slice(0, k);
}

describe('inverted index: bounded candidates per query, the same answer', () => {
  /** Documents of 2–8 features out of `features`, with repeated counts (so scores tie). */
  const docs = (features: number) => fc.array(fc.array(fc.integer({ min: 1, max: features }), { minLength: 2, maxLength: 8 }), { minLength: 20, maxLength: 300 });

  it('returns what ranking every candidate returns, and ranks at most roughLimit(k) per query', () => {
    fc.assert(
      fc.property(docs(60), fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 0.1, 0.35), (list, k, min) => {
        const space = new FeatureSpace();
        const tfs = list.map((ids) => space.add(ids));
        const vecs = tfs.map((tf) => space.vector(tf));
        const half = vecs.length >> 1;
        const targets = vecs.slice(0, half);
        const index = new VectorIndex(targets, space);
        let queries = 0;
        for (const q of vecs.slice(half)) {
          expect(index.query(q, k, min)).toEqual(referenceQuery({ targets }, space, q, k, min));
          queries++;
        }
        expect(index.ranked).toBeLessThanOrEqual(queries * VectorIndex.roughLimit(k));
      }),
      { seed: 1214, numRuns: 150 },
    );
  });

  it('a query that touches 900 targets ranks fifteen', () => {
    const space = new FeatureSpace();
    // 50,000 documents; feature 7 in 900 of them (under 2 %: indexed), each with a feature of its own.
    const vecs: SparseVector[] = [];
    for (let d = 0; d < 50_000; d++) vecs.push(space.add(d < 900 ? [7, 100 + d] : [200_000 + d]));
    const targets = vecs.slice(0, 2_000).map((tf) => space.vector(tf));
    const index = new VectorIndex(targets, space);
    const q = space.vector(space.add([7, 100]));
    const found = index.query(q, 5, 0);
    expect(found.map((c) => c.target)).toEqual([0, 1, 2, 3, 4]);
    expect(index.ranked).toBe(15);
  });
});

describe('gap LCS over candidate cells = over the full table', () => {
  it('the same pairs, in the same order, on random tables with many ties', () => {
    const values = [0.35, 0.4, 0.5, 0.75, 1, 0.2, 0.1];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.oneof(fc.constantFrom(...values), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 196, maxLength: 196 }),
        fc.array(fc.boolean(), { minLength: 196, maxLength: 196 }),
        (m, n, scores, present) => {
          const s = Array.from({ length: m }, () => new Float64Array(n));
          const cells = { x: [] as number[], y: [] as number[], score: [] as number[] };
          for (let x = 0; x < m; x++) {
            for (let y = 0; y < n; y++) {
              if (!present[x * 14 + y]) continue;
              s[x]![y] = scores[x * 14 + y]!;
              cells.x.push(x);
              cells.y.push(y);
              cells.score.push(scores[x * 14 + y]!);
            }
          }
          expect(sparseGapLcs(cells, m, n, 0.35)).toEqual(denseGapLcs(s, m, n, 0.35));
        },
      ),
      { seed: 1215, numRuns: 3000 },
    );
  });
});

// The corpus files are read where they are: make sure the helper resolves them (a clear failure otherwise).
it('reads the corpus from its shared folder', () => {
  expect(readCorpus(join('cn-company-law', 'law.json'))).toContain('cn-company-law');
});
