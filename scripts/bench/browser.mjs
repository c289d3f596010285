#!/usr/bin/env node
// Browser benchmark: opens comparisons of real laws in the built app (dist-corpus/, the app built on
// ../shared/corpus; `node scripts/e2e.mjs` or `LAWDIFF_COLLECTION=../shared/corpus npx vite build --outDir dist-corpus` makes it)
// in the system Chromium and prints, per case, the median over runs of:
//   open → rows: from navigation (the page's time origin) to the first rows on screen, or to the picture drawn: a comparison the build shipped
//     (docs/decisions/018) is read, not computed;
//   floor: fetching, in a fresh profile, the collection files that cold open fetched, all at once (the network's share);
//   computed: the same cold open with the shipped comparisons refused, as for the reader's own texts (the worker loads,
//     imports and compares the readings, then the history of every reading);
//   ready → rows: from the worker's answer to the first rows painted (the viewer's own cost);
//   → history: from navigation to the history of every reading arriving, when it comes after the first rows;
//   reopen: the same link opened again in a new tab of the same profile (the comparison kept in IndexedDB, the app in the
//     service worker's cache), from navigation to the first rows;
//   memory: the peak private memory (Private_Clean + Private_Dirty of /proc/<pid>/smaps_rollup, sampled every 25 ms) of the
//     tab's renderer process — the page, its worker and the DOM — from opening the link cold until the history has arrived;
//   live DOM nodes after the first rows;
//   jump: from changing the focused article in the URL to that article focused on screen (far in the law);
//   scroll: frame intervals while scrolling with the wheel for 3 s (p95, max, frames over 20 ms = a dropped frame).
// Prints numbers, asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PORT = 4190;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.LAWDIFF_BENCH_RUNS ?? 3);
// [law, readings (two: a comparison; three or more: the synopsis of several readings), far article, picture?]
const cases = [
  ['cn-company-law', ['2018', '2023'], '2023~266'],
  ['de-bgb', ['2012-07-02', '2022-03-03'], '2022-03-03~2385'],
  ['de-bgb', ['2012-07-02', '2013-01-11', '2022-03-03'], '2022-03-03~2385'],
  ['de-bgb', ['2012-07-02', '2013-01-11', '2022-03-03'], '', 'picture'],
  ['de-tkg-2004', ['2012-07-02', '2012-08-06', '2012-09-16', '2012-10-16', '2012-12-02', '2012-12-30', '2021'], '2021~140'],
  ['tw-personal-data-protection-act', ['2010', '2015'], '2015~56'],
];

