/** The reference grammar of explanation reports (issue 16, points 1–2): one table of examples per language. */
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../src/model/doc.js';
import { findReferences, splitReport, type ArticleReference } from '../../../src/model/references.js';
import { importCorpus } from '../../helpers/corpus.js';

type Expected = Partial<ArticleReference>;
type Row = [input: string, expected: Expected[], selfNames?: string[]];

function check(input: string, expected: Expected[], selfNames?: string[]): void {
  const refs = findReferences(input, selfNames ? { selfNames } : {});
  for (const r of refs) expect(input.slice(r.start, r.end)).toBe(r.text);
  expect(refs).toMatchObject(expected);
  // Fields not expected must be absent where they carry meaning.
  refs.forEach((r, i) => {
    const e = expected[i]!;
    if (!('external' in e)) expect(r.external).toBeUndefined();
    if (!('action' in e)) expect(r.action).toBeUndefined();
    if (!('reading' in e)) expect(r.reading).toBe('unspecified');
  });
}

const zh: Row[] = [
  ['草案第十一条关于国家网络安全战略的规定移至总则，修改为……（二次审议稿第四条）', [
    { text: '草案第十一条', articles: ['11'], reading: 'old', readingLabel: '草案', action: 'move', start: 0, end: 6 },
    { text: '二次审议稿第四条', articles: ['4'], reading: 'named', readingLabel: '二次审议稿' },
  ]],
  ['第十一条第二款规定的情形', [{ text: '第十一条第二款', articles: ['11'], paragraph: '2' }]],
  ['本法第二百二十九条第一款第四项', [{ text: '本法第二百二十九条第一款第四项', articles: ['229'], paragraph: '1', item: '4' }]],
  ['依照第三十二条至第三十五条的规定', [{ text: '第三十二条至第三十五条', articles: ['32', '33', '34', '35'] }]],
  ['第三十二条、第三十三条和第三十五条', [{ text: '第三十二条、第三十三条和第三十五条', articles: ['32', '33', '35'] }]],
  ['第五条和第六条', [{ text: '第五条和第六条', articles: ['5', '6'] }]],
  ['修订草案第二十条增加规定', [{ text: '修订草案第二十条', articles: ['20'], reading: 'old', readingLabel: '修订草案' }]],
  ['草案二次审议稿第四十条', [{ text: '草案二次审议稿第四十条', articles: ['40'], reading: 'named', readingLabel: '草案二次审议稿' }]],
  ['删去草案第十二条。', [{ text: '草案第十二条', articles: ['12'], reading: 'old', action: 'delete' }]],
  ['增加一条作为第十三条：“国家支持……”', [{ text: '第十三条', articles: ['13'], reading: 'new', action: 'insert' }]],
  ['增加一条，作为第十三条', [{ text: '第十三条', articles: ['13'], reading: 'new', action: 'insert' }]],
  ['将第五章的标题修改为“公司债券”', [{ text: '第五章', kind: 'division', divisionType: 'chapter', articles: ['5'], action: 'amend' }]],
  ['修订后的公司法第十五条规定', [{ text: '修订后的公司法第十五条', articles: ['15'], reading: 'new', readingLabel: '修订后的公司法' }], ['公司法']],
  ['本法第七十八条至第八十条的规定', [{ text: '本法第七十八条至第八十条', articles: ['78', '79', '80'] }]],
  ['第七條之一第二項第三款', [{ text: '第七條之一第二項第三款', articles: ['7-1'], paragraph: '2', item: '3' }]],
  ['第七條規定', [{ text: '第七條', articles: ['7'] }]],
  ['第七條之一至第九條', [{ text: '第七條之一至第九條', articles: ['7-1', '8', '9'] }]],
  ['第12条', [{ text: '第12条', articles: ['12'] }]],
  ['依照《中华人民共和国网络安全法》第二十一条的规定', [
    { text: '《中华人民共和国网络安全法》第二十一条', articles: ['21'], external: true, law: '中华人民共和国网络安全法' },
  ]],
  ['《中华人民共和国公司法》第五条', [{ text: '《中华人民共和国公司法》第五条', articles: ['5'] }], ['公司法']],
  ['依照民法典第一千二百六十条', [{ text: '民法典第一千二百六十条', articles: ['1260'], external: true, law: '民法典' }]],
  ['将原第十条移至第三章', [
    { text: '原第十条', articles: ['10'], reading: 'old', readingLabel: '原', action: 'move' },
    { text: '第三章', kind: 'division', divisionType: 'chapter', articles: ['3'] },
  ]],
  ['现行公司法第十六条', [{ text: '现行公司法第十六条', articles: ['16'], reading: 'old' }]],
  ['《公司法（修订草案）》第三条', [{ text: '《公司法（修订草案）》第三条', articles: ['3'], reading: 'old' }]],
  ['第一编第二章', [
    { text: '第一编', kind: 'division', divisionType: 'book', articles: ['1'] },
    { text: '第二章', kind: 'division', divisionType: 'chapter', articles: ['2'] },
  ]],
  ['二审稿第八条、三审稿第九条', [
    { text: '二审稿第八条', articles: ['8'], reading: 'named', readingLabel: '二审稿' },
    { text: '三审稿第九条', articles: ['9'], reading: 'named', readingLabel: '三审稿' },
  ]],
  ['根据网络安全法第二十一条', [{ text: '网络安全法第二十一条', external: true, law: '网络安全法' }]],
  ['应当符合中华人民共和国网络安全法第二十一条', [{ text: '中华人民共和国网络安全法第二十一条', external: true, law: '中华人民共和国网络安全法' }]],
  ['依照公司法第五条', [{ text: '公司法第五条', articles: ['5'] }], ['公司法']],
  ['第三十二至三十五条', [{ text: '第三十二至三十五条', articles: ['32', '33', '34', '35'] }]],
  ['第五十九条第一款、第二款', [{ text: '第五十九条第一款、第二款', articles: ['59'], paragraph: '1' }]],
  ['有的常委委员提出，草案第二十条、第二十一条关于登记的规定，与《中华人民共和国民法典》第八十三条重复。宪法和法律委员会经研究，建议删去草案第二十一条，并增加一条，作为第二十二条。', [
    { text: '草案第二十条、第二十一条', articles: ['20', '21'], reading: 'old' },
    { text: '《中华人民共和国民法典》第八十三条', articles: ['83'], external: true },
    { text: '草案第二十一条', articles: ['21'], reading: 'old', action: 'delete' },
    { text: '第二十二条', articles: ['22'], reading: 'new', action: 'insert' },
  ]],
  // Negatives: dates, sessions, ordinals that are not articles.
  ['2023年12月29日第十四届全国人民代表大会常务委员会第七次会议修订', []],
  ['第二次会议审议了草案', []],
  ['第一，完善公司资本制度；第二款所说的', []],
  ['增加了三十余条规定', []],
];

