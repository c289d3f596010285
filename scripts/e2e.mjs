#!/usr/bin/env node
// Runs the browser tests (Playwright) in the system Chromium, after checking
// that the browser is there and starts. Without one it says what to install
// and exits 1, without a stack trace. Run `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(reason) {
  process.stderr.write(
    [
      `e2e: no usable Chromium: ${reason}`,
      '',
      'The browser tests run in a system Chromium. Install one of:',
      '  - the Debian package:            apt-get install chromium',
      '  - where downloads are possible:  npx playwright install chromium',
      '    then point CHROMIUM_PATH at the chrome binary it prints',
      '    (e.g. ~/.cache/ms-playwright/chromium-*/chrome-linux/chrome).',
      '',
      'Set CHROMIUM_PATH when the browser is not at /usr/bin/chromium.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

if (!existsSync(chromium)) fail(`${chromium} does not exist${process.env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}.`);
const version = spawnSync(chromium, ['--version'], { encoding: 'utf8', timeout: 30_000 });
if (version.error || version.status !== 0) {
  const output = `${version.stderr ?? ''}\n${version.stdout ?? ''}`.trim().split('\n')[0];
  const why = version.error ? version.error.message : `exit code ${version.status}${output ? ` (${output})` : ''}`;
  fail(`${chromium} --version failed: ${why}`);
}
const dist = process.env.LAWDIFF_DIST ?? 'dist';
const distCorpus = process.env.LAWDIFF_DIST_CORPUS ?? 'dist-corpus';
if (!existsSync(`${dist}/index.html`)) {
  process.stderr.write(`e2e: ${dist}/ has no build; run \`npm run build\` first (npm test does).\n`);
  process.exit(1);
}
process.stdout.write(`e2e: ${version.stdout.trim().split('\n').pop()} (${chromium})\n`);

// The comparison tests on real laws need the app built on ../shared/corpus too (read there, never copied into the repository).
const corpus = process.env.LAWDIFF_CORPUS ?? '../shared/corpus';
if (!existsSync(corpus)) {
  process.stderr.write(`e2e: the shared corpus is not at ${corpus}; check out ../shared beside the repository or set LAWDIFF_CORPUS.\n`);
  process.exit(1);
}
// LAWDIFF_SKIP_CORPUS_BUILD=1 reuses an existing build (for quick reruns of a few tests).
if (process.env.LAWDIFF_SKIP_CORPUS_BUILD !== '1' || !existsSync(`${distCorpus}/index.html`)) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', distCorpus, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, LAWDIFF_COLLECTION: corpus },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) {
  process.stderr.write(`e2e: could not start Playwright: ${run.error.message}\n`);
  process.exit(1);
}
process.exit(run.status ?? 1);
