/**
 * Finding one's way in a comparison: Enter in the search box steps through
 * the matches as a browser's find bar does, an article number in the search
 * goes to that article, a skip link reaches the comparison, a link to an
 * article deleted in an earlier reading says so and shows it, a link to texts
 * imported in another browser explains itself and offers to import them from
 * their addresses, and offline a law never saved says exactly that.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { en, openComparison, zh } from '../helpers/sample-page.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const corpusDir = resolve(process.env.LAWDIFF_CORPUS ?? '../shared/corpus');
const EN = 'fictional-open-data-law-en';
const source = (file: string): string => readFileSync(resolve('versions', EN, 'source', file), 'utf8');

const toolbar = (page: Page) => page.locator('lawdiff-compare-view lawdiff-compare-toolbar');
const focusedLabel = (page: Page) => page.locator('lawdiff-compare-view .article-row.focused .row-title .label');

test('Enter in the search box goes to the next match and Shift+Enter to the previous one, keeping the focus in the box', async ({ page }) => {
  await openComparison(page, zh);
  const box = toolbar(page).getByRole('searchbox');
  const counter = toolbar(page).locator('.counter').nth(1);
  await box.fill('工作日');
  await expect(counter).toHaveText(/^\d+ matches$/);
  const total = Number((await counter.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(3);
  await box.press('Enter');
  await expect(counter).toHaveText(`1 / ${total}`);
  await box.press('Enter');
  await expect(counter).toHaveText(`2 / ${total}`);
  await box.press('Enter');
  await expect(counter).toHaveText(`3 / ${total}`);
  await box.press('Shift+Enter');
  await expect(counter).toHaveText(`2 / ${total}`);
  await expect(box).toBeFocused();
  // The match is highlighted in the focused row, which is on screen.
  await expect(page.locator('lawdiff-compare-view .article-row.focused mark').first()).toBeInViewport();
});

test.describe('on real laws', () => {
  test.skip(!existsSync(resolve(corpusDir, 'de-tkg-2004', 'law.json')), `the corpus is not at ${corpusDir}`);

  test('an article number typed in the search goes to that article, before the places that cite it', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${corpus}#/law/de-tkg-2004/compare/2012-07-02/2021`);
    const box = toolbar(page).getByRole('searchbox');
    await expect(box).toBeVisible({ timeout: 60_000 });
    // § 150 is cited in the text of earlier §§: the search used to land on the first of those.
    for (const term of ['§ 150', '150', '§150']) {
      await box.fill(term);
      await box.press('Enter');
      await expect(focusedLabel(page), term).toHaveText('§ 150');
    }
    // Enter again goes on to the places that cite it.
    await box.fill('§ 150');
    await box.press('Enter');
    await box.press('Enter');
    await expect(focusedLabel(page)).not.toHaveText('§ 150');

    await page.goto(`${corpus}#/law/cn-company-law/compare/2018/2023`);
    await expect(box).toBeVisible({ timeout: 60_000 });
    for (const term of ['第一百零六条', '106']) {
      await box.fill(term);
      await box.press('Enter');
      await expect(focusedLabel(page), term).toHaveText('第一百零六条');
    }
  });
});

test('a skip link, the first thing Tab reaches, goes straight to the comparison', async ({ page }) => {
  await openComparison(page, en);
  // Nothing has the focus on a fresh load: the first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the comparison' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('radio', { name: 'Side by side' })).toBeFocused();
  // The filter is a few Tab presses away, not thirty.
  let presses = 0;
  const filter = toolbar(page).getByRole('combobox');
  while (!(await filter.evaluate((el) => el.matches(':focus'))) && presses < 6) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(filter).toBeFocused();
  expect(presses).toBeLessThanOrEqual(4);
});

test('a link to an article deleted in an earlier reading says so in words and shows the article', async ({ page }) => {
  await page.goto(`#/law/${EN}/compare/second-reading/final?a=first-draft~32`);
  const notice = page.locator('lawdiff-compare-view .absent');
  // The law's names are bidi-isolated in the sentence (FSI … PDI).
  const words = async () => (await notice.locator('p strong').textContent())!.replace(/[\u2066-\u2069]/gu, '');
  await expect.poll(words).toBe('Article 32 of “First draft” was deleted in “Second reading draft”.');
  await expect(notice).not.toContainText('not part of this comparison');
  await expect(notice.locator('.absent-text')).toContainText('Article 32');
  await expect(notice.locator('.absent-text del').first()).toBeVisible();
  // The link leads to the notice: it is on screen without scrolling.
  await expect(notice.locator('p strong')).toBeInViewport();
  // The comparison where it happened, at the article.
  await notice.getByRole('link', { name: /^Compare “.First draft.” → “.Second reading draft.” at this article$/u }).click();
  await expect(page).toHaveURL(/compare\/first-draft\/second-reading\?a=first-draft~32/);
  const row = page.locator('lawdiff-compare-view .article-row.focused');
  await expect(row).toHaveAttribute('data-key', 'first-draft~32');
  await expect(row.locator('.badge').first()).toHaveText('Deleted');
});

/** Texts served as a public repository of laws would (CORS open). */
let server: Server;
let origin = '';
test.describe('links to imported texts', () => {
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      const file = req.url === '/laws/first-draft.txt' ? 'first-draft.txt' : req.url === '/laws/second-reading.txt' ? 'second-reading.txt' : undefined;
      if (file) res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain; charset=utf-8' }).end(source(file));
      else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  async function importFromAddress(page: Page, file: string, label: string): Promise<void> {
    await page.getByRole('radio', { name: 'From an address' }).check();
    await page.getByLabel('Address (URL) of a published text').fill(`${origin}/laws/${file}`);
    await page.getByRole('button', { name: 'Fetch' }).click();
    await expect(page.locator('lawdiff-import-page .url-message')).toContainText('Fetched');
    await page.getByLabel('Label', { exact: true }).fill(label);
    await page.getByRole('button', { name: 'Check the text' }).click();
    await page.locator('lawdiff-import-page').getByRole('button', { name: /^Save/ }).click();
    await expect(page.locator('.version-head .badge.imported')).toBeVisible();
  }

  test('a link copied from a comparison of texts imported from addresses opens in a fresh browser after the reader agrees to import them', async ({ page, context, browser }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('#/import');
    await page.getByLabel('Title').fill('Imported Open Data Law');
    await importFromAddress(page, 'first-draft.txt', 'Draft one');
    await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
    await importFromAddress(page, 'second-reading.txt', 'Draft two');
    const folder = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
    expect(folder).toMatch(/^user-/);
    await page.locator('lawdiff-version-picker').getByRole('link', { name: /Draft one → Draft two/ }).click();
    const row = page.locator('lawdiff-compare-view .article-row.kind-reworded').first();
    await row.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('origin=');
    const key = (await row.getAttribute('data-key'))!;

    // Another browser: nothing of the sender's is here.
    const other = await browser.newContext();
    const receiver = await other.newPage();
    let fetched = 0;
    receiver.on('request', (r) => {
      if (r.url().startsWith(origin)) fetched++;
    });
    await receiver.goto(link);
    const offer = receiver.locator('lawdiff-link-import-offer');
    await expect(offer.getByRole('heading')).toHaveText('This link is to a law that was imported in another browser');
    await expect(offer).toContainText('Imported Open Data Law');
    await expect(offer).toContainText(`${origin}/laws/first-draft.txt`);
    await expect(offer).toContainText(`${origin}/laws/second-reading.txt`);
    await offer.getByRole('button', { name: 'Import them from these addresses…' }).click();
    await expect(offer.getByRole('alert')).toContainText('Nothing else is sent');
    expect(fetched, 'nothing is fetched before the reader agrees').toBe(0);
    await offer.getByRole('button', { name: 'Fetch and import' }).click();
    const focused = receiver.locator('lawdiff-compare-view .article-row.focused');
    await expect(focused).toHaveAttribute('data-key', key, { timeout: 30_000 });
    expect(receiver.url()).not.toContain('origin=');
    expect(fetched).toBe(2);
    await other.close();
  });

  test('a link to a law imported in another browser, with no address to fetch it from, says what it is and what to do', async ({ page }) => {
    await page.goto('#/law/user-civil-code-k3f9a/compare/draft-abcde/final-fghij?a=draft-abcde~3');
    const offer = page.locator('lawdiff-link-import-offer');
    await expect(offer.getByRole('heading')).toHaveText('This link is to a law that was imported in another browser');
    await expect(offer).toContainText('kept only in the browser they were imported in');
    await expect(offer).toContainText('Ask whoever sent the link');
    await expect(page.getByText('This collection has no law')).toHaveCount(0);
  });
});

test('offline, a law never saved on this device says exactly that', async ({ page, context }) => {
  await page.goto('#/');
  await expect(page.locator('lawdiff-law-list')).toBeVisible();
  // The service worker has taken over the app (so it loads offline), but no text of the law was read.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.locator('lawdiff-law-list')).toBeVisible();
  await context.setOffline(true);
  await page.goto(`#/law/${EN}/compare/first-draft/final`);
  const status = page.locator('lawdiff-app lawdiff-status[kind="error"]');
  await expect(status).toContainText('is not saved on this device, and you are offline');
  await expect(status).toContainText('Make available offline');
  await page.goto(`#/law/${EN}/first-draft`);
  await expect(status).toContainText('is not saved on this device, and you are offline');
  await context.setOffline(false);
});