const en: Row[] = [
  ['the content of Article 11 of the Draft be moved to the General Principles', [
    { text: 'Article 11 of the Draft', articles: ['11'], reading: 'old', readingLabel: 'Draft', action: 'move' },
  ]],
  ['Articles 5 to 7 were merged', [{ text: 'Articles 5 to 7', articles: ['5', '6', '7'] }]],
  ['Articles 5 and 6', [{ text: 'Articles 5 and 6', articles: ['5', '6'] }]],
  ['Articles 5, 6 and 8', [{ text: 'Articles 5, 6 and 8', articles: ['5', '6', '8'] }]],
  ['under Art. 11(2)', [{ text: 'Art. 11(2)', articles: ['11'], paragraph: '2' }]],
  ['Article 11, paragraph 2 provides', [{ text: 'Article 11, paragraph 2', articles: ['11'], paragraph: '2' }]],
  ['(Second Reading Draft Article 4)', [{ text: 'Second Reading Draft Article 4', articles: ['4'], reading: 'named', readingLabel: 'Second Reading Draft' }]],
  ['moved to the General Principles as Article 4; Article 4 now also', [
    { text: 'Article 4', articles: ['4'], reading: 'new' },
    { text: 'Article 4', articles: ['4'] },
  ]],
  ['the two paragraphs, becoming Article 39', [{ text: 'Article 39', articles: ['39'], reading: 'new' }]],
  ['such as Article 5 of the Draft', [{ text: 'Article 5 of the Draft', articles: ['5'], reading: 'old', readingLabel: 'Draft' }]],
  ['a new Article 5 was added', [{ text: 'new Article 5', articles: ['5'], reading: 'new', action: 'insert' }]],
  ['Chapter V of the Draft', [{ text: 'Chapter V of the Draft', kind: 'division', divisionType: 'chapter', articles: ['5'], reading: 'old' }]],
  ['Section 3', [{ text: 'Section 3', kind: 'division', divisionType: 'section', articles: ['3'] }]],
  ['Article 21 of the Cybersecurity Law', [{ text: 'Article 21 of the Cybersecurity Law', articles: ['21'], external: true, law: 'Cybersecurity Law' }]],
  ['Article 12a of this Law', [{ text: 'Article 12a of this Law', articles: ['12a'] }]],
  ['Draft Article 30 is deleted', [{ text: 'Draft Article 30', articles: ['30'], reading: 'old', action: 'delete' }]],
  ['Art. 5(1)(a)', [{ text: 'Art. 5(1)(a)', articles: ['5'], paragraph: '1', item: 'a' }]],
  ['the original Article 7 was removed', [{ text: 'original Article 7', articles: ['7'], reading: 'old', action: 'delete' }]],
  ['Article 4 of the Second Reading Draft', [{ text: 'Article 4 of the Second Reading Draft', articles: ['4'], reading: 'named', readingLabel: 'Second Reading Draft' }]],
  ['Articles 32 through 35 of the Draft', [{ articles: ['32', '33', '34', '35'], reading: 'old' }]],
  // Negatives.
  ['Article 11, 2023 edition', [{ text: 'Article 11', articles: ['11'] }]],
  ['On 29 December 2023, 150 members voted; the article was long.', []],
];

