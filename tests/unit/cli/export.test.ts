/**
 * `lawdiff export` run in-process through `main(argv)` on a corpus law (the Company Law, 2018 →
 * 2023): every format written and opened by LibreOffice, the default file name, standard output
 * with `-o -`, the interface language, and bad arguments refused with exit code 2.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { setCatalogue, type Strings } from '../../../src/present/strings.js';
import { en } from '../../../src/present/locales/en.js';
import { corpusPath, repoRoot } from '../../helpers/corpus.js';
import { convert, scratch } from '../../helpers/libreoffice.js';

const oldFile = corpusPath('cn-company-law', '2018.md');
const newFile = corpusPath('cn-company-law', '2023.md');
const hasWord = existsSync(join(repoRoot, 'src/present/export/docx-table.ts')) && existsSync(join(repoRoot, 'src/present/export/docx-tracked.ts'));

/** Runs the command line in this process, capturing what it writes (stdout as bytes). */
async function lawdiff(...argv: string[]): Promise<{ code: number; stdout: Uint8Array; stderr: string }> {
  const out: Uint8Array[] = [];
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout: new Uint8Array(Buffer.concat(out)), stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    setCatalogue('en', en as Strings);
  }
}

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('lawdiff export', () => {
  let dir = '';
  let done: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    ({ dir, done } = await scratch('lawdiff-export-cli-'));
  });
  afterAll(() => done());

  it('writes csv and xlsx for the Company Law; Calc reads the xlsx as the same table as the csv', async () => {
    for (const format of ['csv', 'xlsx']) {
      const r = await lawdiff('export', oldFile, newFile, '--format', format, '-o', join(dir, `company.${format}`));
      expect([r.code, r.stderr, text(r.stdout)]).toEqual([0, '', '']);
    }
    const csv = await readFile(join(dir, 'company.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFChange,Old number,New number,Division,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(csv).toContain('第一章 总则');
    const [calc] = await convert([join(dir, 'company.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76', join(dir, 'calc'));
    const theirs = (await readFile(calc!, 'utf8')).replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n').trimEnd();
    expect(theirs).toBe(csv.slice(1).replace(/\r\n/gu, '\n').trimEnd());
  });

  it.skipIf(!hasWord)('writes the comparison table and the tracked changes as Word files LibreOffice opens', async () => {
    for (const format of ['docx-table', 'docx-tracked']) {
      const r = await lawdiff('export', oldFile, newFile, '--format', format, '--changed', '-o', join(dir, `${format}.docx`));
      expect([r.code, r.stderr]).toEqual([0, '']);
      const parts = unzipSync(new Uint8Array(await readFile(join(dir, `${format}.docx`))));
      expect(Object.keys(parts)).toContain('word/document.xml');
    }
    const txts = await convert([join(dir, 'docx-table.docx'), join(dir, 'docx-tracked.docx')], 'txt:Text (encoded):UTF8', join(dir, 'txt'));
    for (const t of txts) {
      const body = await readFile(t, 'utf8');
      expect(body).toContain('中华人民共和国公司法');
      expect(body).toMatch(/第二百[一-九十]*条/u);
    }
  });

  it('names the file like the HTML export in the current folder, and prints its path; -o - writes to standard output', async () => {
    const here = process.cwd();
    process.chdir(dir);
    try {
      const r = await lawdiff('export', oldFile, newFile, '--format', 'csv', '--lang', 'zh-Hans');
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(text(r.stdout).trim()).toBe(join(dir, 'cn-company-law_2018_2023.csv'));
    } finally {
      process.chdir(here);
    }
    expect(await readdir(dir)).toContain('cn-company-law_2018_2023.csv');
    const zh = await readFile(join(dir, 'cn-company-law_2018_2023.csv'), 'utf8');
    expect(zh.startsWith('\uFEFF修改类型,原条文序号,新条文序号,所在章节,')).toBe(true);
    expect(zh).toContain('\r\n新增,');
    const piped = await lawdiff('export', oldFile, newFile, '--format', 'xlsx', '-o', '-');
    expect(piped.code).toBe(0);
    expect(Object.keys(unzipSync(piped.stdout))).toContain('xl/worksheets/sheet1.xml');
    expect(piped.stdout).toEqual(new Uint8Array(await readFile(join(dir, 'company.xlsx'))));
  });

  it.each([
    [['--format', 'pdf'], /export --format takes one of docx-table, docx-tracked, xlsx, csv; got pdf/u],
    [['--format'], /export --format takes one of .*; got nothing/u],
    [[], /export needs --format/u],
    [['--format', 'csv', '--lang', 'fr'], /--lang takes one of en, zh-Hans, zh-Hant, de; got fr/u],
    [['--format', 'csv', '--from', 'docx2'], /--from takes one of/u],
  ])('refuses %j with exit code 2', async (extra, message) => {
    const r = await lawdiff('export', oldFile, newFile, ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('lawdiff export <old> <new> --format');
  });

  it('needs two readings', async () => {
    const r = await lawdiff('export', oldFile, '--format', 'csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/export needs two files or URLs/u);
  });
});
