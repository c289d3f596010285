/**
 * The spreadsheet of changes (issue 18): its rows for the sample law against the engine's own
 * counts, CSV quoting of hostile labels, and the .xlsx read back by a real reader — its XML parts
 * parsed, and LibreOffice Calc's CSV of it equal to ours.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { buildModel, filterRows, type Filter } from '../../../src/present/compare-model.js';
import { exportInput } from '../../../src/present/export/input.js';
import { sheetCsv, sheetRows, sheetXlsx, type SheetInput, type SheetRow } from '../../../src/present/export/sheet.js';
import { columnName } from '../../../src/present/export/xlsx.js';
import { setCatalogue, useLanguage, type Strings } from '../../../src/present/strings.js';
import { en } from '../../../src/present/locales/en.js';
import { parseXml, type XmlElement } from '../../../src/model/xml.js';
import type { Article, Law, VersionDoc } from '../../../src/model/types.js';
import { sample } from '../../helpers/sample.js';
import { convert, scratch, writeAll } from '../../helpers/libreoffice.js';

/** The export input of two readings of the sample law, as the viewer builds it. */
function sampleInput(edition: 'zh' | 'en', filter: Filter, oldId = 'first-draft', newId = 'second-reading', granularity: 'word' | 'char' = 'word') {
  const s = sample(edition);
  const comparison = compareVersions(s.docs[oldId]!, s.docs[newId]!, { granularity });
  const m = buildModel(s.docs[oldId]!, s.docs[newId]!, comparison, { old: oldId, new: newId }, s.history, { docs: s.docs, versions: s.law.versions });
  const input = exportInput({
    law: s.law,
    oldId,
    newId,
    result: { comparison, granularity },
    rows: filterRows(m.rows, filter),
    allRows: m.rows,
    view: 'synopsis',
    filter,
    lang: { old: s.docs[oldId]!.language, new: s.docs[newId]!.language },
    generated: new Date('2026-01-02T00:00:00Z'),
    link: (key) => `https://example.org/lawdiff/#/law/x/compare/${oldId}/${newId}?a=${encodeURIComponent(key)}`,
  });
  return { input, comparison, model: m };
}

function countKinds(rows: readonly SheetRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}

/** RFC 4180 records (CRLF or LF between them), quoted fields unquoted. Fails loudly on a stray quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** Every XML part of a zip parsed; returns them by path. Fails loudly on a part that does not parse. */
function xmlParts(zip: Uint8Array): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (!/\.(xml|rels)$/u.test(path)) continue;
    const r = parseXml(new TextDecoder().decode(bytes));
    if (!r.root) throw new Error(`${path} is not well-formed: ${JSON.stringify(r.problems)}`);
    out.set(path, r.root);
  }
  return out;
}

