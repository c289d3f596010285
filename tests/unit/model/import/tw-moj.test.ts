/**
 * The Taiwan law database's exports (law.moj.gov.tw, issue 15). The fixtures are made here from
 * the corpus: the Personal Data Protection Act is imported from the structured JSON and from the
 * Markdown, written as the database's XML and JSON exports by tests/helpers/tw-moj-writer.ts, and
 * imported back: same articles, numbers (`第 7-1 條` → 7-1, 第七條之一), text and chapters; a
 * comparison with the Markdown version pairs every article. Hand-written samples pin the real
 * shape; hostile and wrong-typed inputs name their line or JSON path.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/diff/index.js';
import { listArticles, listDivisions } from '../../../../src/model/doc.js';
import { detectFormat, importSource } from '../../../../src/model/import/index.js';
import { importTwMoj, twNumeral } from '../../../../src/model/import/tw-moj.js';
import type { VersionDoc } from '../../../../src/model/types.js';
import { importCorpus } from '../../../helpers/corpus.js';
import { docDifferences } from '../../../helpers/doc-diff.js';
import { writeMojJson, writeMojXml } from '../../../helpers/tw-moj-writer.js';

const errors = (ps: readonly { severity: string; line: number; message: string }[]): string[] =>
  ps.filter((p) => p.severity === 'error').map((p) => `line ${p.line}: ${p.message}`);

const LAW = 'tw-personal-data-protection-act';
/** The database exports no legislative reasons, title lines or notes: only the articles and chapters are compared. */
const bodyOnly = { notes: false, front: false } as const;

describe('MOJ XML and JSON written from the corpus import back to the same law', () => {
  const cases: [string, number][] = [
    ['1995.json', 45],
    ['1995.md', 45],
    ['2010.json', 56],
    ['2010.md', 56],
    ['2015.json', 56],
    ['2015.md', 56],
  ];
  describe.each(cases)('%s', (file, count) => {
    const source = importCorpus(`${LAW}/${file}`);
    it.each([
      ['XML', () => writeMojXml([{ doc: source }])],
      ['JSON', () => writeMojJson([{ doc: source }])],
    ])(`as MOJ %s: ${count} articles with the same numbers, labels, text and chapters`, (kind, write) => {
      const text = write();
      expect(detectFormat(text, `ChLaw.${kind.toLowerCase()}`)).toBe('tw-moj');
      const r = importSource(text, { fileName: `ChLaw.${kind.toLowerCase()}` });
      expect(r.format).toBe('tw-moj');
      expect(errors(r.problems)).toEqual([]);
      expect(r.doc.language).toBe('zh-Hant');
      expect(listArticles(source)).toHaveLength(count);
      expect(listArticles(r.doc)).toHaveLength(count);
      expect(docDifferences(source, r.doc, bodyOnly), 'every difference between the corpus import and the MOJ import').toEqual([]);
      if (source.title) expect(r.doc.title).toBe(source.title);
    });
  });

  it('a MOJ version compared with the Markdown version pairs every article, unchanged', () => {
    const md = importCorpus(`${LAW}/2015.md`);
    const json = importCorpus(`${LAW}/2015.json`);
    for (const text of [writeMojXml([{ doc: json }]), writeMojJson([{ doc: json }])]) {
      const moj = importTwMoj(text).doc;
      for (const [a, b] of [[md, moj], [moj, md]] as [VersionDoc, VersionDoc][]) {
        const cmp = compareVersions(a, b);
        const unpaired = cmp.changes.filter((c) => c.kind !== 'matched').map((c) => `${c.kind} ${c.old.map((x) => x.num).join('+')}→${c.new.map((x) => x.num).join('+')}`);
        expect(unpaired, 'changes that are not a pairing').toEqual([]);
        expect(cmp.changes).toHaveLength(56);
        const changed = cmp.changes.filter((c) => c.kind === 'matched' && (c.textChanged || c.renumbered)).map((c) => c.old[0]!.num);
        expect(changed, 'articles with a text change or a new number').toEqual([]);
      }
    }
  });

  it('reads article 7-1 style numbers as the Markdown importer numbers 第七條之一', () => {
    const doc = importCorpus(`${LAW}/2015.json`);
    const moved: VersionDoc = structuredClone(doc);
    // Give one article an inserted number, as amendments do.
    const a = listArticles(moved)[7]!.article;
    a.num = '7-1';
    const r = importTwMoj(writeMojJson([{ doc: moved }]));
    const got = listArticles(r.doc)[7]!.article;
    expect([got.num, got.label]).toEqual(['7-1', '第七條之一']);
    const md = importSource('第七條之一\n---\n\u3000\u3000內容。\n', { format: 'tw' }).doc;
    expect(listArticles(md)[0]!.article).toMatchObject({ num: '7-1', label: '第七條之一' });
  });
});

