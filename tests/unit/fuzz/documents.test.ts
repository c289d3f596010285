/**
 * Fuzzing the PDF and web-page readers (issue 15): `LAWDIFF_FUZZ_RUNS` broken and hostile
 * files — PDFs printed by Chromium from corpus laws (tests/helpers/draft-pages.ts) cut short,
 * with bytes flipped or zeroed, their cross-reference table and stream lengths broken, random
 * bytes behind `%PDF-`; web pages from corpus laws with scripts, event handlers, unclosed and
 * deeply nested elements, comments and random bytes spliced in, or cut. For every input:
 * nothing throws; the result is a version or errors; every problem names the file, and a PDF's
 * place is a page (and line) it has; an error-free version validates; the text of a script
 * never reaches a version. `npm run fuzz -- -t documents`.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importFile } from '../../../src/model/import/file.js';
import { placeText } from '../../../src/model/problems.js';
import { parseVersionDoc } from '../../../src/model/validate.js';
import type { BytesImportResult } from '../../../src/model/import/bytes.js';
import { readCorpus } from '../../helpers/corpus.js';
import { closePrinter, draftHtml, printPdf } from '../../helpers/draft-pages.js';
import { FULL, fuzzParams, RUNS, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';

afterAll(closePrinter);

const window = (text: string, chars: number): string => text.slice(0, chars);
const sources: [string, 'cn' | 'tw' | 'de'][] = [
  [window(readCorpus('cn-data-security-law/2021.md'), 5000), 'cn'],
  [window(readCorpus('tw-personal-data-protection-act/2015.md'), 5000), 'tw'],
  [window(readCorpus('de-netzdg/2022.md'), 8000), 'de'],
];
const pdfs = await Promise.all(sources.map(([t, c]) => printPdf(t, c, { header: 'Entwurf', pageNumber: 'plain', lineNumbers: c === 'de', hyphens: c === 'de' })));
const pages = sources.map(([t, c]) => draftHtml(t, c, { chrome: true }));

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

const pdfInputs: fc.Arbitrary<{ describe: string; bytes: Uint8Array }> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.nat(pdfs.length - 1), frac).map(([i, f]) => ({ describe: `pdf ${i} cut at ${f.toFixed(3)}`, bytes: pdfs[i]!.subarray(0, Math.floor(pdfs[i]!.length * f)) })) },
  {
    weight: 8,
    arbitrary: fc.tuple(fc.nat(pdfs.length - 1), fc.array(fc.tuple(frac, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 })).map(([i, flips]) => {
      const b = pdfs[i]!.slice();
      for (const [f, v] of flips) b[Math.floor(f * (b.length - 1))] = v;
      return { describe: `pdf ${i} with ${flips.length} bytes changed`, bytes: b };
    }),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(pdfs.length - 1), frac, frac).map(([i, a, c]) => {
      const b = pdfs[i]!.slice();
      const from = Math.floor(Math.min(a, c) * b.length);
      b.fill(0, from, Math.floor(Math.max(a, c) * b.length));
      return { describe: `pdf ${i} zeroed from ${from}`, bytes: b };
    }),
  },
  {
    weight: 6,
    arbitrary: fc.tuple(fc.nat(pdfs.length - 1), fc.constantFrom('xref', 'length', 'both'), fc.nat()).map(([i, what, n]) => {
      let s = latin1(pdfs[i]!);
      if (what !== 'length') s = s.replace(/startxref\s+\d+/u, `startxref\n${n}`).replace(/(\d{10}) (\d{5}) n/gu, () => `${String(n % 1e10).padStart(10, '0')} 00000 n`);
      if (what !== 'xref') s = s.replace(/\/Length (\d+)/gu, () => `/Length ${n % 100000}`);
      return { describe: `pdf ${i} with its ${what} broken (${n})`, bytes: bytesOf(s) };
    }),
  },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((u) => ({ describe: `${u.length} random bytes after %PDF-1.7`, bytes: new Uint8Array([...bytesOf('%PDF-1.7\n'), ...u]) })) },
);

const hostile = fc.constantFrom(
  '<script>FUZZ_SCRIPT_MARKER()</script>',
  '<img src=x onerror="FUZZ_SCRIPT_MARKER()">',
  '<style>p{FUZZ_SCRIPT_MARKER}</style>',
  '<div><div><div><p><b><i><span>',
  '</p></div></body></html>',
  '<!-- unclosed comment',
  '<![CDATA[x]]>',
  '<svg><script>FUZZ_SCRIPT_MARKER()</script></svg>',
  '<template><p>FUZZ_SCRIPT_MARKER</p></template>',
  '<table><tr><td>cell',
  '<ol start="-5" type="i"><li value="99999999999">x',
  '&#0;&#xFFFF;&amp&lt;&nbsp;',
  '\u0000\uFFFD\u202E',
  `${'<div>'.repeat(5000)}deep`,
);
const htmlInputs: fc.Arbitrary<{ describe: string; bytes: Uint8Array }> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(fc.nat(pages.length - 1), fc.array(fc.tuple(frac, hostile), { minLength: 1, maxLength: 8 })).map(([i, splices]) => {
      let s = pages[i]!;
      for (const [f, h] of splices) {
        // After a tag's end: inside a tag's name a fragment is not markup but text (`</<script>x` is a bogus comment, then the text x), which a browser shows too.
        const end = s.indexOf('>', Math.floor(f * s.length));
        const at = end < 0 ? s.length : end + 1;
        s = s.slice(0, at) + h + s.slice(at);
      }
      return { describe: `page ${i} with ${splices.length} splices`, bytes: new TextEncoder().encode(s) };
    }),
  },
  { weight: 4, arbitrary: fc.tuple(fc.nat(pages.length - 1), frac).map(([i, f]) => ({ describe: `page ${i} cut at ${f.toFixed(3)}`, bytes: new TextEncoder().encode(pages[i]!.slice(0, Math.floor(pages[i]!.length * f))) })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 2000 }).map((t) => ({ describe: `<!DOCTYPE html> and ${t.length} random characters`, bytes: new TextEncoder().encode(`<!DOCTYPE html>${t}`) })) },
);

/** What every result must be, whatever the input. */
function defects(r: BytesImportResult, file: string, pageCount: number): string[] {
  const out: string[] = [];
  for (const p of r.problems) {
    if (p.file !== file) out.push(`no file named: ${p.message}`);
    if (!Number.isInteger(p.line) || p.line < 0) out.push(`line ${p.line}: ${p.message}`);
    const where = p.where === undefined ? undefined : placeText(p.where);
    if (where !== undefined && !/^(page \d+(, line \d+)?|paragraph \d+)$/u.test(where)) out.push(`place ${where}: ${p.message}`);
    if (pageCount > 0 && p.where?.page !== undefined && p.where.page > pageCount) out.push(`page beyond the document: ${where}`);
  }
  const errors = r.problems.some((p) => p.severity === 'error');
  if (r.ok === errors) out.push(`ok is ${r.ok} with${errors ? '' : 'out'} errors`);
  if (!errors) {
    const back = parseVersionDoc(JSON.stringify(r.doc));
    if (back.problems.length > 0) out.push(`the version does not validate: ${back.problems[0]!.message}`);
  }
  if (JSON.stringify(r.doc).includes('FUZZ_SCRIPT_MARKER')) out.push('a script, style or template reached the version');
  return out;
}

