#!/usr/bin/env node
// `npm run bench:cold [-- <build-folder>]`: a cold load of the built app, from a
// local static server (`vite preview`) to the first rendered comparison of
// the shipped sample law, in the system Chromium. Each run is a fresh browser
// context (empty HTTP cache, no service worker yet, no IndexedDB), like a
// first visit. Measured with the Performance API from navigation start
// (time origin 0) to the app's marks; prints each run and the median.
// Printed, never asserted.
//
//   first rows      `lawdiff:first-rows`: the frame after the comparison's rows rendered
//   compare ready   `lawdiff:compare-ready`: the worker's answer arrived
//   FCP, DCL        first contentful paint; DOMContentLoaded
//
// Without a folder it builds the app into a temporary folder first.
// LAWDIFF_BENCH_RUNS (default 7) and LAWDIFF_BENCH_COLD_PORT (default 4193) change the runs and the port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.LAWDIFF_BENCH_COLD_PORT ?? 4193);
const RUNS = Number(process.env.LAWDIFF_BENCH_RUNS ?? 7);
const ROUTE = '#/law/fictional-open-data-law-zh/compare/first-draft/final';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.error(`bench:cold: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

const given = process.argv.slice(2).find((a) => !a.startsWith('-'));
let dir = given ? resolve(given) : undefined;
let temporary;
if (dir && !existsSync(join(dir, 'index.html'))) {
  console.error(`bench:cold: ${given} has no index.html; give a build folder (e.g. dist) or nothing to build one.`);
  process.exit(2);
}
if (!dir) {
  temporary = mkdtempSync(join(tmpdir(), 'lawdiff-cold-'));
  dir = temporary;
  console.log('bench:cold: building the app …');
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '--outDir', dir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${PORT}/`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => `${n.toFixed(0).padStart(6)} ms`;

let browser;
try {
  await waitForServer(base);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`cold load of ${ROUTE} from vite preview (${dir}), Chromium ${browser.version()}, ${RUNS} runs`);
  console.log(`${'run'.padEnd(5)}${'first rows'.padStart(11)}${'compare ready'.padStart(15)}${'FCP'.padStart(10)}${'DCL'.padStart(10)}${'JS fetched'.padStart(13)}`);
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${base}${ROUTE}`);
    await page.waitForFunction(() => performance.getEntriesByName('lawdiff:first-rows').length > 0, null, { timeout: 60_000, polling: 10 });
    const r = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js(\?|$)/u.test(e.name))
        .reduce((n, e) => n + (e.encodedBodySize || 0), 0);
      return {
        rows: mark('lawdiff:first-rows'),
        ready: mark('lawdiff:compare-ready'),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        dcl: nav ? nav.domContentLoadedEventEnd : NaN,
        js,
      };
    });
    results.push(r);
    console.log(`${String(i + 1).padEnd(5)}${ms(r.rows).padStart(11)}${ms(r.ready).padStart(15)}${ms(r.fcp).padStart(10)}${ms(r.dcl).padStart(10)}${`${(r.js / 1000).toFixed(1)} kB`.padStart(13)}`);
    await context.close();
  }
  const m = (k) => median(results.map((r) => r[k]));
  console.log(`${'med.'.padEnd(5)}${ms(m('rows')).padStart(11)}${ms(m('ready')).padStart(15)}${ms(m('fcp')).padStart(10)}${ms(m('dcl')).padStart(10)}`);
  console.log(`\ncold load to the first rendered comparison row: ${m('rows').toFixed(0)} ms (median of ${RUNS})`);
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

/** Resolves once the server answers, or fails after 30 s. */
async function waitForServer(url) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`bench:cold: vite preview did not answer at ${url} within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
