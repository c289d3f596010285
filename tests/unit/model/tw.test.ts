import { describe, expect, it } from 'vitest';
import { articleText, listArticles, listDivisions } from '../../../src/model/doc.js';
import { importSource } from '../../../src/model/import/index.js';
import { importTwJson, importTwMarkdown } from '../../../src/model/import/tw.js';
import { readCorpus } from '../../helpers/corpus.js';

const md = `第一章  總則
============
第一條 
-------
　　為規範個人資料之蒐集，特制定本法。  
> 理由：　　一、揭示本法之立法目的。

> 　　二、參考外國立法例。

> 被引用條文: 某法 [第三條](../x.md)

第七條 之一
-------
　　本法用詞，定義如下：  
　　一、個人資料：指自然人之姓名。  
　　　（一）甲。  
　　二、當事人：指本人。  
`;

describe('importTwMarkdown', () => {
  const { doc, problems } = importTwMarkdown(md);

  it('reads setext chapters and articles, including 之一 insertions', () => {
    expect(problems).toEqual([]);
    expect(listDivisions(doc).map((d) => [d.division.label, d.division.heading])).toEqual([['第一章', '總則']]);
    expect(listArticles(doc).map((a) => [a.article.label, a.article.num])).toEqual([['第一條', '1'], ['第七條之一', '7-1']]);
  });

  it('keeps 款 and 目 as nested items', () => {
    const a = listArticles(doc)[1]!.article;
    expect(articleText(a)).toBe('本法用詞，定義如下：\n一、個人資料：指自然人之姓名。\n（一）甲。\n二、當事人：指本人。');
    expect(a.paragraphs[0]!.items[0]!.items[0]!.num).toBe('（一）');
  });

  it('turns 理由 blocks into explanations and drops other generator notes', () => {
    expect(doc.annotations).toEqual([
      { article: '1', kind: 'explanation', text: '一、揭示本法之立法目的。\n二、參考外國立法例。', source: '立法院 異動條文及理由' },
    ]);
    expect(articleText(listArticles(doc)[0]!.article)).not.toContain('被引用');
  });

  it('names the line of a garbled article heading', () => {
    const r = importSource(md.replace('第七條 之一', '第七條 之X'), { fileName: 'tw.md' });
    expect(r.format).toBe('tw');
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: 12, file: 'tw.md', text: '第七條 之X' });
  });
});

describe('Taiwan corpus: Markdown and JSON agree', () => {
  it.each(['1995', '2010', '2015'])('%s: same articles, same text, same reasons', (year) => {
    const fromMd = importTwMarkdown(readCorpus('tw-personal-data-protection-act', `${year}.md`)).doc;
    const fromJson = importTwJson(readCorpus('tw-personal-data-protection-act', `${year}.json`)).doc;
    const a = listArticles(fromMd);
    const b = listArticles(fromJson);
    expect(a.map((x) => x.article.num)).toEqual(b.map((x) => x.article.num));
    expect(a.map((x) => articleText(x.article))).toEqual(b.map((x) => articleText(x.article)));
    expect(fromMd.annotations.map((x) => x.article).sort()).toEqual(fromJson.annotations.map((x) => x.article).sort());
    expect(fromJson.annotations.length).toBe({ 1995: 45, 2010: 56, 2015: 12 }[year]);
  });
});

describe('importTwJson', () => {
  it('reports a malformed entry by its JSON path', () => {
    const r = importTwJson(JSON.stringify({ law_data: [{ rule_no: '第一條', content: '　　甲。' }, { rule_no: 5 }] }));
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', text: 'law_data[1]' })]);
    expect(listArticles(r.doc)).toHaveLength(1);
  });
  it('reports broken JSON', () => {
    expect(importTwJson('{"law_data": [').problems[0]!.message).toMatch(/not valid JSON/);
  });
});
