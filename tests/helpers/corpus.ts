/**
 * Where the shared corpus of real laws lives: ../shared/corpus beside the repository (override: LAWDIFF_CORPUS).
 * Its files are read where they are, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from '../../src/model/import/index.js';
import type { VersionDoc } from '../../src/model/types.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = process.env.LAWDIFF_CORPUS ?? resolve(repoRoot, '../shared/corpus');

/** Absolute path of a corpus file; fails with a clear message when the corpus is not there. */
export function corpusPath(...parts: string[]): string {
  if (!existsSync(corpusDir)) {
    throw new Error(`The shared corpus is not at ${corpusDir}. Check out ../shared beside the repository or set LAWDIFF_CORPUS.`);
  }
  return resolve(corpusDir, ...parts);
}

/** Text of a corpus file. */
export function readCorpus(...parts: string[]): string {
  return readFileSync(corpusPath(...parts), 'utf8');
}

const imported = new Map<string, VersionDoc>();

/** A corpus file imported with the project's importers (once per test file; do not mutate). */
export function importCorpus(path: string): VersionDoc {
  let doc = imported.get(path);
  if (!doc) {
    const r = importSource(readCorpus(path), { fileName: path });
    if (!r.ok) throw new Error(`${path} did not import: ${r.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
    doc = r.doc;
    imported.set(path, doc);
  }
  return doc;
}
