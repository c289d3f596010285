/**
 * The service worker's update bar (src/ui/shell/lawdiff-app.ts, src/app/offline.ts), as a reader
 * meets it: lawdiff was opened once (its service worker installed and controlling the page),
 * then a new deployment is published; the next check finds the new service worker waiting, the
 * bar says so in the interface's language, and "Reload to update" brings the new deployment in.
 *
 * The built app (`dist/`) is served by a small server of this test's own, so that the test can
 * publish "a new deployment" (the same files, `sw.js` with one byte more) without touching the
 * files the other tests are served.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../helpers/ports.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Serves dist/; after `publish()`, sw.js carries a deployment mark (a new service worker for the browser). */
async function serveDist(): Promise<{ origin: string; publish: () => void; close: () => Promise<void> }> {
  let deployment = 1;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(normalize(DIST))) {
        res.writeHead(403).end();
        return;
      }
      try {
        let body: Buffer = await readFile(file);
        if (path === '/sw.js' && deployment > 1) body = Buffer.concat([body, Buffer.from(`\n// deployment ${deployment}\n`)]);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish: () => deployment++,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until a service worker controls the page (the first visit's installs and claims). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

/** Asks the browser to look for a new service worker now (it would on the next navigation anyway). */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

for (const [lang, ready, reload] of [
  ['zh-Hans', /新版本/u, /重新加载/u],
  // The pseudo-locale: both texts come from the catalogue.
  ['en-XA', '⟦A new version of lawdiff and its laws is ready.⟧', '⟦Reload to update⟧'],
] as const) {
  test(`a new deployment: the update bar in ${lang}, and reloading brings it in`, async ({ page }) => {
    test.setTimeout(90_000);
    const site = await serveDist();
    try {
      await page.goto(`${site.origin}/#/?lang=${lang}`);
      await expect(page.locator('lawdiff-law-list')).toBeVisible({ timeout: 30_000 });
      await controlled(page);
      const bar = page.locator('lawdiff-app .update[role="status"]');
      await expect(bar).toHaveCount(0);

      site.publish();
      await checkForUpdate(page);
      await expect(bar).toBeVisible({ timeout: 30_000 });
      await expect(bar).toContainText(ready);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      // A mark on this page's window: gone once the page has reloaded.
      await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), bar.getByRole('button', { name: reload }).click()]);
      await expect(page.locator('lawdiff-law-list')).toBeVisible({ timeout: 30_000 });
      await controlled(page);
      // The new deployment's worker controls the page; nothing waits any more, so no bar.
      await expect(page.locator('lawdiff-app .update[role="status"]')).toHaveCount(0);
      const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
      expect(waiting).toBe(false);
      expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    } finally {
      await site.close();
    }
  });
}
