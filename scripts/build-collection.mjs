#!/usr/bin/env node
// Regenerates the shipped collection's version JSON from its source texts:
// for every version in versions/*/law.json with a `source`, imports the source
// (with the built CLI modules) and writes `file`. `--check` only compares and
// exits 1 when a JSON file is out of date. Run `npm run build:cli` first.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { importSource } = await import(join(root, 'dist-cli/model/import/index.js'));
const { formatProblem } = await import(join(root, 'dist-cli/model/problems.js'));
const check = process.argv.includes('--check');
const dir = join(root, 'versions');
let failed = false;
for (const entry of await readdir(dir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const lawDir = join(dir, entry.name);
  const law = JSON.parse(await readFile(join(lawDir, 'law.json'), 'utf8'));
  for (const v of law.versions) {
    if (!v.source || !v.file) continue;
    const text = await readFile(join(lawDir, v.source), 'utf8');
    const r = importSource(text, { fileName: `${entry.name}/${v.source}`, language: law.language, ...(v.format ? { format: v.format } : {}) });
    for (const p of r.problems) console.error(formatProblem(p));
    if (!r.ok) {
      failed = true;
      continue;
    }
    const json = `${JSON.stringify(r.doc, null, 2)}\n`;
    const target = join(lawDir, v.file);
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current === json) continue;
    if (check) {
      console.error(`${entry.name}/${v.file} is out of date with ${v.source}: run npm run collection`);
      failed = true;
    } else {
      await writeFile(target, json);
      console.log(`wrote ${entry.name}/${v.file}`);
    }
  }
}
process.exit(failed ? 1 : 0);
