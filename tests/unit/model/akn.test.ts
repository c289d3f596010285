import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyDoc, listArticles, listDivisions, para } from '../../../src/model/doc.js';
import { exportAkn } from '../../../src/model/akn/export.js';
import type { AknExportMeta } from '../../../src/model/akn/export.js';
import { hasErrors } from '../../../src/model/problems.js';
import { importAkn } from '../../../src/model/akn/import.js';
import { articleNumFromLabel } from '../../../src/model/akn/vocabulary.js';
import { importUslm } from '../../../src/model/import/uslm.js';
import { childElements, firstChild, parseXml } from '../../../src/model/xml.js';
import type { Article, Division, VersionDoc } from '../../../src/model/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const fixture = (name: string): string => readFileSync(path.join(root, 'tests/fixtures', name), 'utf8');
const corpus = process.env['LAWDIFF_CORPUS'] ?? path.resolve(root, '../shared/corpus');

const meta: AknExportMeta = { lawId: 'garden-act', versionId: 'draft-2', date: '2030-05-01', label: 'Second draft', jurisdiction: 'ZZ' };

function importOk(text: string): VersionDoc {
  const { doc, problems } = importAkn(text);
  expect(problems).toEqual([]);
  return doc;
}

/** The model without source positions (which describe a source file, not the content). */
function content(doc: VersionDoc): VersionDoc {
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'line' || (k === 'repealed' && v === false) ? undefined : v))) as VersionDoc;
}

const article = (doc: VersionDoc, num: string): Article => {
  const found = listArticles(doc).find((a) => a.article.num === num);
  if (!found) throw new Error(`no article ${num}`);
  return found.article;
};

describe('articleNumFromLabel', () => {
  it('finds digits with a letter or Latin suffix and a dash part', () => {
    expect(articleNumFromLabel('Article 12a')).toBe('12a');
    expect(articleNumFromLabel('Art. 7-1')).toBe('7-1');
    expect(articleNumFromLabel('§ 5 bis')).toBe('5bis');
    expect(articleNumFromLabel('Article 3')).toBe('3');
    expect(articleNumFromLabel('Section 10.')).toBe('10');
    expect(articleNumFromLabel('Article IV')).toBe('4');
    expect(articleNumFromLabel('Preamble')).toBe('');
  });
});

describe('importAkn: chapters, articles, paragraphs and points', () => {
  const doc = importOk(fixture('akn/chapters.xml'));

  it('reads title, language, preamble and identification metadata', () => {
    expect(doc.title).toBe('Community Garden Act');
    expect(doc.language).toBe('en');
    expect(doc.preamble).toEqual([para('The Assembly of the Free Town enacts:')]);
    expect(doc.metadata).toMatchObject({
      work: '/akn/zz/act/2030/7/!main',
      date: '2030-05-01',
      country: 'zz',
      number: '7',
      docNumber: '7',
      docDate: '1 May 2030',
      documentType: 'act',
    });
  });

  it('reads chapters as divisions, numbering them from the eId', () => {
    expect(listDivisions(doc).map((d) => [d.division.type, d.division.label, d.division.num, d.division.heading])).toEqual([
      ['chapter', 'Chapter I', '1', 'General provisions'],
      ['chapter', 'Chapter II', '2', 'Plots'],
    ]);
  });

  it('numbers articles from the eId, or from the printed number when there is no eId', () => {
    expect(listArticles(doc).map((a) => [a.article.label, a.article.num, a.article.heading])).toEqual([
      ['Article 1', '1', 'Purpose'],
      ['Article 2', '2', 'Definitions'],
      ['Article 3a', '3a', 'Seasons'],
      ['Article 7-1', '7-1', 'Allocation'],
      ['Article 8', '8', ''],
    ]);
    expect(article(doc, '8').repealed).toBe(true);
    expect(article(doc, '1').repealed).toBeUndefined();
  });

  it('reads paragraphs with lists of points, nested points and a wrap-up', () => {
    expect(article(doc, '2').paragraphs).toEqual([
      {
        num: '(1)',
        text: 'In this Act:',
        items: [
          { num: '(a)', text: '"garden" means a plot held in common;', items: [] },
          {
            num: '(b)',
            text: '"gardener" means a person who',
            items: [
              { num: '(i)', text: 'lives in the Free Town, and', items: [] },
              { num: '(ii)', text: 'keeps a plot.', items: [] },
            ],
          },
          { num: '', text: 'unless the context requires otherwise.', items: [] },
        ],
      },
      { num: '(2)', text: 'Terms not defined here keep their ordinary meaning.', items: [] },
    ]);
    expect(article(doc, '7-1').paragraphs.map((p) => p.num)).toEqual(['(1)', '(2)']);
    expect(article(doc, '8').paragraphs).toEqual([para('(repealed)')]);
  });

  it('takes notes out of the text as annotations: meta notes by noteRef or placementBase, and authorial notes', () => {
    expect(article(doc, '1').paragraphs[0]!.text).toBe('This Act governs shared gardens in the Free Town.');
    expect(article(doc, '3a').paragraphs[0]!.text).toBe('Planting starts in spring.');
    expect(doc.annotations).toEqual([
      { article: '1', kind: 'explanation', text: 'Gardens are shared & tended in turn.', source: 'Explanatory memorandum' },
      { article: '3a', kind: 'note', text: 'Inserted in 2030.', source: '' },
      { article: '3a', kind: 'note', text: 'Spring begins on 1 March.', source: '' },
    ]);
  });

  it('records the source line of each article', () => {
    const line = article(doc, '3a').line!;
    expect(fixture('akn/chapters.xml').split('\n')[line - 1]).toContain('eId="art_3a"');
  });
});

