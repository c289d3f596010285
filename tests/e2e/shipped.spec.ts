/**
 * Comparisons shipped with the collection (docs/decisions/018-comparisons-shipped-with-the-collection.md),
 * in the app built on real laws, each test in a fresh browser context (cold): a shipped comparison is read
 * whole — no worker is started, nothing partial, the history of every reading at once — and shows what
 * the worker computes for the same readings when the shipped files are refused. Offline, a comparison of a
 * law visited once is read from what the service worker kept.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PORT } from '../helpers/ports.js';
import { withoutShippedComparisons } from '../helpers/shipped.js';

const corpusDir = resolve(process.env.LAWDIFF_CORPUS ?? '../shared/corpus');
const built = `http://127.0.0.1:${CORPUS_PORT}/`;

test.skip(!existsSync(resolve(corpusDir, 'de-bgb', 'law.json')), `the corpus is not at ${corpusDir}`);

const view = (page: Page) => page.locator('lawdiff-compare-view');
const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

/** Counts the workers the page starts (the comparison worker is the only one a comparison starts). */
async function countWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const W = window.Worker;
    (window as unknown as { started: number }).started = 0;
    window.Worker = class extends W {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        (window as unknown as { started: number }).started++;
      }
    };
  });
}

/** Opens a comparison and waits for its rows; returns what the summary says and the first rows' titles. */
async function open(page: Page, hash: string): Promise<{ counts: string; words: string; rows: string[] }> {
  await page.goto(built + hash);
  // The rows start below the summary (and the note on a reading skipped): the list renders what is on screen.
  await expect(view(page).locator('section.rows')).toBeAttached({ timeout: 60_000 });
  await view(page).locator('section.rows').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const rows = view(page).locator('section.article-row');
  await expect(rows.first()).toBeVisible({ timeout: 60_000 });
  const summary = view(page).locator('lawdiff-change-summary');
  return {
    counts: (await summary.locator('ul.counts').innerText()).replace(/\s+/gu, ' '),
    words: await summary.locator('p.words').innerText(),
    rows: (await rows.locator('.row-title').allInnerTexts()).slice(0, 12),
  };
}

const cases = [
  { name: 'the BGB 2012 → 2022 (three readings of ~2,400 §§; not consecutive)', hash: '#/law/de-bgb/compare/2012-07-02/2022-03-03' },
  { name: 'the Company Law 2018 → 2023 by characters', hash: '#/law/cn-company-law/compare/2018/2023?unit=char' },
  { name: 'the TKG’s last two of seven readings', hash: '#/law/de-tkg-2004/compare/2012-12-30/2021' },
  { name: 'Taiwan’s Personal Data Protection Act 2010 → 2015', hash: '#/law/tw-personal-data-protection-act/compare/2010/2015' },
];

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 860 : 844 } });
    for (const c of width > 600 ? cases : [cases[1]!, cases[3]!]) {
      test(`${c.name} is read, not computed`, async ({ page }) => {
        test.setTimeout(60_000);
        await countWorkers(page);
        await open(page, c.hash);
        await expect(view(page)).toHaveAttribute('data-from', 'shipped');
        expect(await marks(page, 'lawdiff:compare-shipped')).toBe(1);
        // Whole at once: no partial answer waiting for the history of every reading.
        expect(await marks(page, 'lawdiff:compare-partial')).toBe(0);
        // No worker was started, not even warmed while the collection was read.
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (window as unknown as { started: number }).started)).toBe(0);
      });
    }
  });
}

test('what is shipped is what the worker computes: the same counts, words and rows', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const c of [cases[0]!, cases[1]!]) {
    const shippedContext = await browser.newContext();
    const shippedPage = await shippedContext.newPage();
    const shipped = await open(shippedPage, c.hash);
    await expect(view(shippedPage)).toHaveAttribute('data-from', 'shipped');
    await shippedContext.close();

    const computedContext = await browser.newContext();
    await withoutShippedComparisons(computedContext);
    const computedPage = await computedContext.newPage();
    const computed = await open(computedPage, c.hash);
    await expect(view(computedPage)).toHaveAttribute('data-from', 'fresh');
    await computedContext.close();

    expect(shipped.counts, c.name).toMatch(/\d/u);
    expect(shipped, c.name).toEqual(computed);
  }
});

