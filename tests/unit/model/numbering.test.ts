/**
 * The numbering check (src/model/numbering.ts, run by importSource on every format): a jump, a
 * step back or a repeat in the article numbers is a warning naming the line; what laws do on
 * purpose (之一 articles, § 12a, repealed ranges, per-title section numbers) is not; and no
 * version of a real law in the corpus gets one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAkn } from '../../../src/model/akn/export.js';
import { emptyDoc, listArticles, para } from '../../../src/model/doc.js';
import { importSource, type ImportResult } from '../../../src/model/import/index.js';
import { numberingProblems } from '../../../src/model/numbering.js';
import type { Problem } from '../../../src/model/problems.js';
import type { Article, BodyNode, Law, SourceFormat, VersionDoc } from '../../../src/model/types.js';
import { corpusPath, readCorpus } from '../../helpers/corpus.js';

function numberingWarnings(r: ImportResult): Problem[] {
  return r.problems.filter((p) => /^article number/u.test(p.message) && p.severity === 'warning');
}

/** 1-based line of the first line of `text` starting with `start`. */
function lineOf(text: string, start: string): number {
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(start));
  if (i < 0) throw new Error(`no line starts with ${start}`);
  return i + 1;
}

/** The version without the article numbered `num` (wherever it is in the tree). */
function withoutArticle(doc: VersionDoc, num: string): VersionDoc {
  const prune = (nodes: BodyNode[]): BodyNode[] =>
    nodes.filter((n) => !(n.kind === 'article' && n.num === num)).map((n) => (n.kind === 'division' ? { ...n, children: prune(n.children) } : n));
  return { ...doc, body: prune(doc.body) };
}

function article(num: string): Article {
  return { kind: 'article', label: `Section ${num}`, num, heading: '', paragraphs: [para('Text.')] };
}

const espionage = readCorpus('cn-counter-espionage-law', '2014.md');
const espionageDoc = importSource(espionage, { format: 'cn' }).doc;

/** Each format with article 12 (or § 2, Sec. 102) gone from a real text: [format, text, line of the warning, in the message, in the quoted text]. */
const gaps: [format: SourceFormat, build: () => string, line: (text: string) => number, message: string, quoted: string][] = [
  [
    'cn',
    // The heading of article 12 lost: its text runs on in article 11.
    () => espionage.replace('\n第十二条 ', '\n'),
    (t) => lineOf(t, '第十三条'),
    'jumps from 11 (第十一条) to 13 (第十三条)',
    '第十三条 国家安全机关因反间谍工作需要',
  ],
  [
    'tw',
    () => readCorpus('tw-personal-data-protection-act', '2015.md').replace('\n第七條 \n-------\n', '\n'),
    (t) => lineOf(t, '第八條'),
    'jumps from 6 (第六條) to 8 (第八條)',
    '第八條',
  ],
  [
    'tw-json',
    () => {
      const record = JSON.parse(readCorpus('tw-personal-data-protection-act', '2015.json')) as { law_data: { rule_no?: string }[] };
      record.law_data = record.law_data.filter((e) => e.rule_no !== '第七條');
      return JSON.stringify(record, null, 1);
    },
    (t) => lineOf(t, '"rule_no": "第八條"'),
    'jumps from 6 (第六條) to 8 (第八條)',
    '"rule_no": "第八條"',
  ],
  [
    'de',
    // `## ` lost: § 2 is read as a paragraph of § 1.
    () => readCorpus('de-netzdg', '2022.md').replace('\n## § 2 Berichtspflicht\n', '\n§ 2 Berichtspflicht\n'),
    (t) => lineOf(t, '## § 3 '),
    'jumps from 1 to 3',
    '## § 3 Umgang mit Beschwerden',
  ],
  [
    'en',
    () => 'Article 1 Purpose\n\nThis Law protects data.\n\nArticle 2 Scope\n\nIt applies here.\n\nArticle 4 Duties\n\nControllers keep records.\n',
    (t) => lineOf(t, 'Article 4'),
    'jumps from 2 to 4',
    'Article 4 Duties',
  ],
  [
    'uslm',
    () => readCorpus('us-116-hr2157', 'enr.xml').split('\n').filter((l) => !l.includes('/tI/s102"')).join('\n'),
    (t) => lineOf(t, '<section identifier="/us/bill/116/hr/2157/tI/s103"'),
    'jumps from 101 to 103',
    'Sec. 103.',
  ],
  [
    'akn',
    () => exportAkn(withoutArticle(espionageDoc, '12'), { lawId: 'ce', versionId: '2014', date: '2014-11-01', label: '2014', jurisdiction: 'cn' }),
    (t) => lineOf(t, '<article eId="art_13"'),
    'jumps from 11 (第十一条) to 13 (第十三条)',
    '第十三条',
  ],
  [
    'json',
    () => JSON.stringify(withoutArticle(espionageDoc, '12'), null, 2),
    // Version JSON keeps the source's line numbers, which are not lines of the JSON file.
    () => 0,
    'jumps from 11 (第十一条) to 13 (第十三条)',
    '第十三条',
  ],
];

