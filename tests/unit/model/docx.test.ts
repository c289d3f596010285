/**
 * The Word reader (src/model/import/docx.ts): corpus laws written as .docx by the `docx` library
 * (tests/helpers/docx-fixtures.ts: automatic numbering, heading styles, a table, a tracked
 * insertion and deletion, a footnote) read back give the articles of their text; the reader's
 * parts (numbering formats, tracked changes, tables, footnotes) one by one on small documents.
 * The zip's defences are in zip.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, listArticles } from '../../../src/model/doc.js';
import { importBytes } from '../../../src/model/import/bytes.js';
import { importDocx } from '../../../src/model/import/docx.js';
import { importSource } from '../../../src/model/import/index.js';
import { readCorpus, repoRoot } from '../../helpers/corpus.js';
import { makeDocx, type Convention } from '../../helpers/docx-fixtures.js';
import { docxOf } from '../../helpers/docx-parts.js';
import { differences, squeeze } from '../../helpers/article-differences.js';

const CASES: { name: string; convention: Convention; text: () => string; language: string }[] = [
  { name: 'cn-data-security-law/2021.md', convention: 'cn', text: () => readCorpus('cn-data-security-law/2021.md'), language: 'zh-Hans' },
  { name: 'cn-company-law/2023.md', convention: 'cn', text: () => readCorpus('cn-company-law/2023.md'), language: 'zh-Hans' },
  { name: 'tw-personal-data-protection-act/2015.md', convention: 'tw', text: () => readCorpus('tw-personal-data-protection-act/2015.md'), language: 'zh-Hant' },
  { name: 'de-netzdg/2022.md', convention: 'de', text: () => readCorpus('de-netzdg/2022.md'), language: 'de' },
  { name: 'versions/fictional-open-data-law-en/source/final.txt', convention: 'en', text: () => readFileSync(resolve(repoRoot, 'versions/fictional-open-data-law-en/source/final.txt'), 'utf8'), language: 'en' },
];

describe('a corpus law written as a Word document reads as its text', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.convention})`, async () => {
      const text = c.text();
      const direct = importSource(text, { fileName: c.name });
      const fixture = await makeDocx(text, c.convention);
      const r = importBytes(fixture.bytes, { fileName: 'law.docx' });
      expect(r.format).toBe('docx');
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(differences(direct.doc, r.doc)).toEqual([]);
      expect(r.doc.language).toBe(c.language);
      expect(fixture.autoNumbered).toBeGreaterThan(0);
      // The tracked deletion is left out, and the reader says the changes were accepted.
      expect(JSON.stringify(r.doc)).not.toContain(fixture.deleted);
      expect(r.problems.some((p) => /tracked changes \(1 insertion, 1 deletion\): read as if all were accepted/u.test(p.message))).toBe(true);
      // The table is read as text, and named.
      expect(r.problems.some((p) => /^table 1 \(paragraph/u.test(p.message) && p.file === 'law.docx')).toBe(true);
      // The footnote is a note on its article, not part of its text.
      expect(fixture.footnote).toBeDefined();
      const note = r.doc.annotations.find((a) => a.source === 'Footnote 1');
      expect(note).toMatchObject({ kind: 'note', text: fixture.footnote!.text });
      const owner = listArticles(r.doc).findIndex((a) => a.article.num === note!.article);
      expect(owner).toBeGreaterThanOrEqual(2);
    });
  }
});

describe('reading Word documents', () => {
  it('writes automatic numbers in their formats and templates', async () => {
    const doc = await docxOf({
      numbering: [
        { id: 1, levels: [{ fmt: 'chineseCounting', text: '第%1条', suff: 'space' }, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing' }] },
        { id: 2, levels: [{ fmt: 'decimal', text: '%1.' }, { fmt: 'lowerLetter', text: '%2)' }, { fmt: 'upperRoman', text: '%1.%2.%3' }] },
        { id: 3, levels: [{ fmt: 'ideographTraditional', text: '%1、', suff: 'nothing' }] },
      ],
      body: [
        { num: [1, 0], text: '甲' },
        { num: [1, 1], text: '乙' },
        { num: [1, 1], text: '丙' },
        ...Array.from({ length: 9 }, (_, i) => ({ num: [1, 0] as [number, number], text: `条文${i}` })),
        { num: [1, 1], text: '丁' },
        { num: [2, 0], text: 'one' },
        { num: [2, 1], text: 'two' },
        { num: [2, 2], text: 'three' },
        { num: [3, 0], text: 'x' },
        { num: [3, 0], text: 'y' },
      ],
    });
    const r = importDocx(doc, { fileName: 'n.docx', format: 'cn' });
    const arts = listArticles(r.doc).map((a) => a.article);
    expect(arts.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条']);
    expect(arts[0]!.paragraphs.flatMap((p) => p.items.map((i) => `${i.num}${i.text}`))).toEqual(['（一）乙', '（二）丙']);
    expect(arts[9]!.paragraphs.flatMap((p) => p.items.map((i) => i.num))).toEqual(['（一）', '1.']);
    const text = squeeze(articleText(arts[9]!));
    expect(text).toContain('1.one');
    expect(text).toContain('a)two');
    expect(text).toContain('1.a.Ithree');
    expect(text).toContain('甲、x');
    expect(text).toContain('乙、y');
  });

  it('reads tracked changes as accepted: insertions and moved-to text kept, deletions and moved-from text dropped', async () => {
    const doc = await docxOf({
      body: [
        { text: '第一条 本法', xml: '<w:ins w:id="1" w:author="a"><w:r><w:t>适用于</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a"><w:r><w:t>新处</w:t></w:r></w:moveTo><w:r><w:t>。</w:t></w:r>' },
        { text: '第二条 全段删去', deletedMark: true, xml: '' },
        { text: '接续。' },
      ],
    });
    const r = importDocx(doc, { fileName: 't.docx' });
    const arts = listArticles(r.doc).map((a) => a.article);
    expect(arts.map((a) => squeeze(articleText(a)))).toEqual(['本法适用于新处。', '全段删去接续。']);
    const w = r.problems.find((p) => /tracked changes/u.test(p.message));
    expect(w?.message).toBe('the document has tracked changes (1 insertion, 2 deletions, 1 move): read as if all were accepted — inserted and moved text kept, deleted text and the old place of moved text left out');
    expect(w?.line).toBe(1);
  });

  it('names the paragraph where the body is not well-formed', async () => {
    const doc = await docxOf({ body: [{ text: '第一条 一。' }, { text: '第二条 二。' }], raw: (xml) => xml.replace('第二条 二。', '第二条 <w:t>二。') });
    const r = importDocx(doc, { fileName: 'bad.docx' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 2, file: 'bad.docx' });
    expect(r.problems[0]!.message).toMatch(/^word\/document\.xml in paragraph 2 cannot be read \(line \d+, column \d+ of the part\): Malformed XML: .* — expected well-formed XML as Word writes it$/u);
  });

  it('refuses a DOCTYPE in a part (no entity expansion)', async () => {
    const doc = await docxOf({ body: [{ text: '第一条 一。' }], raw: (xml) => xml.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>') });
    const r = importDocx(doc, { fileName: 'dtd.docx' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message).toMatch(/DOCTYPE declaration is not allowed/u);
  });

  it('reads headings by style, in any language Word names them, and leaves out a table of contents', async () => {
    const doc = await docxOf({
      styles: [{ id: '1', name: 'heading 1' }, { id: 'a3', name: 'Title' }, { id: '11', name: 'toc 1' }],
      body: [{ text: '某某法', style: 'a3' }, { text: '第一章 总则\t1', style: '11' }, { text: '第二章 附则\t2', style: '11' }, { text: '第一章 总则', style: '1' }, { text: '第一条 一。' }, { text: '第二章 附则', style: '1' }, { text: '第二条', style: '1' }, { text: '二。' }],
    });
    const r = importDocx(doc, { fileName: 'h.docx' });
    expect(r.doc.title).toBe('某某法');
    expect(r.problems.map((p) => p.message)).toEqual(['the table of contents (2 paragraphs in the styles "toc 1" …) left out: it repeats the headings']);
    expect(r.doc.body.map((n) => (n.kind === 'division' ? `${n.label}:${n.children.length}` : n.kind))).toEqual(['第一章:1', '第二章:1']);
    expect(r.ok).toBe(true);
  });

  it('reports progress from 0 to 1 in increasing fractions, through the unzip, the XML and the articles', async () => {
    const { bytes } = await makeDocx(readCorpus('cn-civil-code/2020.md'), 'cn', { plain: true });
    const fractions: number[] = [];
    const r = importDocx(bytes, { onProgress: (f) => fractions.push(f) });
    expect(r.ok).toBe(true);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.some((f) => f > 0.1 && f < 0.5) && fractions.some((f) => f > 0.5 && f < 1)).toBe(true);
  });

  it('is chosen by content, not by the file name, and says what it is not', async () => {
    const doc = await docxOf({ body: [{ text: 'Article 1 This Law applies.' }] });
    expect(importBytes(doc, { fileName: 'law.txt' }).format).toBe('docx');
    expect(importBytes(new TextEncoder().encode('第一条 一。'), { fileName: 'x.docx' }).problems[0]!.message).toMatch(/^not a Word document: a \.docx is a zip archive/u);
    const asText = importSource('PK', { format: 'docx' });
    expect(asText.problems[0]!.message).toMatch(/read from the file itself/u);
  });
});