test('a link by a reading outside the two compared lands at once: the history of every reading is shipped', async ({ page }) => {
  await page.goto(`${built}#/law/de-tkg-2004/compare/2012-12-30/2021?a=2012-07-02~7`);
  const row = view(page).locator('[id="row-2012-07-02~7"]');
  await expect(row).toBeFocused({ timeout: 30_000 });
  await expect(row.locator('.row-title .label')).toHaveText('§ 7');
  expect(await marks(page, 'lawdiff:compare-partial')).toBe(0);
  await expect(view(page).locator('.absent, .notice.focus-missing')).toHaveCount(0);
});

test('offline, after one visit: the comparison is read from what the service worker kept, and so is another pair of the law', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(`${built}#/`);
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 20_000 });
  await open(page, '#/law/tw-personal-data-protection-act/compare/2010/2015');
  await expect(view(page)).toHaveAttribute('data-from', 'shipped');
  // The law's texts and its other shipped comparisons are kept in the background.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('lawdiff-collection-v1')).keys()).filter((r) => r.url.includes('tw-personal-data-protection-act')).length), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(8);

  await context.setOffline(true);
  await page.goto(`${built}#/`);
  await page.reload();
  await open(page, '#/law/tw-personal-data-protection-act/compare/1995/2015');
  await expect(view(page)).toHaveAttribute('data-from', 'shipped');
  // By characters too.
  await open(page, '#/law/tw-personal-data-protection-act/compare/1995/2010?unit=char');
  await expect(view(page)).toHaveAttribute('data-from', 'shipped');
  await context.setOffline(false);
});

test('a link opens its law without waiting for the rest of the collection, which is read after', async ({ page }) => {
  test.setTimeout(60_000);
  // Every other law's listing is held until the comparison is on screen.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const heldPaths: string[] = [];
  await page.route(/\/collection\/[^/~]+\/law\.json(\?.*)?$/u, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.includes('/cn-company-law/')) {
      heldPaths.push(path);
      await held;
    }
    await route.continue();
  });
  const { rows } = await open(page, '#/law/cn-company-law/compare/2018/2023');
  expect(rows.length).toBeGreaterThan(0);
  await expect(view(page)).toHaveAttribute('data-from', 'shipped');
  // The rest of the collection is read once the page is idle: its other laws are asked for and held. The bar
  // already has the collection's title, read with the law, so nothing moves when the collection comes in.
  await expect.poll(() => heldPaths.length, { timeout: 10_000 }).toBeGreaterThan(5);
  await expect(page.locator('lawdiff-app header .collection')).toHaveText('corpus');
  const before = await view(page).locator('section.article-row').first().boundingBox();
  await expect(page.locator('lawdiff-app nav.crumbs')).toContainText(/Company Law/u);
  release();
  // Then the collection is loaded (the laws' list has every law), and the page stays as it was: the same rows, in the same place.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/collection\/[^/~]+\/law\.json/u.test(e.name)).length), { timeout: 20_000 }).toBeGreaterThan(heldPaths.length);
  await page.waitForTimeout(300);
  await expect(view(page).locator('section.article-row .row-title').first()).toHaveText(rows[0]!);
  expect((await view(page).locator('section.article-row').first().boundingBox())?.y).toBe(before?.y);
  // A link to a law that is not in the collection still says so once the collection is read.
  await page.goto(`${built}#/law/no-such-law/compare/2018/2023`);
  await expect(page.locator('lawdiff-app main')).toContainText(/no-such-law/u, { timeout: 20_000 });
});