/** Shortened from the database's XML export (ChLaw.xml): fields in the site's order, CDATA, CRLF inside. */
const XML_SAMPLE = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<LAWS UpdateDate="2026/9/24 上午 12:00:00">',
  '  <法規>',
  '    <法規性質>法律</法規性質>',
  '    <法規名稱>個人資料保護法</法規名稱>',
  '    <法規網址>https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0050021</法規網址>',
  '    <法規類別>行政＞法務部＞法制目</法規類別>',
  '    <最新異動日期>20230531</最新異動日期>',
  '    <生效日期></生效日期>',
  '    <生效內容><![CDATA[]]></生效內容>',
  '    <廢止註記></廢止註記>',
  '    <附件><檔案><檔案名稱>附表一.PDF</檔案名稱><下載網址>https://law.moj.gov.tw/LawClass/LawGetFile.ashx?FileId=1</下載網址></檔案></附件>',
  '    <沿革內容><![CDATA[1.中華民國八十四年八月十一日總統令制定公布全文 45 條]]></沿革內容>',
  '    <前言><![CDATA[]]></前言>',
  '    <法規內容>',
  '      <編章節>   第 一 章 總則</編章節>',
  '      <條文>',
  '        <條號>第 1 條</條號>',
  '        <條文內容><![CDATA[為規範個人資料之蒐集、處理及利用，特制定本法。]]></條文內容>',
  '      </條文>',
  '      <條文>',
  '        <條號>第 2 條</條號>',
  '        <條文內容><![CDATA[本法用詞，定義如下：\r\n一、個人資料：指自然人之姓名。\r\n二、個人資料檔案：指個人資料之集合。]]></條文內容>',
  '      </條文>',
  '      <編章節>   第 一 章之一 個人資料保護委員會</編章節>',
  '      <條文>',
  '        <條號>第 1-1 條</條號>',
  '        <條文內容><![CDATA[（刪除）]]></條文內容>',
  '      </條文>',
  '    </法規內容>',
  '  </法規>',
  '  <法規>',
  '    <法規名稱>個人資料保護法施行細則</法規名稱>',
  '    <法規網址>https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0050022</法規網址>',
  '    <法規內容><條文><條號>第 1 條</條號><條文內容><![CDATA[本細則依本法第五十五條規定訂定之。]]></條文內容></條文></法規內容>',
  '  </法規>',
  '</LAWS>',
].join('\n');

const JSON_SAMPLE = `\uFEFF{
  "UpdateDate": "2026/9/24 上午 12:00:00",
  "Laws": [
    {
      "LawLevel": "法律",
      "LawName": "個人資料保護法",
      "LawURL": "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0050021",
      "LawCategory": "行政＞法務部＞法制目",
      "LawModifiedDate": "20230531",
      "LawEffectiveDate": "",
      "LawEffectiveNote": "",
      "LawAbandonNote": "",
      "LawHasEngVersion": "Y",
      "EngLawName": "Personal Data Protection Act",
      "LawAttachements": [],
      "LawHistories": "1.中華民國八十四年八月十一日總統令制定公布全文 45 條",
      "LawForeword": "",
      "LawArticles": [
        { "ArticleType": "C", "ArticleNo": "", "ArticleContent": "   第 一 章 總則" },
        { "ArticleType": "A", "ArticleNo": "第 1 條", "ArticleContent": "為規範個人資料之蒐集、處理及利用，特制定本法。" },
        { "ArticleType": "A", "ArticleNo": "第 2 條", "ArticleContent": "本法用詞，定義如下：\\r\\n一、個人資料：指自然人之姓名。\\r\\n二、個人資料檔案：指個人資料之集合。" },
        { "ArticleType": "C", "ArticleNo": "", "ArticleContent": "   第 一 章之一 個人資料保護委員會" },
        { "ArticleType": "A", "ArticleNo": "第 1-1 條", "ArticleContent": "（刪除）" }
      ]
    },
    {
      "LawName": "個人資料保護法施行細則",
      "LawURL": "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0050022",
      "LawArticles": [{ "ArticleType": "A", "ArticleNo": "第 1 條", "ArticleContent": "本細則依本法第五十五條規定訂定之。" }]
    }
  ]
}`;

