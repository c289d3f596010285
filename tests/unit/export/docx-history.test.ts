/**
 * One article's history in Word (issue 18), read by LibreOffice: the sample law's 第十五条 → 第四条
 * (zh, Chinese interface) and Article 15 → 4 (en), an article of Taiwan's Personal Data
 * Protection Act through 1995 → 2010 → 2015 with the legislature's reasons (繁體中文
 * interface), and a § of the NetzDG (German interface). The XML parts must parse; the
 * struck and underlined runs must be exactly the deleted and inserted words of each step; the
 * text LibreOffice reads must hold every reading's label, the article's number and text in
 * each reading, and each explanation.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { articleHistoryDocx, type HistoryExportInput } from '../../../src/present/export/docx-history.js';
import { articleHistory, type ArticleHistory } from '../../../src/present/history-model.js';
import { blockMarks, diffBlocks, plainBlocks } from '../../../src/present/row-text.js';
import { en } from '../../../src/present/locales/en.js';
import { loadCatalogue, setCatalogue, type UiLanguage } from '../../../src/present/strings.js';
import { buildHistory } from '../../../src/diff/history.js';
import { parseXml } from '../../../src/model/xml.js';
import { parseLaw } from '../../../src/model/validate.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import { importCorpus, readCorpus } from '../../helpers/corpus.js';
import { readDocuments } from '../../helpers/libreoffice.js';
import { sample } from '../../helpers/sample.js';

const run = promisify(execFile);

interface Case {
  name: string;
  ui: UiLanguage;
  input: HistoryExportInput;
  model: ArticleHistory;
}

const generated = new Date('2025-09-01T12:00:00Z');

function sampleInput(edition: 'zh' | 'en', key: string): HistoryExportInput {
  const s = sample(edition);
  return { law: s.law, versions: s.law.versions, docs: s.docs, history: s.history, key, generated };
}

/** A corpus law's history, and the key of the first article a later reading reworded (or `pick`'s). */
function corpusInput(folder: string, file: (v: { file?: string | undefined; structured?: string }) => string, pick?: (h: HistoryExportInput['history']) => string): HistoryExportInput {
  const law = parseLaw(readCorpus(folder, 'law.json')).law as Law;
  const raw = JSON.parse(readCorpus(folder, 'law.json')) as { versions: { id: string; file?: string; structured?: string }[] };
  const docs: Record<string, VersionDoc> = {};
  for (const v of raw.versions) docs[v.id] = importCorpus(`${folder}/${file(v)}`);
  const history = buildHistory(raw.versions.map((v) => ({ id: v.id, doc: docs[v.id]! })));
  const key = pick ? pick(history) : history.lineages.find((l) => l.cells.some((c) => c?.arrival === 'changed'))!.key;
  return { law, versions: law.versions, docs, history, key, generated };
}

/** Runs of a document.xml: their text and whether struck through or underlined. */
function runsOf(xml: string): { text: string; strike: boolean; u: string | undefined }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)].map((m) => {
    const body = m[1]!;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]!).join('');
    return {
      text: text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&'),
      strike: /<w:strike\/>/u.test(body),
      u: /<w:u w:val="(\w+)"/u.exec(body)?.[1],
    };
  });
}

/** Text without bidi isolates and white space: LibreOffice's text wraps anywhere. */
const squeeze = (s: string): string => s.replace(/[\u2066-\u2069\s]/gu, '');

const cases: Case[] = [];
const docs = new Map<string, Uint8Array>();
let text = new Map<string, string>();
let pdfs = new Map<string, string>();
let done: (keepAs: string) => Promise<void> = async () => {};

beforeAll(async () => {
  const build = async (name: string, ui: UiLanguage, input: () => HistoryExportInput): Promise<void> => {
    setCatalogue(ui, ui === 'en' ? en : await loadCatalogue(ui));
    const i = input();
    const model = articleHistory(i.history, i.docs, i.versions, i.key)!;
    cases.push({ name, ui, input: i, model });
    docs.set(name, await articleHistoryDocx(i));
  };
  try {
    await build('sample-zh', 'zh-Hans', () => ({
      ...sampleInput('zh', 'first-draft~15'),
      notes: [{ id: 'n1', folder: 'f', key: 'first-draft~15', text: 'Check <w:t>&amp; "this" later\nsecond line', label: '第四条', created: '2025-08-30T10:00:00Z', updated: '2025-08-31T10:00:00Z' }],
    }));
    await build('sample-en', 'en', () => sampleInput('en', 'first-draft~15'));
    await build('tw', 'zh-Hant', () => corpusInput('tw-personal-data-protection-act', (v) => v.structured!, (h) => h.lineages.find((l) => l.cells.filter((c) => c?.arrival === 'changed').length >= 2)?.key ?? h.lineages[5]!.key));
    await build('netzdg', 'de', () => corpusInput('de-netzdg', (v) => v.file!));
  } finally {
    setCatalogue('en', en);
  }
  ({ pdfs, text, done } = await readDocuments(docs, 'lawdiff-docx-history-'));
}, 180_000);

