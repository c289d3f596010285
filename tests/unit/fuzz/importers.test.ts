/**
 * Fuzzing the importers and the JSON validators (issue 6): each target gets
 * `LAWDIFF_FUZZ_RUNS` generated inputs (random bytes and strings, windows of
 * real corpus files mutated and truncated, documents mixing numbering
 * schemes, hostile text, 1 MB single lines, mutated XML trees and JSON
 * values). For every input: nothing throws; the result is a version or
 * problems, and every error names a line of the input (XML: line and column)
 * or a JSON path, unless it is about the whole input ("no article found");
 * a version imported without errors validates as the JSON the CLI writes.
 * `npm run fuzz` runs 10,000 inputs per target and fails any input that takes
 * more than 5 s. See tests/helpers/fuzz.ts for the knobs.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exportAkn } from '../../../src/model/akn/export.js';
import { importAkn } from '../../../src/model/akn/import.js';
import { AKN_NS } from '../../../src/model/akn/vocabulary.js';
import { importCn } from '../../../src/model/import/cn.js';
import { importDe } from '../../../src/model/import/de.js';
import { importEn } from '../../../src/model/import/en.js';
import { detectFormat, importSource, isSourceFormat } from '../../../src/model/import/index.js';
import { importTwJson, importTwMarkdown } from '../../../src/model/import/tw.js';
import { importUslm, USLM_NS } from '../../../src/model/import/uslm.js';
import { listArticles } from '../../../src/model/doc.js';
import type { Problem } from '../../../src/model/problems.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';
import { corpusDir, repoRoot } from '../../helpers/corpus.js';
import { describeText, fuzzParams, resultDefects, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';
import {
  bigXml,
  corpusFiles,
  hostileText,
  manyLines,
  megabyteLine,
  mixedNumbering,
  mutatedJson,
  mutatedWindow,
  mutatedXml,
  randomText,
  truncatedFile,
  xmlShell,
} from '../../helpers/fuzz-inputs.js';

// ---------------------------------------------------------------- the real files the inputs start from

const cnFiles = corpusFiles(/\.md$/, /^cn-/);
const twFiles = corpusFiles(/\.md$/, /^tw-/);
const twJsonFiles = corpusFiles(/\.json$/, /^tw-/);
const deFiles = corpusFiles(/\.md$/, /^de-/);
const uslmFiles = corpusFiles(/\.xml$/, /^us-/);

const repoFile = (...p: string[]): { name: string; text: string } => ({ name: p.join('/'), text: readFileSync(resolve(repoRoot, ...p), 'utf8') });
const sampleLaws = readdirSync(resolve(repoRoot, 'versions')).filter((d) => !d.includes('.'));
const enFiles = readdirSync(resolve(repoRoot, 'versions/fictional-open-data-law-en/source')).map((f) => repoFile('versions/fictional-open-data-law-en/source', f));
const zhSampleFiles = readdirSync(resolve(repoRoot, 'versions/fictional-open-data-law-zh/source')).map((f) => repoFile('versions/fictional-open-data-law-zh/source', f));
const versionJson = sampleLaws.flatMap((d) => readdirSync(resolve(repoRoot, 'versions', d)).filter((f) => f.endsWith('.json') && f !== 'law.json').map((f) => repoFile('versions', d, f)));
const lawJson = [
  ...sampleLaws.map((d) => repoFile('versions', d, 'law.json')),
  ...readdirSync(corpusDir).filter((d) => !d.includes('.')).map((d) => ({ name: `${d}/law.json`, text: readFileSync(resolve(corpusDir, d, 'law.json'), 'utf8') })),
];

/** Akoma Ntoso documents: the fixtures, and real laws exported by lawdiff (a small window of each, to keep inputs small). */
function aknFiles(): { name: string; text: string }[] {
  const fixtures = readdirSync(resolve(repoRoot, 'tests/fixtures/akn')).map((f) => repoFile('tests/fixtures/akn', f));
  const exported = [cnFiles.find((f) => f.name.startsWith('cn-counter-espionage-law'))!, twFiles[0]!, deFiles.find((f) => f.name.startsWith('de-netzdg'))!, enFiles[0]!].map((f) => {
    const r = importSource(f.text, { fileName: f.name });
    if (!r.ok) throw new Error(`${f.name} does not import`);
    const doc: VersionDoc = { ...r.doc, body: r.doc.body.slice(0, 4) };
    return { name: `${f.name} (exported)`, text: exportAkn(doc, { lawId: 'fuzz', versionId: 'v1', date: '2020-01-01', label: 'Fuzz', jurisdiction: 'zz' }) };
  });
  return [...fixtures, ...exported];
}

