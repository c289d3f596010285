/**
 * Import speed and the command line's start-up (issue 20), printed beside a floor measured in the
 * same run: nothing is asserted. Run by `npm run bench` after its other sections, or alone:
 *
 *   node scripts/bench/import-speed.mjs [--runs=n] [--against=<checkout>] [--only=import|cli]
 *
 * Import: per format and language (Markdown zh, de, tw; USLM XML), n fresh children (`node
 * --expose-gc`), each importing one corpus file with `importSource` (this checkout's dist-cli): the
 * first import of the process (cold: what `lawdiff` pays), then five more after a GC (warm: what a
 * worker importing reading after reading pays), and before them the floor — reading the file and
 * splitting it into lines, as cold. MB/s over the file's bytes; ratio = import time / floor time.
 *
 * CLI: whole-process wall time of `node bin/lawdiff.js compare --json a b > /dev/null` on the BGB
 * 2012 → 2022, and of `lawdiff articles` on the BGB 2022, against a process that only reads the
 * same files and splits them into lines; n runs of each, alternated, medians.
 *
 * `--against=<checkout>` (a copy of an older commit with its dist-cli built) also times that
 * checkout, alternated with this one, for before/after numbers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '../..');
const CORPUS = process.env.LAWDIFF_CORPUS ?? resolve(ROOT, '../shared/corpus');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const MB = 1024 * 1024;

/** The inputs, with the issue's target in MB/s. */
const INPUTS = [
  { id: 'md-zh', what: 'Markdown zh (民法典)', file: 'cn-civil-code/2020.md', target: 15 },
  { id: 'md-de', what: 'Markdown de (BGB 2022)', file: 'de-bgb/2022-03-03.md', target: 15 },
  { id: 'md-tw', what: 'Markdown tw (個資法 2010)', file: 'tw-personal-data-protection-act/2010.md', target: 15 },
  { id: 'uslm', what: 'USLM XML (H.R. 2157 enr)', file: 'us-116-hr2157/enr.xml', target: 10 },
];
const WARM_RUNS = 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The floor: read the file as text and split it into lines. */
function readAndSplit(path) {
  return readFileSync(path, 'utf8').split(/\r\n|\r|\n/).length;
}

/** Child: floor, then one cold import and WARM_RUNS warm ones of one file; one JSON line. */
async function child(root, path) {
  const t0 = performance.now();
  readAndSplit(path);
  const floor = performance.now() - t0;
  const { importSource } = await import(pathToFileURL(join(root, 'dist-cli/model/import/index.js')).href);
  const text = readFileSync(path, 'utf8');
  const t1 = performance.now();
  importSource(text, { fileName: path });
  const cold = performance.now() - t1;
  const warm = [];
  for (let r = 0; r < WARM_RUNS; r++) {
    globalThis.gc();
    const t = performance.now();
    importSource(text, { fileName: path });
    warm.push(performance.now() - t);
  }
  process.stdout.write(`${JSON.stringify({ floor, cold, warm: median(warm) })}\n`);
}

function runChild(root, path) {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--expose-gc', SELF, '--child', root, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', () => {
      try {
        done(JSON.parse(out.trim().split('\n').pop()));
      } catch {
        done(undefined);
      }
    });
  });
}

