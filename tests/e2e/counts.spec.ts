/**
 * Counts as the reader reads them: a comparison with exactly one change says
 * "1 change" (and one search hit "1 match"), on a real law of the corpus; the
 * "Your data" page counts and lists the same imported versions, whether they
 * were added to a law of the collection or to a law of the reader's own.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';

const corpus = `http://127.0.0.1:${CORPUS_PORT}/`;
const shots = resolve('shots');

test('a comparison with one change says “1 change”, and one search hit “1 match”', async ({ page }) => {
  test.slow(); // two readings of 400 kB each
  // TKG 2004: from 6 August to 16 September 2012 only § 150 changed.
  await page.goto(`${corpus}#/law/de-tkg-2004/compare/2012-08-06/2012-09-16`);
  const view = page.locator('lawdiff-compare-view');
  await expect(view.locator('.article-row').first()).toBeVisible({ timeout: 80_000 });
  const counters = view.locator('lawdiff-compare-toolbar .counter');
  await expect(counters.first()).toHaveText('1 change');
  await expect(view.locator('lawdiff-change-summary')).toContainText(/\b203 words added, 18 removed\b/);

  await view.getByRole('searchbox', { name: 'Search in both readings' }).fill('Übergangsvorschriften');
  await expect(counters.nth(1)).toHaveText('1 match');
  await view.locator('lawdiff-compare-toolbar').getByRole('button', { name: 'Next match' }).click();
  await expect(counters.nth(1)).toHaveText('1 / 1');
});

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const EN = 'fictional-open-data-law-en';
const source = (file: string): string => readFileSync(resolve('versions', EN, 'source', file), 'utf8');

/** Pastes a text on the import page that is open, checks it and saves it; the id of the saved version. */
async function saveText(page: Page, text: string, label: string): Promise<{ folder: string; id: string }> {
  await page.getByLabel('Text of the version').fill(text);
  await page.getByLabel('Label', { exact: true }).fill(label);
  await page.getByRole('button', { name: 'Check the text' }).click();
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page).toHaveURL(/#\/law\/[^/]+\/(?!add$)[a-z0-9-]+$/);
  const [, , folder, id] = new URL(page.url()).hash.split('/').map(decodeURIComponent);
  return { folder: folder!, id: id! };
}

test.describe('your data', () => {
  test.skip(!existsSync(resolve(collectionDir, EN, 'law.json')), `the sample law is not in ${collectionDir}`);

  test('counts and lists the same imported versions: a new law with two versions, then one added to a shipped law', async ({ page }) => {
    await page.goto('./#/import');
    const first = await saveText(page, source('first-draft.txt'), 'My first draft');
    await page.locator('lawdiff-timeline').getByRole('link', { name: 'Add a version' }).click();
    const second = await saveText(page, source('second-reading.txt'), 'My second draft');
    expect(second.folder).toBe(first.folder);

    await page.getByRole('link', { name: 'Your data' }).click();
    const data = page.locator('lawdiff-data-page');
    await expect(data.locator('.counts')).toHaveText('0 notes, 1 law of your own, 2 imported versions');
    await expect(data.locator('.user-laws li')).toHaveCount(1);
    await expect(data.locator('.user-laws li .meta')).toHaveText('2 versions');
    const listed = data.locator('.imported-versions li');
    await expect(listed).toHaveCount(2);
    await expect(listed.locator('a').first()).toHaveText('My first draft');
    await expect(listed.nth(1)).toContainText('My second draft');
    await expect(listed.first()).toContainText('in Open Government Data Law (Fictional Example)');
    await expect(data).not.toContainText('not imported any versions');
    await page.screenshot({ path: `${shots}/data-page-1280.png`, fullPage: true });

    // A version added to a law of the collection is one more, counted and listed alike.
    await page.goto(`./#/law/${EN}/add`);
    await saveText(page, source('final.txt'), 'Shipped law, my copy');
    await page.goto('./#/data');
    await expect(data.locator('.counts')).toHaveText('0 notes, 1 law of your own, 3 imported versions');
    await expect(listed).toHaveCount(3);
    await expect(listed.filter({ hasText: 'Shipped law, my copy' })).toContainText('in Open Government Data Law (Fictional Example), English translation');

    // Deleting one from the list: the count follows.
    const row = listed.filter({ hasText: 'My second draft' });
    await row.getByRole('button', { name: 'Delete this version' }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(listed).toHaveCount(2);
    await expect(data.locator('.counts')).toHaveText('0 notes, 1 law of your own, 2 imported versions');
    await expect(data.locator('.user-laws li .meta')).toHaveText('1 version');
    // The outcome is said where the reader acted, not under the backup.
    await expect(data.locator('section:has(.imported-versions) .versions-message')).toHaveText('Deleted.');
    await expect(data.locator('.backup-message')).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 860 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}/data-page-390-dark.png`, fullPage: true });
  });
});
