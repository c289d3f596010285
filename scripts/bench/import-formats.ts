/**
 * `npm run bench:import`: import time per MB for each format lawdiff reads, on the BGB (2022,
 * 2,501 §§, the largest law of the corpus) written in each format by the tests' own writers —
 * Markdown as published, Word (tests/helpers/docx-fixtures.ts), PDF printed by Chromium and a web
 * page (tests/helpers/draft-pages.ts), gesetze-im-internet.de XML (tests/helpers/gii-writer.ts) —
 * and the Taiwan PDPA as law.moj.gov.tw XML and JSON. Prints size, median time of 3 runs, ms per
 * MB and MB/s, each format's ratio to the Markdown text's time per MB in the same run, and how
 * many articles differ from the text's (count, numbers, headings, text).
 * Printed, never asserted. Runs with vitest (the writers are TypeScript).
 */
import { expect, it } from 'vitest';
import { listArticles } from '../../src/model/doc.js';
import { importFile } from '../../src/model/import/file.js';
import { importSource } from '../../src/model/import/index.js';
import { readCorpus } from '../../tests/helpers/corpus.js';
import { makeDocx } from '../../tests/helpers/docx-fixtures.js';
import { closePrinter, draftHtml, printPdf } from '../../tests/helpers/draft-pages.js';
import { writeGii } from '../../tests/helpers/gii-writer.js';
import { writeMojJson, writeMojXml } from '../../tests/helpers/tw-moj-writer.js';
import { differences } from '../../tests/helpers/article-differences.js';
import type { VersionDoc } from '../../src/model/types.js';

const MB = 1024 * 1024;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function median(f: () => Promise<VersionDoc>): Promise<{ ms: number; doc: VersionDoc }> {
  const times: number[] = [];
  let doc: VersionDoc | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    doc = await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[1]!, doc: doc! };
}

it('import time per MB, by format', async () => {
  const bgb = readCorpus('de-bgb/2022-03-03.md');
  const doc = importSource(bgb).doc;
  const tw = readCorpus('tw-personal-data-protection-act/2015.md');
  const twDoc = importSource(tw).doc;
  const inputs: { format: string; law: string; bytes: Uint8Array }[] = [
    { format: 'Markdown (de)', law: 'BGB 2022', bytes: utf8(bgb) },
    { format: 'Word (.docx)', law: 'BGB 2022', bytes: (await makeDocx(bgb, 'de')).bytes },
    { format: 'PDF', law: 'BGB 2022', bytes: await printPdf(bgb, 'de', { header: 'Bürgerliches Gesetzbuch', pageNumber: 'dash', lineNumbers: true, hyphens: true }) },
    { format: 'web page (.html)', law: 'BGB 2022', bytes: utf8(draftHtml(bgb, 'de', { chrome: true })) },
    { format: 'GII XML', law: 'BGB 2022', bytes: utf8(writeGii(doc)) },
    { format: 'Markdown (tw)', law: 'PDPA 2015', bytes: utf8(tw) },
    { format: 'MOJ XML', law: 'PDPA 2015', bytes: utf8(writeMojXml([{ doc: twDoc }])) },
    { format: 'MOJ JSON', law: 'PDPA 2015', bytes: utf8(writeMojJson([{ doc: twDoc }])) },
  ];
  await closePrinter();
  const rows: string[] = [];
  const base = new Map<string, number>();
  for (const input of inputs) {
    const name = input.format.startsWith('Markdown') ? 'law.md' : 'law';
    const r = await median(async () => (await importFile(input.bytes, { fileName: name })).doc);
    const articles = listArticles(r.doc).length;
    // Against the text the format was written from: articles, numbers, headings and text that differ.
    const differ = differences(input.law === 'BGB 2022' ? doc : twDoc, r.doc, input.format).length;
    const perMb = r.ms / (input.bytes.length / MB);
    if (input.format.startsWith('Markdown')) base.set(input.law, perMb);
    const ratio = perMb / (base.get(input.law) ?? perMb);
    rows.push(`${input.format.padEnd(18)} ${input.law.padEnd(10)} ${(input.bytes.length / MB).toFixed(2).padStart(6)} MB ${String(articles).padStart(5)} articles ${String(differ).padStart(3)} differences ${r.ms.toFixed(0).padStart(6)} ms ${perMb.toFixed(0).padStart(6)} ms/MB ${(1000 / perMb).toFixed(2).padStart(6)} MB/s  ×${ratio.toFixed(2)} of its Markdown's ms/MB`);
    expect(articles).toBeGreaterThan(0);
  }
  console.log(`\nimport time per MB (median of 3)\n${rows.join('\n')}\n`);
}, 30 * 60_000);