describe('the sheet of the sample law (first draft → second reading)', () => {
  it.each(['zh', 'en'] as const)('%s: one row per change, counted as the engine counts them', (edition) => {
    const { input, comparison } = sampleInput(edition, 'all');
    const s = comparison.stats;
    const rows = sheetRows(input);
    const kinds = countKinds(rows);
    expect(rows.length).toBeGreaterThan(5);
    expect(kinds.unchanged).toBeUndefined();
    expect(kinds.inserted ?? 0).toBe(s.inserted);
    expect(kinds.deleted ?? 0).toBe(s.deleted);
    expect(kinds.moved ?? 0).toBe(s.moved);
    expect(kinds.renumbered ?? 0).toBe(s.renumberedOnly);
    expect(kinds.split ?? 0).toBe(s.split);
    expect(kinds.merged ?? 0).toBe(s.merged);
    expect(kinds.references ?? 0).toBe(s.referencesOnly);
    const movedReworded = comparison.changes.filter((c) => c.kind === 'matched' && c.moved && c.textChanged).length;
    expect((kinds.reworded ?? 0) + (kinds.references ?? 0) + movedReworded).toBe(s.textChanged);
    // The words of every row add up to the comparison's.
    expect(rows.reduce((n, r) => n + r.added, 0)).toBe(s.wordsInserted);
    expect(rows.reduce((n, r) => n + r.removed, 0)).toBe(s.wordsDeleted);
    for (const r of rows) {
      expect(r.link).toContain(`a=${encodeURIComponent(r.key)}`);
      if (r.kind === 'inserted' || r.kind === 'deleted') expect(r.similarity).toBeUndefined();
      else expect(r.similarity).toBeGreaterThanOrEqual(0);
      if (r.kind === 'inserted') expect([r.old, r.new.length > 0, r.removed]).toEqual(['', true, 0]);
      if (r.kind === 'deleted') expect([r.new, r.old.length > 0, r.added]).toEqual(['', true, 0]);
    }
  });

  it('zh by characters: the counts are of characters, as the engine counts them, and the headings say so', () => {
    const { input, comparison } = sampleInput('zh', 'changed', 'first-draft', 'final', 'char');
    const rows = sheetRows(input);
    expect(rows.reduce((n, r) => n + r.added, 0)).toBe(comparison.stats.wordsInserted);
    expect(rows.reduce((n, r) => n + r.removed, 0)).toBe(comparison.stats.wordsDeleted);
    expect(rows.filter((r) => r.kind === 'inserted').length).toBe(comparison.stats.inserted);
    expect(parseCsv(sheetCsv(input).slice(1))[0]!.slice(4, 6)).toEqual(['Characters added', 'Characters removed']);
  });

  it('zh: numbers and divisions as printed; the explanations the rows carry', () => {
    const { input, model } = sampleInput('zh', 'all');
    const rows = sheetRows(input);
    for (const r of rows) {
      const row = model.rows[model.indexOfKey.get(r.key)!]!;
      if (row.type !== 'article') throw new Error('not an article row');
      expect(r.new).toBe(row.new.map((a) => a.article.label).join(' + '));
      expect(r.old).toBe(row.old.map((a) => a.article.label).join(' + '));
      expect(r.division).toBe((row.new[0] ?? row.old[0])!.path.join(' › '));
      expect(r.explained).toBe(row.annotations.some((a) => a.kind === 'explanation'));
    }
    expect(rows.some((r) => /^第.+章/u.test(r.division))).toBe(true);
    expect(rows.some((r) => r.explained)).toBe(true);
  });

  it.each(['changed', 'inserted', 'deleted', 'moved', 'renumbered'] as const)('filter %s: the rows the filter keeps', (filter) => {
    const all = sheetRows(sampleInput('en', 'all').input);
    const { input, comparison } = sampleInput('en', filter);
    const rows = sheetRows(input);
    if (filter === 'changed') expect(rows).toEqual(all);
    else expect(rows).toEqual(all.filter((r) => r.kind === filter));
    if (filter === 'inserted') expect(rows).toHaveLength(comparison.stats.inserted);
  });

  it('the CSV: a BOM, CRLF, a header in the UI language, then the rows', async () => {
    const { input } = sampleInput('zh', 'all');
    const csv = sheetCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual(['Change', 'Old number', 'New number', 'Division', 'Words added', 'Words removed', 'Similarity', 'Explanation', 'Link']);
    expect(table.slice(1).map((r) => r.slice(1, 4))).toEqual(sheetRows(input).map((r) => [r.old, r.new, r.division]));
    await useLanguage('zh-Hans');
    try {
      const zh = parseCsv(sheetCsv(input).slice(1));
      expect(zh[0]!.slice(0, 3)).toEqual(['修改类型', '原条文序号', '新条文序号']);
      expect(new Set(zh.slice(1).map((r) => r[0]))).toContain('新增');
    } finally {
      setCatalogue('en', en as Strings);
    }
  });
});

