/** The importers must reproduce these article counts on the real corpus files exactly. */
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importSource } from '../../../src/model/import/index.js';
import type { SourceFormat } from '../../../src/model/types.js';
import { readCorpus } from '../../helpers/corpus.js';

const table: [folder: string, file: string, format: SourceFormat, articles: number][] = [
  ['cn-company-law', '2018.md', 'cn', 218],
  ['cn-company-law', '2023.md', 'cn', 266],
  ['cn-counter-espionage-law', '2014.md', 'cn', 40],
  ['cn-counter-espionage-law', '2023.md', 'cn', 71],
  ['cn-road-transport-regulations', '2019.md', 'cn', 83],
  ['cn-road-transport-regulations', '2022.md', 'cn', 83],
  ['cn-road-transport-regulations', '2023.md', 'cn', 82],
  ['cn-cybersecurity-law', '2016.md', 'cn', 79],
  ['cn-civil-code', '2020.md', 'cn', 1260],
  ['tw-personal-data-protection-act', '1995.md', 'tw', 45],
  ['tw-personal-data-protection-act', '2010.md', 'tw', 56],
  ['tw-personal-data-protection-act', '2015.md', 'tw', 56],
  ['tw-personal-data-protection-act', '1995.json', 'tw-json', 45],
  ['tw-personal-data-protection-act', '2010.json', 'tw-json', 56],
  ['tw-personal-data-protection-act', '2015.json', 'tw-json', 56],
  ['de-netzdg', '2021a.md', 'de', 12],
  ['de-netzdg', '2022.md', 'de', 14],
  ['de-tkg-2004', '2012-07-02.md', 'de', 199],
  ['de-tkg-2004', '2021.md', 'de', 219],
  ['de-bgb', '2012-07-02.md', 'de', 2382],
  ['de-bgb', '2013-01-11.md', 'de', 2383],
  ['de-bgb', '2022-03-03.md', 'de', 2501],
  ['us-116-hr2157', 'ih.xml', 'uslm', 25],
  ['us-116-hr2157', 'enr.xml', 'uslm', 25],
];

describe('corpus article counts', () => {
  it.each(table)('%s/%s → %i articles', (folder, file, format, articles) => {
    const text = readCorpus(folder, file);
    const result = importSource(text, { fileName: `${folder}/${file}` });
    expect(result.format).toBe(format);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(listArticles(result.doc)).toHaveLength(articles);
  });
});
