/**
 * Documents out from the viewer (issue 18): "Word, Excel…" beside "Download as HTML" gives the
 * comparison as shown as a Word comparison table, Word tracked changes, an Excel and a CSV list
 * of changes, and the history panel gives one article's history as Word. Each download is a real
 * file: a zip whose XML parts parse (the Word and Excel files), with the law's text and the
 * revisions or marks in it. (LibreOffice reads the same writers' files in the unit tests,
 * tests/unit/export.) On the sample law in 简体中文 at 1280 px and in English at 390 px, and on a
 * corpus law, in a fresh browser each time.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parseXml } from '../../src/model/xml.js';
import { CORPUS_PORT } from '../helpers/ports.js';

/** The downloaded file's bytes. */
async function bytes(d: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await d.path())!));
}

/** Every XML part of an Office file, parsed (a part that does not parse fails the test); returns them by name. */
function parts(file: Uint8Array): Record<string, string> {
  const entries = unzipSync(file);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (!/\.(xml|rels)$/u.test(name)) continue;
    const text = strFromU8(data);
    const parsed = parseXml(text);
    expect(parsed.problems, `${name} is well-formed XML`).toEqual([]);
    out[name] = text;
  }
  return out;
}

/** Opens "Word, Excel…" and downloads one of its formats. */
async function downloadFormat(page: Page, menu: string, item: RegExp): Promise<Download> {
  const toolbar = page.locator('lawdiff-compare-toolbar');
  await toolbar.getByText(menu, { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), toolbar.getByRole('button', { name: item }).click()]);
  return download;
}

test('the sample law in 简体中文: a Word table, Word tracked changes, Excel and CSV of the comparison as shown', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/law/fictional-open-data-law-zh/compare/first-draft/second-reading?lang=zh-Hans');
  await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 30_000 });

  const table = await downloadFormat(page, 'Word、Excel…', /修改前后对照表/u);
  expect(table.suggestedFilename()).toBe('fictional-open-data-law-zh_first-draft_second-reading_table.docx');
  const t = parts(await bytes(table));
  const doc = t['word/document.xml']!;
  expect(doc).toContain('第四条');
  expect(doc).toMatch(/<w:strike\/>|<w:strike w:val="(true|1)"\/>/u);
  expect(doc).toMatch(/<w:u w:val="single"\/>/u);
  expect(doc).toContain('w:gridSpan');
  // The menu closed after the choice.
  await expect(page.locator('lawdiff-compare-toolbar details.more-formats')).not.toHaveAttribute('open', '');

  const tracked = await downloadFormat(page, 'Word、Excel…', /修订模式/u);
  const k = parts(await bytes(tracked))['word/document.xml']!;
  expect(k).toMatch(/<w:ins w:id="\d+" w:author="lawdiff"/u);
  expect(k).toMatch(/<w:del w:id="\d+" w:author="lawdiff"/u);
  expect(k).toContain('第四条');

  const xlsx = await downloadFormat(page, 'Word、Excel…', /Excel/u);
  const x = parts(await bytes(xlsx));
  const sheet = Object.entries(x).find(([n]) => /^xl\/worksheets\/sheet\d*\.xml$/u.test(n))?.[1] ?? '';
  expect(sheet).toContain('第四条');
  // Each row links to its article in lawdiff (a hyperlink: the sheet's relationships hold the address).
  expect(Object.entries(x).some(([n, v]) => n.startsWith('xl/worksheets/_rels/') && v.includes('compare/first-draft/second-reading?a=first-draft~'))).toBe(true);

  const csv = await downloadFormat(page, 'Word、Excel…', /CSV/u);
  const raw = await bytes(csv);
  // UTF-8 with its byte order mark, so that Excel reads the Chinese.
  expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(raw);
  expect(text).toContain('\r\n');
  expect(text).toContain('第四条');
});

test('at 390 px in English: the formats menu fits the screen, and the history panel gives the article’s history as Word', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/law/fictional-open-data-law-en/compare/first-draft/second-reading?history=first-draft~15');
  const history = page.locator('lawdiff-article-history');
  await expect(history.getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
  const [word] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), history.getByRole('button', { name: 'Download as Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/_history\.docx$/u);
  const doc = parts(await bytes(word))['word/document.xml']!;
  expect(doc).toContain('Article 15');
  expect(doc).toContain('Article 4');

  await page.goto('./#/law/fictional-open-data-law-en/compare/first-draft/second-reading');
  await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 30_000 });
  const toolbar = page.locator('lawdiff-compare-toolbar');
  await toolbar.getByText('Word, Excel…', { exact: true }).click();
  for (const name of ['Word: comparison table (.docx)', 'Word: tracked changes (.docx)', 'Excel: list of changes (.xlsx)', 'CSV: list of changes (.csv)']) {
    const box = await toolbar.getByRole('button', { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
  }
});

test('a corpus law (Company Law 2018 → 2023): the Word table of the changed articles opens as a document with every changed article', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${CORPUS_PORT}/#/law/cn-company-law/compare/2018/2023?filter=changed`);
  await expect(page.locator('lawdiff-compare-view .article-row').first()).toBeVisible({ timeout: 60_000 });
  const table = await downloadFormat(page, 'Word, Excel…', /comparison table/u);
  const doc = parts(await bytes(table))['word/document.xml']!;
  // The last article of the 2023 law, and a deletion and an insertion marked as Word formatting.
  expect(doc).toContain('第二百六十六条');
  expect(doc).toMatch(/<w:strike\/>|<w:strike w:val="(true|1)"\/>/u);
  expect((doc.match(/<w:tr[ >]/gu) ?? []).length).toBeGreaterThan(200);
});