describe('importAkn: sections, a repealed range and an annex (no namespace)', () => {
  const doc = importOk(fixture('akn/sections-annex.xml'));

  it('reads part/section/subsection divisions around articles', () => {
    expect(doc.title).toBe('Gesetz über Bienenstöcke');
    expect(doc.language).toBe('de');
    expect(listDivisions(doc).map((d) => [d.depth, d.division.type, d.division.label, d.division.num])).toEqual([
      [0, 'part', 'Teil 1', '1'],
      [1, 'section', 'Abschnitt 1', '1'],
      [0, 'part', 'Teil II', '2'],
      [1, 'section', 'Abschnitt 2', '2'],
      [2, 'subsection', 'Unterabschnitt 1', '1'],
    ]);
    expect((doc.body[1] as Division).text).toEqual([para('Dieser Teil gilt für Imker.')]);
    expect(listArticles(doc).map((a) => `${a.divisions.map((d) => d.num).join('.')}:${a.article.num}`)).toEqual([
      '1.1:1',
      '2.2.1:5a',
      '2.2.1:6',
    ]);
  });

  it('reads a repealed range, article content and loose points', () => {
    const section = (doc.body[0] as Division).children[0] as Division;
    expect(section.children[1]).toEqual({ kind: 'repealed-range', label: '§§ 2 bis 4 (weggefallen)', from: '2', to: '4', line: expect.any(Number) });
    expect(article(doc, '5a').paragraphs).toEqual([para('Jeder Bienenstock ist zu melden.')]);
    expect(article(doc, '6').paragraphs).toEqual([
      {
        num: '',
        text: 'Imker müssen',
        items: [
          { num: '1.', text: 'Waben prüfen,', items: [] },
          { num: '2.', text: 'Krankheiten melden.', items: [] },
        ],
      },
    ]);
  });

  it('reads the attachment as an annex', () => {
    expect(content(doc).annexes).toEqual([
      { heading: 'Anlage 1 – Meldeformular', paragraphs: [para('Name des Imkers', '1.'), para('Standort der Stöcke', '2.')] },
    ]);
  });
});

