/**
 * `node scripts/bench/import-identity.mjs <other checkout>`: checks that a change meant to make the
 * importers or the command line faster left their output alone. Imports every text file of the
 * shared corpus (*.md, *.txt, *.xml, *.json, as the tests do: tests/helpers/corpus.ts) and of
 * tests/fixtures with `importSource` of this checkout's dist-cli and of the other's (a copy of an
 * older commit with its dist-cli built), and compares JSON.stringify of the result (ok, format,
 * doc, problems) — with and without a progress callback. With `--cli`, also runs both checkouts'
 * `bin/lawdiff.js` (import, articles, compare, compare --json, compare --json --chars, export-akn)
 * on a few corpus files and compares the bytes written and the exit codes.
 * Prints one line per difference and a summary; exits 1 when anything differs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const other = args.find((a) => !a.startsWith('--'));
if (!other) {
  console.error('usage: node scripts/bench/import-identity.mjs <other checkout with dist-cli built> [--cli]');
  process.exit(2);
}
const corpus = process.env.LAWDIFF_CORPUS ?? resolve(here, '../shared/corpus');

/** Every file under `dir` whose name ends in one of `exts`, sorted. */
function walk(dir, exts) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, exts));
    else if (exts.some((e) => name.endsWith(e)) && name !== 'law.json') out.push(p);
  }
  return out;
}

const files = [
  ...walk(corpus, ['.md', '.txt', '.xml', '.json']).map((p) => ({ path: p, name: relative(corpus, p) })),
  ...walk(resolve(here, 'tests/fixtures'), ['.md', '.txt', '.xml', '.json']).map((p) => ({ path: p, name: relative(here, p) })),
];

const mine = await import(pathToFileURL(resolve(here, 'dist-cli/model/import/index.js')).href);
const theirs = await import(pathToFileURL(resolve(other, 'dist-cli/model/import/index.js')).href);

function run(mod, text, name, progress) {
  const fractions = [];
  const r = mod.importSource(text, progress ? { fileName: name, onProgress: (f) => fractions.push(f) } : { fileName: name });
  return JSON.stringify({ ok: r.ok, format: r.format, doc: r.doc, problems: r.problems, fractions: fractions.length > 0 });
}

let differ = 0;
let compared = 0;
for (const f of files) {
  const text = readFileSync(f.path, 'utf8');
  for (const progress of [false, true]) {
    const a = run(theirs, text, f.name, progress);
    const b = run(mine, text, f.name, progress);
    compared++;
    if (a !== b) {
      differ++;
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.log(`DIFFERS ${f.name}${progress ? ' (with progress)' : ''} at ${i}:\n  before …${a.slice(Math.max(0, i - 80), i + 80)}\n  after  …${b.slice(Math.max(0, i - 80), i + 80)}`);
    }
  }
}
console.log(`importSource: ${compared - differ} of ${compared} imports identical (${files.length} files, with and without progress)`);

if (args.includes('--cli')) {
  const c = (p) => join(corpus, p);
  const runs = [
    ['articles', c('de-bgb/2022-03-03.md')],
    ['import', c('cn-civil-code/2020.md')],
    ['import', c('us-116-hr2157/enr.xml')],
    ['import', c('tw-personal-data-protection-act/2015.json')],
    ['export-akn', c('de-netzdg/2022.md')],
    ['compare', c('de-bgb/2012-07-02.md'), c('de-bgb/2022-03-03.md')],
    ['compare', '--json', c('de-bgb/2012-07-02.md'), c('de-bgb/2022-03-03.md')],
    ['compare', '--json', '--chars', c('cn-company-law/2018.md'), c('cn-company-law/2023.md')],
    ['compare', '--json', c('tw-personal-data-protection-act/2010.md'), c('tw-personal-data-protection-act/2015.md')],
    ['compare', '--json', c('us-116-hr2157/ih.xml'), c('us-116-hr2157/enr.xml')],
    ['compare', c('no-such-file.md'), c('de-netzdg/2022.md')],
    ['compare', '--json', resolve(here, 'tests/fixtures/sample-law-changes.md'), c('de-netzdg/2022.md')],
    ['articles'],
    ['frobnicate'],
    ['--help'],
  ];
  let cliDiffer = 0;
  for (const argv of runs) {
    const go = (root) => spawnSync(process.execPath, [join(root, 'bin/lawdiff.js'), ...argv], { maxBuffer: 1 << 30, cwd: here });
    const a = go(other);
    const b = go(here);
    const same = a.status === b.status && Buffer.compare(a.stdout, b.stdout) === 0 && Buffer.compare(a.stderr, b.stderr) === 0;
    if (!same) cliDiffer++;
    console.log(`${same ? 'same   ' : 'DIFFERS'} lawdiff ${argv.map((x) => relative(corpus, x).startsWith('..') ? x : relative(corpus, x)).join(' ')} (exit ${a.status}/${b.status}, ${a.stdout.length}/${b.stdout.length} bytes out, ${a.stderr.length}/${b.stderr.length} bytes err)`);
  }
  differ += cliDiffer;
}
process.exitCode = differ === 0 ? 0 : 1;