/** Two tiny English readings whose labels and division titles carry what CSV and XML must escape. */
function hostileInput(): SheetInput {
  const art = (num: string, label: string, text: string): Article => ({ kind: 'article', label, num, heading: '', paragraphs: [{ num: '', text, items: [] }] });
  const doc = (articles: Article[]): VersionDoc => ({
    format: 'lawdiff-version/1',
    title: 'T',
    language: 'en',
    metadata: {},
    preamble: [],
    body: [{ kind: 'division', type: 'chapter', label: 'Chapter 1, "quoted"', num: '1', heading: 'A <b>&amp;</b>\nsecond line', text: [], children: articles }],
    annexes: [],
    annotations: [],
  });
  const oldDoc = doc([art('1', 'Art. 1', 'The same words stay here.'), art('2', '=HYPERLINK("http://x")', 'This article is going away for good.')]);
  const newDoc = doc([art('1', 'Art. 1, "one"', 'The same words stay here, with more.'), art('3', 'Art.\n3', 'A new article, with a comma.')]);
  const comparison = compareVersions(oldDoc, newDoc);
  const m = buildModel(oldDoc, newDoc, comparison, { old: 'a', new: 'b' });
  const law: Law = { id: 'x', title: { en: 'X' }, jurisdiction: '', language: 'en', versions: [{ id: 'a', label: 'A', stage: '', date: '' }, { id: 'b', label: 'B', stage: '', date: '' }] };
  return exportInput({ law, oldId: 'a', newId: 'b', result: { comparison }, rows: m.rows, view: 'synopsis', filter: 'all', lang: { old: 'en', new: 'en' }, generated: new Date(0), link: (k) => `https://example.org/#/?a=${k}&b="x"` });
}

describe('hostile labels', () => {
  it('the CSV quotes commas, quotes and newlines, and keeps formulas text', () => {
    const input = hostileInput();
    const rows = sheetRows(input);
    const csv = sheetCsv(input);
    const table = parseCsv(csv.slice(1));
    expect(table.slice(1).map((r) => r.length)).toEqual(rows.map(() => 9));
    const byKind = new Map(table.slice(1).map((r) => [r[0], r]));
    expect(byKind.get('Reworded')!.slice(1, 4)).toEqual(['Art. 1', 'Art. 1, "one"', 'Chapter 1, "quoted" A <b>&amp;</b>\nsecond line']);
    expect(byKind.get('Inserted')![2]).toBe('Art.\n3');
    expect(byKind.get('Deleted')![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(csv).toContain('"Art. 1, ""one"""');
  });
});

describe('the .xlsx, read by a real reader', () => {
  let dir = '';
  let done: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    ({ dir, done } = await scratch('lawdiff-sheet-'));
  });
  afterAll(() => done());

  it('is a zip of well-formed SpreadsheetML parts: frozen bold header, autofilter, numbers, hyperlinks', () => {
    const { input } = sampleInput('zh', 'all');
    const parts = xmlParts(sheetXlsx(input));
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml']);
    const sheet = new TextDecoder().decode(unzipSync(sheetXlsx(input))['xl/worksheets/sheet1.xml']!);
    const n = sheetRows(input).length;
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain(`<autoFilter ref="A1:I${n + 1}"/>`);
    expect(sheet).toMatch(/<c r="E2"><v>\d+<\/v><\/c>/u);
    expect(sheet.match(/<hyperlink /gu)).toHaveLength(n);
    expect(sheet).toMatch(/<c r="A1" s="1" t="inlineStr">/u);
    expect(sheetXlsx(input)).toEqual(sheetXlsx(input));
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('LibreOffice Calc opens it and its CSV equals ours (zh, en, hostile labels)', async () => {
    const inputs = { zh: sampleInput('zh', 'all').input, en: sampleInput('en', 'changed').input, hostile: hostileInput() };
    const files = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [`${name}.xlsx`, sheetXlsx(input)]));
    const paths = await writeAll(dir, files);
    const csvs = await convert(paths, 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
    for (const [i, [name, input]] of Object.entries(inputs).entries()) {
      const theirs = parseCsv((await readFile(csvs[i]!, 'utf8')).replace(/^\uFEFF/u, ''));
      // Ours keeps a formula-like text as text with an apostrophe; Calc's CSV writes the cell as it is.
      const ours = parseCsv(sheetCsv(input).slice(1)).map((r) => r.map((f) => f.replace(/^'(?=[=+\-@])/u, '')));
      expect(theirs, name).toHaveLength(sheetRows(input).length + 1);
      expect(theirs, name).toEqual(ours);
    }
  });
});