describe('importAkn: other shapes and problems', () => {
  it('reads sections as articles when a document has no articles at all', () => {
    const doc = importOk(`<akomaNtoso><act><body>
      <part eId="part_1"><num>Part 1</num>
        <section eId="sec_1"><num>1</num><heading>Citation</heading><content><p>This is the Kite Act.</p></content></section>
        <section eId="sec_2"><num>2</num><heading>Flying</heading>
          <subsection eId="sec_2__subsec_1"><num>(1)</num><content><p>Kites may fly.</p></content></subsection>
          <subsection eId="sec_2__subsec_2"><num>(2)</num><intro><p>But not</p></intro>
            <paragraph><num>(a)</num><content><p>at night, or</p></content></paragraph>
            <paragraph><num>(b)</num><content><p>near airports.</p></content></paragraph>
          </subsection>
        </section>
      </part></body></act></akomaNtoso>`);
    expect(listArticles(doc).map((a) => [a.article.num, a.article.heading])).toEqual([
      ['1', 'Citation'],
      ['2', 'Flying'],
    ]);
    expect(article(doc, '2').paragraphs).toEqual([
      para('Kites may fly.', '(1)'),
      { num: '(2)', text: 'But not', items: [{ num: '(a)', text: 'at night, or', items: [] }, { num: '(b)', text: 'near airports.', items: [] }] },
    ]);
  });

  it('numbers articles without eId or number u1, u2 …', () => {
    const doc = importOk(
      '<akomaNtoso><act><body><article><content><p>A.</p></content></article><article><heading>B</heading></article></body></act></akomaNtoso>',
    );
    expect(listArticles(doc).map((a) => a.article.num)).toEqual(['u1', 'u2']);
  });

  it('reports malformed XML with line and column', () => {
    for (const text of [
      '<akomaNtoso><act><body><article>',
      '<akomaNtoso>\n<act>&sect;</act></akomaNtoso>',
      '<akomaNtoso><act></body></akomaNtoso>',
      fixture('akn/chapters.xml').slice(0, 3000),
    ]) {
      const { problems } = importAkn(text);
      expect(hasErrors(problems)).toBe(true);
      expect(problems[0]!.line).toBeGreaterThan(0);
      expect(problems[0]!.column).toBeGreaterThan(0);
    }
  });

  it('rejects other roots and document types clearly', () => {
    expect(importAkn('<bill xmlns="http://schemas.gpo.gov/xml/uslm"/>').problems[0]!.message).toMatch(
      /Not an Akoma Ntoso document.*<bill>/,
    );
    expect(importAkn('<akomaNtoso><judgment/></akomaNtoso>').problems[0]!.message).toMatch(/Unsupported.*<judgment>/);
    expect(hasErrors(importAkn('<akomaNtoso/>').problems)).toBe(true);
    expect(hasErrors(importAkn('<akomaNtoso><act/></akomaNtoso>').problems)).toBe(true);
  });

  it('warns about a foreign namespace, loose body text and notes it cannot place', () => {
    const { doc, problems } = importAkn(
      `<akomaNtoso xmlns="urn:other"><act><meta><notes><note eId="x"><p>Lost.</p></note></notes></meta>
       <body><p>Loose.</p><article eId="art_1"><num>Article 1</num></article></body></act></akomaNtoso>`,
    );
    expect(listArticles(doc)).toHaveLength(1);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/namespace[\s\S]*<p> outside any article[\s\S]*not attached/);
  });
});

