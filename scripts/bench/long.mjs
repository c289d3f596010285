/**
 * The long inputs of issue 12 (points 13 and 14, long-cases.mjs): time
 * `compareVersions` in a fresh process per case, `lawdiff compare` on the
 * same two files end to end, and a floor, and print them with the ratio.
 * Nothing is asserted. Run by `npm run bench` after its own cases, or alone:
 *
 *   node scripts/bench/long.mjs [--only=id,id] [--engine=<checkout>] [--timeout=s] [--runs=n]
 *
 * The floor is the least any comparison must do with the text:
 *   cjk-line  segmenting both lines once with Intl.Segmenter, sentence by sentence
 *             (without punctuation, in pieces of 1,000 characters);
 *   rewrite   listing the articles of both versions and hashing each (the bench's floor).
 * `--engine` times another checkout's build (`dist-cli` and `bin/lawdiff.js`; e.g. a
 * `git worktree` of an older commit) on the same inputs, for before/after numbers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Child: one measurement, one JSON line. */
async function child(role, id, root, runs) {
  const { loadLongCase } = await import('./long-cases.mjs');
  const k = loadLongCase(id);
  const times = [];
  if (role === 'engine') {
    const { compareVersions } = await import(pathToFileURL(join(root, 'dist-cli/diff/compare.js')).href);
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      compareVersions(k.old, k.new);
      times.push(performance.now() - t);
    }
  } else if (k.kind === 'cjk-line') {
    const seg = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
    const lines = [k.old, k.new].map((d) => d.body[0].paragraphs[0].text);
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      let n = 0;
      // Sentence by sentence; a line without 。 in pieces of 1,000 characters (whole, it would be quadratic).
      for (const line of lines) {
        for (const sentence of line.split(/(?<=。)/u)) for (let at = 0; at < sentence.length; at += 1000) for (const _ of seg.segment(sentence.slice(at, at + 1000))) n++;
      }
      times.push(performance.now() - t);
    }
  } else {
    const { floor } = await import('./baselines.mjs');
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      floor(k.old, k.new);
      times.push(performance.now() - t);
    }
  }
  process.stdout.write(`${JSON.stringify({ first: times[0], median: median(times) })}\n`);
}

/** Runs a child, or a command, with a deadline; resolves to its stdout and wall time, or `timedOut`. */
function run(cmd, argv, timeoutMs) {
  return new Promise((done) => {
    const t = performance.now();
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ out, ms: performance.now() - t, timedOut: signal === 'SIGKILL', code });
    });
  });
}

const fmt = (ms) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function driver() {
  const { LONG_CASES, loadLongCase } = await import('./long-cases.mjs');
  const root = resolve(option('engine') ?? resolve(SELF, '../../..'));
  const timeoutMs = Number(option('timeout') ?? 300) * 1000;
  const runs = Number(option('runs') ?? 3);
  const only = option('only')?.split(',');
  const cases = only ? LONG_CASES.filter((c) => only.includes(c.id)) : LONG_CASES;
  const dir = mkdtempSync(join(os.tmpdir(), 'lawdiff-long-'));
  console.log(`Long inputs of issue 12 (engine: ${root}; ${runs} runs per case in a fresh process, median; the CLI once; limit ${timeoutMs / 1000} s)`);
  console.log('');
  console.log('| case | input | engine (first, median) | lawdiff compare | floor | engine ÷ floor |');
  console.log('|---|---|---|---|---|---|');
  for (const c of cases) {
    const k = loadLongCase(c.id);
    const files = ['old', 'new'].map((side) => join(dir, `${c.id}-${side}.json`));
    writeFileSync(files[0], JSON.stringify(k.old));
    writeFileSync(files[1], JSON.stringify(k.new));
    const bytes = c.kind === 'cjk-line' ? Buffer.byteLength(k.old.body[0].paragraphs[0].text) : k.old.body.reduce((n, a) => n + Buffer.byteLength(a.paragraphs[0].text), 0);
    const input = c.kind === 'cjk-line' ? `${(bytes / 1000).toFixed(0)} KB line` : `${c.articles} articles, ${(bytes / 1e6).toFixed(2)} MB`;
    const engine = await run(process.execPath, [SELF, '--child', 'engine', c.id, root, String(runs)], timeoutMs * runs);
    const cli = await run(process.execPath, [join(root, 'bin/lawdiff.js'), 'compare', ...files], timeoutMs);
    const floor = await run(process.execPath, [SELF, '--child', 'floor', c.id, root, String(runs)], timeoutMs);
    const e = engine.timedOut ? undefined : JSON.parse(engine.out);
    const f = floor.timedOut ? undefined : JSON.parse(floor.out);
    const engineText = e ? `${fmt(e.first)}, ${fmt(e.median)}` : `> ${fmt(timeoutMs * runs)}`;
    const cliText = cli.timedOut ? `> ${fmt(timeoutMs)}` : fmt(cli.ms);
    const ratio = e && f ? `${(e.median / f.median).toFixed(1)}×` : '—';
    console.log(`| ${c.title} | ${input} | ${engineText} | ${cliText} | ${fmt(f?.median)} | ${ratio} |`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log('');
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (wall times grow when other work keeps the ${os.cpus().length} cores busy)`);
}

if (args[0] === '--child') await child(args[1], args[2], args[3], Number(args[4]));
else await driver();