// ---------------------------------------------------------------- inputs per target

const rare = (a: fc.Arbitrary<string>): fc.WeightedArbitrary<string> => ({ weight: 1, arbitrary: a });
const often = (w: number, a: fc.Arbitrary<string>): fc.WeightedArbitrary<string> => ({ weight: w, arbitrary: a });

/** Plain-text importers: random text, real windows, truncated files, mixed numbering, hostile text, and now and then a 1 MB line. */
function textInputs(files: readonly { name: string; text: string }[], truncateUpTo = 200_000): fc.Arbitrary<string> {
  return fc.oneof(
    often(12, randomText),
    often(30, mutatedWindow(files)),
    often(6, truncatedFile(files, truncateUpTo)),
    often(20, mixedNumbering),
    often(8, hostileText),
    rare(megabyteLine),
    rare(manyLines),
  );
}

const inputs = {
  cn: textInputs([...cnFiles, ...zhSampleFiles]),
  tw: textInputs(twFiles),
  de: textInputs(deFiles, 100_000),
  en: textInputs(enFiles),
  'tw-json': fc.oneof(often(40, mutatedJson(twJsonFiles.map((f) => f.text))), often(10, randomText), often(6, truncatedFile(twJsonFiles)), often(4, mutatedWindow(twJsonFiles)), rare(megabyteLine)),
  uslm: fc.oneof(
    often(40, mutatedXml(uslmFiles)),
    often(15, xmlShell('bill', USLM_NS, ['main'])),
    often(8, truncatedFile(uslmFiles)),
    often(6, mutatedWindow(uslmFiles, 200)),
    often(6, randomText.map((t) => `<bill xmlns="${USLM_NS}">${t}`)),
    rare(megabyteLine.map((t) => `<bill xmlns="${USLM_NS}"><main><section><content>${t}</content></section></main></bill>`)),
    rare(bigXml('bill', USLM_NS, ['main'])),
  ),
  akn: fc.oneof(
    often(40, mutatedXml(aknFiles())),
    often(15, xmlShell('akomaNtoso', AKN_NS, ['act', 'body'])),
    often(8, truncatedFile(aknFiles())),
    often(6, randomText.map((t) => `<akomaNtoso xmlns="${AKN_NS}">${t}`)),
    rare(megabyteLine.map((t) => `<akomaNtoso xmlns="${AKN_NS}"><act><body><article><content><p>${t}</p></content></article></body></act></akomaNtoso>`)),
    rare(bigXml('akomaNtoso', AKN_NS, ['act', 'body'])),
  ),
  json: fc.oneof(often(40, mutatedJson(versionJson.map((f) => f.text))), often(10, randomText), often(6, truncatedFile(versionJson)), rare(megabyteLine)),
  law: fc.oneof(often(40, mutatedJson(lawJson.map((f) => f.text))), often(10, randomText), often(6, truncatedFile(lawJson)), rare(megabyteLine)),
};

// ---------------------------------------------------------------- the properties

type Result = { doc?: VersionDoc; problems: Problem[] };

interface Target {
  name: string;
  seed: number;
  input: fc.Arbitrary<string>;
  run: (text: string) => Result;
  jsonPaths?: boolean;
}

