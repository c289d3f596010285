/**
 * Offline use of the built app (service worker + IndexedDB), on the shipped
 * sample law: after one online visit the app, the list of laws, a deep link
 * and comparisons of cached versions work with the network cut; a law made
 * available offline opens without having been read; a new deployment is
 * announced and taken over only when the reader reloads; a database the app
 * cannot use leaves the app working from the network.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from '../helpers/ports.js';
import { withoutShippedComparisons } from '../helpers/shipped.js';

const collectionDir = resolve(process.env.LAWDIFF_COLLECTION ?? 'versions');
const ZH = 'fictional-open-data-law-zh';
const EN = 'fictional-open-data-law-en';

test.skip(!existsSync(resolve(collectionDir, ZH, 'law.json')), `the sample law is not in ${collectionDir}`);

const rows = (page: Page) => page.locator('lawdiff-compare-view section.article-row');

/** Waits until the service worker controls the page (it claims the page on its first installation). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 20_000 });
}

/**
 * Some Chromium builds (150 from Debian) forget the emulated offline state on
 * a reload: every request still fails, but `navigator.onLine` reads true until
 * the emulation changes. A device that is really offline reports it from the
 * start; switching the emulation off and on makes this browser report it too
 * (and fire the `offline` event the app listens for).
 */
async function reportOffline(page: Page, context: BrowserContext): Promise<void> {
  if (!(await page.evaluate(() => navigator.onLine))) return;
  await context.setOffline(false);
  await context.setOffline(true);
}

test('after one visit, the app, the law list, a deep link and a new comparison work offline', async ({ page, context }) => {
  await page.goto('./#/');
  await controlled(page);
  // The visit: one comparison (the worker reads every reading of the law, and the service worker keeps them).
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  await expect(rows(page).first()).toBeVisible();

  await context.setOffline(true);
  await page.goto('./#/');
  await page.reload();
  await expect(page.locator('lawdiff-law-list li')).toHaveCount(2);
  await reportOffline(page, context);
  await expect(page.locator('lawdiff-app .net')).toHaveText('Offline');

  // A deep link to one article, opened offline: from the saved comparison, focused.
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading?a=first-draft~15`);
  const target = page.locator('lawdiff-compare-view section.article-row[id="row-first-draft~15"]');
  await expect(target).toBeVisible();
  await expect(target).toHaveClass(/focused/);

  // A pair never compared before: computed offline from the cached files.
  await page.goto(`./#/law/${EN}/compare/second-reading/final`);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('lawdiff-app .cache-note')).toHaveCount(0);

  // A law never opened is not available: a clear error, not a blank page.
  await page.goto(`./#/law/${ZH}/compare/first-draft/final`);
  await expect(page.locator('lawdiff-app lawdiff-status[kind="error"]')).toBeVisible();
  await context.setOffline(false);
});

test('“Make available offline” downloads every version of a law; it then opens offline and is marked in the list', async ({ page, context }) => {
  await page.goto(`./#/law/${ZH}`);
  await controlled(page);
  const control = page.locator('lawdiff-offline-control');
  await expect(control).toContainText('Not available offline yet');
  await control.getByRole('button', { name: 'Make available offline' }).click();
  await expect(control).toContainText(/Available offline: 3 files, [\d.]+ KB/);

  await page.goto('./#/');
  await expect(page.locator(`lawdiff-law-list li[data-folder="${ZH}"] .offline`)).toHaveText('Available offline');
  await expect(page.locator(`lawdiff-law-list li[data-folder="${EN}"] .offline`)).toHaveCount(0);

  await context.setOffline(true);
  // Offline, the list still says which laws can be read.
  await page.reload();
  await expect(page.locator(`lawdiff-law-list li[data-folder="${ZH}"] .offline`)).toHaveText('Available offline');
  await page.goto(`./#/law/${ZH}/compare/first-draft/final?view=redline`);
  await page.reload();
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('lawdiff-compare-view del').first()).toBeVisible();
  await context.setOffline(false);

  // Removing the copy is reflected at once.
  await page.goto(`./#/law/${ZH}`);
  await control.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(control).toContainText('Not available offline yet');
});

test('a reopened comparison comes from IndexedDB, not recomputed', async ({ page, context }) => {
  // A comparison the build did not ship (the reader's own texts) is computed once, then kept.
  await withoutShippedComparisons(context);
  await page.goto(`./#/law/${EN}/compare/first-draft/final`);
  await expect(rows(page).first()).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('lawdiff');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('comparisons').objectStore('comparisons').count();
          req.onsuccess = () => done(req.result);
          req.onerror = () => fail(req.error);
        };
      }),
  );
  expect(stored).toBe(1);
  await expect(page.locator('lawdiff-compare-view')).toHaveAttribute('data-from', 'fresh');
  // Opened again (a new page load, so nothing is kept in memory): read from IndexedDB.
  await page.goto('./#/');
  await page.reload();
  await page.goto(`./#/law/${EN}/compare/first-draft/final`);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('lawdiff-compare-view')).toHaveAttribute('data-from', 'cache');
});

