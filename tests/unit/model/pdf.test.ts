/**
 * The PDF reader (src/model/import/pdf.ts, pdf-read.ts): corpus laws printed to PDF by Chromium
 * as drafts are (tests/helpers/draft-pages.ts) — running header, page numbers, line numbers in
 * the margin, German words hyphenated at line ends, a CJK font — read back into the articles of
 * their text; what was dropped is said; scanned, two-column, broken and wrong files refused
 * with a message naming the file and the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { importFile } from '../../../src/model/import/file.js';
import { importSource } from '../../../src/model/import/index.js';
import { pdfBlocks, type PdfContent } from '../../../src/model/import/pdf.js';
import { formatProblem, placeText } from '../../../src/model/problems.js';
import { readCorpus, repoRoot } from '../../helpers/corpus.js';
import { closePrinter, printPdf, type PdfDraftOptions } from '../../helpers/draft-pages.js';
import { differences } from '../../helpers/article-differences.js';
import type { Convention } from '../../helpers/docx-fixtures.js';

afterAll(closePrinter);

const CASES: { name: string; convention: Convention; text: () => string; language: string; options: PdfDraftOptions; dropped: RegExp[] }[] = [
  {
    name: 'cn-data-security-law/2021.md',
    convention: 'cn',
    text: () => readCorpus('cn-data-security-law/2021.md'),
    language: 'zh-Hans',
    options: { header: '中华人民共和国数据安全法（草案）', pageNumber: 'cn' },
    dropped: [/^running header “中华人民共和国数据安全法（草案）” left out on pages 1–\d+$/u, /^page numbers left out on pages 1–\d+$/u],
  },
  {
    name: 'tw-personal-data-protection-act/2015.md',
    convention: 'tw',
    text: () => readCorpus('tw-personal-data-protection-act/2015.md'),
    language: 'zh-Hant',
    options: { header: '立法院第8屆第8會期 議案關係文書', pageNumber: 'plain' },
    dropped: [/^running header “立法院第8屆第8會期議案關係文書” left out on pages 1–\d+$/u, /^page numbers left out on pages 1–\d+$/u],
  },
  {
    name: 'de-netzdg/2022.md',
    convention: 'de',
    text: () => readCorpus('de-netzdg/2022.md'),
    language: 'de',
    options: { header: 'Deutscher Bundestag – 20. Wahlperiode  Drucksache 20/1234', pageNumber: 'dash', lineNumbers: true, hyphens: true },
    dropped: [/^running header “Deutscher Bundestag – 20\. Wahlperiode Drucksache 20\/1234” left out on pages 1–\d+$/u, /^page numbers left out on pages 1–\d+$/u, /^\d+ line numbers in the margin left out on pages 1–\d+$/u, /^\d+ words hyphenated at the end of a line joined again \(e\.g\. “\S+[-‐] \S+”\)$/u],
  },
  {
    name: 'versions/fictional-open-data-law-en/source/final.txt',
    convention: 'en',
    text: () => readFileSync(resolve(repoRoot, 'versions/fictional-open-data-law-en/source/final.txt'), 'utf8'),
    language: 'en',
    options: { header: 'DRAFT — not for citation', pageNumber: 'plain', lineNumbers: true },
    dropped: [/^running header “DRAFT — not for citation” left out on pages 1–\d+$/u, /^page numbers left out on pages 1–\d+$/u, /^\d+ line numbers in the margin left out on pages 1–\d+$/u],
  },
];

describe('a corpus law printed as a draft PDF reads as its text', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.convention})`, async () => {
      const text = c.text();
      const direct = importSource(text, { fileName: c.name });
      const pdf = await printPdf(text, c.convention, c.options);
      const r = await importFile(pdf, { fileName: 'draft.pdf' });
      expect(r.format).toBe('pdf');
      expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(differences(direct.doc, r.doc, 'the PDF')).toEqual([]);
      expect(r.doc.language).toBe(c.language);
      // Nothing dropped silently: each kind of dropped text is said, with its pages.
      const said = r.problems.map((p) => p.message);
      for (const d of c.dropped) expect(said.some((m) => d.test(m)), `${d} in ${JSON.stringify(said)}`).toBe(true);
      // Articles know the page they start on.
      const first = listArticles(r.doc)[0]!.article;
      expect(first.line).toBeGreaterThanOrEqual(1);
    }, 60_000);
  }
});

const page = (items: { str: string; x: number; y: number; size?: number; w?: number; rotated?: boolean }[], width = 595, height = 842) => ({
  width,
  height,
  items: items.map((i) => ({ str: i.str, x: i.x, y: i.y, size: i.size ?? 12, w: i.w ?? i.str.length * 6, ...(i.rotated ? { rotated: true } : {}) })),
});

describe('rebuilding lines and paragraphs', () => {
  it('joins Chinese lines without spaces, reads Kangxi radicals as the characters they stand for, and keeps an article per paragraph', () => {
    const content: PdfContent = {
      pages: [
        page([
          { str: '第⼀条', x: 72, y: 700, w: 36 },
          { str: '为了规范数据处理活动，保障数据安全，促进数据开发利⽤，保护个⼈、', x: 120, y: 700, w: 360 },
          { str: '组织的合法权益，制定本法。', x: 72, y: 682, w: 156 },
          { str: '第二条', x: 72, y: 664, w: 36 },
          { str: '在中华人民共和国境内开展数据处理活动，适用本法。', x: 120, y: 664, w: 300 },
        ]),
      ],
      problems: [],
    };
    const r = pdfBlocks(content);
    expect(r.blocks.map((b) => b.text)).toEqual(['第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，制定本法。', '第二条 在中华人民共和国境内开展数据处理活动，适用本法。']);
    expect(r.places).toEqual([{ page: 1, line: 1 }, { page: 1, line: 3 }]);
  });

  it('joins a German word hyphenated at a line end, keeps a real hyphen before "und" and a capital', () => {
    const content: PdfContent = {
      pages: [
        page([
          { str: '(1) Die Anbieter von Telekommunikations-', x: 72, y: 700, w: 451 },
          { str: 'diensten und die Bundes- und', x: 72, y: 682, w: 451 },
          { str: 'Landesbehörden senden eine E-', x: 72, y: 664, w: 451 },
          { str: 'Mail an die Stelle.', x: 72, y: 646, w: 110 },
          { str: '(2) Zweiter Absatz.', x: 72, y: 628, w: 110 },
        ]),
      ],
      problems: [],
    };
    const r = pdfBlocks(content);
    expect(r.blocks.map((b) => b.text)).toEqual(['(1) Die Anbieter von Telekommunikationsdiensten und die Bundes- und Landesbehörden senden eine E-Mail an die Stelle.', '(2) Zweiter Absatz.']);
    expect(r.problems.map((p) => p.message)).toEqual(['1 word hyphenated at the end of a line joined again (e.g. “Telekommunikations- diensten”)']);
  });

  it('refuses a PDF without text as scanned, naming the file', () => {
    const r = pdfBlocks({ pages: [page([]), page([])], problems: [] }, 'scan.pdf');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toBe('scan.pdf has no text layer: its 2 pages are images (a scanned document?). lawdiff reads the text a PDF carries and does not recognize text in images (OCR): use a PDF saved from a word processor or a web page, or the Word file');
  });

  it('drops rotated text (a watermark) and says on which page', () => {
    const r = pdfBlocks({ pages: [page([{ str: 'ENTWURF', x: 200, y: 400, size: 60, rotated: true }, { str: '§ 1 Zweck', x: 72, y: 700 }])], problems: [] });
    expect(r.blocks.map((b) => b.text)).toEqual(['§ 1 Zweck']);
    expect(r.problems.map((p) => `${p.where ? placeText(p.where) : ''}: ${p.message}`)).toEqual(['page 1: text set sideways or rotated (a watermark, a margin note?) left out on page 1']);
  });
});

describe('files that are not what a PDF reader can use', () => {
  it('refuses a two-column synopsis from the page where it starts, and prints where', async () => {
    const pdf = await printPdf(readCorpus('cn-data-security-law/2021.md'), 'cn', { twoColumns: true, pageNumber: 'plain' });
    const r = await importFile(pdf, { fileName: 'synopsis.pdf' });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(formatProblem(r.problems[0]!)).toMatch(/^synopsis\.pdf \(page 1\): error: synopsis\.pdf is laid out in two columns side by side from page 1 on \(a synopsis, 对照表 or Gegenüberstellung\?\)/u);
  }, 60_000);

  it('names a truncated PDF, a PDF with a broken cross-reference table (read: pdf.js rebuilds it) and a file that is no PDF', async () => {
    const pdf = await printPdf(readCorpus('de-netzdg/2022.md'), 'de', { pageNumber: 'plain' });
    const cut = await importFile(pdf.slice(0, 2000), { fileName: 'cut.pdf' });
    expect(cut.ok).toBe(false);
    expect(cut.problems[0]!.file).toBe('cut.pdf');
    expect(cut.problems[0]!.message).toMatch(/^cut\.pdf (could not be read as a PDF|has no text layer)/u);
    // The xref offsets broken: pdf.js rebuilds the table by scanning, so the text still reads.
    const text = new TextDecoder('latin1').decode(pdf);
    const broken = new Uint8Array([...text.replace(/startxref\s+\d+/u, 'startxref\n99999999').replace(/(\d{10}) 00000 n/gu, '0000000001 00000 n')].map((c) => c.charCodeAt(0)));
    const repaired = await importFile(broken, { fileName: 'broken.pdf' });
    expect(repaired.ok).toBe(true);
    expect(listArticles(repaired.doc).length).toBe(listArticles(importSource(readCorpus('de-netzdg/2022.md')).doc).length);
    const notPdf = await importFile(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'), { fileName: 'fake.pdf' });
    expect(notPdf.ok).toBe(false);
    expect(notPdf.problems[0]!.message).toMatch(/^fake\.pdf could not be read as a PDF: its structure is broken/u);
    const wrong = await importFile(pdf, { fileName: 'draft.pdf', format: 'uslm' });
    expect(wrong.problems[0]!.message).toMatch(/^draft\.pdf is a PDF: it can be read as PRC Markdown/u);
  }, 60_000);
});