describe('importer fuzz: documents', () => {
  it('PDF: never throws; a version or errors naming the file and a page it has; an error-free version validates', async () => {
    const timings = new Timings('pdf');
    onTestFinished(() => timings.report());
    await fc.assert(
      fc.asyncProperty(pdfInputs, async ({ describe, bytes }) => {
        const r = await timings.timeAsync(() => describe, () => importFile(bytes, { fileName: 'fuzz.pdf' }));
        expect(defects(r, 'fuzz.pdf', 10_000)).toEqual([]);
        timings.outcome(r.problems.some((p) => p.severity === 'error') ? 'errors' : listArticles(r.doc).length > 0 ? 'version' : 'empty version');
      }),
      // pdf.js takes a tenth of a second a file: fewer inputs in the everyday run.
      fuzzParams(1501, FULL ? RUNS : Math.min(RUNS, 24)),
    );
    expect(timings.count).toBeGreaterThan(0);
  }, TEST_TIMEOUT);

  it('HTML: never throws; a version or errors naming the file; no script text in a version', async () => {
    const timings = new Timings('html');
    onTestFinished(() => timings.report());
    await fc.assert(
      fc.asyncProperty(htmlInputs, async ({ describe, bytes }) => {
        const r = await timings.timeAsync(() => describe, () => importFile(bytes, { fileName: 'fuzz.html' }));
        expect(r.format).toBe('html');
        expect(defects(r, 'fuzz.html', 0)).toEqual([]);
        timings.outcome(r.problems.some((p) => p.severity === 'error') ? 'errors' : listArticles(r.doc).length > 0 ? 'version' : 'empty version');
      }),
      fuzzParams(1502),
    );
    expect(timings.count).toBeGreaterThan(0);
  }, TEST_TIMEOUT);
});
