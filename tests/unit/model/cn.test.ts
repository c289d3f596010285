import { describe, expect, it } from 'vitest';
import { articleEntries } from '../../../src/model/articles.js';
import { listArticles, listDivisions } from '../../../src/model/doc.js';
import { importCn } from '../../../src/model/import/cn.js';
import { importSource } from '../../../src/model/import/index.js';
import { readCorpus } from '../../helpers/corpus.js';

const sample = `# 示例法

2024年1月1日 通过

## 第一章 总则

第一条 为了测试，制定本法。

第二条 下列主体适用本法：

（一）甲；

（二）乙，包括：

1. 丙；

2. 丁。

本条所称主体，不包括戊。

> 说明：有的委员提出，应当明确适用范围。

## 第二章 附则

第二条之一 新增条文。

第三条 （删除）

第一千二百六十条 本法自公布之日起施行。
`;

describe('importCn', () => {
  const { doc, problems } = importCn(sample);

  it('reads the title and keeps the header as metadata, not as an article', () => {
    expect(doc.title).toBe('示例法');
    expect(doc.metadata.text).toBe('2024年1月1日 通过');
    expect(problems).toEqual([]);
  });

  it('reads article numbers of any size, 之一 insertions and repealed placeholders', () => {
    const arts = listArticles(doc).map((a) => a.article);
    expect(arts.map((a) => [a.label, a.num])).toEqual([
      ['第一条', '1'], ['第二条', '2'], ['第二条之一', '2-1'], ['第三条', '3'], ['第一千二百六十条', '1260'],
    ]);
    expect(arts[3]!.repealed).toBe(true);
    expect(arts[0]!.repealed).toBeUndefined();
  });

  it('keeps items as nested structure, and the paragraph after them as a paragraph', () => {
    const a2 = listArticles(doc)[1]!.article;
    expect(a2.paragraphs).toHaveLength(2);
    expect(a2.paragraphs[0]!.items.map((i) => i.num)).toEqual(['（一）', '（二）']);
    expect(a2.paragraphs[0]!.items[1]!.items.map((i) => [i.num, i.text])).toEqual([['1.', '丙；'], ['2.', '丁。']]);
    expect(a2.paragraphs[1]!.text).toBe('本条所称主体，不包括戊。');
  });

  it('attaches a > note to the article before it', () => {
    expect(doc.annotations).toEqual([{ article: '2', kind: 'explanation', text: '有的委员提出，应当明确适用范围。', source: '说明' }]);
  });

  it('puts articles under their chapter', () => {
    expect(listDivisions(doc).map((d) => `${d.division.label} ${d.division.heading}`)).toEqual(['第一章 总则', '第二章 附则']);
    expect(articleEntries(doc)[2]).toEqual({ num: '第二条之一', ordinal: '2-1', path: ['第二章 附则'], text: '新增条文。' });
  });

  it('names the line of a garbled article heading', () => {
    const broken = sample.replace('第一千二百六十条', '第一千二X六十条');
    const r = importSource(broken, { format: 'cn', fileName: 'x.md' });
    expect(r.ok).toBe(false);
    const err = r.problems.find((p) => p.severity === 'error')!;
    expect(err).toMatchObject({ line: 29, file: 'x.md' });
    expect(err.message).toMatch(/unreadable number/);
    expect(err.text).toContain('第一千二X六十条');
  });

  it('reports a duplicated article number with both lines', () => {
    const r = importCn(sample.replace('第三条 （删除）', '第一条 重复。'));
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', line: 27, message: expect.stringMatching(/appears twice \(first at line 7\)/) })]);
  });

  it('does not take running text that starts with 第三人 for an article', () => {
    const r = importCn('# 法\n\n第一条 甲。\n\n第三人主张权利的，应当通知。\n');
    expect(listArticles(r.doc)).toHaveLength(1);
    expect(listArticles(r.doc)[0]!.article.paragraphs.map((p) => p.text)).toEqual(['甲。', '第三人主张权利的，应当通知。']);
  });
});

describe('importCn on the Civil Code', () => {
  const { doc, problems } = importCn(readCorpus('cn-civil-code', '2020.md'));

  it('splits a book heading glued to the end of the previous article', () => {
    const a204 = listArticles(doc).find((a) => a.article.num === '204')!.article;
    expect(a204.paragraphs.map((p) => p.text)).toEqual(['期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。']);
  });

  it('opens the seven books as top-level divisions and does not repeat their header as text', () => {
    const books = listDivisions(doc).filter((d) => d.depth === 0).map((d) => d.division.heading);
    expect(books).toEqual(['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则']);
    expect(listDivisions(doc).every((d) => d.division.text.length === 0)).toBe(true);
    expect(doc.metadata.text).toBe('2020年5月28日 第十三届全国人民代表大会第三次会议通过\n2021年1月1日 施行');
  });

  it('removes typesetting spaces inside headings', () => {
    expect(listDivisions(doc).some((d) => d.division.heading === '监护')).toBe(true);
  });

  it('warns about the empty heading instead of dropping it silently', () => {
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 4571, message: 'empty heading ignored' })]);
  });
});