describe('numbering warnings', () => {
  it.each(gaps)('%s: a missing article is a warning on the line of the next one, naming both numbers', (format, build, line, message, quoted) => {
    const text = build();
    const r = importSource(text, { format, fileName: `law.${format}` });
    expect(r.ok).toBe(true);
    const warnings = numberingWarnings(r);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: line(text), file: `law.${format}` });
    expect(warnings[0]!.message).toContain(message);
    expect(warnings[0]!.message).toMatch(/an article heading may have been swallowed/u);
    expect(warnings[0]!.text).toContain(quoted);
  });

  it('names the lines to look between', () => {
    const text = espionage.replace('\n第十二条 ', '\n');
    const [w] = numberingWarnings(importSource(text));
    expect(w!.message).toContain(`(look between lines ${lineOf(text, '第十一条')} and ${lineOf(text, '第十三条')})`);
  });

  it('warns when the numbering goes back, and when a number follows itself', () => {
    const swapped = espionage.replace('\n第十二条 ', '\n第X条 ').replace('\n第十三条 ', '\n第十二条 ').replace('\n第X条 ', '\n第十三条 ');
    const messages = numberingWarnings(importSource(swapped)).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('jumps from 11 (第十一条) to 13 (第十三条)'),
      expect.stringContaining('goes back from 13 (第十三条) to 12 (第十二条)'),
      expect.stringContaining('jumps from 12 (第十二条) to 14 (第十四条)'),
    ]);
    // Akoma Ntoso has no duplicate check of its own: the repeat is the warning.
    const doc = structuredClone(espionageDoc);
    const twelve = listArticles(doc).find((a) => a.article.num === '12')!.article;
    twelve.num = '11';
    const xml = exportAkn(doc, { lawId: 'ce', versionId: '2014', date: '', label: '', jurisdiction: 'cn' });
    expect(numberingWarnings(importSource(xml)).map((p) => p.message)).toEqual([
      expect.stringContaining('article number 11 (第十二条) follows article 11 (第十一条)'),
      expect.stringContaining('jumps from 11 (第十二条) to 13 (第十三条)'),
    ]);
  });

  it('adds nothing where the importer already reported a problem (a duplicate number is an error there)', () => {
    const text = espionage.replace('\n第十二条 ', '\n第十一条 ');
    const r = importSource(text);
    const at = lineOf(text, '第十一条 国家安全机关因侦察');
    expect(r.problems.filter((p) => p.line === at)).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/appears twice/u) })]);
  });

  it.each<[string, SourceFormat, string]>([
    ['Taiwan 第七條之一 between 7 and 8', 'tw', readCorpus('tw-personal-data-protection-act', '2015.md').replace('\n第八條 \n-------\n', '\n第七條 之一\n-------\n　　插入之條文。\n\n第八條 \n-------\n')],
    ['PRC 第十二条之一 and 之二 between 12 and 13', 'cn', espionage.replace('\n第十三条 ', '\n第十二条之一 插入的条文。\n第十二条之二 又一条。\n第十三条 ')],
    [
      'German § 1a, a repealed § 2, §§ 3 bis 5 (weggefallen), § 6 and § 7a without § 7 (BGB § 651 since 2018)',
      'de',
      '# G\n\n## § 1 Eins\n\nText.\n\n## § 1a Eins a\n\nText.\n\n## § 2 (weggefallen)\n\n## §§ 3 bis 5 (weggefallen)\n\n## § 6 Sechs\n\nText.\n\n## § 7a Sieben a\n\nText.\n\n## § 8 Acht\n\nText.\n',
    ],
    [
      'numbering restarting in another division (Akoma Ntoso)',
      'akn',
      exportAkn(
        {
          ...emptyDoc('en'),
          body: [
            { kind: 'division', type: 'part', label: 'Part 1', num: '1', heading: '', text: [], children: [article('1'), article('2')] },
            { kind: 'division', type: 'part', label: 'Schedule', num: '', heading: '', text: [], children: [article('1'), article('2')] },
          ],
        },
        { lawId: 'x', versionId: 'x', date: '', label: '', jurisdiction: '' },
      ),
    ],
    ['sections numbered by title', 'en', 'Title I\n\nSection 101 A\n\nText.\n\nSection 102 B\n\nText.\n\nTitle III\n\nSection 301 C\n\nText.\n'],
  ])('no warning for %s', (_, format, text) => {
    const r = importSource(text, { format });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(numberingWarnings(r)).toEqual([]);
  });
});

