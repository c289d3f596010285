/**
 * The tracked-changes Word document (src/present/export/docx-tracked.ts), read by LibreOffice:
 * Accept All gives the newer reading's plain text and Reject All the older one's, with no change
 * left, for real multi-version laws in Chinese (PRC, Taiwan), German and English and for the
 * sample law; every XML part is well-formed; the revisions are `w:ins`/`w:del` by lawdiff on the
 * comparison's date, whole paragraphs with their paragraph marks. One soffice for all the
 * accepts and one for all the rejects, side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { compareVersions } from '../../../src/diff/index.js';
import type { Law, VersionDoc, VersionInfo } from '../../../src/model/types.js';
import { parseXml, type XmlElement } from '../../../src/model/xml.js';
import { plainParagraphs } from '../../../src/present/export/plain-text.js';
import { projectTracked, trackedChangesDocx, trackedParagraphs, type TrackedInput } from '../../../src/present/export/docx-tracked.js';
import { corpusPath, importCorpus } from '../../helpers/corpus.js';
import { resolveRevisions, scratch, writeAll } from '../../helpers/libreoffice.js';
import { loadSample, sample } from '../../helpers/sample.js';
import { readFileSync } from 'node:fs';

const DATE = new Date('2026-12-03T10:20:30Z');

/** A corpus law's two readings (by version id) as a tracked-changes input. */
function corpusInput(folder: string, oldId: string, newId: string): TrackedInput {
  const law = JSON.parse(readFileSync(corpusPath(folder, 'law.json'), 'utf8')) as Law;
  const info = (id: string): VersionInfo => law.versions.find((v) => v.id === id)!;
  const oldDoc = importCorpus(`${folder}/${info(oldId).file!}`);
  const newDoc = importCorpus(`${folder}/${info(newId).file!}`);
  return { law, oldVersion: info(oldId), newVersion: info(newId), oldDoc, newDoc, comparison: compareVersions(oldDoc, newDoc), date: DATE };
}

function sampleInput(edition: 'zh' | 'en', oldId: string, newId: string): TrackedInput {
  const { law } = sample(edition);
  const info = (id: string): VersionInfo => law.versions.find((v) => v.id === id)!;
  const oldDoc = loadSample(edition, oldId);
  const newDoc = loadSample(edition, newId);
  return { law, oldVersion: info(oldId), newVersion: info(newId), oldDoc, newDoc, comparison: compareVersions(oldDoc, newDoc), date: DATE };
}

/**
 * Small readings made to hit what LibreOffice gets wrong when insertions meet across a kept
 * paragraph break: a heading ending in a replaced word before a line starting with an inserted
 * number, a line ending in inserted words before an inserted paragraph.
 */
function joinsInput(): TrackedInput {
  const article = (num: string, heading: string, texts: string[]) => ({ kind: 'article' as const, label: `Article ${num}`, num, heading, paragraphs: texts.map((text) => ({ num: '', text, items: [] })) });
  const doc = (body: ReturnType<typeof article>[]): VersionDoc => ({ format: 'lawdiff-version/1', title: 'Joins Act', language: 'en', metadata: {}, preamble: [], body, annexes: [], annotations: [] });
  const oldDoc = doc([article('1', 'Duties of the payer', ['The payer shall keep the instrument safe.']), article('2', 'Scope', ['This Act applies to payments.'])]);
  const newDoc = doc([
    article('1', 'Duties of the user', ['(1) The user shall keep the instrument safe at all times and everywhere', '(2) A new paragraph.', '(3) Another new one.']),
    article('2', 'Scope', ['This Act applies to payments and to nothing else.']),
  ]);
  const law: Law = { id: 'joins', title: { en: 'Joins Act' }, jurisdiction: 'x', language: 'en', versions: [] };
  const v = (id: string): VersionInfo => ({ id, label: id, stage: 'draft', date: '' });
  return { law, oldVersion: v('a'), newVersion: v('b'), oldDoc, newDoc, comparison: compareVersions(oldDoc, newDoc), date: DATE };
}

const CASES: { name: string; input: () => TrackedInput }[] = [
  { name: 'insertions meeting across paragraph breaks', input: joinsInput },
  { name: 'cn-company-law 2018 → 2023', input: () => corpusInput('cn-company-law', '2018', '2023') },
  { name: 'tw-personal-data-protection-act 1995 → 2015', input: () => corpusInput('tw-personal-data-protection-act', '1995', '2015') },
  { name: 'de-tkg-2004 2012-07-02 → 2021', input: () => corpusInput('de-tkg-2004', '2012-07-02', '2021') },
  { name: 'us-116-hr2157 ih → enr', input: () => corpusInput('us-116-hr2157', 'ih', 'enr') },
  { name: 'sample zh first-draft → final', input: () => sampleInput('zh', 'first-draft', 'final') },
  { name: 'sample en first-draft → second-reading', input: () => sampleInput('en', 'first-draft', 'second-reading') },
];

/** Text as compared: each paragraph's white space squeezed, blank paragraphs left out. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

const squeeze = (list: readonly string[]): string[] => paragraphsOf(list.join('\n'));

/** The first place two paragraph lists differ, for a readable failure. */
function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `paragraph ${i}:\n  got  ${a[i]}\n  want ${b[i]}`;
  return undefined;
}

function elements(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (e.name === name) out.push(e);
  for (const c of e.children) if (c.kind === 'element') elements(c, name, out);
  return out;
}