/** The 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe.each([
  ['XML', XML_SAMPLE, { law: 3, second: lineOf(XML_SAMPLE, '<法規>\n    <法規名稱>個人資料保護法施行細則'), articles: ['第 1 條', '第 2 條', '第 1-1 條'].map((n) => lineOf(XML_SAMPLE, n)) }],
  ['JSON', JSON_SAMPLE, { law: 5, second: lineOf(JSON_SAMPLE, '"LawName": "個人資料保護法施行細則"') - 1, articles: ['"第 1 條"', '"第 2 條"', '"第 1-1 條"'].map((n) => lineOf(JSON_SAMPLE, n)) }],
])('a hand-written MOJ %s sample of the real shape', (_, text, lines) => {
  const r = importSource(text, { fileName: 'ChLaw' });

  it('reads the first law, names the other, and the dropped attachments', () => {
    expect(r.format).toBe('tw-moj');
    expect(errors(r.problems)).toEqual([]);
    expect(r.doc.title).toBe('個人資料保護法');
    expect(r.doc.metadata).toMatchObject({ LawURL: 'https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0050021', LawModifiedDate: '20230531', UpdateDate: '2026/9/24 上午 12:00:00' });
    const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => `${p.line}: ${p.message}`);
    expect(warnings).toContainEqual(`${lines.second}: this file holds 2 laws: read the first, 「個人資料保護法」; 1 other not read: 「個人資料保護法施行細則」 (name one with the law option to read it)`);
    if (_ === 'XML') expect(warnings).toContainEqual(`${lines.law}: the law lists 1 attachment (附件, files on law.moj.gov.tw): not read, only the law's text is compared`);
  });

  it('reads chapters, articles, items and repealed articles as the Taiwan importers do', () => {
    expect(listDivisions(r.doc).map((d) => `${d.division.type} ${d.division.label} [${d.division.num}] ${d.division.heading}`)).toEqual([
      'chapter 第一章 [1] 總則',
      'chapter 第一章之一 [1-1] 個人資料保護委員會',
    ]);
    const articles = listArticles(r.doc).map((a) => a.article);
    expect(articles.map((a) => [a.num, a.label, a.line])).toEqual([
      ['1', '第一條', lines.articles[0]],
      ['2', '第二條', lines.articles[1]],
      ['1-1', '第一條之一', lines.articles[2]],
    ]);
    expect(articles[1]!.paragraphs).toEqual([
      { num: '', text: '本法用詞，定義如下：', items: [{ num: '一、', text: '個人資料：指自然人之姓名。', items: [] }, { num: '二、', text: '個人資料檔案：指個人資料之集合。', items: [] }] },
    ]);
    expect(articles[2]!.repealed).toBe(true);
  });

  it('reads another law of the file when named by name or pcode', () => {
    for (const law of ['個人資料保護法施行細則', 'I0050022']) {
      const other = importTwMoj(text, 'zh-Hant', { law });
      expect(errors(other.problems)).toEqual([]);
      expect(other.doc.title).toBe('個人資料保護法施行細則');
      expect(listArticles(other.doc).map((a) => a.article.paragraphs[0]!.text)).toEqual(['本細則依本法第五十五條規定訂定之。']);
    }
    expect(errors(importTwMoj(text, 'zh-Hant', { law: '民法' }).problems)).toEqual([
      expect.stringMatching(/no law named or with pcode "民法" in this file \(it holds 2: 「個人資料保護法」、「個人資料保護法施行細則」\)/),
    ]);
  });
});

describe('hostile and broken MOJ input', () => {
  const article = (no: unknown, content: unknown): string => JSON.stringify({ Laws: [{ LawName: 'x', LawArticles: [{ ArticleType: 'C', ArticleNo: '', ArticleContent: '第 一 章 總則' }, { ArticleType: 'A', ArticleNo: no, ArticleContent: content }] }] }, null, 2);

  it('names the JSON path and its line of a wrong-typed field', () => {
    const r = importTwMoj(article('第 1 條', 42));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.text, p.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [3, '{', 'no article found in this law (expected 條文 with 條號 like 第 1 條)'],
      [14, 'Laws[0].LawArticles[1].ArticleContent', 'Laws[0].LawArticles[1].ArticleContent: expected a string, found a number'],
    ]);
    const big = JSON.parse(article('第 1 條', 'x')) as { Laws: { LawArticles: unknown[] }[] };
    big.Laws[0]!.LawArticles.push({ ArticleType: 'A', ArticleNo: '第 2 條', ArticleContent: ['a'] }, 'text');
    expect(errors(importTwMoj(JSON.stringify(big, null, 1)).problems)).toEqual([
      expect.stringMatching(/^line \d+: Laws\[0\]\.LawArticles\[2\]\.ArticleContent: expected a string, found an array$/),
      expect.stringMatching(/^line \d+: Laws\[0\]\.LawArticles\[3\]: expected an object/),
    ]);
    expect(errors(importTwMoj('{"Laws": {"LawName": "x"}}').problems)).toEqual(['line 1: Laws: expected an array of laws, found an object']);
    expect(errors(importTwMoj('[1, 2]').problems)).toEqual([expect.stringMatching(/^line 1: the file: expected an object with a "Laws" array .*, found an array$/)]);
  });

  it('names an unreadable article number', () => {
    expect(errors(importTwMoj(article('第 一點五 條', 'x')).problems)).toEqual([
      'line 11: Laws[0].LawArticles[1]: article number "第 一點五 條" is not of the form 第 N 條 or 第 N-M 條',
      'line 3: no article found in this law (expected 條文 with 條號 like 第 1 條)',
    ]);
  });

  it('names the line of broken JSON and of malformed XML', () => {
    expect(errors(importTwMoj('{\n "Laws": [\n  {"LawName": "x",,}\n ]\n}').problems)).toEqual([expect.stringMatching(/^line 3: not valid JSON/)]);
    expect(errors(importTwMoj('<LAWS>\n<法規>\n<法規名稱>x</法規名稱>\n<法規內容><條文></法規內容>\n</法規>\n</LAWS>').problems)).toEqual([
      expect.stringMatching(/^line 4: Malformed XML: close tag <\/法規內容> does not match <條文>/),
    ]);
  });

  it('refuses a wrong root, a DOCTYPE (even the GII one), entities and deep nesting', () => {
    expect(errors(importTwMoj('<?xml version="1.0"?>\n<laws><law/></laws>').problems)).toEqual([
      'line 2: expected <LAWS> holding <法規> elements (the Taiwan law database\'s XML export), found <laws> with no <法規> in it',
    ]);
    for (const doctype of ['<!DOCTYPE LAWS SYSTEM "laws.dtd">', '<!DOCTYPE LAWS [<!ENTITY x "boom">]>', '<!DOCTYPE dokumente SYSTEM "http://www.gesetze-im-internet.de/dtd/1.01/gii-norm.dtd">']) {
      const r = importTwMoj(`<?xml version="1.0"?>\n${doctype}\n<LAWS><法規/></LAWS>`);
      expect(errors(r.problems)).toEqual([expect.stringMatching(/^line 2: A DOCTYPE declaration is not allowed/)]);
    }
    expect(errors(importTwMoj('<LAWS><法規><法規名稱>&x;</法規名稱></法規></LAWS>').problems)).toEqual([expect.stringMatching(/^line 1: Malformed XML: .*entity/)]);
    const deep = `<LAWS><法規><法規內容><條文><條文內容>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</條文內容></條文></法規內容></法規></LAWS>`;
    expect(errors(importTwMoj(deep).problems)).toEqual([expect.stringMatching(/^line 1: XML elements are nested too deeply/)]);
  });

  it('Taiwan numerals: as the laws print them', () => {
    expect([1, 10, 15, 20, 21, 100, 106, 110, 118, 1000, 1001, 1010, 1225, 2000].map(twNumeral)).toEqual([
      '一', '十', '十五', '二十', '二十一', '一百', '一百零六', '一百十', '一百十八', '一千', '一千零一', '一千零十', '一千二百二十五', '二千',
    ]);
  });
});
