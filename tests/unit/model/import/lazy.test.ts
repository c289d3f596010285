// importSourceLazily loads one reader and gives importSource's result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../../src/model/import/index.js';
import { importSourceLazily } from '../../../../src/model/import/lazy.js';
import { readCorpus, repoRoot } from '../../../helpers/corpus.js';

const sources: [string, string][] = [
  ['cn', readCorpus('cn-data-security-law/2021.md')],
  ['tw', readCorpus('tw-personal-data-protection-act/2015.md')],
  ['tw-json', readCorpus('tw-personal-data-protection-act/2015.json')],
  ['de', readCorpus('de-netzdg/2022.md')],
  ['uslm', readCorpus('us-116-sconres13/es.xml')],
  ['akn', readFileSync(`${repoRoot}/tests/fixtures/akn/chapters.xml`, 'utf8')],
  ['none', 'nothing a law is made of'],
  ['json', JSON.stringify({ format: 'lawdiff-version/1' })],
];

describe('importSourceLazily', () => {
  it.each(sources)('%s: the same result as importSource', async (_name, text) => {
    for (const options of [{}, { fileName: 'x.md' }, { format: 'en' as const }, { language: 'de' }]) {
      expect(JSON.stringify(await importSourceLazily(text, options))).toBe(JSON.stringify(importSource(text, options)));
    }
  });
});
