import { describe, expect, it } from 'vitest';
import { articleText, listArticles, listDivisions } from '../../../src/model/doc.js';
import { importEn } from '../../../src/model/import/en.js';
import { importSource } from '../../../src/model/import/index.js';

const translation = `# Example Law

Adopted on 1 January 2024.

Chapter I General Provisions

Article 1 This Law is formulated in order to test the importer.

Article 2 For the purposes of this Law:

(1) "data" means any record;

(2) "holder" means:

(a) a public body; or

(b) a contractor.

Section 1 Catalogues

Article 3: Catalogue duties

A holder shall keep a catalogue.

> Explanation: Some members proposed a catalogue duty.

CHAPTER II FINAL PROVISIONS

Art. 4 This Law shall enter into force on 1 March 2024.
`;

const eu = `Article 5
Obligations

1. Member States shall ensure that:

(a) records are kept;

(b) access is granted.

2. Paragraph 1 does not apply to archives.
`;

const us = `# Sample Act

Sec. 1. Short title

This Act may be cited as the Sample Act.

SEC. 2. DEFINITIONS.

In this Act the term "agency" means an executive agency.
`;

describe('importEn', () => {
  it('reads translation-style articles, chapters, sections as divisions, items and notes', () => {
    const { doc, problems } = importEn(translation);
    expect(problems).toEqual([]);
    expect(doc.title).toBe('Example Law');
    expect(doc.metadata.text).toBe('Adopted on 1 January 2024.');
    expect(listDivisions(doc).map((d) => [d.depth, d.division.type, d.division.num, d.division.heading])).toEqual([
      [0, 'chapter', '1', 'General Provisions'],
      [1, 'section', '1', 'Catalogues'],
      [0, 'chapter', '2', 'FINAL PROVISIONS'],
    ]);
    const arts = listArticles(doc).map((a) => a.article);
    expect(arts.map((a) => [a.label, a.num, a.heading])).toEqual([
      ['Article 1', '1', ''], ['Article 2', '2', ''], ['Article 3', '3', 'Catalogue duties'], ['Art. 4', '4', ''],
    ]);
    expect(articleText(arts[1]!)).toBe('For the purposes of this Law:\n(1) "data" means any record;\n(2) "holder" means:\n(a) a public body; or\n(b) a contractor.');
    expect(arts[1]!.paragraphs[0]!.items[1]!.items).toHaveLength(2);
    expect(doc.annotations).toEqual([{ article: '3', kind: 'explanation', text: 'Some members proposed a catalogue duty.', source: 'Explanation' }]);
  });

  it('reads EU-style numbered paragraphs with points', () => {
    const a = listArticles(importEn(eu).doc)[0]!.article;
    expect(a.heading).toBe('Obligations');
    expect(a.paragraphs.map((p) => p.num)).toEqual(['1.', '2.']);
    expect(a.paragraphs[0]!.items.map((i) => i.num)).toEqual(['(a)', '(b)']);
  });

  it('reads US-style sections when no Article is used', () => {
    const arts = listArticles(importEn(us).doc).map((a) => a.article);
    expect(arts.map((a) => [a.label, a.num, a.heading])).toEqual([['Sec. 1', '1', 'Short title'], ['SEC. 2', '2', 'DEFINITIONS']]);
  });

  it('names the line of a garbled article heading', () => {
    const r = importSource(translation.replace('Art. 4 This', 'Art. IV! This'), { fileName: 'law.txt' });
    expect(r.format).toBe('en');
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 29, file: 'law.txt' });
  });
});