// To look at the documents: LAWDIFF_EXPORT_KEEP=<folder> keeps the .docx and their PDFs there.
afterAll(() => done('history'));

describe('articleHistoryDocx', () => {
  it('follows articles that changed in more than one way', () => {
    const zh = cases.find((c) => c.name === 'sample-zh')!.model;
    expect(zh.chain.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    for (const c of cases) expect(c.model.entries.some((e) => e.status === 'reworded' || e.status === 'references'), c.name).toBe(true);
    expect(cases.find((c) => c.name === 'tw')!.model.entries.some((e) => e.annotations.length > 0)).toBe(true);
  });

  it('writes well-formed XML parts, a page-numbered footer and a header naming the article', () => {
    for (const c of cases) {
      const parts = unzipSync(docs.get(c.name)!);
      for (const [path, data] of Object.entries(parts)) {
        if (!/\.(xml|rels)$/u.test(path)) continue;
        expect(parseXml(strFromU8(data)).problems, `${c.name}: ${path}`).toEqual([]);
      }
      const footer = strFromU8(Object.entries(parts).find(([p]) => /^word\/footer\d*\.xml$/u.test(p))![1]);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/u);
      const header = strFromU8(Object.entries(parts).find(([p]) => /^word\/header\d*\.xml$/u.test(p))![1]);
      expect(squeeze(header.replace(/<[^>]+>/gu, ''))).toContain(squeeze(c.model.latestLabel));
    }
  });

  it('strikes through exactly the deleted words of each step and underlines the inserted ones', () => {
    for (const c of cases) {
      const runs = runsOf(strFromU8(unzipSync(docs.get(c.name)!)['word/document.xml']!));
      const struck = runs.filter((r) => r.strike).map((r) => r.text);
      const underlined = runs.filter((r) => r.u === 'single').map((r) => r.text);
      const dels: string[] = [];
      const inss: string[] = [];
      for (const e of c.model.entries) {
        const diff = e.change?.diff;
        if (!diff || !['reworded', 'references', 'split', 'merged'].includes(e.status)) continue;
        for (const b of diffBlocks(diff, e.oldArticles, e.newArticles, 'both', blockMarks(e.change!, e.moves))) {
          if (b.kind !== 'line') continue;
          for (const s of b.spans) (s.mark === 'del' ? dels : s.mark === 'ins' ? inss : []).push(s.text);
        }
      }
      expect(dels.length + inss.length, c.name).toBeGreaterThan(0);
      for (const [want, have, what] of [
        [dels, struck, 'deleted'],
        [inss, underlined, 'inserted'],
      ] as const) {
        const left = [...have];
        for (const d of want) {
          const at = left.indexOf(d);
          expect(at, `${c.name}: ${what} "${d}"`).toBeGreaterThanOrEqual(0);
          left.splice(at, 1);
        }
      }
    }
  });

  it('LibreOffice reads every reading, the article in each, its text there and the explanations', () => {
    for (const c of cases) {
      const t = squeeze(text.get(c.name)!);
      for (const e of c.model.entries) {
        expect(t.includes(squeeze(e.version.label)), `${c.name}: reading ${e.version.label}`).toBe(true);
        if (e.label) expect(t.includes(squeeze(e.label)), `${c.name}: ${e.label}`).toBe(true);
        if (e.article) {
          for (const b of plainBlocks([e.article], '')) {
            if (b.kind === 'line') expect(t.includes(squeeze(b.spans.map((s) => s.text).join(''))), `${c.name} ${e.version.id}: ${b.spans[0]?.text.slice(0, 40)}`).toBe(true);
          }
        }
        for (const a of e.annotations) for (const line of a.text.split('\n').filter((l) => l.trim())) expect(t.includes(squeeze(line)), `${c.name}: explanation ${line.slice(0, 40)}`).toBe(true);
      }
    }
  });

  it('speaks the UI language around the law text, and keeps the reader\'s note as typed', () => {
    const zh = text.get('sample-zh')!;
    expect(zh).toContain('条文沿革');
    expect(zh).toContain('Check <w:t>&amp; "this" later');
    expect(zh).toContain('second line');
    expect(text.get('tw')!).toContain('條文沿革');
    expect(text.get('netzdg')!).toContain('Entwicklung der Vorschrift');
    expect(text.get('sample-en')!).toContain('Article history');
  });

  it('is laid out on portrait A4 pages', async () => {
    for (const c of cases) {
      const { stdout } = await run('pdfinfo', [pdfs.get(c.name)!]);
      expect(stdout, c.name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/u);
    }
  });

  it('refuses a key that names no article', async () => {
    await expect(articleHistoryDocx({ ...sampleInput('zh', 'no-such~1') })).rejects.toThrow(/no-such~1/u);
  });
});
