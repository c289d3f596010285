/**
 * "Save as PDF" of a comparison (issue 18): the print stylesheet is the PDF path. Chromium prints
 * the comparison shown to a PDF (page.pdf, the print media of the built app), and poppler's
 * pdftotext reads it back: every page carries the running header with the law and the two
 * readings and "Page N of M" in the interface's language, the first page the printed head, and no
 * page carries a control of the viewer. On the sample law in 简体中文 and English, and on a
 * German corpus law in German.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_PORT } from '../helpers/ports.js';

const run = promisify(execFile);

/** The PDF's text, page by page. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lawdiff-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\f').filter((p) => p.trim() !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the comparison open in `page` as the browser's "Save as PDF" would (print media, the page size of the CSS). */
async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('lawdiff-compare-view .print-head')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfPages(pdf);
}

const cases = [
  {
    name: 'the sample law in 简体中文',
    url: './#/law/fictional-open-data-law-zh/compare/first-draft/second-reading?lang=zh-Hans',
    header: ['政府数据开放法', '→'],
    page: (i: number, n: number) => `第 ${i} 页，共 ${n} 页`,
    head: '较早文本',
    controls: ['下载为 HTML', '复制链接'],
  },
  {
    name: 'the sample law in English',
    url: './#/law/fictional-open-data-law-en/compare/first-draft/second-reading?lang=en',
    header: ['Open Government Data Law', 'First draft → Second reading draft'],
    page: (i: number, n: number) => `Page ${i} of ${n}`,
    head: 'Older reading',
    controls: ['Download as HTML', 'Copy link', 'Explanation documents'],
  },
  {
    name: 'the NetzDG (corpus) in Deutsch',
    url: `http://127.0.0.1:${CORPUS_PORT}/#/law/de-netzdg/compare/2021a/2022?lang=de`,
    header: ['Netzwerkdurchsetzungsgesetz', '→'],
    page: (i: number, n: number) => `Seite ${i} von ${n}`,
    head: 'Ältere Fassung',
    controls: ['Als HTML herunterladen', 'Link kopieren'],
  },
];

for (const c of cases) {
  test(`Save as PDF of ${c.name}: the law and the readings atop every page, page numbers, no controls`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(c.url);
    await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 30_000 });
    const pages = await printed(page);
    expect(pages.length).toBeGreaterThan(0);
    for (const [i, text] of pages.entries()) {
      const flat = text.replace(/\s+/gu, ' ');
      for (const h of c.header) expect(flat, `page ${i + 1}: running header`).toContain(h);
      expect(flat, `page ${i + 1}: page number`).toContain(c.page(i + 1, pages.length));
      for (const control of c.controls) expect(flat, `page ${i + 1}: no control`).not.toContain(control);
    }
    expect(pages[0]!.replace(/\s+/gu, ' ')).toContain(c.head);
  });
}
