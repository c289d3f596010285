import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleText, listArticles, listDivisions } from '../../../src/model/doc.js';
import { hasErrors } from '../../../src/model/problems.js';
import { importUslm, uslmDivisionNum } from '../../../src/model/import/uslm.js';
import { romanToArabic } from '../../../src/model/numerals.js';
import type { Article, Division, VersionDoc } from '../../../src/model/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root: the nearest folder above this test holding package.json. */
function repoRoot(): string {
  let dir = here;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${here}`);
    dir = up;
  }
  return dir;
}

/** The shared corpus sits next to the repository (../shared/corpus); LAWDIFF_CORPUS overrides. */
const corpus = process.env['LAWDIFF_CORPUS'] ?? path.resolve(repoRoot(), '../shared/corpus');
const readCorpus = (rel: string): string => {
  const file = path.join(corpus, rel);
  if (!existsSync(file)) throw new Error(`corpus file missing: ${file} (set LAWDIFF_CORPUS to the corpus folder)`);
  return readFileSync(file, 'utf8');
};
const fixture = (name: string): string => readFileSync(path.join(repoRoot(), 'tests/fixtures', name), 'utf8');

function importOk(text: string): VersionDoc {
  const { doc, problems } = importUslm(text);
  expect(problems).toEqual([]);
  return doc;
}

const byNum = (doc: VersionDoc, num: string): Article => {
  const found = listArticles(doc).find((a) => a.article.num === num);
  if (!found) throw new Error(`no article ${num}`);
  return found.article;
};

describe('romanToArabic and division numbers', () => {
  it('converts Roman numerals and rejects everything else', () => {
    expect(romanToArabic('I')).toBe('1');
    expect(romanToArabic('XII')).toBe('12');
    expect(romanToArabic('xiv')).toBe('14');
    expect(romanToArabic('MCMXC')).toBe('1990');
    expect(romanToArabic('IIII')).toBeNull();
    expect(romanToArabic('Xi')).toBeNull();
    expect(romanToArabic('12')).toBeNull();
    expect(romanToArabic('')).toBeNull();
  });

  it('keeps letters where divisions are lettered', () => {
    expect(uslmDivisionNum('title', 'IV')).toBe('4');
    expect(uslmDivisionNum('title', '7')).toBe('7');
    expect(uslmDivisionNum('subtitle', 'C')).toBe('C');
    expect(uslmDivisionNum('division', 'D')).toBe('D');
    expect(uslmDivisionNum('division', 'I')).toBe('I');
    expect(uslmDivisionNum('part', 'C')).toBe('C');
    expect(uslmDivisionNum('part', 'II')).toBe('2');
  });
});

describe('importUslm: hand-written bill', () => {
  const doc = importOk(fixture('uslm/small-bill.xml'));

  it('reads metadata, title and preamble', () => {
    expect(doc.title).toBe('999 HR 1 IH: Funding lighthouses and for other purposes.');
    expect(doc.language).toBe('en');
    expect(doc.metadata).toMatchObject({
      'dc:type': 'House Bill',
      docNumber: '1',
      docStage: 'Introduced in House',
      citableAs: '999 HR 1 IH; 999hr1ih',
      congress: '999',
      session: '2',
      slugLine: 'HR 1 IH',
      actionDate: '2031-02-03',
      action: 'February 3, 2031 Ms. Keeper introduced the following bill',
    });
    expect(doc.preamble.map((p) => p.text)).toEqual([
      'A BILL',
      'Funding lighthouses & harbors.',
      'Be it enacted by the Senate and House of Representatives,',
    ]);
  });

  it('finds the sections outside quoted blocks, numbering the unnumbered ones u1, u2', () => {
    const articles = listArticles(doc).map((a) => [a.article.label, a.article.num, a.article.heading]);
    expect(articles).toEqual([
      ['', 'u1', ''],
      ['Sec. 101.', '101', 'Keepers.'],
      ['Sec. 102.', '102', ''],
      ['SEC. 1201.', '1201', 'Short title.'],
      ['', 'u2', ''],
    ]);
  });

  it('maps titles and subtitles to divisions, converting Roman numerals but not letters', () => {
    const divisions = listDivisions(doc)
      .filter((d) => d.division.type !== 'appropriations')
      .map((d) => [d.depth, d.division.type, d.division.label, d.division.num, d.division.heading]);
    expect(divisions).toEqual([
      [0, 'title', 'TITLE I', '1', 'DEPARTMENT OF LIGHTS'],
      [0, 'title', 'TITLE XII', '12', 'GENERAL PROVISIONS'],
      [1, 'subtitle', 'Subtitle C', 'C', 'Miscellaneous'],
    ]);
    const located = listArticles(doc);
    expect(located.map((a) => a.divisions.map((d) => d.num).join('/'))).toEqual(['', '1', '1', '12/C', '12']);
  });

  it('nests appropriations by level and closes them at the next section', () => {
    const title = doc.body[1] as Division;
    const shape = (nodes: Division['children']): unknown =>
      nodes.map((n) =>
        n.kind === 'division' ? { [n.heading]: shape(n.children) } : n.kind === 'article' ? n.num : n.label,
      );
    expect(shape(title.children)).toEqual([
      {
        'COASTAL PROGRAMS': [{ 'Office of Lamps': [{ 'lenses and mirrors': [] }] }, { 'Office of Foghorns': [] }],
      },
      { 'GENERAL PROVISIONS—THIS TITLE': [] },
      '101',
      '102',
    ]);
    const lamps = (title.children[0] as Division).children[0] as Division;
    expect(lamps).toMatchObject({ type: 'appropriations', label: '', num: '' });
    expect(lamps.text).toEqual([{ num: '', text: 'For lamps, $1,000: Provided, That lamps are bright.', items: [] }]);
    expect((lamps.children[0] as Division).text).toEqual([
      {
        num: '',
        text: 'For lenses, $20, as follows:',
        items: [
          { num: '(1)', text: '$5 for glass;', items: [] },
          { num: '(2)', text: '$15 for polish.', items: [] },
        ],
      },
    ]);
  });

  it('maps subsections to paragraphs and deeper levels to items; quoted blocks stay text', () => {
    expect(byNum(doc, '101').paragraphs).toEqual([
      {
        num: '(a)',
        text: 'In General.— The Secretary shall—',
        items: [
          { num: '(1)', text: 'hire keepers; and', items: [] },
          {
            num: '(2)',
            text: 'train them in—',
            items: [
              { num: '(A)', text: 'lamp care; and', items: [] },
              { num: '(B)', text: 'fog signals.', items: [] },
            ],
          },
          { num: '', text: 'Training shall be free.', items: [] },
        ],
      },
      {
        num: '(b)',
        text: 'Section 5 of the Lamps Act is amended by adding at the end the following: “SEC. 6. Wicks. Wicks shall be trimmed.”.',
        items: [],
      },
    ]);
  });

  it('hangs paragraphs directly under a section on its chapeau and keeps the continuation after them', () => {
    expect(articleText(byNum(doc, '102'))).toBe(
      ['The following apply:', '(1) Lamps stay lit.', '(2) Doors stay shut.', 'Provided, That storms excuse both.'].join('\n'),
    );
    expect(byNum(doc, '1201').paragraphs).toEqual([
      { num: '', text: 'This Act may be cited as the “Lighthouse Act”.', items: [] },
    ]);
  });

  it('records source lines of sections and divisions', () => {
    const line = byNum(doc, '101').line!;
    expect(fixture('uslm/small-bill.xml').split('\n')[line - 1]).toContain('s101');
  });
});

describe('importUslm: problems', () => {
  it('reports malformed XML with line and column instead of throwing', () => {
    const cases = [
      '<bill xmlns="http://schemas.gpo.gov/xml/uslm"><main><section><num value="1">SEC. 1.</num>',
      '<bill xmlns="http://schemas.gpo.gov/xml/uslm"><main>\n<section>&mdash;</section></main></bill>',
      '<bill xmlns="http://schemas.gpo.gov/xml/uslm"><main>\n<section></title></main></bill>',
    ];
    for (const text of cases) {
      const { doc, problems } = importUslm(text);
      expect(hasErrors(problems)).toBe(true);
      expect(problems[0]!.line).toBeGreaterThan(0);
      expect(problems[0]!.column).toBeGreaterThan(0);
      expect(listArticles(doc)).toEqual([]);
    }
    expect(importUslm(cases[1]!).problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('&mdash;') });
  });

  it('reports a truncated corpus file', () => {
    const text = readCorpus('us-116-hr2157/ih.xml');
    const { problems } = importUslm(text.slice(0, Math.floor(text.length / 2)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/Malformed XML/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('rejects documents that are not a USLM bill or resolution', () => {
    const akn = importUslm('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act/></akomaNtoso>');
    expect(akn.problems).toHaveLength(1);
    expect(akn.problems[0]!.message).toMatch(/Not a USLM bill or resolution.*<akomaNtoso>/);
    const noNs = importUslm('<bill><main/></bill>');
    expect(noNs.problems[0]!.message).toMatch(/in no namespace/);
    const lawDoc = importUslm('<lawDoc xmlns="http://schemas.gpo.gov/xml/uslm"/>');
    expect(lawDoc.problems[0]!.message).toMatch(/<lawDoc>/);
  });

  it('warns about repeated section numbers and a bill without sections', () => {
    const ns = 'xmlns="http://schemas.gpo.gov/xml/uslm"';
    const dup = importUslm(
      `<bill ${ns}><main><section><num value="1">SEC. 1.</num></section><section><num value="1">SEC. 1.</num></section></main></bill>`,
    );
    expect(dup.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(dup.problems[0]!.message).toMatch(/Section number 1 appears more than once/);
    const none = importUslm(`<bill ${ns}><main/></bill>`);
    expect(none.problems[0]!.message).toMatch(/No <section>/);
    const noMain = importUslm(`<bill ${ns}><meta/></bill>`);
    expect(hasErrors(noMain.problems)).toBe(true);
  });
});

describe('importUslm: H.R. 2157 (116th Congress) from the corpus', () => {
  const ih = importOk(readCorpus('us-116-hr2157/ih.xml'));
  const enr = importOk(readCorpus('us-116-hr2157/enr.xml'));

  it('finds exactly 25 sections in each version', () => {
    expect(listArticles(ih)).toHaveLength(25);
    expect(listArticles(enr)).toHaveLength(25);
  });

  it('numbers sections from num/@value and the unnumbered ones u1, u2', () => {
    expect(listArticles(ih).map((a) => a.article.num)).toEqual([
      'u1', '101', '102', '103', '104', '105', '106', '107', '501', '502', '503', '504', '505', '601',
      '701', '702', '703', '1001', '1101', '1102', '1103', '1104', '1105', '1106', 'u2',
    ]);
    expect(listArticles(enr).map((a) => a.article.num)).toEqual([
      'u1', '101', '102', '103', '104', '105', '106', '107', '108', '301', '601', '602', '701', '801',
      '802', '1001', '1101', '1102', '1201', '1202', '1203', '1204', '1205', '1206', '1207',
    ]);
    expect(byNum(ih, '101').label).toBe('Sec. 101.');
    expect(articleText(byNum(ih, 'u2'))).toBe('This Act may be cited as the “Supplemental Appropriations Act, 2019”.');
  });

  it('reads titles with Roman numerals as divisions', () => {
    const titles = (doc: VersionDoc): string[] =>
      listDivisions(doc)
        .filter((d) => d.division.type === 'title')
        .map((d) => `${d.division.num} ${d.division.label}`);
    expect(titles(ih)).toEqual([
      '1 TITLE I', '2 TITLE II', '3 TITLE III', '4 TITLE IV', '5 TITLE V', '6 TITLE VI',
      '7 TITLE VII', '8 TITLE VIII', '9 TITLE IX', '10 TITLE X', '11 TITLE XI',
    ]);
    expect(titles(enr)).toHaveLength(12);
    expect(titles(enr)[11]).toBe('12 TITLE XII');
    expect(listDivisions(enr).find((d) => d.division.label === 'TITLE XII')!.division.heading).toBe(
      'GENERAL PROVISIONS—THIS ACT',
    );
  });

  it('nests the appropriations headings of title I and keeps its sections directly under the title', () => {
    const title = ih.body.find((n): n is Division => n.kind === 'division' && n.num === '1')!;
    const outline = title.children.map((n) =>
      n.kind === 'division' ? `${n.heading} [${n.children.map((c) => (c.kind === 'division' ? c.heading : '')).join('; ')}]` : n.kind === 'article' ? n.num : '',
    );
    expect(outline).toEqual([
      'AGRICULTURAL PROGRAMS [Processing, Research and Marketing; Office of the Secretary; Farm Service Agency; Natural Resources Conservation Service; Rural Development]',
      'GENERAL PROVISIONS—THIS TITLE []',
      '101', '102', '103', '104', '105', '106', '107',
    ]);
    const farm = ((title.children[0] as Division).children[2] as Division).children[0] as Division;
    expect(farm.heading).toBe('emergency forest restoration program');
    expect(farm.text[0]!.text).toMatch(/^For an additional amount for the “Emergency Forest Restoration Program”/);
    for (const { article } of listArticles(ih)) {
      // No section ever hangs under an appropriations heading.
      const path = listArticles(ih).find((a) => a.article === article)!.divisions;
      expect(path.every((d) => d.type !== 'appropriations')).toBe(true);
    }
  });

  it('keeps quoted amendment text, with its quotes, inside the item that quotes it', () => {
    const sec = byNum(ih, '701');
    const a = sec.paragraphs[0]!;
    expect(a.num).toBe('(a)');
    expect(a.items.map((i) => i.num)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(a.items[3]!.text).toMatch(
      /^by inserting after subparagraph \(D\), the following: “\(E\) Subject to subparagraph \(F\), .* by \$36,000,000\.”; and$/,
    );
    expect(a.items[4]!.items.map((i) => i.num)).toEqual(['(A)', '(B)', '(C)', '(D)', '(E)']);
    expect(a.items[4]!.items[0]!.text).toBe('by striking “title XIX, during” and inserting “title XIX— “(i) during”;');
    expect(a.items[0]!.text).toBe('in subparagraph (A), by striking “and (E)” and inserting “(E), and (F)”;');
  });

  it('reads sections with headings in subsections', () => {
    const s504 = byNum(ih, '504');
    expect(s504.paragraphs.map((p) => p.num)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    expect(s504.paragraphs[0]!.text).toMatch(/^In General\.— The President shall make a contribution/);
    expect(s504.paragraphs[4]!.items.map((i) => i.num)).toEqual(['(1)', '(2)', '(3)']);
  });

  it('reads metadata and the enacting formula', () => {
    expect(ih.title).toBe(
      '116 HR 2157 IH: Making supplemental appropriations for the fiscal year ending September 30, 2019, and for other purposes.',
    );
    expect(ih.metadata).toMatchObject({ docStage: 'Introduced in House', congress: '116', session: '1', docNumber: '2157' });
    expect(enr.metadata['docStage']).toBe('Enrolled Bill');
    expect(ih.preamble.map((p) => p.text)).toEqual([
      'A BILL',
      'Making supplemental appropriations for the fiscal year ending September 30, 2019, and for other purposes.',
      'Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,',
    ]);
  });
});

describe('importUslm: S.Con.Res. 13 (116th Congress), three stages', () => {
  const stages = ['es', 'ats', 'rfh'].map((s) => ({ stage: s, doc: importOk(readCorpus(`us-116-sconres13/${s}.xml`)) }));

  it('imports each stage without problems and finds its one unnumbered section', () => {
    for (const { doc } of stages) {
      const articles = listArticles(doc);
      expect(articles).toHaveLength(1);
      expect(articles[0]!.article).toMatchObject({ label: '', num: 'u1', heading: '' });
      const [p] = articles[0]!.article.paragraphs;
      expect(p!.text).toBe('That Congress—');
      expect(p!.items.map((i) => i.num)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
      expect(doc.body).toHaveLength(1);
    }
  });

  it('agrees across stages on the resolving text and the recitals', () => {
    const [es, ats, rfh] = stages.map((s) => s.doc);
    expect(articleText(listArticles(ats!)[0]!.article)).toBe(articleText(listArticles(es!)[0]!.article));
    expect(articleText(listArticles(rfh!)[0]!.article)).toBe(articleText(listArticles(es!)[0]!.article));
    const recitals = (d: VersionDoc): string[] => d.preamble.filter((p) => p.text.startsWith('Whereas')).map((p) => p.text);
    expect(recitals(es!)).toHaveLength(15);
    expect(recitals(ats!)).toEqual(recitals(es!));
    expect(recitals(rfh!)).toEqual(recitals(es!));
    expect(es!.preamble.at(-1)!.text).toBe('Resolved by the Senate (the House of Representatives concurring),');
    expect(stages.map((s) => s.doc.metadata['docStage'])).toEqual(['Engrossed in Senate', 'Agreed to Senate', 'Referred in House']);
  });

  it('keeps the numbered clauses of a recital as items', () => {
    const es = stages[0]!.doc;
    const recital = es.preamble.find((p) => p.text.startsWith('Whereas the TRA and the Six Assurances are cornerstones'))!;
    expect(recital.items.map((i) => i.num)).toEqual(['(1)', '(2)']);
  });
});
