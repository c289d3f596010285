/**
 * The comparison table in Word (issue 18), read by a real reader: the sample law (zh with a
 * Chinese interface, en with an English one, changed only), the Company Law (zh-Hans, changed
 * only) and the NetzDG (German interface). Each file is unzipped and every XML part parsed;
 * document.xml must carry w:strike / w:u on exactly the deleted / inserted words of the rows,
 * page fields in the footer, a gridSpan division row and a repeated header row; LibreOffice
 * converts them all to PDF (landscape A4) and text, and the text holds every article label
 * the rows show and the old and new lines of the changed articles.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildModel, filterRows, type ArticleRow, type Filter, type Row } from '../../../src/present/compare-model.js';
import type { ExportInput } from '../../../src/present/export-html.js';
import { comparisonTableDocx } from '../../../src/present/export/docx-table.js';
import { alignedBlocks, blockMarks, plainBlocks, rowCaption, sideLabels } from '../../../src/present/row-text.js';
import { en } from '../../../src/present/locales/en.js';
import { loadCatalogue, setCatalogue, type UiLanguage } from '../../../src/present/strings.js';
import { compareVersions } from '../../../src/diff/compare.js';
import { parseXml } from '../../../src/model/xml.js';
import { parseLaw } from '../../../src/model/validate.js';
import type { Law, VersionDoc } from '../../../src/model/types.js';
import { importCorpus, readCorpus } from '../../helpers/corpus.js';
import { pdfPages, readDocuments } from '../../helpers/libreoffice.js';
import { model, sample } from '../../helpers/sample.js';

const run = promisify(execFile);

interface Case {
  name: string;
  ui: UiLanguage;
  input: ExportInput;
}

function sampleInput(edition: 'zh' | 'en', oldId: string, newId: string, filter: Filter): ExportInput {
  const s = sample(edition);
  const { model: m, comparison } = model(edition, oldId, newId);
  const find = (id: string) => s.law.versions.find((v) => v.id === id)!;
  return {
    law: s.law,
    oldVersion: find(oldId),
    newVersion: find(newId),
    rows: filterRows(m.rows, filter),
    stats: comparison.stats,
    renumberedOnly: m.rows.filter((r) => r.type === 'article' && r.kind === 'renumbered').length,
    view: 'synopsis',
    filter,
    lang: { old: s.docs[oldId]!.language, new: s.docs[newId]!.language },
    generated: new Date('2025-09-01T12:00:00Z'),
  };
}

function corpusInput(folder: string, oldId: string, newId: string, filter: Filter): ExportInput {
  const law = parseLaw(readCorpus(folder, 'law.json')).law as Law;
  const find = (id: string) => law.versions.find((v) => v.id === id)!;
  const doc = (id: string): VersionDoc => importCorpus(`${folder}/${find(id).file}`);
  const comparison = compareVersions(doc(oldId), doc(newId));
  const m = buildModel(doc(oldId), doc(newId), comparison, { old: oldId, new: newId });
  return {
    law,
    oldVersion: find(oldId),
    newVersion: find(newId),
    rows: filterRows(m.rows, filter),
    stats: comparison.stats,
    renumberedOnly: m.rows.filter((r) => r.type === 'article' && r.kind === 'renumbered').length,
    view: 'synopsis',
    filter,
    lang: { old: doc(oldId).language, new: doc(newId).language },
    generated: new Date('2025-09-01T12:00:00Z'),
  };
}

/** Runs of a document.xml: their text and whether struck through or underlined. */
function runsOf(xml: string): { text: string; strike: boolean; dstrike: boolean; u: string | undefined }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)].map((m) => {
    const body = m[1]!;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]!).join('');
    return {
      text: text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&'),
      strike: /<w:strike\/>/u.test(body),
      dstrike: /<w:dstrike\/>/u.test(body),
      u: /<w:u w:val="(\w+)"/u.exec(body)?.[1],
    };
  });
}