if (!existsSync('dist-corpus/index.html')) {
  console.error('bench:browser: dist-corpus/ is missing; build it with LAWDIFF_COLLECTION=../shared/corpus npx vite build --outDir dist-corpus');
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`bench:browser: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}
// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-corpus', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cdp = await browser.newBrowserCDPSession();
/** The renderer processes' ids (Linux: the tab's memory is read from /proc). */
const renderers = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
/** Private memory of a process in bytes (what it alone holds: the tab's own memory), or 0 when it is gone or unreadable. */
function privateBytes(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    let kb = 0;
    for (const m of rollup.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gmu)) kb += Number(m[1]);
    return kb * 1024;
  } catch {
    return 0;
  }
}
/** Samples every renderer's private memory until stopped; the peak of the largest (the tab's; Chromium keeps a small spare renderer too). */
function memorySampler() {
  const peak = new Map();
  let pids = [];
  let on = true;
  const tick = async () => {
    pids = await renderers().catch(() => pids);
    for (const pid of pids) peak.set(pid, Math.max(peak.get(pid) ?? 0, privateBytes(pid)));
    if (on) setTimeout(tick, 25);
  };
  void tick();
  return () => {
    on = false;
    return Math.max(0, ...peak.values());
  };
}
const MB = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
console.log(`browser benchmark: ${runs} runs per case, Chromium ${browser.version()}`);
console.log('case'.padEnd(48), 'open → rows', '  floor', 'ready → rows', ' computed', '→ history', '  reopen', ' memory', 'DOM nodes', '     jump', ' scroll p95/max/dropped');
try {
  const opened = new Map();
  const only = process.env.LAWDIFF_BENCH_ONLY;
  for (const [law, readings, far, picture] of cases.filter(([law]) => !only || only.split(',').includes(law))) {
    const name = `${law} ${readings.length > 2 ? `${readings.length} readings` : readings.join(' → ')}${picture ? ' picture' : ''}`;
    const mark = picture ? 'lawdiff:picture' : 'lawdiff:first-rows';
    const open = [];
    const ready = [];
    const historyAt = [];
    const reopened = [];
    const memory = [];
    const jumps = [];
    const floors = [];
    const computed = [];
    let scroll = '';
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      // A fresh profile per run: empty HTTP cache, no service worker, no IndexedDB.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const url = `http://127.0.0.1:${PORT}/#/law/${law}/compare/${readings.join('/')}${picture ? '?show=picture' : ''}`;
      const stopSampling = memorySampler();
      await page.goto(url);
      // From the navigation's start (the page's time origin), as `reopen` and `bench:cold` measure: not the driver's round trips.
      const rows = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 120_000, polling: 10 });
      open.push(await rows.jsonValue());
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/collection/')));
      // The history of every reading, when it comes after the first rows (a comparison of two readings of a law that has more).
      if (await page.evaluate(() => performance.getEntriesByName('lawdiff:compare-partial').length > 0)) {
        const h = await page.waitForFunction(() => performance.getEntriesByName('lawdiff:history-ready')[0]?.startTime, null, { timeout: 120_000, polling: 20 });
        historyAt.push(await h.jsonValue());
      }
      memory.push(stopSampling());
      ready.push(
        await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime - performance.getEntriesByName('lawdiff:compare-ready')[0].startTime, mark),
      );
      nodes = await page.evaluate(() => {
        const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
        return count(document);
      });
      if (far) jumps.push(
        await page.evaluate(async (key) => {
          const t0 = performance.now();
          location.hash = `${location.hash.replace(/\?.*$/, '')}?a=${key}`;
          return new Promise((resolve) => {
            const check = () => {
              const m = performance.getEntriesByName('lawdiff:revealed').filter((e) => e.startTime > t0);
              if (m.length > 0) resolve(m[0].startTime - t0);
              else requestAnimationFrame(check);
            };
            check();
          });
        }, far),
      );
      if (i === 0 && !picture) {
        await page.evaluate(() => {
          window.__frames = [];
          let last = performance.now();
          const tick = (t) => {
            window.__frames.push(t - last);
            last = t;
            if (window.__frames.length < 10_000) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        await page.mouse.move(700, 500);
        const until = Date.now() + 3000;
        let dir = -1;
        while (Date.now() < until) {
          await page.mouse.wheel(0, dir * 400);
          await page.waitForTimeout(30);
          if (Date.now() % 1000 < 30) dir = -dir;
        }
        const frames = (await page.evaluate(() => window.__frames)).slice(1).sort((x, y) => x - y);
        const p95 = frames[Math.floor(frames.length * 0.95)] ?? 0;
        scroll = `${p95.toFixed(0)} / ${(frames[frames.length - 1] ?? 0).toFixed(0)} ms / ${frames.filter((f) => f > 20).length} of ${frames.length}`;
      }
      // Reopened later, in a new tab of the same profile: the app from the service worker (installed by then), the
      // shipped comparison from its cache (a computed one: kept in IndexedDB).
      await page.evaluate(() => navigator.serviceWorker?.ready);
      await page.close();
      const again = await context.newPage();
      await again.goto(url);
      reopened.push(
        await again
          .waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 120_000, polling: 10 })
          .then((h) => h.jsonValue()),
      );
      await context.close();
      // The floor: the same collection files fetched at once by a page that does nothing else, in a fresh profile.
      const bare = await browser.newContext();
      const fetcher = await bare.newPage();
      await fetcher.goto(`http://127.0.0.1:${PORT}/collection/index.json`);
      floors.push(
        await fetcher.evaluate(async (urls) => {
          const t0 = performance.now();
          await Promise.all(urls.map((u) => fetch(u).then((r) => r.arrayBuffer())));
          return performance.now() - t0;
        }, fetched),
      );
      await bare.close();
      // Computed: the shipped comparisons refused (a 404, as from a collection built without them).
      const plain = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await plain.route(/\/collection\/~compared\//u, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      const computing = await plain.newPage();
      await computing.goto(url);
      const computedRows = await computing.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 120_000, polling: 10 });
      computed.push(await computedRows.jsonValue());
      await plain.close();
    }
    opened.set(name, median(open));
    console.log(
      name.padEnd(48),
      `${Math.round(median(open))} ms`.padStart(11),
      `${Math.round(median(floors))} ms`.padStart(7),
      `${Math.round(median(ready))} ms`.padStart(12),
      `${Math.round(median(computed))} ms`.padStart(9),
      (historyAt.length ? `${Math.round(median(historyAt))} ms` : '—').padStart(10),
      `${Math.round(median(reopened))} ms`.padStart(9),
      MB(median(memory)).padStart(7),
      String(nodes).padStart(9),
      (jumps.length ? `${Math.round(median(jumps))} ms` : '—').padStart(9),
      ` ${scroll}`,
    );
  }
  // Issue 19's target: the three-reading BGB synopsis's first rows, and its picture, within 1.5× today's two-reading BGB comparison (same run).
  const two = opened.get('de-bgb 2012-07-02 → 2022-03-03');
  for (const name of ['de-bgb 3 readings', 'de-bgb 3 readings picture']) {
    const t = opened.get(name);
    if (two && t) console.log(`${name}: ${(t / two).toFixed(2)}× the two-reading BGB comparison (target ≤ 1.5×)`);
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    // The server had already stopped (it could not start: the port was taken).
  }
}
