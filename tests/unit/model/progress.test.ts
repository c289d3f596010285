/** ImportOptions.onProgress: fractions that only grow and end in 1, and the same import with or without it. */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/model/import/index.js';
import { readCorpus } from '../../helpers/corpus.js';

function withProgress(text: string, fileName: string): { fractions: number[]; result: ReturnType<typeof importSource> } {
  const fractions: number[] = [];
  const result = importSource(text, { fileName, onProgress: (f) => fractions.push(f) });
  return { fractions, result };
}

function expectIncreasingToOne(fractions: readonly number[]): void {
  expect(fractions[0]).toBe(0);
  expect(fractions[fractions.length - 1]).toBe(1);
  expect(fractions.filter((f) => f === 1)).toHaveLength(1);
  for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThan(fractions[i - 1]!);
}

describe('import progress', () => {
  it('reports the BGB (1.5 MB, 39,000 lines) in increasing fractions ending in 1, every ~2,000 lines, without changing the import', () => {
    const text = readCorpus('de-bgb', '2022-03-03.md');
    const { fractions, result } = withProgress(text, 'bgb.md');
    expectIncreasingToOne(fractions);
    const lines = text.split('\n').length;
    // Every 2,048 lines: at least one report per 2,048 lines read, and not one per line.
    expect(fractions.length).toBeGreaterThanOrEqual(Math.floor(lines / 2048));
    expect(fractions.length).toBeLessThanOrEqual(Math.ceil(lines / 2048) + 2);
    expect(result).toEqual(importSource(text, { fileName: 'bgb.md' }));
  });

  it.each([
    ['cn-civil-code', '2020.md'],
    ['tw-personal-data-protection-act', '2015.md'],
    ['tw-personal-data-protection-act', '2015.json'],
    ['us-116-hr2157', 'enr.xml'],
  ])('reports %s/%s from 0 to 1 and imports it the same', (folder, file) => {
    const text = readCorpus(folder, file);
    const { fractions, result } = withProgress(text, file);
    expectIncreasingToOne(fractions);
    expect(result).toEqual(importSource(text, { fileName: file }));
  });

  it('reports a large XML file as it is parsed, 64 KB at a time', () => {
    const text = readCorpus('us-116-hr2157', 'enr.xml');
    const { fractions } = withProgress(text, 'enr.xml');
    const between = fractions.filter((f) => f > 0 && f < 1);
    // One report after each 64 KB piece but the last (which is the final 1).
    expect(between).toHaveLength(Math.ceil(text.length / (64 * 1024)) - 1);
    expect(between.length).toBeGreaterThan(0);
  });

  it('ends with 1 even when the format is unknown', () => {
    const fractions: number[] = [];
    const r = importSource('Roses are red.', { onProgress: (f) => fractions.push(f) });
    expect(r.ok).toBe(false);
    expect(fractions).toEqual([1]);
  });
});
