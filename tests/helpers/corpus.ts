/** Where the shared corpus of real laws lives: ../shared/corpus beside the repository (override: LAWDIFF_CORPUS). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