test.describe('without the worker', () => {
  // The worker's script is refused below; a service worker would serve it from its cache instead of the network.
  test.use({ serviceWorkers: 'block' });

  test('a kept comparison is read by the page itself, even when the worker cannot start', async ({ page, context }) => {
    await withoutShippedComparisons(context);
    await page.goto(`./#/law/${EN}/compare/first-draft/final`);
    await expect(rows(page).first()).toBeVisible();
    await expect(page.locator('lawdiff-compare-view')).toHaveAttribute('data-from', 'fresh');
    await page.route(/compare\.worker-[\w-]+\.js/u, (route) => route.abort());
    await page.goto('./#/');
    await page.reload();
    await page.goto(`./#/law/${EN}/compare/first-draft/final`);
    await expect(rows(page).first()).toBeVisible();
    await expect(page.locator('lawdiff-compare-view')).toHaveAttribute('data-from', 'cache');
    expect(await page.evaluate(() => performance.getEntriesByName('lawdiff:compare-kept').length)).toBe(1);
    // Another comparison, never kept, needs the worker: it says it failed instead of waiting for ever.
    await page.goto(`./#/law/${EN}/compare/second-reading/final`);
    await expect(page.getByText(/the comparison worker failed/).first()).toBeVisible();
  });
});

test('a database this version of lawdiff cannot open: the comparison still shows, with a message', async ({ page, context }) => {
  // Computed (not shipped), so there is something to keep.
  await withoutShippedComparisons(context);
  await page.goto('./#/');
  // A database left by a newer lawdiff (a higher schema version) cannot be opened by this one.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        indexedDB.deleteDatabase('lawdiff');
        const open = indexedDB.open('lawdiff', 999);
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(open.error);
      }),
  );
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('lawdiff-app .cache-note')).toContainText('could not be kept for offline use');
});

test.describe('a new deployment', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  const port = Number(process.env.LAWDIFF_E2E_PORT ?? 4179) + 20;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lawdiff-deploy-'));
    cpSync(DIST, dir, { recursive: true });
    // Vite itself (not through npx), so that killing it stops the server.
    server = spawn(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the preview server for the deployment test did not start');
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is announced; the page keeps the old files until the reader reloads, then shows the new ones', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(`${base}#/`);
    await controlled(page);
    await expect(page.locator('lawdiff-app .collection')).not.toHaveText('Updated collection');

    // Deploy: the collection's index changes, and so (as in a real build) does the service worker's manifest.
    const indexFile = join(dir, 'collection', 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { title?: string };
    const before = readFileSync(indexFile);
    index.title = 'Updated collection';
    writeFileSync(indexFile, `${JSON.stringify(index, null, 2)}\n`);
    const swFile = join(dir, 'sw.js');
    const sw = readFileSync(swFile, 'utf8');
    const entry = /"revision":"([0-9a-f]+)","url":"collection\/index\.json"/u.exec(sw);
    expect(entry, 'the service worker precaches collection/index.json').not.toBeNull();
    const oldRevision = entry![1]!;
    writeFileSync(swFile, sw.replace(oldRevision, 'f'.repeat(oldRevision.length)));
    expect(readFileSync(indexFile).equals(before)).toBe(false);

    // The open page learns about it (the browser checks the worker on navigation) and keeps showing the old files.
    await page.reload();
    await expect(page.locator('lawdiff-app .update')).toContainText('A new version of lawdiff and its laws is ready.');
    await expect(page.locator('lawdiff-app .collection')).not.toHaveText('Updated collection');

    await page.locator('lawdiff-app .update').getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('lawdiff-app .collection')).toHaveText('Updated collection');
    await expect(page.locator('lawdiff-app .update')).toHaveCount(0);
  });
});

test('“Your data” shows what is saved for offline use and clears it without touching notes', async ({ page, context }) => {
  // A comparison the build did not ship is computed and saved.
  await withoutShippedComparisons(context);
  await page.goto('./#/');
  await controlled(page);
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  await expect(rows(page).first()).toBeVisible();
  await page.goto('./#/data');
  const counts = page.locator('lawdiff-data-page .cache-counts');
  await expect(counts).toContainText(/1 saved comparison \(about [\d.]+ KB\) · [1-9]\d* texts? kept offline/);
  await page.locator('lawdiff-data-page').getByRole('button', { name: 'Clear saved comparisons and offline texts' }).click();
  await expect(counts).toContainText(/0 saved comparisons \(about 0 B\) · 0 texts kept offline \(0 B\)/);
  // Opened again, the comparison is computed afresh.
  await page.goto(`./#/law/${EN}/compare/first-draft/second-reading`);
  await expect(page.locator('lawdiff-compare-view')).toHaveAttribute('data-from', 'fresh');
});
