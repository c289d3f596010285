/**
 * Fuzzing the comparison engine (issue 6): random edit scripts (insert,
 * delete, reword, move, split, merge, add/drop/swap lines, new headings;
 * every insertion or deletion renumbers what follows) over 5–40 consecutive
 * real articles of a corpus law imported with importSource, in Chinese,
 * German and English. Each run builds two unrelated pairs, A (one law) and B
 * (another law in the same language), and checks:
 *  - applying every reported text diff to the old text gives the new text exactly,
 *    and every old and every new article is in exactly one change (checkComparison);
 *  - determinism: A compared twice gives the same result, also after B was
 *    compared in between, and with a tokenizer whose cache B filled first
 *    (and B after A, the other order), so no state leaks between comparisons.
 * The generators and invariants are the engine tests' own (tests/helpers/edits.ts, engine.ts).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { Tokenizer } from '../../../src/diff/tokens.js';
import { importSource } from '../../../src/model/import/index.js';
import { repoRoot, importCorpus } from '../../helpers/corpus.js';
import { fuzzParams, TEST_TIMEOUT, RUNS, Timings } from '../../helpers/fuzz.js';
import { build, edit, type Corpus, type Scenario } from '../../helpers/edits.js';
import { articlePool, checkComparison, LANGS, type Lang, type SrcArticle } from '../../helpers/engine.js';

/** Edit scripts over 5–40 consecutive articles, up to 16 edits, in 1–3 chapters. */
const scenario: fc.Arbitrary<Scenario> = fc.record({
  offset: fc.nat(),
  size: fc.integer({ min: 5, max: 40 }),
  chapters: fc.integer({ min: 1, max: 3 }),
  edits: fc.array(edit, { minLength: 0, maxLength: 16 }),
});

/** The shipped sample law's English source, imported like a corpus file. */
function sampleSource(file: string): SrcArticle[] {
  const r = importSource(readFileSync(resolve(repoRoot, 'versions/fictional-open-data-law-en/source', file), 'utf8'), { fileName: file });
  if (!r.ok) throw new Error(`${file} did not import`);
  return articlePool(r.doc, `sample-en ${file}`);
}

interface Language {
  name: string;
  lang: Lang;
  seed: number;
  /** Law A and an unrelated law B in the same language. */
  a: () => SrcArticle[];
  b: () => SrcArticle[];
}

const languages: Language[] = [
  {
    name: 'Chinese',
    lang: LANGS.zh,
    seed: 6_01_2020,
    a: () => articlePool(importCorpus('cn-civil-code/2020.md'), 'civil-code', { maxChars: 1200 }),
    b: () => [...articlePool(importCorpus('cn-counter-espionage-law/2023.md'), 'espionage'), ...articlePool(importCorpus('cn-data-security-law/2021.md'), 'data-security')],
  },
  {
    name: 'German',
    lang: LANGS.de,
    seed: 6_02_2022,
    a: () => articlePool(importCorpus('de-bgb/2022-03-03.md'), 'bgb', { maxChars: 2500 }),
    b: () => [...articlePool(importCorpus('de-tkg-2004/2021.md'), 'tkg-2021', { maxChars: 2500 }), ...articlePool(importCorpus('de-netzdg/2022.md'), 'netzdg', { maxChars: 2500 })],
  },
  {
    name: 'English',
    lang: LANGS.en,
    seed: 6_03_2157,
    a: () => [...articlePool(importCorpus('us-116-hr2157/ih.xml'), 'hr2157-ih'), ...articlePool(importCorpus('us-116-hr2157/enr.xml'), 'hr2157-enr')],
    b: () => [...sampleSource('first-draft.txt'), ...sampleSource('final.txt')],
  },
];


describe.each(languages.map((l) => [l.name, l] as const))('engine fuzz: %s', (name, l) => {
  const a: Corpus = { name: `${name} A`, lang: l.lang, pool: l.a, seed: l.seed };
  const b: Corpus = { name: `${name} B`, lang: l.lang, pool: l.b, seed: l.seed };
  const poolA = a.pool();
  const poolB = b.pool();

  it('has real articles to edit in both laws', () => {
    expect(poolA.length).toBeGreaterThan(40);
    expect(poolB.length).toBeGreaterThan(40);
  });

  it('diffs rebuild the new text, every article in exactly one change, deterministic across unrelated laws and caches', () => {
    const timings = new Timings(`engine ${name} (2 edit scripts per run)`);
    onTestFinished(() => timings.report());
    const builder = new Tokenizer(l.lang.language);
    fc.assert(
      fc.property(scenario, scenario, (sa, sb) => {
        const A = build(a, poolA, sa, builder);
        const B = build(b, poolB, sb, builder);
        const describe = (): string => `A ${sa.size} articles, ${sa.edits.length} edits; B ${sb.size} articles, ${sb.edits.length} edits`;
        const [cmpA, cmpB, againA, cachedA, cachedB] = timings.time(describe, () => {
          const first = compareVersions(A.oldDoc, A.newDoc);
          const other = compareVersions(B.oldDoc, B.newDoc);
          const again = compareVersions(A.oldDoc, A.newDoc);
          // A tokenizer warmed on B, then used for A; and one warmed on A, then used for B.
          const t1 = new Tokenizer(l.lang.language);
          compareVersions(B.oldDoc, B.newDoc, { tokenizer: t1 });
          const withB = compareVersions(A.oldDoc, A.newDoc, { tokenizer: t1 });
          const t2 = new Tokenizer(l.lang.language);
          compareVersions(A.oldDoc, A.newDoc, { tokenizer: t2 });
          const withA = compareVersions(B.oldDoc, B.newDoc, { tokenizer: t2 });
          return [first, other, again, withB, withA];
        });
        checkComparison(cmpA, A.oldDoc, A.newDoc);
        checkComparison(cmpB, B.oldDoc, B.newDoc);
        expect(againA, 'A again, after B').toEqual(cmpA);
        expect(cachedA, 'A with a tokenizer B warmed').toEqual(cmpA);
        expect(cachedB, 'B with a tokenizer A warmed').toEqual(cmpB);
        timings.outcome(cmpA.changes.some((c) => c.kind !== 'matched' || c.textChanged || c.renumbered) ? 'A changed' : 'A unchanged');
        timings.outcome(`A ${cmpA.stats.split + cmpA.stats.merged > 0 ? 'with' : 'without'} split/merge`);
      }),
      fuzzParams(l.seed, Math.max(1, Math.ceil(RUNS / 2))),
    );
  }, TEST_TIMEOUT);
});