const de: Row[] = [
  ['§ 5 regelt', [{ text: '§ 5', articles: ['5'] }]],
  ['Die §§ 5 bis 7 werden aufgehoben.', [{ text: '§§ 5 bis 7', articles: ['5', '6', '7'], action: 'delete' }]],
  ['§§ 5, 6 und 8', [{ text: '§§ 5, 6 und 8', articles: ['5', '6', '8'] }]],
  ['§ 12 Absatz 2 Satz 1', [{ text: '§ 12 Absatz 2 Satz 1', articles: ['12'], paragraph: '2', sentence: '1' }]],
  ['nach § 12 Abs. 2 S. 3', [{ text: '§ 12 Abs. 2 S. 3', articles: ['12'], paragraph: '2', sentence: '3' }]],
  ['Artikel 3 Nummer 4', [{ text: 'Artikel 3 Nummer 4', articles: ['3'], item: '4' }]],
  ['Zu § 5', [{ text: '§ 5', articles: ['5'], heading: true }]],
  ['§ 5a wird eingefügt', [{ text: '§ 5a', articles: ['5a'], reading: 'new', action: 'insert' }]],
  ['Zu Nummer 3 (§ 12 Absatz 2)', [{ text: '§ 12 Absatz 2', articles: ['12'], paragraph: '2', heading: true }]],
  ['Schadensersatz nach § 823 BGB', [{ text: '§ 823 BGB', articles: ['823'], external: true, law: 'BGB' }]],
  ['§ 823 BGB', [{ text: '§ 823 BGB', articles: ['823'] }], ['BGB']],
  ['§ 263 StGB und § 1 NetzDG', [
    { text: '§ 263 StGB', external: true, law: 'StGB' },
    { text: '§ 1 NetzDG', external: true, law: 'NetzDG' },
  ]],
  ['Artikel 3 des Grundgesetzes', [{ text: 'Artikel 3 des Grundgesetzes', articles: ['3'], external: true, law: 'Grundgesetzes' }]],
  ['Art. 6 der Verordnung (EU) 2016/679', [{ text: 'Art. 6 der Verordnung (EU) 2016/679', external: true }]],
  ['§ 5 a. F.', [{ text: '§ 5 a. F.', articles: ['5'], reading: 'old' }]],
  ['§§ 5 bis 5c', [{ text: '§§ 5 bis 5c', articles: ['5', '5c'] }]],
  ['§ 10 Abs. 1 Nr. 2 Buchst. a', [{ text: '§ 10 Abs. 1 Nr. 2 Buchst. a', articles: ['10'], paragraph: '1', item: '2', letter: 'a' }]],
  ['im Rahmen des Artikels 247 § 15 Absatz 2 und 3 des Einführungsgesetzes zum Bürgerlichen Gesetzbuche zulässig', [
    { text: 'Artikels 247 § 15 Absatz 2 und 3 des Einführungsgesetzes zum Bürgerlichen Gesetzbuche', articles: ['247'], external: true, law: 'Einführungsgesetzes zum Bürgerlichen Gesetzbuche' },
  ]],
  ['§ 3 Absatz 1 der EG- Fahrzeuggenehmigungsverordnung', [{ articles: ['3'], external: true, law: 'EG- Fahrzeuggenehmigungsverordnung' }]],
  ['§ 5 des Gesetzes über den Datenschutz', [{ articles: ['5'], external: true, law: 'Gesetzes über den Datenschutz' }]],
  ['Zu Artikel 1 Nummer 3', [{ text: 'Artikel 1 Nummer 3', articles: ['1'], item: '3', heading: true }]],
  ['§§ 34, 35 und 35a des Zwölften Buches Sozialgesetzbuch', [{ articles: ['34', '35', '35a'], external: true, law: 'Zwölften Buches Sozialgesetzbuch' }]],
  ['Zu § 5\nDie Vorschrift ersetzt § 4 a. F. und übernimmt den Regelungsgehalt des § 12 Abs. 3 TKG.', [
    { text: '§ 5', heading: true },
    { text: '§ 4 a. F.', articles: ['4'], reading: 'old', readingLabel: 'a. F.' },
    { text: '§ 12 Abs. 3 TKG', articles: ['12'], paragraph: '3', external: true, law: 'TKG' },
  ]],
  ['§ 5 dieses Gesetzes', [{ text: '§ 5', articles: ['5'] }]],
  // Negatives.
  ['Am 12. Mai 2021 beschloss der Bundestag mit 350 Stimmen', []],
];

