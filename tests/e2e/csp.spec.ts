/**
 * The Content Security Policy as headers (issue 12): `vite preview` and the
 * dev server send it on every response, with `frame-ancestors 'none'`; the
 * page may connect to its own origin only, and the import worker — which
 * fetches the laws a reader asks for by address — to https and loopback
 * addresses (docs/decisions/008-content-security-policy.md).
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_CORPUS_PORT, PORT } from '../helpers/ports.js';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  );

/** Violations the page reports from now on. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeBinding('__cspViolation', (_source, detail: string) => void seen.push(detail));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(d: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/** A server on another port of this machine that answers a plain-text law to anyone (CORS open). */
async function otherOrigin(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    res.end('Article 1\nAnyone may read this.\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/law.txt`, server };
}

test('the preview sends the policy of index.html as a header, with frame-ancestors', async ({ page, request }) => {
  const response = await request.get('./');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header, 'a Content-Security-Policy header').not.toBe('');
  await page.goto('./');
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const fromHeader = directives(header);
  expect(fromHeader.get('frame-ancestors')).toEqual(["'none'"]);
  fromHeader.delete('frame-ancestors');
  expect(fromHeader, 'the header says what the <meta> says').toEqual(directives(meta));
  expect(fromHeader.get('connect-src')).toEqual(["'self'"]);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('no other site can frame lawdiff', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors|Refused to frame/iu.test(m.text())) blocked.push(m.text());
  });
  const framer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><iframe src="http://127.0.0.1:${PORT}/" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    await expect.poll(() => blocked.length, { message: 'the frame was refused' }).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.locator('lawdiff-app').count().catch(() => 0) ?? 0).toBe(0);
  } finally {
    framer.close();
  }
});

test('the page cannot connect to another origin; the import worker fetches a law from one', async ({ page }) => {
  const violations = await watch(page);
  const { url, server } = await otherOrigin();
  try {
    await page.goto('./#/import');
    await expect(page.locator('lawdiff-import-page')).toBeVisible();
    const fromPage = await page.evaluate((u) => fetch(u).then(() => 'fetched', (e: unknown) => (e instanceof Error ? e.name : String(e))), url);
    expect(fromPage, 'the page itself may not fetch another origin').toBe('TypeError');
    await expect.poll(() => violations.some((v) => v.startsWith('connect-src'))).toBe(true);

    // Import from that address: the worker fetches it, under its own policy.
    violations.length = 0;
    await page.getByRole('radio', { name: 'From an address' }).check();
    await page.getByLabel('Address (URL) of a published text').fill(url);
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await expect(page.locator('lawdiff-import-page textarea#text')).toHaveValue(/Anyone may read this\./u, { timeout: 20_000 });
    expect(violations).toEqual([]);
  } finally {
    server.close();
  }
});

test('the dev server sends the policy too, and the app runs under it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const base = `http://127.0.0.1:${DEV_CORPUS_PORT}/`;
  const header = (await request.get(base)).headers()['content-security-policy'] ?? '';
  const d = directives(header);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  const violations = await watch(page);
  await page.goto(`${base}#/law/cn-company-law/compare/2018/2023`);
  await expect(page.locator('lawdiff-compare-view section.article-row').first()).toBeVisible({ timeout: 60_000 });
  expect(violations).toEqual([]);
});
