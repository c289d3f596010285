/**
 * Inserted divisions (issue 11, point 10): chapters, sections and parts numbered with a suffix —
 * `第四章之一`, `第一节之一`, `Titel 2a`, `Chapter 3A`, `Subchapter IVA` — as amended laws print them.
 * Every format that has divisions imports them with no error, keeps the label as printed, gives a
 * normalized number (`4-1`, `2a`, `3a`), puts the following articles under them, and lists them
 * in the articles' paths; the comparison aligns them.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import { articleEntries, divisionTitle } from '../../../src/model/articles.js';
import { listArticles, listDivisions } from '../../../src/model/doc.js';
import { exportAkn } from '../../../src/model/akn/export.js';
import { importSource } from '../../../src/model/import/index.js';
import type { SourceFormat } from '../../../src/model/types.js';
import { readCorpus } from '../../helpers/corpus.js';

/** `text` with `insert` put before the first line that starts with `before`. */
function insertBefore(text: string, before: string, insert: string): string {
  const at = text.indexOf(`\n${before}`);
  if (at < 0) throw new Error(`no line starts with ${before}`);
  return `${text.slice(0, at + 1)}${insert}${text.slice(at + 1)}`;
}

const espionage = readCorpus('cn-counter-espionage-law', '2014.md');
const pdpa = readCorpus('tw-personal-data-protection-act', '2015.md');

interface Case {
  format: SourceFormat;
  text: () => string;
  label: string;
  num: string;
  type: string;
  heading: string;
  /** The first and last article in the inserted division (at any depth), and the article just before it. */
  first: string;
  last: string;
  before: string;
  /** Label of the division it sits in, if any. */
  parent?: string;
}