describe('findReferences: Chinese', () => {
  it.each(zh)('%s', (input, expected, selfNames) => check(input, expected, selfNames));
});
describe('findReferences: English', () => {
  it.each(en)('%s', (input, expected, selfNames) => check(input, expected, selfNames));
});
describe('findReferences: German', () => {
  it.each(de)('%s', (input, expected, selfNames) => check(input, expected, selfNames));
});

describe('splitReport', () => {
  it('keeps headings and the document’s own numbering (one paragraph a line)', () => {
    const text = [
      '关于《中华人民共和国公司法（修订草案）》的说明',
      '一、修订的必要性',
      '公司是最重要的市场主体。',
      '（一）完善公司资本制度',
      '1. 删去草案第十二条。',
      '(1) 草案第十一条移至总则。',
    ].join('\n');
    const ps = splitReport(text);
    expect(ps.map((p) => [p.index, p.number, p.level, p.heading])).toEqual([
      [1, undefined, undefined, true],
      [2, '一、', 1, true],
      [3, undefined, undefined, false],
      [4, '（一）', 2, true],
      [5, '1.', 3, false],
      [6, '(1)', 4, false],
    ]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins wrapped lines between blank lines and starts a paragraph at a numbered line', () => {
    const text = '# Explanation\n\nI. General remarks\n\nThe draft was\nrevised twice.\n1. Article 11 of the Draft\nis moved.\n\nA. Details\n';
    const ps = splitReport(text);
    expect(ps.map((p) => p.text)).toEqual(['# Explanation', 'I. General remarks', 'The draft was\nrevised twice.', '1. Article 11 of the Draft\nis moved.', 'A. Details']);
    expect(ps.map((p) => p.heading)).toEqual([true, true, false, false, true]);
    expect(ps.map((p) => p.number)).toEqual([undefined, 'I.', undefined, '1.', 'A.']);
    const refs = findReferences(ps[3]!.text);
    expect(refs[0]).toMatchObject({ articles: ['11'], reading: 'old' });
  });
});

describe('findReferences on real corpus text', () => {
  it('Company Law 2023: every 本法第X条 resolves to an article of the law', () => {
    const doc = importCorpus('cn-company-law/2023.md');
    const arts = listArticles(doc);
    const nums = new Set(arts.map((a) => a.article.num));
    let found = 0;
    const unresolved: string[] = [];
    for (const { article } of arts) {
      for (const p of article.paragraphs) {
        for (const line of [p.text, ...p.items.map((i) => i.text)]) {
          for (const r of findReferences(line, { selfNames: ['公司法'] })) {
            if (!r.text.startsWith('本法') || r.kind !== 'article') continue;
            found++;
            for (const n of r.articles) if (!nums.has(n)) unresolved.push(`${article.num}: ${r.text}`);
          }
        }
      }
    }
    console.log(`cn-company-law 2023: ${found} 本法第X条 references, ${found - new Set(unresolved).size} resolved`);
    expect(found).toBeGreaterThanOrEqual(20);
    expect(unresolved).toEqual([]);
  });

  it('BGB 2022: § references without a law abbreviation resolve to an existing §', () => {
    const doc = importCorpus('de-bgb/2022-03-03.md');
    const arts = listArticles(doc);
    const nums = new Set(arts.map((a) => a.article.num));
    let refs = 0;
    let found = 0;
    let resolved = 0;
    let external = 0;
    const misses: string[] = [];
    const visit = (text: string, where: string) => {
      for (const r of findReferences(text, { selfNames: ['BGB'] })) {
        if (r.kind !== 'article' || !r.text.startsWith('§')) continue;
        if (r.external) {
          external++;
          continue;
        }
        refs++;
        for (const n of r.articles) {
          found++;
          if (nums.has(n)) resolved++;
          else if (misses.length < 10) misses.push(`${where}: ${r.text}`);
        }
      }
    };
    for (const { article } of arts) {
      for (const p of article.paragraphs) {
        visit(p.text, article.num);
        const items = [...p.items];
        while (items.length) {
          const it = items.shift()!;
          visit(it.text, article.num);
          items.push(...it.items);
        }
      }
    }
    const share = resolved / found;
    console.log(`de-bgb 2022: ${refs} § references to the BGB itself naming ${found} § numbers, ${resolved} resolved (${(share * 100).toFixed(1)}%), ${external} to other laws skipped; e.g. unresolved: ${misses.join(' | ')}`);
    expect(found).toBeGreaterThan(3000);
    expect(share).toBeGreaterThan(0.9);
  });
});