/** A version exercising every part of the model. */
function richDoc(): VersionDoc {
  const doc = emptyDoc('zh-Hant', 'Act on <Kites> & "Strings"');
  doc.metadata = { adopted: '2030-01-02', gazette: 'Gazette No. 5 <special> & more', text: 'line one\nline two\n  indented' };
  doc.preamble = [
    para('We, the people, enact:'),
    { num: '(1)', text: 'Whereas kites fly;\nand strings hold them', items: [{ num: 'a)', text: 'sub', items: [{ num: 'i.', text: 'deeper', items: [] }] }] },
    para(''),
  ];
  doc.body = [
    {
      kind: 'division',
      type: 'chapter',
      label: 'Chapter II',
      num: '2',
      heading: 'General',
      text: [para('This chapter applies to all kites.'), { num: '1.', text: 'Numbered intro', items: [] }],
      line: 4,
      children: [
        {
          kind: 'article',
          label: 'Article 12a',
          num: '12a',
          heading: 'Scope',
          line: 5,
          paragraphs: [
            para('Kites & strings < 10 m.', '(1)'),
            {
              num: '(2)',
              text: 'The following apply:',
              items: [
                { num: '1.', text: 'first', items: [] },
                { num: '2.', text: '', items: [{ num: 'a)', text: 'nested', items: [{ num: 'aa)', text: 'deepest', items: [] }] }] },
                { num: '', text: 'closing words', items: [] },
              ],
            },
            para('multi\nline\n\nwith a blank line'),
            para(''),
            { num: '', text: '', items: [{ num: '(x)', text: 'only items', items: [] }] },
          ],
        },
        { kind: 'repealed-range', label: '§§ 13 bis 15 (weggefallen)', from: '13', to: '15' },
        { kind: 'article', label: 'Article 16', num: '16', heading: '', paragraphs: [para('(deleted)')], repealed: true },
        {
          kind: 'division',
          type: 'section',
          label: '',
          num: '',
          heading: 'Unnumbered section',
          text: [],
          children: [{ kind: 'article', label: '第七條之一', num: '7-1', heading: '', paragraphs: [para('中文　內容')] }],
        },
      ],
    },
    {
      kind: 'division',
      type: 'division',
      label: 'DIVISION C',
      num: 'C',
      heading: 'Lettered',
      text: [],
      children: [
        {
          kind: 'division',
          type: 'subbook',
          label: 'Subbook 1',
          num: '1',
          heading: 'Not an AKN element',
          text: [],
          children: [
            { kind: 'article', label: '', num: 'u1', heading: 'Unnumbered', paragraphs: [para('x')] },
            { kind: 'article', label: 'Article 12a', num: '12a', heading: 'Duplicate number', paragraphs: [] },
            { kind: 'article', label: '§ 3', num: '§3/odd num', heading: '', paragraphs: [para('odd')] },
          ],
        },
        { kind: 'division', type: 'title', label: 'TITLE I', num: 'I', heading: 'Not normalized', text: [], children: [] },
        { kind: 'division', type: 'appropriations', label: '', num: '', heading: 'COASTAL PROGRAMS', text: [para('For lamps, $1,000.')], children: [] },
      ],
    },
    { kind: 'article', label: 'Article 99', num: '99', heading: 'Final', paragraphs: [para('Entry into force.')] },
  ];
  doc.annexes = [
    { heading: 'Annex 1 – Forms', paragraphs: [para('Name', '1.'), { num: '2.', text: 'Address', items: [{ num: 'a)', text: 'street', items: [] }] }] },
    { heading: '', paragraphs: [] },
  ];
  doc.annotations = [
    { article: '12a', kind: 'explanation', text: 'Why 12a exists.\nSecond line.', source: 'Explanatory memorandum' },
    { article: '7-1', kind: 'note', text: 'Taiwan style number.', source: '' },
    { article: 'gone', kind: 'note', text: 'Refers to an article not in this version.', source: 'Editor' },
  ];
  return doc;
}

