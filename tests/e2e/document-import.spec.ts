/**
 * PDFs and web pages on the import page (issue 15), cold, on the built app: a German draft
 * printed as a PDF (running header, page numbers, line numbers, hyphenation) is uploaded, read by
 * pdf.js in the import worker (loaded only then), checked — the problems list what was left out —
 * and saved; the next reading comes as a web page, parsed in the page by the browser's
 * DOMParser, and the two compare. A PDF fetched from an address, rich text pasted from a web
 * page, and a two-column synopsis refused with its page named.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listArticles } from '../../src/model/doc.js';
import { importSource } from '../../src/model/import/index.js';
import { corpusDir } from '../helpers/corpus.js';
import { draftHtml, printPdf } from '../helpers/draft-pages.js';

const FILE = 'File (.txt, .md, .xml, .json, .docx, .pdf, .html)';
const read = (law: string, file: string): string => readFileSync(resolve(corpusDir, law, file), 'utf8');
const count = (text: string): number => listArticles(importSource(text).doc).length;

async function newLaw(page: Page) {
  await page.goto('./#/import');
  const form = page.locator('lawdiff-import-page');
  return form;
}

test('a PDF draft and the next reading as a web page: uploaded, checked, saved and compared', async ({ page, browser }) => {
  const [first, second] = [read('de-netzdg', '2021a.md'), read('de-netzdg', '2022.md')];
  const pdf = await printPdf(first, 'de', { header: 'Deutscher Bundestag – 19. Wahlperiode  Drucksache 19/1234', pageNumber: 'dash', lineNumbers: true, hyphens: true }, browser);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));

  const form = await newLaw(page);
  await form.getByRole('radio', { name: 'Upload a file' }).check();
  await form.getByLabel(FILE).setInputFiles({ name: 'drucksache.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(form.locator('.document-name')).toContainText('PDF drucksache.pdf');
  await expect(form.locator('textarea#text')).toHaveCount(0);
  await expect(form.locator('select#format option:checked')).toContainText('PDF with a text layer');
  // pdf.js is not loaded until the PDF is read.
  expect(scripts.filter((s) => /\/pdf(\.worker)?-/u.test(s))).toEqual([]);
  await page.getByLabel('Label', { exact: true }).fill('2021');
  await page.getByLabel('Date').fill('2021-06-03');
  await page.getByLabel('Jurisdiction').fill('DE');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toHaveText(`${count(first)} articles, read as PDF with a text layer.`, { timeout: 30_000 });
  await expect(form.locator('.preview li').first()).toContainText('§ 1');
  const problems = form.locator('lawdiff-problem-list');
  await expect(problems).toContainText('running header “Deutscher Bundestag – 19. Wahlperiode Drucksache 19/1234” left out on pages 1–');
  await expect(problems).toContainText('line numbers in the margin left out');
  await expect(problems).toContainText('hyphenated at the end of a line joined again');
  await expect(problems).toContainText('drucksache.pdf (page 1)');
  await page.screenshot({ path: '/tmp/import-pdf-preview.png', fullPage: true });
  await page.getByRole('button', { name: /^Save/u }).click();
  await expect(page).toHaveURL(/#\/law\/user-[a-z0-9-]+\/[a-z0-9-]+$/u);
  const folder = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  const firstId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
  await expect(page.locator('lawdiff-version-reader')).toContainText('Anwendungsbereich');

  await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
  await form.getByRole('radio', { name: 'Upload a file' }).check();
  await form.getByLabel(FILE).setInputFiles({ name: 'netzdg.html', mimeType: 'text/html', buffer: Buffer.from(draftHtml(second, 'de', { chrome: true })) });
  await expect(form.locator('.document-name')).toContainText('Web page netzdg.html');
  await page.getByLabel('Label', { exact: true }).fill('2022');
  await page.getByLabel('Date').fill('2022-05-01');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toHaveText(`${count(second)} articles, read as web page (HTML).`);
  await expect(problems).toContainText("only the page's main text read");
  // The page's scripts and handlers were never run, nor its text put into the page.
  expect(await page.evaluate(() => document.title)).not.toContain('injected');
  await page.getByRole('button', { name: /^Save/u }).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}/(?!add$)[a-z0-9-]+$`, 'u'));
  const secondId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
  await page.goto(`./#/law/${folder}/compare/${firstId}/${secondId}`);
  await expect(page.locator('lawdiff-compare-view section.article-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('lawdiff-compare-view')).toContainText('§ 3d');
});

test.describe('from an address and the clipboard', () => {
  let server: Server;
  let base = '';
  let pdf: Uint8Array;
  test.beforeAll(async ({ browser }) => {
    pdf = await printPdf(read('cn-data-security-law', '2021.md'), 'cn', { header: '数据安全法（草案）', pageNumber: 'cn' }, browser);
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
      res.end(pdf);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('a PDF fetched from an address is read as a document', async ({ page }) => {
    const form = await newLaw(page);
    await form.getByRole('radio', { name: 'From an address' }).check();
    await form.getByLabel('Address (URL) of a published text').fill(`${base}/draft.pdf`);
    await form.getByRole('button', { name: 'Fetch' }).click();
    await expect(form.locator('.document-name')).toContainText('PDF');
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect(form.locator('.preview .summary')).toHaveText(`${count(read('cn-data-security-law', '2021.md'))} articles, read as PDF with a text layer.`, { timeout: 30_000 });
    await expect(form.locator('lawdiff-problem-list')).toContainText('running header “数据安全法（草案）” left out');
  });

  test('rich text pasted from a web page goes into the box as its paragraphs and headings', async ({ page }) => {
    const form = await newLaw(page);
    const box = form.locator('textarea#text');
    await box.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'plain text that should not be used');
      data.setData('text/html', '<meta charset="utf-8"><nav><a href="/">Home</a></nav><h2>第一章　总则</h2><p>第一条　为了规范数据处理活动。<img src=x onerror="window.__pwned=1"></p><ol><li>甲</li><li>乙</li></ol><script>window.__pwned=2</script>');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(box).toHaveValue('## 第一章　总则\n\n第一条　为了规范数据处理活动。\n\n1. 甲\n\n2. 乙');
    await expect(form).toContainText('Pasted from a web page: 4 paragraphs; headings start with hash marks.');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a two-column synopsis is refused, naming the file and the page', async ({ page, browser }) => {
    const synopsis = await printPdf(read('cn-data-security-law', '2021.md'), 'cn', { twoColumns: true }, browser);
    const form = await newLaw(page);
    await form.getByRole('radio', { name: 'Upload a file' }).check();
    await form.getByLabel(FILE).setInputFiles({ name: '对照表.pdf', mimeType: 'application/pdf', buffer: Buffer.from(synopsis) });
    await page.getByRole('button', { name: 'Check the text' }).click();
    const problems = form.locator('lawdiff-problem-list');
    await expect(problems).toContainText('对照表.pdf (page 1)', { timeout: 30_000 });
    await expect(problems).toContainText('laid out in two columns side by side from page 1 on');
    await expect(form.locator('.unreadable')).toBeVisible();
  });
});
