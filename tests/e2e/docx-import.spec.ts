/**
 * Word documents on the New law page (issue 15): a .docx written by the tests from a corpus law
 * (tests/helpers/docx-fixtures.ts) is uploaded, shown as a document instead of a text box, read
 * in the import worker (its bytes transferred), and checked: the preview counts the law's
 * articles, the problems say the tracked changes were accepted and the table was read as text.
 * Saved, a second Word reading is added and the two compare.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listArticles } from '../../src/model/doc.js';
import { importSource } from '../../src/model/import/index.js';
import { corpusDir } from '../helpers/corpus.js';
import { makeDocx } from '../helpers/docx-fixtures.js';

const MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const law = (file: string): string => readFileSync(resolve(corpusDir, 'cn-counter-espionage-law', file), 'utf8');
const count = (text: string): number => listArticles(importSource(text).doc).length;

test('a Word document is uploaded as a new law, checked, saved, and compared with a second Word reading', async ({ page }) => {
  const [old2014, new2023] = [law('2014.md'), law('2023.md')];
  const [a, b] = await Promise.all([makeDocx(old2014, 'cn'), makeDocx(new2023, 'cn')]);

  await page.goto('./#/');
  await page.getByRole('link', { name: 'New law' }).click();
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  const file = page.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)');
  await expect(file).toHaveAttribute('accept', /\.docx/u);
  await file.setInputFiles({ name: '反间谍法-2014.docx', mimeType: MIME, buffer: Buffer.from(a.bytes) });
  const form = page.locator('lawdiff-import-page');
  await expect(form.locator('.document-name')).toContainText('Word document 反间谍法-2014.docx');
  await expect(form.locator('textarea#text')).toHaveCount(0);
  await expect(form.locator('select#format option:checked')).toContainText('Word document (.docx)');
  await page.getByLabel('Label', { exact: true }).fill('2014');
  await page.getByLabel('Date').fill('2014-11-01');
  await page.getByLabel('Jurisdiction').fill('CN');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toHaveText(`${count(old2014)} articles, read as Word document (.docx).`);
  await expect(form.locator('.preview li').first()).toContainText('第一条');
  const problems = form.locator('lawdiff-problem-list');
  await expect(problems).toContainText('read as if all were accepted');
  await expect(problems).toContainText('table 1 (paragraph');
  await expect(problems).toContainText('反间谍法-2014.docx');
  await expect(page.getByLabel('Title')).toHaveValue('中华人民共和国反间谍法');
  await page.screenshot({ path: '/tmp/import-docx-preview.png', fullPage: true });
  await page.getByRole('button', { name: /^Save/u }).click();
  await expect(page).toHaveURL(/#\/law\/user-law-[a-z0-9]+\/[a-z0-9-]+$/u);
  const folder = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  const firstId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
  await expect(page.locator('lawdiff-version-reader')).toContainText('第一条');

  // A second reading, also from Word; checking it twice sends the document twice (its bytes are not given away).
  await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  await page.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)').setInputFiles({ name: '反间谍法-2023.docx', mimeType: MIME, buffer: Buffer.from(b.bytes) });
  await page.getByLabel('Label', { exact: true }).fill('2023');
  await page.getByLabel('Date').fill('2023-04-26');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toHaveText(`${count(new2023)} articles, read as Word document (.docx).`);
  await page.getByLabel('Language', { exact: true }).fill('zh-Hans');
  await page.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toHaveText(`${count(new2023)} articles, read as Word document (.docx).`);
  await page.getByRole('button', { name: /^Save/u }).click();
  await expect(page).toHaveURL(new RegExp(`#/law/${folder}/(?!add$)[a-z0-9-]+$`, 'u'));
  const secondId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);

  await page.goto(`./#/law/${folder}/compare/${firstId}/${secondId}`);
  await expect(page.locator('lawdiff-compare-view section.article-row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('lawdiff-compare-view')).toContainText('第七十一条');
  await page.screenshot({ path: '/tmp/import-docx-compare.png' });
});

test('a file that is not a Word document says so, naming it', async ({ page }) => {
  await page.goto('./#/import');
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  const zip = (await makeDocx(law('2014.md'), 'cn')).bytes;
  await page.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)').setInputFiles({ name: 'cut.docx', mimeType: MIME, buffer: Buffer.from(zip.subarray(0, zip.length >> 1)) });
  await page.getByRole('button', { name: 'Check the text' }).click();
  const problems = page.locator('lawdiff-import-page lawdiff-problem-list');
  await expect(problems).toContainText('cut.docx');
  await expect(problems).toContainText('the zip archive is cut short');
  await expect(page.locator('lawdiff-import-page .unreadable')).toBeVisible();
});
