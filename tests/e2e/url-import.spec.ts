/**
 * Import from an address in the browser (issue 12, points 7 and 10): the import page and the
 * link-import offer fetch through src/app/fetch-text.ts. While a body arrives they show bytes
 * read against the 32 MB limit and a Cancel button; a text over the limit (40 MB, or a gzip bomb
 * counted after decompression) is refused in words that are not those of a CORS refusal; a GBK
 * page served with charset=gbk and a Big5 file upload read as their encodings. Hostile answers
 * come from a local server (tests/helpers/hostile-server.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHostileServer, type HostileServer } from '../helpers/hostile-server.js';
import { encode } from '../helpers/legacy-encode.js';

const corpus = process.env.LAWDIFF_CORPUS ?? resolve('..', 'shared', 'corpus');
const cn = readFileSync(resolve(corpus, 'cn-cybersecurity-law', '2016.md'), 'utf8');
const tw = readFileSync(resolve(corpus, 'tw-personal-data-protection-act', '2015.md'), 'utf8');

let server: HostileServer;
test.beforeAll(async () => {
  server = await startHostileServer(cn);
});
test.afterAll(async () => {
  await server.close();
});

async function openAddressForm(page: Page) {
  await page.goto('./#/import');
  const form = page.locator('lawdiff-import-page');
  await form.getByRole('radio', { name: 'From an address' }).check();
  return {
    form,
    url: form.getByLabel('Address (URL) of a published text'),
    fetch: form.getByRole('button', { name: 'Fetch' }),
    error: form.locator('.url-error'),
    message: form.locator('.url-message'),
    progress: form.locator('.url-progress'),
  };
}

test('a body that trickles in shows bytes read of the 32 MB limit; Cancel stops it and gives the focus back', async ({ page }) => {
  const { form, url, fetch, message, progress } = await openAddressForm(page);
  await expect(form.locator('#url-hint')).toContainText('of at most 32 MB, sent within 60 seconds');
  await url.fill(`${server.base}/trickle?cors=1`);
  await fetch.click();
  await expect(form.getByRole('button', { name: 'Fetching…' })).toBeDisabled();
  await expect(progress.locator('.bytes')).toHaveText(/^\d+ B of at most 32 MB$/u);
  // Bytes keep arriving: the count rises past its first value.
  const first = Number((await progress.locator('.bytes').textContent())!.split(' ')[0]);
  await expect.poll(async () => Number((await progress.locator('.bytes').textContent())?.split(' ')[0] ?? 0)).toBeGreaterThan(first);
  await expect(progress.locator('progress')).toHaveAttribute('max', String(32 * 1024 * 1024));
  const cancel = progress.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await cancel.press('Enter');
  await expect(message).toHaveText('Fetching cancelled. Nothing was changed.');
  await expect(progress).toHaveCount(0);
  await expect(fetch).toBeEnabled();
  await expect(fetch).toBeFocused();
  await expect(form.locator('#text')).toHaveValue('');
});

test('40 MB and a gzip bomb are refused for their size, in other words than a CORS refusal', async ({ page }) => {
  const { url, fetch, error } = await openAddressForm(page);
  for (const path of ['/huge?cors=1', '/bomb?cors=1', '/huge-declared?cors=1']) {
    await url.fill(`${server.base}${path}`);
    await fetch.click();
    await expect(error).toContainText('is larger than 32 MB (counted after decompression), the most lawdiff reads');
    await expect(error).not.toContainText('CORS');
    await expect(fetch).toBeEnabled();
  }
  // The same 40 MB from a site that does not let other sites read it: the CORS message.
  await url.fill(`${server.base}/huge`);
  await fetch.click();
  await expect(error).toContainText('does not let other sites read its files (CORS)');
  await expect(error).not.toContainText('larger than');
});

test('a GBK page served with charset=gbk reads as GBK: 79 articles (was "unknown format")', async ({ page }) => {
  const { form, url, fetch, message } = await openAddressForm(page);
  await url.fill(`${server.base}/text?enc=gbk&charset=gbk&cors=1`);
  await fetch.click();
  await expect(message).toContainText('Read as GBK.');
  await expect(form.locator('#text')).toHaveValue(cn);
  await form.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toContainText('79 articles, read as PRC Markdown/text');
});

test('an uploaded Big5 file reads as Big5: the Taiwan law with its articles', async ({ page }) => {
  await page.goto('./#/import');
  const form = page.locator('lawdiff-import-page');
  await form.getByRole('radio', { name: 'Upload a file' }).check();
  await form.getByLabel('File (.txt, .md, .xml, .json, .docx, .pdf, .html)').setInputFiles({ name: 'pdpa-big5.md', mimeType: 'text/markdown', buffer: Buffer.from(encode(tw, 'big5')) });
  await expect(form.locator('.file-message')).toContainText('Read as Big5.');
  await expect(form.locator('#text')).toHaveValue(tw);
  await form.getByRole('button', { name: 'Check the text' }).click();
  await expect(form.locator('.preview .summary')).toContainText('read as Taiwan Markdown');
  await expect(form.locator('.preview li').first()).toContainText('第一條');
});

test('the link-import offer shows progress and Cancel, and says a text is too large', async ({ page }) => {
  const origin = (url: string) =>
    encodeURIComponent(JSON.stringify({ title: { zh: '网络安全法' }, language: 'zh-Hans', versions: [{ id: 'a1', label: 'First', url }] }));
  await page.goto(`./#/law/user-cs-k3f9a/compare/a1/a2?origin=${origin(`${server.base}/trickle?cors=1`)}`);
  const offer = page.locator('lawdiff-link-import-offer');
  await offer.getByRole('button', { name: 'Import it from this address…' }).click();
  await offer.getByRole('button', { name: 'Fetch and import' }).click();
  await expect(offer.locator('.progress .bytes')).toHaveText(/^[1-9]\d* B of at most 32 MB$/u);
  await offer.locator('.progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(offer.locator('.error')).toContainText('could not be fetched (cancelled). Nothing was saved.');
  await expect(offer.getByRole('button', { name: 'Try again' })).toBeFocused();

  // A fresh page: the offer keeps its step while the app shows it.
  await page.goto('about:blank');
  await page.goto(`./#/law/user-cs-k3f9b/compare/a1/a2?origin=${origin(`${server.base}/bomb?cors=1`)}`);
  await offer.getByRole('button', { name: 'Import it from this address…' }).click();
  await offer.getByRole('button', { name: 'Fetch and import' }).click();
  await expect(offer.locator('.error')).toContainText('could not be fetched (larger than 32 MB, the most lawdiff reads). Nothing was saved.');
});
