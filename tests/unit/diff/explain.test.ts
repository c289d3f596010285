/**
 * Explanation reports linked to the changes they explain (issue 16): the sample law's reports
 * (both editions, both steps) and a report written for the PRC Company Law 2018 → 2023, against
 * truth files written by hand from the law texts before the linker ran (tests/fixtures/reports).
 * Precision and recall of paragraph → article links must each be at least 0.95; every
 * misnumbered reference must be reported as unresolved.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, explainJson, explainReport, selfNames, type ExplainedParagraph } from '../../../src/diff/index.js';
import { parseLaw, parseVersionDoc } from '../../../src/model/validate.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import { importCorpus, repoRoot } from '../../helpers/corpus.js';

interface Truth {
  report: string;
  old: string;
  new: string;
  paragraphs: { index: number; links: { reading: 'old' | 'new'; article: string }[]; unresolved: string[] }[];
}

function readTruth(name: string): Truth {
  return JSON.parse(readFileSync(resolve(repoRoot, 'tests/fixtures/reports', name), 'utf8')) as Truth;
}

function sampleLaw(edition: 'zh' | 'en'): { law: Law; doc: (id: string) => VersionDoc } {
  const dir = resolve(repoRoot, `versions/fictional-open-data-law-${edition}`);
  const law = parseLaw(readFileSync(resolve(dir, 'law.json'), 'utf8')).law!;
  return {
    law,
    doc: (id) => {
      const info = law.versions.find((v) => v.id === id)!;
      return parseVersionDoc(readFileSync(resolve(dir, info.file!), 'utf8')).doc!;
    },
  };
}

/** Precision and recall of the links, counted per (paragraph, reading, article). */
function score(found: readonly ExplainedParagraph[], truth: Truth): { precision: number; recall: number; missed: string[]; extra: string[] } {
  const key = (p: number, l: { reading: string; article: string }): string => `¶${p} ${l.reading} ${l.article}`;
  const want = new Set(truth.paragraphs.flatMap((p) => p.links.map((l) => key(p.index, l))));
  const got = new Set(found.flatMap((p) => p.links.map((l) => key(p.index, l))));
  const hits = [...got].filter((k) => want.has(k)).length;
  return {
    precision: got.size === 0 ? 1 : hits / got.size,
    recall: want.size === 0 ? 1 : hits / want.size,
    missed: [...want].filter((k) => !got.has(k)),
    extra: [...got].filter((k) => !want.has(k)),
  };
}

function checkAgainst(found: readonly ExplainedParagraph[], truth: Truth): void {
  expect(found.length, 'paragraph count').toBe(truth.paragraphs.length);
  const s = score(found, truth);
  // Printed for the closing note.
  console.log(`${truth.report}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}${s.missed.length ? `; missed ${s.missed.join(', ')}` : ''}${s.extra.length ? `; extra ${s.extra.join(', ')}` : ''}`);
  expect(s.precision, `extra links: ${s.extra.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  expect(s.recall, `missed links: ${s.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  const wantUnresolved = truth.paragraphs.flatMap((p) => p.unresolved.map((u) => `¶${p.index} ${u}`));
  const gotUnresolved = found.flatMap((p) => p.unresolved.map((u) => `¶${p.index} ${u}`));
  for (const u of wantUnresolved) expect(gotUnresolved.some((g) => g.startsWith(u.split(' ')[0]!) && g.includes(u.split(' ').slice(1).join(' ').replace(/^草案|^the /u, ''))), `unresolved ${u} reported (got ${gotUnresolved.join(', ')})`).toBe(true);
}

describe('the sample law reports', () => {
  for (const edition of ['zh', 'en'] as const) {
    for (const step of ['second-reading', 'final'] as const) {
      it(`${edition}: the ${step} report's paragraphs land on the articles they name`, () => {
        const { law, doc } = sampleLaw(edition);
        const info = law.reports!.find((r) => r.new === step)!;
        const truth = readTruth(`sample-${edition}-${step}.truth.json`);
        expect(truth.old).toBe(info.old);
        const oldDoc = doc(info.old);
        const newDoc = doc(info.new);
        const text = readFileSync(resolve(repoRoot, `versions/fictional-open-data-law-${edition}`, info.file), 'utf8');
        const version = (id: string) => law.versions.find((v) => v.id === id)!;
        const found = explainReport(text, oldDoc, newDoc, compareVersions(oldDoc, newDoc), {
          selfNames: Object.values(law.title).flatMap(selfNames),
          old: { stage: version(info.old).stage, label: version(info.old).label },
          new: { stage: version(info.new).stage, label: version(info.new).label },
        });
        checkAgainst(found, truth);
      });
    }
  }
});

describe('a report on a real law: PRC Company Law 2018 → 2023', () => {
  it('links its paragraphs to the 2018 and 2023 articles they name', () => {
    const oldDoc = importCorpus('cn-company-law/2018.md');
    const newDoc = importCorpus('cn-company-law/2023.md');
    const truth = readTruth('cn-company-2023.truth.json');
    const text = readFileSync(resolve(repoRoot, 'tests/fixtures/reports/cn-company-2023.md'), 'utf8');
    const found = explainReport(text, oldDoc, newDoc, compareVersions(oldDoc, newDoc, { diffs: false }), {
      selfNames: selfNames(newDoc.title),
    });
    checkAgainst(found, truth);
  });
});

describe('explainJson', () => {
  it('keeps the documented contract: index, text, links {reading, article}, unresolved', () => {
    const { law, doc } = sampleLaw('zh');
    const info = law.reports![0]!;
    const oldDoc = doc(info.old);
    const newDoc = doc(info.new);
    const text = '一、建议将草案第十五条移至总则，作为第四条。\n\n二、删去草案第四十六条。';
    const json = explainJson(explainReport(text, oldDoc, newDoc, compareVersions(oldDoc, newDoc)));
    expect(json).toEqual({
      paragraphs: [
        { index: 1, text: '一、建议将草案第十五条移至总则，作为第四条。', links: [{ reading: 'old', article: '15' }, { reading: 'new', article: '4' }], unresolved: [] },
        { index: 2, text: '二、删去草案第四十六条。', links: [], unresolved: ['草案第四十六条'] },
      ],
    });
  });
});
