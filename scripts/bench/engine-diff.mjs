/**
 * Is a change to the engine invisible in its output? Compares the full
 * `compareVersions` JSON of two builds of the engine, byte for byte, on:
 *   - every ordered pair of readings of every corpus law (both directions;
 *     the Markdown and, for Taiwan, the structured JSON files), at word
 *     granularity and, for Chinese laws, at character granularity too;
 *   - the bench's cases (npm run bench) and, with `--long`, the long cases of
 *     issue 12 (long-cases.mjs; an old engine takes minutes on the long lines).
 * The documents are imported once, with this checkout's importers, and given
 * to both engines, so only the engine differs.
 *
 *   node scripts/bench/engine-diff.mjs <old-root> [<new-root>] [--long=id,id|all] [--dump=dir]
 *
 * A root is a checkout whose `dist-cli` is built (`npm run build:cli`); the
 * new root defaults to this one. `--dump=dir` writes each comparison of both
 * engines to dir/{old,new}/<name>.json. Prints one line per comparison and
 * exits 1 when any output differs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CASES, corpusDir, loadCase, repoRoot } from './cases.mjs';
import { LONG_CASES, loadLongCase } from './long-cases.mjs';

const args = process.argv.slice(2);
const roots = args.filter((a) => !a.startsWith('--'));
if (roots.length < 1) {
  console.error('usage: node scripts/bench/engine-diff.mjs <old-root> [<new-root>] [--long=id,id|all] [--dump=dir]');
  process.exit(2);
}
const oldRoot = resolve(roots[0]);
const newRoot = resolve(roots[1] ?? repoRoot);
const dump = args.find((a) => a.startsWith('--dump='))?.slice(7);
const engine = async (root) => (await import(pathToFileURL(join(root, 'dist-cli/diff/compare.js')).href)).compareVersions;
const compareOld = await engine(oldRoot);
const compareNew = await engine(newRoot);
const { importSource } = await import(pathToFileURL(join(repoRoot, 'dist-cli/model/import/index.js')).href);

let same = 0;
let differ = 0;

/** Runs both engines on one pair and reports. */
function check(name, oldDoc, newDoc, options) {
  const t0 = performance.now();
  const a = JSON.stringify(compareOld(oldDoc, newDoc, options));
  const t1 = performance.now();
  const b = JSON.stringify(compareNew(oldDoc, newDoc, options));
  const t2 = performance.now();
  if (dump) {
    for (const [side, text] of [['old', a], ['new', b]]) {
      mkdirSync(join(dump, side), { recursive: true });
      writeFileSync(join(dump, side, `${name.replace(/[^\w.-]+/gu, '_')}.json`), text);
    }
  }
  const ok = a === b;
  if (ok) same++;
  else differ++;
  let where = '';
  if (!ok) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    where = ` first difference at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
  }
  console.log(`${ok ? 'same   ' : 'DIFFERS'} ${name} (${a.length} bytes; old ${(t1 - t0).toFixed(0)} ms, new ${(t2 - t1).toFixed(0)} ms)${where}`);
}

function readVersion(dir, file) {
  const r = importSource(readFileSync(join(dir, file), 'utf8'), { fileName: file });
  if (!r.doc) throw new Error(`${dir}/${file}: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.doc;
}

const laws = readdirSync(corpusDir()).filter((d) => existsSync(join(corpusDir(), d, 'law.json'))).sort();
for (const law of laws) {
  const dir = join(corpusDir(), law);
  const meta = JSON.parse(readFileSync(join(dir, 'law.json'), 'utf8'));
  const files = [meta.versions.map((v) => v.file)];
  if (meta.versions.every((v) => v.structured)) files.push(meta.versions.map((v) => v.structured));
  const cjk = /^(zh|ja|ko)/u.test(meta.language);
  for (const list of files) {
    const docs = list.map((f) => readVersion(dir, f));
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j++) {
        if (i === j && docs.length > 1) continue;
        for (const granularity of cjk ? ['word', 'char'] : ['word']) check(`${law} ${list[i]} → ${list[j]} ${granularity}`, docs[i], docs[j], { granularity });
      }
    }
  }
}
for (const c of CASES) {
  const k = loadCase(c.id);
  check(`bench ${c.id}`, k.old, k.new, { granularity: c.granularity ?? 'word' });
}
const long = args.find((a) => a.startsWith('--long='))?.slice(7).split(',') ?? [];
for (const c of LONG_CASES) {
  if (long.includes(c.id) || long.includes('all')) {
    const k = loadLongCase(c.id);
    check(`long ${c.id}`, k.old, k.new, {});
  }
}
console.log(`${same} comparisons identical, ${differ} differ`);
process.exit(differ > 0 ? 1 : 0);