describe('exportAkn', () => {
  it('writes a well-formed Akoma Ntoso act with FRBR identification', () => {
    const xml = exportAkn(richDoc(), meta);
    const { root, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    expect(root!.name).toBe('akomaNtoso');
    expect(root!.ns).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const act = firstChild(root!, 'act')!;
    expect(childElements(act).map((e) => e.name)).toEqual(['meta', 'preface', 'preamble', 'body', 'attachments']);
    const ident = firstChild(firstChild(act, 'meta')!, 'identification')!;
    expect(childElements(ident).map((e) => e.name)).toEqual(['FRBRWork', 'FRBRExpression', 'FRBRManifestation']);
    expect(xml).toContain('<FRBRthis value="/akn/zz/act/garden-act/!main"/>');
    expect(xml).toContain('<FRBRuri value="/akn/zz/act/garden-act/zh-Hant@draft-2"/>');
    expect(xml).toContain('<FRBRdate date="2030-05-01" name="Second draft"/>');
    expect(xml).toContain('<FRBRlanguage language="zh-Hant"/>');
    expect(xml).toContain('<FRBRcountry value="zz"/>');
  });

  it('uses AKN elements and eIds, and hcontainer where AKN has no element', () => {
    const xml = exportAkn(richDoc(), meta);
    expect(xml).toContain('<chapter eId="chp_2">');
    expect(xml).toContain('<article eId="art_12a">');
    expect(xml).toContain('<article eId="art_12a-2" ld:num="12a">');
    expect(xml).toContain('<hcontainer name="subbook"');
    expect(xml).toContain('<hcontainer name="repealedRange"');
    expect(xml).toContain('<article eId="art_16" status="removed">');
    expect(xml).toContain('<division eId="dvs_C">');
    expect(xml).toMatch(/<title eId="dvs_C__title_I" ld:num="I">/);
    expect(xml).toContain('<note eId="note_1" class="explanation" placementBase="#art_12a" title="Explanatory memorandum">');
    expect(xml).toContain('ld:article="gone"');
    expect(xml).toContain('<attachment eId="att_1">');
  });

  it('escapes markup characters everywhere', () => {
    const doc = emptyDoc('en', 'A & B');
    doc.body = [
      {
        kind: 'article',
        label: 'Art. <1>',
        num: '1"x',
        heading: ']]> & <script>alert(1)</script>',
        paragraphs: [para('"quoted" & \'apos\' <b>not bold</b>', '<(1)>')],
      },
    ];
    doc.metadata = { 'key "with" <chars>': 'value & <more>' };
    const xml = exportAkn(doc, { ...meta, lawId: 'a/b c&d', label: 'x"y' });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const { problems } = parseXml(xml);
    expect(problems).toEqual([]);
    expect(content(importOk(xml))).toEqual(content(doc));
  });

  it('drops characters that XML cannot carry instead of writing a broken document', () => {
    const doc = emptyDoc('en');
    doc.body = [{ kind: 'article', label: 'Art. 1', num: '1', heading: 'bell\u0007', paragraphs: [para('nul\u0000here')] }];
    const xml = exportAkn(doc, { ...meta, date: '' });
    expect(parseXml(xml).problems).toEqual([]);
    const back = importOk(xml);
    expect(article(back, '1').heading).toBe('bell');
    expect(article(back, '1').paragraphs[0]!.text).toBe('nulhere');
  });
});

describe('importAkn(exportAkn(doc)) round trip', () => {
  it('gives back the same model for a version built in the test', () => {
    const doc = richDoc();
    const back = importOk(exportAkn(doc, meta));
    expect(back).toEqual(expect.objectContaining({ title: doc.title, language: doc.language, metadata: doc.metadata }));
    expect(content(back)).toEqual(content(doc));
  });

  it('gives back the same model for an empty version', () => {
    const doc = emptyDoc('de');
    expect(content(importOk(exportAkn(doc, meta)))).toEqual(doc);
  });

  it('gives back the same model for both AKN fixtures', () => {
    for (const name of ['akn/chapters.xml', 'akn/sections-annex.xml']) {
      const doc = importOk(fixture(name));
      expect(content(importOk(exportAkn(doc, meta)))).toEqual(content(doc));
    }
  });

  it.runIf(existsSync(path.join(corpus, 'us-116-hr2157')))('gives back the same model for the USLM corpus versions', () => {
    for (const rel of ['us-116-hr2157/ih.xml', 'us-116-hr2157/enr.xml', 'us-116-sconres13/rfh.xml']) {
      const { doc, problems } = importUslm(readFileSync(path.join(corpus, rel), 'utf8'));
      expect(problems).toEqual([]);
      const back = importOk(exportAkn(doc, { ...meta, jurisdiction: 'US' }));
      expect(content(back)).toEqual(content(doc));
      expect(listArticles(back)).toHaveLength(listArticles(doc).length);
    }
  });
});

describe('importAkn: nothing outside the body is dropped without a word (issue 12)', () => {
  const act = (inner: string): string =>
    `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x">
<preface><p><docTitle>Stray Act</docTitle></p></preface>
<body><article eId="art_1"><num>Article 1</num><content><p>Kept.</p></content></article></body>
${inner}
</act></akomaNtoso>`;

  it('reports an article placed beside the body, with its line', () => {
    const { doc, problems } = importAkn(act('<article eId="art_2"><num>Article 2</num><content><p>Beside the body.</p></content></article>'));
    expect(listArticles(doc).map((a) => a.article.num)).toEqual(['1']);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 4, message: expect.stringContaining('<article> directly in the <act> was skipped') })]);
  });

  it('reports articles and divisions in the conclusions and a second body', () => {
    const { problems } = importAkn(
      act('<conclusions><chapter eId="chp_9"><num>IX</num><article eId="art_9"><num>Article 9</num></article></chapter></conclusions>\n<body><article eId="art_3"><num>3</num></article></body>'),
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringContaining('<chapter> in the <conclusions> was skipped')],
      [5, expect.stringContaining('A second <body> was skipped')],
    ]);
  });

  it('stays quiet on a document with only the usual parts', () => {
    const { problems } = importAkn(act('<conclusions><p>Done at Brussels.</p></conclusions>'));
    expect(problems).toEqual([]);
  });
});