/** Wall time of one process, its standard output to /dev/null. */
function wall(argv) {
  const devnull = openSync('/dev/null', 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', devnull, 'pipe'], cwd: ROOT });
  const ms = performance.now() - t;
  closeSync(devnull);
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const rate = (bytes, ms) => `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;
const x = (r) => `${r.toFixed(2)}×`;

function table(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map(String));
  const width = headers.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd();
  return [line(all[0]), width.map((w) => '─'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

async function driver() {
  const runs = Number(option('runs') ?? 5);
  const against = option('against') && resolve(option('against'));
  const only = option('only');
  const roots = against ? [['before', against], ['after', ROOT]] : [['', ROOT]];
  const started = performance.now();

  if (only === undefined || only === 'import') {
    console.log(`Import in process — ${runs} fresh children per file${against ? ' and checkout, alternated' : ''}: cold = the process's first import (what lawdiff pays),`);
    console.log(`warm = median of ${WARM_RUNS} more after a GC (a worker importing reading after reading); floor = reading the file and splitting it into lines,`);
    console.log('in the same child before the import; ratio = import / floor. Medians over the children. Targets (issue 20): Markdown/text ≥ 15 MB/s, XML ≥ 10 MB/s.');
    const rows = [];
    for (const input of INPUTS) {
      const path = join(CORPUS, input.file);
      const bytes = statSync(path).size;
      const got = new Map(roots.map(([name]) => [name, []]));
      for (let r = 0; r < runs; r++) for (const [name, root] of roots) got.get(name).push(await runChild(root, path));
      for (const [name] of roots) {
        const xs = got.get(name).filter(Boolean);
        if (xs.length === 0) {
          rows.push([`${input.what}${name ? ` ${name}` : ''}`, (bytes / MB).toFixed(2), 'failed', '', '', '', '', '', '', '']);
          continue;
        }
        const cold = median(xs.map((m) => m.cold));
        const warm = median(xs.map((m) => m.warm));
        const floor = median(xs.map((m) => m.floor));
        rows.push([`${input.what}${name ? ` ${name}` : ''}`, `${(bytes / MB).toFixed(2)} MB`, fmt(cold), rate(bytes, cold), fmt(warm), rate(bytes, warm), fmt(floor), rate(bytes, floor), x(cold / floor), `≥ ${input.target} MB/s`]);
      }
    }
    console.log(table(['format', 'size', 'cold', 'cold MB/s', 'warm', 'warm MB/s', 'floor', 'floor MB/s', 'cold/floor', 'target'], rows));
    console.log('');
  }

  if (only === undefined || only === 'cli') {
    const a = join(CORPUS, 'de-bgb/2012-07-02.md');
    const b = join(CORPUS, 'de-bgb/2022-03-03.md');
    const floorScript = `const fs = require('node:fs'); let n = 0; for (const f of process.argv.slice(1)) n += fs.readFileSync(f, 'utf8').split(/\\r\\n|\\r|\\n/).length; if (n < 0) console.log(n);`;
    const cases = [
      { what: 'lawdiff compare --json BGB 2012 → 2022', argv: (root) => [join(root, 'bin/lawdiff.js'), 'compare', '--json', a, b], floor: ['-e', floorScript, a, b], target: '≤ 3×' },
      { what: 'lawdiff articles BGB 2022', argv: (root) => [join(root, 'bin/lawdiff.js'), 'articles', b], floor: ['-e', floorScript, b], target: '—' },
    ];
    console.log(`Command line, whole process — wall time, ${runs} runs of each, alternated (floor, ${roots.map(([n]) => n || 'lawdiff').join(', ')}), medians; the floor is a`);
    console.log('node process that reads the same files and splits them into lines. Target (issue 20): compare --json within 3× of the floor.');
    const rows = [];
    for (const c of cases) {
      const floors = [];
      const times = new Map(roots.map(([name]) => [name, []]));
      for (let r = 0; r < runs; r++) {
        floors.push(wall(c.floor));
        for (const [name, root] of roots) times.get(name).push(wall(c.argv(root)));
      }
      const floor = median(floors);
      for (const [name] of roots) {
        const t = median(times.get(name));
        rows.push([`${c.what}${name ? ` ${name}` : ''}`, fmt(t), `${fmt(Math.min(...times.get(name)))}–${fmt(Math.max(...times.get(name)))}`, fmt(floor), x(t / floor), c.target]);
      }
    }
    console.log(table(['process', 'median', 'min–max', 'floor', 'ratio', 'target'], rows));
    console.log('');
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; import and CLI took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (args[0] === '--child') await child(args[1], args[2]);
else await driver();