const cases: [string, Case][] = [
  [
    'PRC chapter as a Markdown heading',
    {
      format: 'cn',
      text: () => insertBefore(espionage, '第十二条 ', '## 第二章之一 技术侦察\n\n'),
      label: '第二章之一', num: '2-1', type: 'chapter', heading: '技术侦察', first: '12', last: '17', before: '11',
    },
  ],
  [
    'PRC chapter as a bare line',
    {
      format: 'cn',
      text: () => insertBefore(espionage, '第十二条 ', '第二章之一　技术侦察\n\n'),
      label: '第二章之一', num: '2-1', type: 'chapter', heading: '技术侦察', first: '12', last: '17', before: '11',
    },
  ],
  [
    'PRC section inside a chapter',
    {
      format: 'cn',
      text: () => insertBefore(readCorpus('cn-company-law', '2018.md'), '第二十八条 ', '### 第一节之一 出资\n\n'),
      label: '第一节之一', num: '1-1', type: 'section', heading: '出资', first: '28', last: '35', before: '27', parent: '第二章',
    },
  ],
  [
    'PRC book (编之一)',
    {
      format: 'cn',
      text: () => '# 某法\n\n第一编 总则\n\n第一条 甲。\n\n第一编之一 补充\n\n第二条 乙。\n\n第二编 分则\n\n第三条 丙。\n',
      label: '第一编之一', num: '1-1', type: 'book', heading: '补充', first: '2', last: '2', before: '1',
    },
  ],
  [
    'Taiwan chapter (setext)',
    {
      format: 'tw',
      text: () => insertBefore(pdpa, '第三十四條 ', '第四章之一  團體訴訟\n============\n'),
      label: '第四章之一', num: '4-1', type: 'chapter', heading: '團體訴訟', first: '34', last: '40', before: '33',
    },
  ],
  [
    'Taiwan section (節之一, Markdown heading)',
    {
      format: 'tw',
      text: () => insertBefore(pdpa, '第三十四條 ', '## 第一節之一 團體訴訟\n\n'),
      label: '第一節之一', num: '1-1', type: 'section', heading: '團體訴訟', first: '34', last: '40', before: '33', parent: '第四章',
    },
  ],
  [
    'Taiwan structured JSON',
    {
      format: 'tw-json',
      text: () => {
        const record = JSON.parse(readCorpus('tw-personal-data-protection-act', '2015.json')) as { law_data: object[] };
        const at = record.law_data.findIndex((e) => (e as { rule_no?: string }).rule_no === '第三十四條');
        record.law_data.splice(at, 0, { note: '', section_name: '第四章之一  團體訴訟' });
        return JSON.stringify(record, null, 1);
      },
      label: '第四章之一', num: '4-1', type: 'chapter', heading: '團體訴訟', first: '34', last: '40', before: '33',
    },
  ],
  [
    'German Titel 2a (BGB 2022, as published)',
    {
      format: 'de',
      text: () => readCorpus('de-bgb', '2022-03-03.md'),
      label: 'Titel 2a', num: '2a', type: 'title', heading: 'Verträge über digitale Produkte', first: '327', last: '327u', before: '326',
      parent: 'Abschnitt 3',
    },
  ],
  [
    'German Abschnitt 2a',
    {
      format: 'de',
      text: () => insertBefore(readCorpus('de-netzdg', '2022.md'), '## § 3a ', '## Abschnitt 2a - Meldungen\n\n'),
      label: 'Abschnitt 2a', num: '2a', type: 'section', heading: 'Meldungen', first: '3a', last: '6', before: '3',
    },
  ],
  [
    'German Unterabschnitt 3a under Teil 2',
    {
      format: 'de',
      text: () => insertBefore(readCorpus('de-tkg-2004', '2021.md'), '#### § 10 ', '#### Unterabschnitt 3a - Marktdefinition\n\n'),
      label: 'Unterabschnitt 3a', num: '3a', type: 'subsection', heading: 'Marktdefinition', first: '10', last: '15a', before: '9a', parent: 'Abschnitt 1',
    },
  ],
  [
    'English Chapter 3A',
    {
      format: 'en',
      text: () => 'Chapter 3 Duties\n\nArticle 5\n\nKeep records.\n\nChapter 3A Transfers\n\nArticle 6\n\nNo transfer abroad.\n\nChapter 4 Final\n\nArticle 7\n\nIn force.\n',
      label: 'Chapter 3A', num: '3a', type: 'chapter', heading: 'Transfers', first: '6', last: '6', before: '5',
    },
  ],
  [
    'English Part 2A',
    {
      format: 'en',
      text: () => 'Part 2 Rules\n\nSection 5 Records\n\nKeep records.\n\nPart 2A Transfers\n\nSection 6 Abroad\n\nNo transfer abroad.\n',
      label: 'Part 2A', num: '2a', type: 'part', heading: 'Transfers', first: '6', last: '6', before: '5',
    },
  ],
  [
    'English Subchapter IVA',
    {
      format: 'en',
      text: () => 'Subchapter IV Grants\n\nSection 401 Grants\n\nGrants are made.\n\nSubchapter IVA Loans\n\nSection 402 Loans\n\nLoans are made.\n',
      label: 'Subchapter IVA', num: '4a', type: 'subchapter', heading: 'Loans', first: '402', last: '402', before: '401',
    },
  ],
  [
    'USLM TITLE IIA',
    {
      format: 'uslm',
      text: () => readCorpus('us-116-hr2157', 'enr.xml').replace('<num value="III">TITLE III</num>', '<num value="IIA">TITLE IIA</num>'),
      label: 'TITLE IIA', num: '2A', type: 'title', heading: 'DEPARTMENT OF DEFENSE', first: '301', last: '301', before: '108',
    },
  ],
  [
    'Akoma Ntoso chapter 4A and chapter IVA (no lawdiff metadata)',
    {
      format: 'akn',
      text: () => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
<chapter eId="chp_4"><num>Chapter 4</num><heading>Duties</heading><article eId="art_5"><num>Article 5</num><content><p>Keep records.</p></content></article></chapter>
<chapter eId="chp_4A"><num>Chapter 4A</num><heading>Transfers</heading><article eId="art_6"><num>Article 6</num><content><p>No transfer.</p></content></article></chapter>
<chapter><num>Chapter IVB</num><heading>Loans</heading><article eId="art_7"><num>Article 7</num><content><p>Loans.</p></content></article></chapter>
</body></act></akomaNtoso>`,
      label: 'Chapter 4A', num: '4A', type: 'chapter', heading: 'Transfers', first: '6', last: '6', before: '5',
    },
  ],
];

describe('inserted divisions', () => {
  it.each(cases)('%s', (_, c) => {
    const r = importSource(c.text(), { format: c.format });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => /^article number/u.test(p.message))).toEqual([]);
    const found = listDivisions(r.doc).filter(({ division: d }) => d.label === c.label);
    expect(found).toHaveLength(1);
    const division = found[0]!.division;
    expect(division).toMatchObject({ type: c.type, num: c.num, heading: c.heading });

    const located = new Map(listArticles(r.doc).map((a) => [a.article.num, a]));
    for (const num of [c.first, c.last]) {
      const a = located.get(num);
      expect(a, `article ${num}`).toBeDefined();
      const at = a!.divisions.indexOf(division);
      expect(at).toBeGreaterThanOrEqual(0);
      if (c.parent) expect(a!.divisions[at - 1]?.label).toBe(c.parent);
    }
    expect(located.get(c.before)!.divisions).not.toContain(division);
    // `lawdiff articles` shows it in the path.
    const entry = articleEntries(r.doc).find((e) => e.ordinal === c.first)!;
    expect(entry.path).toContain(divisionTitle(division));
  });

  it('Akoma Ntoso: a roman chapter with a letter and no eId is numbered like the others (IVB → 4B)', () => {
    const r = importSource(cases.find(([name]) => name.startsWith('Akoma'))![1].text(), { format: 'akn' });
    expect(listDivisions(r.doc).map(({ division: d }) => [d.label, d.num])).toEqual([
      ['Chapter 4', '4'],
      ['Chapter 4A', '4A'],
      ['Chapter IVB', '4B'],
    ]);
  });

  it.each<[SourceFormat, string, string]>([
    ['cn', insertBefore(espionage, '第十二条 ', '第二章之X　技术侦察\n\n'), '第二章之X'],
    ['cn', insertBefore(espionage, '第十二条 ', '## 第二章之X 技术侦察\n\n'), '第二章之X'],
    ['tw', insertBefore(pdpa, '第三十四條 ', '第四章之X  團體訴訟\n============\n'), '第四章之X'],
  ])('%s: an unreadable 之 number is an error naming the line', (format, text, printed) => {
    const r = importSource(text, { format });
    const line = text.split('\n').findIndex((l) => l.includes(printed)) + 1;
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ line, text: expect.stringContaining(printed) })]);
  });

  it('round-trips through Akoma Ntoso', () => {
    const doc = importSource(insertBefore(espionage, '第十二条 ', '## 第二章之一 技术侦察\n\n'), { format: 'cn' }).doc;
    const back = importSource(exportAkn(doc, { lawId: 'ce', versionId: 'x', date: '', label: '', jurisdiction: 'cn' }), { format: 'akn' });
    expect(back.ok).toBe(true);
    expect(articleEntries(back.doc)).toEqual(articleEntries(doc));
    expect(listDivisions(back.doc).map(({ division: d }) => [d.label, d.num])).toEqual(listDivisions(doc).map(({ division: d }) => [d.label, d.num]));
  });

  it('the comparison reports the inserted chapter and its new articles, and keeps every other chapter', () => {
    const old = importSource(espionage, { format: 'cn' }).doc;
    const amendment = '## 第二章之一 技术防范\n\n第十八条之一 关键信息基础设施的运营者应当落实反间谍技术防范措施。\n\n第十八条之二 国家安全机关可以进行反间谍技术防范检查。\n\n';
    const amended = importSource(insertBefore(espionage, '## 第三章 ', amendment), { format: 'cn' }).doc;
    const c = compareVersions(old, amended);
    expect(c.divisions.filter((d) => d.kind !== 'matched').map((d) => [d.kind, d.new?.label, d.new?.num])).toEqual([['inserted', '第二章之一', '2-1']]);
    expect(c.divisions.filter((d) => d.kind === 'matched').every((d) => d.old!.label === d.new!.label && !d.renumbered)).toBe(true);
    expect(c.stats).toMatchObject({ matched: 40, inserted: 2, deleted: 0, textChanged: 0, moved: 0 });
  });
});
