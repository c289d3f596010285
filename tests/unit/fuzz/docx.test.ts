/**
 * Fuzzing the Word reader (issue 15): `LAWDIFF_FUZZ_RUNS` broken and hostile .docx files —
 * Word documents written from corpus laws (tests/helpers/docx-fixtures.ts) cut short at any
 * byte, with bytes flipped or zeroed, with the sizes in the zip's directory rewritten (bombs
 * that declare too much, entries that lie), with their document.xml mutated as XML trees
 * (hostile text, DOCTYPEs, deep nesting) and zipped again, and random bytes behind a zip
 * signature. For every input: nothing throws; the result is a version or errors; a problem's
 * line is a paragraph of the document; an error names a paragraph, a part or the whole file;
 * a version without errors validates as the JSON the CLI writes. `npm run fuzz -- -t docx`.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importBytes } from '../../../src/model/import/bytes.js';
import { readDocx } from '../../../src/model/import/docx.js';
import { parseVersionDoc } from '../../../src/model/validate.js';
import { readCorpus } from '../../helpers/corpus.js';
import { makeDocx } from '../../helpers/docx-fixtures.js';
import { zipOf } from '../../helpers/docx-parts.js';
import { fuzzParams, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';
import { mutatedXml } from '../../helpers/fuzz-inputs.js';

/** A window of a law, small enough that an input reads in milliseconds. */
const window = (text: string, chars: number): string => text.slice(0, chars);

const fixtures = await Promise.all([
  makeDocx(window(readCorpus('cn-data-security-law/2021.md'), 6000), 'cn'),
  makeDocx(window(readCorpus('tw-personal-data-protection-act/2015.md'), 6000), 'tw'),
  makeDocx(window(readCorpus('de-netzdg/2022.md'), 8000), 'de'),
]);
const documents = fixtures.map((f) => f.bytes);
const entries = documents.map((b) => unzipSync(b));
const bodies = entries.map((e, i) => ({ name: `fixture ${i}`, text: strFromU8(e['word/document.xml']!) }));

/** A Word document with its document.xml replaced. */
const withBody = (i: number, xml: string): Uint8Array => {
  const e: Record<string, Uint8Array | string> = { ...entries[i]! };
  e['word/document.xml'] = xml;
  return zipOf(e);
};

const pick = fc.nat(documents.length - 1);
const frac = fc.double({ min: 0, max: 1, noNaN: true });

/** The offsets of the central directory entries of a zip. */
function directory(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let at = 0; at + 46 < b.length; at++) if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 1 && b[at + 3] === 2) out.push(at);
  return out;
}

const inputs: fc.Arbitrary<{ describe: string; bytes: Uint8Array }> = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(pick, frac).map(([i, f]) => ({ describe: `document ${i} cut at ${f.toFixed(3)}`, bytes: documents[i]!.subarray(0, Math.floor(documents[i]!.length * f)) })) },
  {
    weight: 10,
    arbitrary: fc.tuple(pick, fc.array(fc.tuple(frac, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })).map(([i, flips]) => {
      const b = documents[i]!.slice();
      for (const [f, v] of flips) b[Math.floor(f * (b.length - 1))] = v;
      return { describe: `document ${i} with ${flips.length} bytes changed`, bytes: b };
    }),
  },
  {
    weight: 6,
    arbitrary: fc.tuple(pick, frac, frac).map(([i, a, c]) => {
      const b = documents[i]!.slice();
      const from = Math.floor(Math.min(a, c) * b.length);
      b.fill(0, from, Math.floor(Math.max(a, c) * b.length));
      return { describe: `document ${i} zeroed from ${from}`, bytes: b };
    }),
  },
  {
    weight: 10,
    arbitrary: fc.tuple(pick, frac, fc.constantFrom(20, 24), fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 0x7fffffff, 64 * 1024 * 1024 + 1), fc.nat())).map(([i, f, field, size]) => {
      const b = documents[i]!.slice();
      const dir = directory(b);
      const at = dir[Math.floor(f * (dir.length - 1))]!;
      new DataView(b.buffer).setUint32(at + field, size >>> 0, true);
      return { describe: `document ${i}: entry at ${at} ${field === 24 ? 'declares' : 'packs'} ${size} bytes`, bytes: b };
    }),
  },
  { weight: 12, arbitrary: fc.tuple(pick, mutatedXml(bodies)).map(([i, xml]) => ({ describe: `document ${i} with a mutated body: ${JSON.stringify(xml.slice(0, 60))}`, bytes: withBody(i, xml) })) },
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((u) => ({ describe: `${u.length} random bytes after PK\\3\\4`, bytes: new Uint8Array([0x50, 0x4b, 3, 4, ...u]) })) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((u) => ({ describe: `${u.length} random bytes`, bytes: u })) },
);

/** Errors that are about the whole file or one of its parts, not a paragraph. */
const WHOLE = [/^not a Word document\b/u, /^not readable as a Word document\b/u, /^no law found in\b/u, /^no article found\b/u, /^no § found\b/u, /^[\w/.[\]-]+\.(xml|rels) cannot be read\b/u, /^[\w/.[\]-]+\.xml before the first paragraph cannot be read\b/u, /^the language option: /u];

describe('importer fuzz: docx', () => {
  it('never throws; a version or errors that name a paragraph, a part or the file; an error-free version validates', () => {
    const timings = new Timings('docx');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(inputs, ({ describe, bytes }) => {
        const r = timings.time(() => describe, () => importBytes(bytes, { fileName: 'fuzz.docx' }));
        const paragraphs = readDocx(bytes).count;
        const defects: string[] = [];
        for (const p of r.problems) {
          if (p.file !== 'fuzz.docx') defects.push(`no file named: ${p.message}`);
          if (!Number.isInteger(p.line) || p.line < 0 || p.line > paragraphs) defects.push(`line ${p.line} is not a paragraph (of ${paragraphs}): ${p.message}`);
          if (p.severity === 'error' && p.line === 0 && !WHOLE.some((re) => re.test(p.message))) defects.push(`an error names no paragraph: ${p.message}`);
        }
        const errors = r.problems.some((p) => p.severity === 'error');
        expect(r.ok).toBe(!errors);
        if (!errors) {
          const back = parseVersionDoc(JSON.stringify(r.doc));
          if (back.problems.length > 0) defects.push(`the version does not validate: ${back.problems[0]!.message}`);
        }
        expect(defects).toEqual([]);
        timings.outcome(errors ? 'errors' : listArticles(r.doc).length > 0 ? 'version' : 'empty version');
      }),
      fuzzParams(620),
    );
    expect(timings.count).toBeGreaterThan(0);
  }, TEST_TIMEOUT);
});
