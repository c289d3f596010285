/**
 * Fuzzing the inputs of issue 12 that crashed lawdiff: JSON nested far past the validators' limit,
 * language tags Intl cannot read (in the import option, in a version, through the engine), and
 * lines past the text importers' limit. Nothing throws, every error names a line or a JSON path.
 * The fast sample runs a few inputs per target; `npm run fuzz` runs more (huge lines: a twentieth).
 */
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { importSource, MAX_LINE_LENGTH } from '../../../src/model/import/index.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';
import { describeText, fuzzParams, resultDefects, RUNS, TEST_TIMEOUT, Timings } from '../../helpers/fuzz.js';
import { deepJson, hugeLine, languageTag, versionInLanguage } from '../../helpers/fuzz-inputs.js';

describe('issue 12 fuzz: deep nesting', () => {
  it('version JSON and law.json nested up to 20,000 deep: no throw, errors name a JSON path', () => {
    const timings = new Timings('deep nesting (parseVersionDoc, parseLaw, importSource)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(deepJson, (text) => {
        const law = text.startsWith('{"id"');
        const r = timings.time(() => describeText(text), () => (law ? { problems: parseLaw(text).problems } : parseVersionDoc(text)));
        expect(resultDefects(text, law ? { ...r, doc: undefined } : r, { jsonPaths: true }).filter((d) => !d.startsWith('no error, but'))).toEqual([]);
        if (!law) expect(resultDefects(text, importSource(text, { format: 'json' }), { jsonPaths: true })).toEqual([]);
        timings.outcome(r.problems.length > 0 ? 'errors' : 'read');
      }),
      fuzzParams(1201),
    );
  }, TEST_TIMEOUT);
});

describe('issue 12 fuzz: language tags', () => {
  it('any tag: the import option and version JSON refuse or accept it, and the engine compares without throwing', () => {
    const timings = new Timings('language tags (importSource, parseVersionDoc, compareVersions)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(languageTag, languageTag, (a, b) => {
        timings.time(
          () => `${JSON.stringify(a)} / ${JSON.stringify(b)}`,
          () => {
            const source = '第一条　国家保障网络安全。\n第二条　附则。\n';
            const imported = importSource(source, { format: 'cn', language: a });
            expect(resultDefects(source, imported)).toEqual([]);
            const parsed = parseVersionDoc(versionInLanguage(a));
            expect(resultDefects(versionInLanguage(a), parsed, { jsonPaths: true })).toEqual([]);
            // The engine is given the tags as they are, valid or not: it must never throw.
            const oldDoc = JSON.parse(versionInLanguage(a)) as Parameters<typeof compareVersions>[0];
            const newDoc = JSON.parse(versionInLanguage(b, 1)) as Parameters<typeof compareVersions>[1];
            for (const granularity of ['word', 'char'] as const) expect(compareVersions(oldDoc, newDoc, { granularity }).stats.matched).toBeGreaterThanOrEqual(0);
            timings.outcome(parsed.doc ? 'valid tag' : 'refused tag');
          },
        );
      }),
      fuzzParams(1202),
    );
  }, TEST_TIMEOUT);
});

describe('issue 12 fuzz: huge lines', () => {
  it(`a line over ${MAX_LINE_LENGTH} characters: an error naming that line, never a RangeError`, () => {
    const timings = new Timings('huge lines (importSource)');
    onTestFinished(() => timings.report());
    fc.assert(
      fc.property(hugeLine, ({ text, line }) => {
        const r = timings.time(() => describeText(text), () => importSource(text));
        expect(resultDefects(text, r)).toEqual([]);
        expect(r.problems.some((p) => p.severity === 'error' && p.line === line && p.message.startsWith(`line ${line} has `))).toBe(true);
        timings.outcome(r.format);
      }),
      fuzzParams(1203, Math.max(4, Math.min(500, Math.round(RUNS / 20)))),
    );
  }, TEST_TIMEOUT);
});
