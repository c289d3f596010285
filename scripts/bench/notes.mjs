#!/usr/bin/env node
// Notes benchmark (issue 12, point 15): 50,000 notes, a 12 MB backup's worth, in the system Chromium.
//   restore: merging the notes into the database, through the real modules (the dev server serves src/):
//     floor           one transaction of plain puts, nothing read (the least any merge can cost);
//     mergeContent    src/store/library.ts, the backup restore's merge (one awaited get and put per note at 546c7f6);
//     importMany      src/store/idb-notes.ts (every read asked at once, then every write);
//     each into an empty database, then again into one that holds them all (a backup restored twice).
//   open: a comparison of the sample law whose articles carry the notes, in the built app (dist/, or
//     LAWDIFF_BENCH_DIST): from the route change to the first rows, and the longest task on the page's
//     thread meanwhile (the page is frozen for that long); the floor is the same comparison without notes.
// Prints numbers and ratios to the floor of the same run; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const N = Number(process.env.LAWDIFF_BENCH_NOTES ?? 50_000);
const DIST = process.env.LAWDIFF_BENCH_DIST ?? 'dist';
const PREVIEW_PORT = Number(process.env.LAWDIFF_BENCH_PORT ?? 4191);
const DEV_PORT = PREVIEW_PORT + 1;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAW = 'fictional-open-data-law-zh';

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`bench:notes: ${DIST}/ has no build; run npm run build (or set LAWDIFF_BENCH_DIST)`);
  process.exit(1);
}
const vite = (args) => spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args, '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const servers = [vite(['preview', '--outDir', DIST, '--port', String(PREVIEW_PORT)]), vite(['--port', String(DEV_PORT)])];
async function up(port) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on port ${port}`);
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`.padStart(10);
const ratio = (x, floor) => `${(x / floor).toFixed(1)}×`.padStart(7);

/** Makes the notes in the page: `count` notes of about 240 bytes each, spread over the sample law's articles. */
const seed = ([count, folder]) => {
  const at = '2025-01-01T00:00:00.000Z';
  window.__notes = Array.from({ length: count }, (_, i) => ({
    id: `bench-${String(i).padStart(6, '0')}`,
    folder,
    key: `first-draft~${(i % 12) + 1}`,
    text: `Note ${i}: ${'a remark on this article, as a reader writes it. '.repeat(4)}`,
    label: `第${(i % 12) + 1}条`,
    created: at,
    updated: at,
  }));
  return JSON.stringify({ format: 'lawdiff-backup/1', notes: window.__notes }).length;
};

try {
  await Promise.all([up(PREVIEW_PORT), up(DEV_PORT)]);
  console.log(`notes benchmark: ${N.toLocaleString('en')} notes, Chromium ${browser.version()}`);

  // Restore, through the real modules.
  const dev = await browser.newPage();
  await dev.goto(`http://127.0.0.1:${DEV_PORT}/collection/index.json`);
  const bytes = await dev.evaluate(seed, [N, LAW]);
  console.log(`restore (${(bytes / 1e6).toFixed(1)} MB of notes)`.padEnd(40), '  into empty', '        ', ' again (all kept)');
  const restore = async (how) =>
    dev.evaluate(async (how) => {
      const { openLawdiffDb } = await import('/src/store/db.ts');
      const { mergeContent } = await import('/src/store/library.ts');
      const { createIdbNotesStore } = await import('/src/store/idb-notes.ts');
      await new Promise((done) => (indexedDB.deleteDatabase('lawdiff').onsuccess = done));
      const opened = await openLawdiffDb();
      if (!opened.ok) throw new Error(opened.detail);
      const db = opened.value;
      const notes = window.__notes;
      const once = async () => {
        const t0 = performance.now();
        let r = { ok: true };
        if (how === 'floor') {
          const tx = db.transaction('notes', 'readwrite');
          for (const n of notes) tx.store.put(n);
          await tx.done;
        } else if (how === 'mergeContent') r = await mergeContent(db, { notes, laws: [], versions: [] });
        else r = await createIdbNotesStore(db, { channel: undefined }).importMany(notes);
        if (!r.ok) throw new Error(`${how}: ${r.problem} ${r.detail}`);
        return performance.now() - t0;
      };
      const empty = await once();
      const again = await once();
      const count = await db.count('notes');
      db.close();
      return { empty, again, count };
    }, how);
  const floor = await restore('floor');
  console.log('  floor: plain puts'.padEnd(40), ms(floor.empty), ratio(floor.empty, floor.empty), ms(floor.again), ratio(floor.again, floor.again));
  for (const how of ['mergeContent', 'importMany']) {
    const r = await restore(how);
    if (r.count !== N) throw new Error(`${how} stored ${r.count} notes, not ${N}`);
    console.log(`  ${how}`.padEnd(40), ms(r.empty), ratio(r.empty, floor.empty), ms(r.again), ratio(r.again, floor.again));
  }
  await dev.close();

  // Opening a comparison whose articles carry the notes, in the built app.
  const open = async (count) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PREVIEW_PORT}/#/`);
    await page.waitForFunction(() => document.querySelector('lawdiff-app')?.shadowRoot?.querySelector('h1'), null, { timeout: 60_000 });
    await page.evaluate(seed, [count, LAW]);
    await page.evaluate(
      () =>
        new Promise((done, fail) => {
          const req = indexedDB.open('lawdiff');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('notes', 'readwrite');
            for (const n of window.__notes) tx.objectStore('notes').put(n);
            tx.oncomplete = () => (req.result.close(), done());
          };
        }),
    );
    const r = await page.evaluate(
      (law) =>
        new Promise((done) => {
          const long = [];
          new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
          const t0 = performance.now();
          location.hash = `#/law/${law}/compare/first-draft/second-reading`;
          const check = () => {
            const rows = performance.getEntriesByName('lawdiff:first-rows').filter((e) => e.startTime > t0);
            // The notes arrive after the rows: wait until they are on screen too (or none were seeded).
            const shown = document.querySelector('lawdiff-app')?.shadowRoot?.querySelector('lawdiff-compare-view')?.shadowRoot?.querySelector('lawdiff-article-notes')?.shadowRoot?.querySelector('li');
            if (rows.length > 0 && (shown || window.__notes.length === 0)) setTimeout(() => done({ rows: performance.now() - t0, longest: Math.max(0, ...long) }), 500);
            else requestAnimationFrame(check);
          };
          check();
        }),
      LAW,
    );
    await context.close();
    return r;
  };
  console.log('open the comparison'.padEnd(40), 'route → rows and notes', '   longest task');
  const none = await open(0);
  console.log('  floor: no notes'.padEnd(40), ms(none.rows), ratio(none.rows, none.rows), '     ', ms(none.longest));
  const many = await open(N);
  console.log(`  ${N.toLocaleString('en')} notes on its articles`.padEnd(40), ms(many.rows), ratio(many.rows, none.rows), '     ', ms(many.longest), ratio(many.longest, Math.max(none.longest, 50)));
} finally {
  await browser.close();
  for (const s of servers) process.kill(-s.pid);
}
