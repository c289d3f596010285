#!/usr/bin/env node
// `npm run fuzz`: the full fuzz run of issue 6. Runs the fuzz tests in
// tests/unit/fuzz with LAWDIFF_FUZZ_RUNS=10000 (override: set it yourself) and
// LAWDIFF_FUZZ_FULL=1 (an input taking more than 5 s of CPU fails as a hang), then prints
// the inputs and the total and slowest time per target. Extra arguments go to
// vitest (`npm run fuzz -- -t uslm`). A run that stalls for LAWDIFF_FUZZ_STALL_MIN
// minutes (default 30) without finishing is stopped and reported as a hang.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'lawdiff-fuzz-'));
const report = join(dir, 'report.jsonl');
const env = {
  ...process.env,
  LAWDIFF_FUZZ_RUNS: process.env.LAWDIFF_FUZZ_RUNS ?? '10000',
  LAWDIFF_FUZZ_FULL: '1',
  LAWDIFF_FUZZ_REPORT: report,
};
const stallMin = Number(process.env.LAWDIFF_FUZZ_STALL_MIN ?? 30);
const started = Date.now();
console.log(`lawdiff fuzz: ${env.LAWDIFF_FUZZ_RUNS} inputs per target, hang limit ${env.LAWDIFF_FUZZ_HANG_MS ?? 5000} ms per input`);

// One worker at a time: the timings are then per input, not shared with other files.
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
// In its own process group, so a stalled run is stopped with its workers.
const child = spawn(process.execPath, [vitest, 'run', 'tests/unit/fuzz', '--no-file-parallelism', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', detached: true });
const stop = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
let last = Date.now();
const watchdog = setInterval(() => {
  let size = 0;
  try {
    size = readFileSync(report, 'utf8').length;
  } catch {
    // no target finished yet
  }
  if (size !== watchdog.size) {
    watchdog.size = size;
    last = Date.now();
  } else if (Date.now() - last > stallMin * 60_000) {
    console.error(`lawdiff fuzz: no target finished for ${stallMin} minutes: stopping (a hang?)`);
    stop('SIGKILL');
  }
}, 10_000);

child.on('exit', (code, signal) => {
  clearInterval(watchdog);
  let rows = [];
  try {
    rows = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // no report
  }
  rmSync(dir, { recursive: true, force: true });
  if (rows.length > 0) {
    const w = Math.max(...rows.map((r) => r.target.length), 6);
    // Times are CPU time of the test process (tests/helpers/fuzz.ts); "wall" is the slowest input's wall time beside it.
    console.log(`\n${'target'.padEnd(w)}  ${'inputs'.padStart(7)}  ${'CPU s'.padStart(8)}  ${'mean ms'.padStart(8)}  ${'slowest ms'.padStart(10)}  ${'wall ms'.padStart(8)}  slowest input`);
    for (const r of rows) {
      const mean = r.count ? r.totalMs / r.count : 0;
      console.log(`${r.target.padEnd(w)}  ${String(r.count).padStart(7)}  ${(r.totalMs / 1000).toFixed(1).padStart(8)}  ${mean.toFixed(2).padStart(8)}  ${r.slowestMs.toFixed(1).padStart(10)}  ${String(r.slowestWallMs ?? '').padStart(8)}  ${r.slowest.slice(0, 90)}`);
      const outcomes = Object.entries(r.outcomes ?? {}).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
      if (outcomes) console.log(`${''.padEnd(w)}  outcomes: ${outcomes}`);
    }
    const inputs = rows.reduce((s, r) => s + r.count, 0);
    console.log(`\n${inputs} inputs in ${rows.length} targets; wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
