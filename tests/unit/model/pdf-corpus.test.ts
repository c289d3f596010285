/**
 * More of the corpus printed to PDF by Chromium and read back (a file of its own, so the test
 * runner prints these beside tests/unit/model/pdf.test.ts on the other core).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/model/import/file.js';
import { importSource } from '../../../src/model/import/index.js';
import { formatProblem } from '../../../src/model/problems.js';
import { readCorpus } from '../../helpers/corpus.js';
import { closePrinter, printPdf } from '../../helpers/draft-pages.js';
import { differences } from '../../helpers/article-differences.js';
import type { Convention } from '../../helpers/docx-fixtures.js';

afterAll(closePrinter);

/** More of the corpus, printed plainly (header and page numbers): the same articles, numbers and text. */
const MORE: [string, Convention][] = [
  ['cn-cybersecurity-law/2016.md', 'cn'],
  ['cn-personal-information-protection-law/2021.md', 'cn'],
  ['cn-counter-espionage-law/2023.md', 'cn'],
  ['cn-road-transport-regulations/2023.md', 'cn'],
  ['tw-personal-data-protection-act/2010.md', 'tw'],
  ['de-tkg-2004/2021.md', 'de'],
];

describe('more of the corpus, printed', () => {
  for (const [name, convention] of MORE) {
    it(name, async () => {
      const text = readCorpus(name);
      const pdf = await printPdf(text, convention, { header: name, pageNumber: 'plain', hyphens: convention === 'de', lineNumbers: convention === 'de' });
      const r = await importFile(pdf, { fileName: 'draft.pdf' });
      expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(differences(importSource(text).doc, r.doc, 'the PDF')).toEqual([]);
    }, 120_000);
  }
});