/** Text with bidi isolates dropped and every run of white space (table cell breaks included) made one space. */
const flat = (s: string): string => s.replace(/[\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();
/** Same, without any white space: LibreOffice's text wraps cells anywhere. */
const squeeze = (s: string): string => s.replace(/[\u2066-\u2069\s]/gu, '');

function articleRows(input: ExportInput): ArticleRow[] {
  return input.rows.filter((r): r is ArticleRow => r.type === 'article');
}

/** The lines of one side of a row as the table prints them (plain text). */
function sideLines(row: ArticleRow, which: 'old' | 'new'): string[] {
  const arts = row[which].map((a) => a.article);
  if (arts.length === 0) return [];
  const marks = blockMarks(row.change, row.moves);
  const blocks =
    row.change.diff && row.old.length > 0 && row.new.length > 0
      ? alignedBlocks(row.change.diff, row.old.map((a) => a.article), row.new.map((a) => a.article), marks).flatMap((r) => (r[which] ? [r[which]] : []))
      : plainBlocks(arts, which === 'old' ? (row.new.length === 0 ? 'del' : '') : row.old.length === 0 ? 'ins' : '', marks.moves[which]);
  return blocks.flatMap((b) => (b.kind === 'line' ? [b.spans.map((s) => s.text).join('')] : []));
}

/** A reader's note that looks like markup: it must stay text. */
const NOTE = 'Ask about <w:t>this</w:t> & "that" </w:p>\nsecond line';

const cases: Case[] = [];
const docs = new Map<string, Uint8Array>();
let text = new Map<string, string>();
let pdfs = new Map<string, string>();
let done: (keepAs: string) => Promise<void> = async () => {};

beforeAll(async () => {
  const build = async (name: string, ui: UiLanguage, input: () => ExportInput): Promise<void> => {
    setCatalogue(ui, ui === 'en' ? en : await loadCatalogue(ui));
    const i = input();
    cases.push({ name, ui, input: i });
    docs.set(name, await comparisonTableDocx(i));
  };
  try {
    await build('sample-zh', 'zh-Hans', () => sampleInput('zh', 'first-draft', 'second-reading', 'all'));
    await build('sample-en', 'en', () => {
      const i = sampleInput('en', 'first-draft', 'second-reading', 'changed');
      const key = articleRows(i).find((r) => r.kind !== 'unchanged')!.key;
      const note = { id: 'n1', folder: 'f', key, text: NOTE, label: 'Article 1', created: '2025-08-30T10:00:00Z', updated: '2025-08-31T10:00:00Z' };
      return { ...i, notes: new Map([[key, [note]]]) };
    });
    await build('company-law', 'zh-Hans', () => corpusInput('cn-company-law', '2018', '2023', 'changed'));
    await build('netzdg', 'de', () => corpusInput('de-netzdg', '2021a', '2022', 'all'));
  } finally {
    setCatalogue('en', en);
  }
  ({ pdfs, text, done } = await readDocuments(docs, 'lawdiff-docx-table-'));
}, 180_000);

// To look at the documents: LAWDIFF_EXPORT_KEEP=<folder> keeps the .docx and their PDFs there.
afterAll(() => done('table'));

describe('comparisonTableDocx', () => {
  it('writes well-formed XML parts', () => {
    for (const [name, bytes] of docs) {
      const parts = unzipSync(bytes);
      expect(Object.keys(parts), name).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']));
      for (const [path, data] of Object.entries(parts)) {
        if (!/\.(xml|rels)$/u.test(path)) continue;
        const r = parseXml(strFromU8(data), { maxLength: 64 * 1024 * 1024, maxElements: 5_000_000 });
        expect(r.problems, `${name}: ${path}`).toEqual([]);
      }
    }
  });

  it('strikes through exactly the deleted words and underlines the inserted ones', () => {
    for (const c of cases) {
      const xml = strFromU8(unzipSync(docs.get(c.name)!)['word/document.xml']!);
      const runs = runsOf(xml);
      const struck = runs.filter((r) => r.strike).map((r) => r.text);
      const underlined = runs.filter((r) => r.u === 'single').map((r) => r.text);
      const dels: string[] = [];
      const inss: string[] = [];
      for (const row of articleRows(c.input)) {
        const diff = row.change.diff;
        if (!diff || row.old.length === 0 || row.new.length === 0) continue;
        for (const r of alignedBlocks(diff, row.old.map((a) => a.article), row.new.map((a) => a.article), blockMarks(row.change, row.moves))) {
          for (const s of r.old?.kind === 'line' ? r.old.spans : []) if (s.mark === 'del') dels.push(s.text);
          for (const s of r.new?.kind === 'line' ? r.new.spans : []) if (s.mark === 'ins') inss.push(s.text);
        }
      }
      expect(dels.length, c.name).toBeGreaterThan(0);
      expect(inss.length, c.name).toBeGreaterThan(0);
      // Every deleted span is a struck run and every inserted span an underlined one (headings and whole deleted/inserted articles add more).
      const left = [...struck];
      for (const d of dels) {
        const at = left.indexOf(d);
        expect(at, `${c.name}: deleted "${d}" is not a struck run`).toBeGreaterThanOrEqual(0);
        left.splice(at, 1);
      }
      const leftU = [...underlined];
      for (const d of inss) {
        const at = leftU.indexOf(d);
        expect(at, `${c.name}: inserted "${d}" is not an underlined run`).toBeGreaterThanOrEqual(0);
        leftU.splice(at, 1);
      }
      // Kept text is neither struck nor underlined.
      expect(runs.filter((r) => r.strike && r.u).length).toBe(0);
    }
  });

  it('marks a known change of the sample law: 第十五条 → 第十条', () => {
    const xml = strFromU8(unzipSync(docs.get('sample-zh')!)['word/document.xml']!);
    const row = articleRows(cases[0]!.input).find((r) => r.change.diff?.lines.some((l) => l.kind === 'changed'))!;
    const line = row.change.diff!.lines.find((l) => l.kind === 'changed')!;
    if (line.kind !== 'changed') throw new Error('unreachable');
    const del = line.ops.find((o) => o.op === 'delete')?.text;
    const ins = line.ops.find((o) => o.op === 'insert')?.text;
    const runs = runsOf(xml);
    if (del) expect(runs.some((r) => r.strike && r.text === del)).toBe(true);
    if (ins) expect(runs.some((r) => r.u === 'single' && r.text === ins)).toBe(true);
    expect(del ?? ins).toBeTruthy();
  });

  it('sets Chinese fonts and languages on law text, and no hyphenation in the table', () => {
    const parts = unzipSync(docs.get('sample-zh')!);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Sans CJK SC"/u);
    expect(xml).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/u);
    // Law text takes its fonts and language from its paragraph style, one per language.
    const zhStyles = strFromU8(parts['word/styles.xml']!);
    expect(zhStyles).toMatch(/w:styleId="LawdiffText-zh-CN"[\s\S]*?<w:rFonts [^>]*w:eastAsia="Noto Sans CJK SC"[\s\S]*?<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>[\s\S]*?<\/w:style>/u);
    expect(xml).toMatch(/<w:pStyle w:val="LawdiffText-zh-CN"\/>/u);
    const de = strFromU8(unzipSync(docs.get('netzdg')!)['word/document.xml']!);
    expect(de).toMatch(/<w:lang w:val="de-DE"\/>/u);
    expect(strFromU8(unzipSync(docs.get('netzdg')!)['word/styles.xml']!)).toMatch(/w:styleId="LawdiffText-de-DE"[\s\S]*?<w:pPr><w:suppressAutoHyphens\/>[\s\S]*?<w:lang w:val="de-DE"\/>/u);
    const styles = strFromU8(unzipSync(docs.get('netzdg')!)['word/styles.xml']!);
    expect(styles).toMatch(/w:styleId="LawdiffCell"[\s\S]*?<w:pPr><w:suppressAutoHyphens\/>/u);
    expect(strFromU8(unzipSync(docs.get('netzdg')!)['word/settings.xml']!)).toMatch(/<w:autoHyphenation w:val="(false|0)"\/>/u);
  });

  it('repeats a header row, spans division rows over all columns, and numbers pages in the UI language', () => {
    for (const c of cases) {
      const parts = unzipSync(docs.get(c.name)!);
      const xml = strFromU8(parts['word/document.xml']!);
      expect(xml, c.name).toMatch(/<w:tblHeader\/>/u);
      const explained = articleRows(c.input).some((r) => r.annotations.length > 0);
      const divisions = c.input.rows.filter((r) => r.type === 'division');
      if (divisions.length > 0) {
        const span = new RegExp(`<w:gridSpan w:val="${explained ? 3 : 2}"/>[\\s\\S]*?<w:t[^>]*>${divisions[0]!.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}</w:t>`, 'u');
        expect(xml, c.name).toMatch(span);
      }
      const footer = Object.entries(parts).find(([p]) => /^word\/footer\d*\.xml$/u.test(p))![1];
      const f = strFromU8(footer);
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
      expect(f).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/u);
      const words = { en: 'Page', 'zh-Hans': '页', 'zh-Hant': '頁', de: 'Seite', 'en-XA': 'Page' }[c.ui];
      expect(f).toContain(words);
      const header = strFromU8(Object.entries(parts).find(([p]) => /^word\/header\d*\.xml$/u.test(p))![1]);
      expect(header).toContain(c.input.law.title[c.input.lang.new.startsWith('zh') ? 'zh' : c.input.lang.new] ?? '');
    }
  });

  it('has a third column for the explanations when a row has one (the sample law), and two columns otherwise', () => {
    const zh = strFromU8(unzipSync(docs.get('sample-zh')!)['word/document.xml']!);
    const cols = (xml: string) => (/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/u.exec(xml)?.[1]?.match(/<w:gridCol /gu) ?? []).length;
    const explained = articleRows(cases[0]!.input).filter((r) => r.annotations.length > 0);
    expect(explained.length).toBeGreaterThan(0);
    expect(cols(zh)).toBe(3);
    expect(flat(text.get('sample-zh')!)).toContain(flat(explained[0]!.annotations[0]!.text.split('\n')[0]!));
    const de = strFromU8(unzipSync(docs.get('netzdg')!)['word/document.xml']!);
    expect(cols(de)).toBe(articleRows(cases[3]!.input).some((r) => r.annotations.length > 0) ? 3 : 2);
  });

  it('LibreOffice reads every article label shown and the old and new texts of the changed articles', () => {
    for (const c of cases) {
      const t = squeeze(text.get(c.name)!);
      const rows = articleRows(c.input);
      expect(rows.length, c.name).toBeGreaterThan(0);
      if (c.input.filter === 'changed') expect(rows.every((r) => r.kind !== 'unchanged')).toBe(true);
      for (const row of rows) {
        if (row.new.length > 0) expect(t.includes(squeeze(sideLabels(row.new))), `${c.name}: ${sideLabels(row.new)}`).toBe(true);
        if (row.kind === 'unchanged') continue;
        for (const l of [...sideLines(row, 'old'), ...sideLines(row, 'new')]) expect(t.includes(squeeze(l)), `${c.name} ${row.key}: ${l}`).toBe(true);
      }
    }
  });

  it('labels moved, renumbered, split and merged articles as the viewer does (Company Law)', async () => {
    const c = cases.find((x) => x.name === 'company-law')!;
    setCatalogue('zh-Hans', await loadCatalogue('zh-Hans'));
    try {
      const t = squeeze(text.get(c.name)!);
      const rows = articleRows(c.input);
      for (const kind of ['moved', 'renumbered', 'split', 'inserted', 'deleted'] as const) expect(rows.some((r) => r.kind === kind), kind).toBe(true);
      for (const row of rows) {
        const cap = rowCaption(row);
        for (const part of [cap.badge, cap.was, cap.note]) if (part) expect(t.includes(squeeze(part)), `${row.key}: ${part}`).toBe(true);
      }
    } finally {
      setCatalogue('en', en);
    }
  });

  it("puts the reader's note under its article, as typed", () => {
    const t = text.get('sample-en')!;
    expect(t).toContain('Ask about <w:t>this</w:t> & "that" </w:p>');
    expect(t).toContain('second line');
    expect(t).toMatch(/Your note, Aug 31, 2025:/u);
    expect(text.get('sample-zh')!).not.toContain('Ask about');
  });

  it('the interface words are in the UI language, the law in its own', () => {
    const zh = text.get('sample-zh')!;
    expect(zh).toContain('修改前后对照表');
    expect(zh).toContain('政府数据开放法');
    const de = text.get('netzdg')!;
    expect(de).toContain('Synopse');
    expect(de).toContain('Netzwerkdurchsetzungsgesetz');
    expect(text.get('sample-en')!).toContain('Comparison table');
  });

  it('LibreOffice lays it out on landscape A4 pages', async () => {
    for (const c of cases) {
      const { stdout } = await run('pdfinfo', [pdfs.get(c.name)!]);
      expect(stdout, c.name).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/u);
    }
    const pages = await pdfPages(pdfs.get('sample-zh')!, join(dirname(pdfs.get('sample-zh')!), 'zh'), { first: 1, last: 1, dpi: 40 });
    expect(pages.length).toBe(1);
    expect(readFileSync(pages[0]!).length).toBeGreaterThan(1000);
  });
});

/** How long the BGB (2013 → 2022, all §§) takes and how big it is: LAWDIFF_MEASURE_BGB=1 (no timing is asserted). */
describe.runIf(process.env.LAWDIFF_MEASURE_BGB)('the BGB', () => {
  it('exports', async () => {
    const folder = 'de-bgb';
    const law = parseLaw(readCorpus(folder, 'law.json')).law as Law;
    const [a, b] = [law.versions[0]!, law.versions[law.versions.length - 1]!];
    const input = corpusInput(folder, a.id, b.id, 'all');
    const changed = corpusInput(folder, a.id, b.id, 'changed');
    for (const [name, i] of [['all', input], ['changed', changed]] as const) {
      const t = performance.now();
      const bytes = await comparisonTableDocx(i);
      console.log(`BGB ${a.id} → ${b.id} (${name}): ${i.rows.length} rows, ${(bytes.length / 1024).toFixed(0)} KB, ${(performance.now() - t).toFixed(0)} ms`);
      expect(bytes.length).toBeGreaterThan(0);
    }
  }, 600_000);
});

export type { Row };