describe('trackedParagraphs: the model behind the document', () => {
  for (const c of CASES) {
    it(`${c.name}: accepting gives the newer text, rejecting the older`, () => {
      const input = c.input();
      const paras = trackedParagraphs(input);
      expect(firstDifference(projectTracked(paras, 'new'), plainParagraphs(input.newDoc).map((p) => p.text).filter((t) => t.trim()))).toBeUndefined();
      expect(firstDifference(projectTracked(paras, 'old'), plainParagraphs(input.oldDoc).map((p) => p.text).filter((t) => t.trim()))).toBeUndefined();
      // Real revisions: word-level changes inside kept paragraphs, and whole inserted and deleted paragraphs.
      expect(paras.some((p) => p.state === '' && p.spans.some((s) => s.mark === 'ins') && p.spans.some((s) => s.mark === ''))).toBe(true);
      expect(paras.some((p) => p.state === 'ins') || paras.some((p) => p.state === 'del')).toBe(true);
    });
  }
});

describe('trackedChangesDocx read by LibreOffice', () => {
  const built: { name: string; input: TrackedInput; bytes: Uint8Array }[] = [];
  let accepted: { text: string; left: number }[] = [];
  let rejected: { text: string; left: number }[] = [];
  let done: () => Promise<void> = async () => {};

  beforeAll(async () => {
    for (const [k, c] of CASES.entries()) {
      const input = c.input();
      built.push({ name: `case${k}`, input, bytes: await trackedChangesDocx(input) });
    }
    // Two soffice processes side by side, each with its own copy of the files (LibreOffice locks a file it opens).
    const dirs = [await scratch(), await scratch()];
    done = async () => {
      for (const d of dirs) await d.done();
    };
    const docs = Object.fromEntries(built.map((b) => [`${b.name}.docx`, b.bytes]));
    const [a, r] = await Promise.all(dirs.map((d) => writeAll(d.dir, docs)));
    [accepted, rejected] = await Promise.all([resolveRevisions(a!, 'accept', dirs[0]!.dir), resolveRevisions(r!, 'reject', dirs[1]!.dir)]);
  }, 180_000);

  afterAll(() => done());

  CASES.forEach((c, k) => {
    it(`${c.name}: Accept All gives the newer reading, Reject All the older, nothing left`, () => {
      const { input } = built[k]!;
      expect(accepted[k]!.left).toBe(0);
      expect(rejected[k]!.left).toBe(0);
      expect(firstDifference(paragraphsOf(accepted[k]!.text), squeeze(plainParagraphs(input.newDoc).map((p) => p.text)))).toBeUndefined();
      expect(firstDifference(paragraphsOf(rejected[k]!.text), squeeze(plainParagraphs(input.oldDoc).map((p) => p.text)))).toBeUndefined();
    });

    it(`${c.name}: every XML part is well-formed; revisions by lawdiff on the comparison's date`, () => {
      const parts = unzipSync(built[k]!.bytes);
      const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
      expect(names).toContain('word/document.xml');
      let document: XmlElement | undefined;
      for (const n of names) {
        const r = parseXml(strFromU8(parts[n]!));
        expect(r.problems.filter((p) => p.severity === 'error'), n).toEqual([]);
        if (n === 'word/document.xml') document = r.root!;
      }
      const ins = elements(document!, 'ins');
      const del = elements(document!, 'del');
      expect(ins.length + del.length).toBeGreaterThan(0);
      for (const r of [...ins, ...del]) {
        expect(r.attrs['w:author']).toBe('lawdiff');
        expect(r.attrs['w:date']).toBe('2026-12-03T10:20:30Z');
      }
      const ids = [...ins, ...del].map((r) => r.attrs['w:id']);
      expect(new Set(ids).size).toBe(ids.length);
      // Whole paragraphs carry their paragraph mark's revision (w:pPr/w:rPr/w:ins or w:del).
      const marks = elements(document!, 'pPr').flatMap((p) => elements(p, 'rPr')).flatMap((r) => [...elements(r, 'ins'), ...elements(r, 'del')]);
      expect(marks.length).toBeGreaterThan(0);
      expect(strFromU8(parts['word/settings.xml']!)).toContain('w:trackRevisions');
    });
  });
});

describe('trackedChangesDocx with hostile text', () => {
  const article = (num: string, text: string) => ({ kind: 'article' as const, label: `Article ${num}`, num, heading: '', paragraphs: [{ num: '', text, items: [] }] });
  const doc = (text: string, extra: string): VersionDoc => ({
    format: 'lawdiff-version/1',
    title: 'A <b>law</b> & "quotes"',
    language: 'en',
    metadata: {},
    preamble: [],
    body: [article('1', text), article('2', extra)],
    annexes: [],
    annotations: [],
  });
  it('keeps markup-like law text as text, in well-formed XML', async () => {
    const hostile = '</w:t></w:r><w:r><w:t>x</w:t> ]]> &amp; <script>alert(1)</script> \u0001';
    const oldDoc = doc('Plain words stay.', 'Gone soon.');
    const newDoc = doc(`Plain words ${hostile} stay.`, 'Gone soon, changed.');
    const law: Law = { id: 'x', title: { en: 'X <law>' }, jurisdiction: 'x', language: 'en', versions: [] };
    const v = (id: string): VersionInfo => ({ id, label: `<${id}>`, stage: 'draft', date: '' });
    const bytes = await trackedChangesDocx({ law, oldVersion: v('a'), newVersion: v('b'), oldDoc, newDoc, comparison: compareVersions(oldDoc, newDoc), date: DATE });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(parseXml(xml).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(xml).not.toContain('<script>');
  });
});