describe('numberingProblems', () => {
  const body = (...nums: string[]): Pick<VersionDoc, 'body'> => ({ body: nums.map(article) });

  it.each([
    ['Latin suffixes in their order', ['4', '5', '5bis', '5ter', '5quater', '5quinquies', '5sexies', '5septies', '5octies', '6']],
    ['letters, z before aa', ['6', '6a', '6z', '6aa', '7']],
    ['Taiwan 之一, 之二 … 之十 as numbers', ['7', '7-1', '7-2', '7-10', '8']],
    ['an unnumbered article resets the check', ['1', '2', 'u1', '9']],
  ])('accepts %s', (_, nums) => expect(numberingProblems(body(...nums))).toEqual([]));

  it.each([
    [['5', '5ter', '5bis'], 'goes back from 5ter to 5bis'],
    [['7', '7-2', '7-1'], 'goes back from 7-2 to 7-1'],
    [['12', '12a', '12'], 'goes back from 12a to 12'],
    [['6', '7-1'], 'jumps from 6 to 7-1'],
    [['3', '3'], 'article number 3 follows article 3'],
  ])('warns about %j', (nums, message) => {
    expect(numberingProblems(body(...nums)).map((p) => p.message)).toEqual([expect.stringContaining(message)]);
  });
});

describe('stray markup before a PRC heading', () => {
  it('reads the heading after <html><body> and warns about the markup, not about the numbering', () => {
    const text = espionage.replace('\n第十二条 ', '\n<html><body>第十二条 ');
    const r = importSource(text);
    expect(numberingWarnings(r)).toEqual([]);
    expect(listArticles(r.doc).map((a) => a.article.num)).toContain('12');
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: lineOf(text, '<html>'), message: 'stray markup "<html><body>" before a heading ignored' }),
    ]);
  });

  it('ignores a line of closing tags at the end with a warning', () => {
    const r = importSource(`${espionage}\n</body></html>\n`);
    expect(r.problems.map((p) => p.message)).toEqual(['stray markup "</body></html>" ignored']);
    expect(JSON.stringify(r.doc)).not.toContain('</body>');
  });
});

describe('the corpus', () => {
  // Every version file of every law: its text and, for Taiwan, the structured record.
  const files = readdirSync(corpusPath())
    .filter((f) => !f.includes('.'))
    .flatMap((folder) => {
      const law = JSON.parse(readFileSync(corpusPath(folder, 'law.json'), 'utf8')) as Law;
      return law.versions.flatMap((v) => [v.file, v.structured].filter((f): f is string => f !== undefined).map((f) => [folder, f] as const));
    });

  it('has the files this test walks', () => {
    expect(files.length).toBeGreaterThanOrEqual(34);
  });

  it.each(files)('%s/%s has no numbering warning', (folder, file) => {
    const r = importSource(readCorpus(folder, file), { fileName: file });
    expect(r.ok).toBe(true);
    expect(numberingWarnings(r)).toEqual([]);
  });
});