const targets: Target[] = [
  { name: 'cn', seed: 601, input: inputs.cn, run: (t) => importCn(t) },
  { name: 'tw', seed: 602, input: inputs.tw, run: (t) => importTwMarkdown(t) },
  { name: 'tw-json', seed: 603, input: inputs['tw-json'], run: (t) => importTwJson(t), jsonPaths: true },
  { name: 'de', seed: 604, input: inputs.de, run: (t) => importDe(t) },
  { name: 'en', seed: 605, input: inputs.en, run: (t) => importEn(t) },
  { name: 'uslm', seed: 606, input: inputs.uslm, run: (t) => importUslm(t) },
  { name: 'akn', seed: 607, input: inputs.akn, run: (t) => importAkn(t) },
  { name: 'json (parseVersionDoc)', seed: 608, input: inputs.json, run: (t) => parseVersionDoc(t), jsonPaths: true },
];

/** `version` (no error) with or without articles, or `errors`. */
function outcome(r: Result): string {
  if (r.problems.some((p) => p.severity === 'error')) return 'errors';
  return r.doc && listArticles(r.doc).length > 0 ? 'version' : 'empty version';
}


describe.each(targets.map((t) => [t.name, t] as const))('importer fuzz: %s', (name, target) => {
  it('never throws; a version or errors that name a line or JSON path; an error-free version validates', () => {
    const timings = new Timings(name);
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(target.input, (text) => {
        const r = timings.time(() => describeText(text), () => target.run(text));
        expect(resultDefects(text, r, { jsonPaths: target.jsonPaths })).toEqual([]);
        timings.outcome(outcome(r));
      }),
      fuzzParams(target.seed),
    );
    expect(timings.count).toBeGreaterThan(0);
  }, TEST_TIMEOUT);
});

describe('importer fuzz: parseLaw', () => {
  it('never throws; a law or errors that name a JSON path or line', () => {
    const timings = new Timings('law (parseLaw)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(inputs.law, (text) => {
        const r = timings.time(() => describeText(text), () => parseLaw(text));
        timings.outcome(r.law ? 'law' : 'errors');
        expect(resultDefects(text, { problems: r.problems, doc: undefined }, { jsonPaths: true }).filter((d) => !d.startsWith('no error, but'))).toEqual([]);
        expect(r.law === undefined, 'a law exactly when there is no problem').toBe(r.problems.length > 0);
      }),
      fuzzParams(609),
    );
  }, TEST_TIMEOUT);
});

describe('importer fuzz: importSource (format detection)', () => {
  const anyInput = fc.oneof(...Object.values(inputs).map((a) => ({ weight: 1, arbitrary: a })));
  const fileName = fc.option(fc.constantFrom('a.md', 'a.txt', 'a.xml', 'a.json', 'law', '<script>.md', ''), { freq: 2 });

  it('detects some format or none, never throws, and reports like the importer it picks', () => {
    const timings = new Timings('importSource (detection)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(anyInput, fileName, (text, name) => {
        const options = name === null ? {} : { fileName: name };
        const r = timings.time(() => describeText(text), () => importSource(text, options));
        const detected = detectFormat(text, name ?? undefined);
        expect(detected === undefined || isSourceFormat(detected), `detected ${String(detected)}`).toBe(true);
        if (detected) expect(r.format).toBe(detected);
        expect(r.ok).toBe(!r.problems.some((p) => p.severity === 'error'));
        expect(resultDefects(text, r, { jsonPaths: r.format === 'json' || r.format === 'tw-json' })).toEqual([]);
        // Errors first, then by line.
        const order = r.problems.map((p) => (p.severity === 'error' ? 0 : 1));
        expect(order).toEqual([...order].sort());
        timings.outcome(`${r.format}: ${outcome(r)}`);
      }),
      fuzzParams(610),
    );
  }, TEST_TIMEOUT);
});
