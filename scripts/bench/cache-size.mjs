#!/usr/bin/env node
// `npm run bench:cache`: how much lawdiff keeps in the browser for offline use.
// For the shipped collection (dist/) and for the German Civil Code (de-bgb, in
// dist-corpus/, the app built on ../shared/corpus): a fresh Chromium profile
// visits the app, lets the service worker install, makes the law(s) available
// offline and opens a comparison (kept in IndexedDB); then prints what
// navigator.storage.estimate() reports, by kind (Cache Storage = the app shell
// and the texts, IndexedDB = the saved comparisons). Printed, never asserted.
//
//   node scripts/bench/cache-size.mjs [--only=shipped|bgb]
// Build first: `npm run build` and (for bgb) `node scripts/e2e.mjs` or
// `LAWDIFF_COLLECTION=../shared/corpus npx vite build --outDir dist-corpus`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const CASES = [
  { id: 'shipped', dist: 'dist', port: 4201, laws: ['fictional-open-data-law-zh', 'fictional-open-data-law-en'], open: '#/law/fictional-open-data-law-zh/compare/first-draft/final' },
  { id: 'bgb', dist: 'dist-corpus', port: 4202, laws: ['de-bgb'], open: '#/law/de-bgb/compare/2012-07-02/2022-03-03' },
].filter((c) => !only || c.id === only);

const kb = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`);

async function measure(c) {
  if (!existsSync(resolve(c.dist, 'index.html'))) {
    console.log(`${c.id}: ${c.dist}/ has no build; skipped`);
    return;
  }
  const server = spawn(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'preview', '--outDir', c.dist, '--port', String(c.port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const base = `http://127.0.0.1:${c.port}/`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}#/`);
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 60_000 });
    for (const law of c.laws) {
      await page.goto(`${base}#/law/${law}`);
      const control = page.locator('lawdiff-offline-control');
      const button = control.getByRole('button', { name: 'Make available offline' });
      await button.waitFor({ timeout: 30_000 });
      await button.click();
      await control.getByText(/Available offline:/).waitFor({ timeout: 120_000 });
    }
    const first = await page.evaluate(() => navigator.storage.estimate());
    await page.goto(`${base}${c.open}`);
    try {
      await page.waitForFunction(() => performance.getEntriesByName('lawdiff:first-rows').length > 0, null, { timeout: 180_000, polling: 50 });
    } catch (e) {
      await page.screenshot({ path: '/tmp/cache-size-fail.png' });
      throw e;
    }
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => navigator.storage.estimate());
    const details = (e) => e.usageDetails ?? {};
    console.log(
      `${c.id.padEnd(8)} after "available offline": ${kb(first.usage)} (Cache Storage ${kb(details(first).caches ?? 0)}, IndexedDB ${kb(details(first).indexedDB ?? 0)}, service worker ${kb(details(first).serviceWorkerRegistrations ?? 0)})` +
        ` · after opening ${c.open.replace(/^#\/law\//, '')}: ${kb(after.usage)} (Cache Storage ${kb(details(after).caches ?? 0)}, IndexedDB ${kb(details(after).indexedDB ?? 0)})`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

for (const c of CASES) await measure(c);
