/**
 * The engine on real successive versions of real laws (../shared/corpus):
 * Taiwan's PDPA against the legislature's own list of changed articles,
 * the PRC Company Law's heavy renumbering, two German laws with a handful of
 * changes checked against a line diff of the files, and repealed
 * placeholders (`(weggefallen)`, `（删除）`) paired with their article.
 */
import DiffMatchPatch from 'diff-match-patch';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/diff/compare.js';
import type { Change, Comparison } from '../../../src/diff/types.js';
import { listArticles } from '../../../src/model/doc.js';
import { cnArticleNum } from '../../../src/model/numerals.js';
import { importSource } from '../../../src/model/import/index.js';
import type { VersionDoc } from '../../../src/model/types.js';
import { readCorpus, importCorpus } from '../../helpers/corpus.js';
import { articleLines, changeKey, checkComparison, isUnchanged, nums, plainText, recount, visibleText } from '../../helpers/engine.js';

const byNum = (doc: VersionDoc) => new Map(listArticles(doc).map((a) => [a.article.num, a.article]));

/** New-version numbers of every change that is not an unchanged matched article. */
const changedNew = (cmp: Comparison): string[] => cmp.changes.filter((c) => !isUnchanged(c)).flatMap((c) => nums(c.new));

const find = (cmp: Comparison, f: (c: Change) => boolean): Change[] => cmp.changes.filter(f);

describe('Taiwan Personal Data Protection Act, 2010 → 2015', () => {
  const file = 'tw-personal-data-protection-act';
  const oldDoc = importCorpus(`${file}/2010.json`);
  const newDoc = importCorpus(`${file}/2015.json`);
  const t = performance.now();
  const cmp = compareVersions(oldDoc, newDoc);
  const ms = performance.now() - t;

  /** Articles the Legislative Yuan gave reasons for: the keys of `law_reasons` (第六條, 第四十一條…). */
  const reasons = Object.keys((JSON.parse(readCorpus(`${file}/2015.json`)) as { law_reasons: Record<string, unknown> }).law_reasons).map((k) => {
    const m = /^第(.+?)條(?:之(.+))?$/u.exec(k);
    const num = m ? cnArticleNum(m[1]!, m[2]) : undefined;
    if (!num) throw new Error(`unreadable law_reasons key ${k}`);
    return num;
  });

  it('satisfies the invariants of every comparison', () => {
    checkComparison(cmp, oldDoc, newDoc);
  });

  it('the importer carries law_reasons as explanations of exactly those articles', () => {
    expect(reasons.length).toBe(12);
    const annotated = newDoc.annotations.filter((a) => a.kind === 'explanation').map((a) => a.article);
    expect([...new Set(annotated)].sort()).toEqual([...reasons].sort());
  });

  it('reports as changed exactly the articles the legislature says it changed (precision and recall 1)', () => {
    const changed = new Set(changedNew(cmp));
    const truth = new Set(reasons);
    const hit = [...changed].filter((n) => truth.has(n)).length;
    const precision = changed.size ? hit / changed.size : 1;
    const recall = truth.size ? hit / truth.size : 1;
    console.log(`TW PDPA 2010→2015: ${changed.size} changed reported, ${truth.size} with reasons; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${ms.toFixed(0)} ms)`);
    expect([...changed].sort(), 'changed articles = articles with reasons').toEqual([...truth].sort());
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it('keeps the other 44 articles as unchanged pairs with the same number', () => {
    const unchanged = cmp.changes.filter(isUnchanged);
    expect(unchanged.length).toBe(listArticles(newDoc).length - reasons.length);
    for (const c of unchanged) expect(nums(c.old), changeKey(c)).toEqual(nums(c.new));
  });
});

describe('PRC Company Law, 2018 → 2023 (218 → 266 articles)', () => {
  const oldDoc = importCorpus('cn-company-law/2018.md');
  const newDoc = importCorpus('cn-company-law/2023.md');
  const t = performance.now();
  const cmp = compareVersions(oldDoc, newDoc);
  const ms = performance.now() - t;
  const olds = byNum(oldDoc);
  const news = byNum(newDoc);
  const pair = (o: string, n: string): Change | undefined => cmp.changes.find((c) => nums(c.old).join() === o && nums(c.new).join() === n);

  it('satisfies the invariants of every comparison', () => {
    checkComparison(cmp, oldDoc, newDoc);
    console.log(`PRC Company Law 2018→2023: ${cmp.changes.length} changes in ${ms.toFixed(0)} ms; ${JSON.stringify({ ...cmp.stats, touchedByDivision: undefined })}`);
  });

  it('counts the words and characters its diffs insert and delete (Chinese words as segmented)', () => {
    const { wordsInserted, wordsDeleted, charsInserted, charsDeleted } = cmp.stats;
    expect({ wordsInserted, wordsDeleted, charsInserted, charsDeleted }).toEqual(recount(cmp, oldDoc, newDoc, true));
    expect(wordsInserted).toBeGreaterThan(1000);
    expect(charsInserted).toBeGreaterThan(wordsInserted);
  });

  it('by characters: the same pairs, every diff still rebuilds both texts, more (smaller) changes marked', () => {
    const chars = compareVersions(oldDoc, newDoc, { granularity: 'char' });
    checkComparison(chars, oldDoc, newDoc);
    expect(chars.changes.map(changeKey)).toEqual(cmp.changes.map(changeKey));
    // Words are characters now: as many as the characters changed, less punctuation.
    expect(chars.stats.wordsInserted).toBeGreaterThan(cmp.stats.wordsInserted);
    expect(chars.stats.wordsInserted).toBeLessThanOrEqual(chars.stats.charsInserted);
  });

  // Read in both files: same text, new number (第十条 → 第八条 …).
  const renumberedOnly: [string, string][] = [
    ['10', '8'], // 公司以其主要办事机构所在地为住所。
    ['36', '58'], // 有限责任公司股东会由全体股东组成……
    ['38', '61'], // 首次股东会会议由出资最多的股东召集和主持……
    ['42', '65'], // 股东会会议由股东按照出资比例行使表决权……
    ['114', '127'], // 公司董事会可以决定由董事会成员兼任经理。
    ['120', '134'], // 本法所称上市公司……
    ['163', '207'], // 公司应当依照法律、行政法规和国务院财政部门的规定建立本公司的财务、会计制度。
    ['174', '221'], // 公司合并时，合并各方的债权、债务……
    ['214', '263'], // 公司违反本法规定，应当承担民事赔偿责任和缴纳罚款、罚金的……
  ];

  it.each(renumberedOnly)('2018 Article %s is 2023 Article %s, renumbered with the same text', (o, n) => {
    expect(plainText(news.get(n)!), 'the texts are the same (as read in the files)').toBe(plainText(olds.get(o)!));
    const c = pair(o, n);
    expect(c, `matched ${o}→${n}`).toBeDefined();
    expect({ kind: c!.kind, textChanged: c!.textChanged, renumbered: c!.renumbered, diff: c!.diff }).toEqual({ kind: 'matched', textChanged: false, renumbered: true, diff: undefined });
  });

  it('2018 Article 9 moved behind the new Articles 10–11 as Article 12, same text', () => {
    const c = pair('9', '12')!;
    expect({ kind: c.kind, textChanged: c.textChanged, renumbered: c.renumbered, moved: c.moved }).toEqual({ kind: 'matched', textChanged: false, renumbered: true, moved: true });
  });

  // Read in both files: reworded, with the words that changed.
  const reworded: { o: string; n: string; deleted: string[]; inserted: string[] }[] = [
    { o: '2', n: '2', deleted: ['中国'], inserted: ['中华人民共和国'] },
    { o: '8', n: '7', deleted: ['必须', '必须'], inserted: ['应当', '应当'] },
    { o: '17', n: '16', deleted: ['必须'], inserted: ['应当'] },
    { o: '24', n: '42', deleted: [], inserted: ['一个以上'] },
    { o: '27', n: '48', deleted: [], inserted: ['股权、债权'] },
  ];

  it.each(reworded)('2018 Article $o → 2023 Article $n is reworded: −$deleted +$inserted', ({ o, n, deleted, inserted }) => {
    const c = pair(o, n);
    expect(c, `matched ${o}→${n}`).toBeDefined();
    expect({ kind: c!.kind, textChanged: c!.textChanged, renumbered: c!.renumbered, referencesOnly: c!.referencesOnly }).toEqual({
      kind: 'matched',
      textChanged: true,
      renumbered: o !== n,
      referencesOnly: false,
    });
    const ops = c!.diff!.lines.flatMap((l) => (l.kind === 'changed' ? l.ops : []));
    const del = ops.filter((x) => x.op === 'delete').map((x) => x.text);
    const ins = ops.filter((x) => x.op === 'insert').map((x) => x.text);
    for (const w of deleted) expect(del.join('|'), `deletes ${w}`).toContain(w);
    for (const w of inserted) expect(ins.join('|'), `inserts ${w}`).toContain(w);
    expect(del.filter((x) => deleted.every((w) => !x.includes(w) && !w.includes(x))).join('|') + ins.filter((x) => inserted.every((w) => !x.includes(w) && !w.includes(x))).join('|'), 'nothing else changed').toBe(
      o === '2' ? '，' : '',
    );
  });

  it('never reports an unchanged (renumbered) article as textChanged: identical text ⇒ textChanged false, renumbered = numbers differ', () => {
    let identical = 0;
    for (const c of cmp.changes) {
      if (c.kind !== 'matched') continue;
      const o = olds.get(c.old[0].num)!;
      const n = news.get(c.new[0].num)!;
      if (plainText(o) !== plainText(n)) continue;
      identical++;
      expect({ textChanged: c.textChanged, renumbered: c.renumbered }, changeKey(c)).toEqual({ textChanged: false, renumbered: c.old[0].num !== c.new[0].num });
    }
    expect(identical).toBeGreaterThanOrEqual(20);
  });

  it('pairs every article whose text is found unchanged (and unique) in the other version', () => {
    const count = (texts: string[]) => texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const oldTexts = [...olds.values()].map(plainText);
    const newTexts = [...news.values()].map(plainText);
    const co = count(oldTexts);
    const cn = count(newTexts);
    const newNumOf = new Map([...news.entries()].map(([num, a]) => [plainText(a), num]));
    let checked = 0;
    for (const [num, a] of olds) {
      const text = plainText(a);
      if (co.get(text) !== 1 || cn.get(text) !== 1) continue;
      checked++;
      const c = cmp.changes.find((x) => nums(x.old).includes(num))!;
      expect(changeKey(c)).toBe(`matched ${num}→${newNumOf.get(text)}`);
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('does not call an article changed when only an invisible zero-width spacer line differs (2023.md has U+200B lines)', () => {
    // 2023.md separates some articles with a line holding only U+200B; the importer keeps it as a
    // paragraph, so e.g. 2018 第七十五条 and 2023 第九十条 differ only by that invisible line.
    const problems: string[] = [];
    for (const c of cmp.changes) {
      if (c.kind !== 'matched') continue;
      const o = olds.get(c.old[0].num)!;
      const n = news.get(c.new[0].num)!;
      if (visibleText(o) === visibleText(n) && c.textChanged) problems.push(`${changeKey(c)}: textChanged, new lines ${JSON.stringify(articleLines(n))}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Article numbers (`§ 66b` → `66b`) per line of a German Markdown file: the article whose heading is at or above the line. */
function articleOfLine(text: string): (string | undefined)[] {
  let current: string | undefined;
  return text.split('\n').map((line) => {
    const m = /^#{1,6}\s+§\s*(\d+[a-z]*)\b/u.exec(line);
    if (m) current = m[1];
    return current;
  });
}

/** What a line diff of two files says: the articles with changed lines, and articles whose heading line is only on one side. */
function lineDiffArticles(oldText: string, newText: string): { changed: string[]; inserted: string[]; deleted: string[] } {
  const dmp = new DiffMatchPatch();
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(oldText, newText);
  const diffs = dmp.diff_main(chars1, chars2, false);
  const oldOf = articleOfLine(oldText);
  const newOf = articleOfLine(newText);
  const oldLines = oldText.split('\n');
  const newLines = newText.split('\n');
  const oldHeads = new Set(oldOf.filter((x): x is string => x !== undefined));
  const newHeads = new Set(newOf.filter((x): x is string => x !== undefined));
  const touchedOld = new Set<string>();
  const touchedNew = new Set<string>();
  let i = 0;
  let j = 0;
  for (const [op, chars] of diffs) {
    for (let k = 0; k < chars.length; k++) {
      const line = lineArray[chars.charCodeAt(k)] ?? '';
      if (op === DiffMatchPatch.DIFF_EQUAL) {
        i++;
        j++;
      } else if (op === DiffMatchPatch.DIFF_DELETE) {
        if (line.trim() !== '' && oldOf[i] !== undefined) touchedOld.add(oldOf[i]!);
        expect(oldLines[i]).toBe(line.replace(/\n$/u, ''));
        i++;
      } else {
        if (line.trim() !== '' && newOf[j] !== undefined) touchedNew.add(newOf[j]!);
        expect(newLines[j]).toBe(line.replace(/\n$/u, ''));
        j++;
      }
    }
  }
  const inserted = [...newHeads].filter((n) => !oldHeads.has(n));
  const deleted = [...oldHeads].filter((n) => !newHeads.has(n));
  const changed = [...new Set([...touchedOld, ...touchedNew])].filter((n) => !inserted.includes(n) && !deleted.includes(n));
  return { changed: changed.sort(), inserted: inserted.sort(), deleted: deleted.sort() };
}

describe.each([
  // Read in the files: NetzDG 2022 adds §§ 3a and 5a, rewords § 1 (heading, § 189 StGB added, new paragraph (4)) and § 4 (fines).
  ['NetzDG 2021a → 2022', 'de-netzdg/2021a.md', 'de-netzdg/2022.md', { changed: ['1', '4'], inserted: ['3a', '5a'], deleted: [] as string[] }],
  // TKG 2012-07-02 → 2012-08-06: § 66b (Preisansage: sprachgestützte Betreiberauswahl, Satz 3 und 4, Satz 6) and a typo in § 123a.
  ['TKG 2012-07-02 → 2012-08-06', 'de-tkg-2004/2012-07-02.md', 'de-tkg-2004/2012-08-06.md', { changed: ['123a', '66b'], inserted: [] as string[], deleted: [] as string[] }],
] as const)('%s: a few changes, exactly those of a line diff of the files', (_name, oldFile, newFile, read) => {
  const oldDoc = importCorpus(oldFile);
  const newDoc = importCorpus(newFile);
  const cmp = compareVersions(oldDoc, newDoc);
  const lines = lineDiffArticles(readCorpus(oldFile), readCorpus(newFile));

  it('satisfies the invariants of every comparison', () => {
    checkComparison(cmp, oldDoc, newDoc);
  });

  it('counts the words and characters its diffs insert and delete', () => {
    const { wordsInserted, wordsDeleted, charsInserted, charsDeleted } = cmp.stats;
    expect({ wordsInserted, wordsDeleted, charsInserted, charsDeleted }).toEqual(recount(cmp, oldDoc, newDoc, false));
    expect(wordsInserted + wordsDeleted).toBeGreaterThan(0);
  });

  it('the line diff of the files says what was read in them', () => {
    expect(lines).toEqual({ changed: [...read.changed].sort(), inserted: [...read.inserted].sort(), deleted: [...read.deleted].sort() });
  });

  it('reports exactly the articles the line diff touches, everything else unchanged', () => {
    const got = {
      changed: find(cmp, (c) => c.kind === 'matched' && !isUnchanged(c)).flatMap((c) => nums(c.new)).sort(),
      inserted: find(cmp, (c) => c.kind === 'inserted').flatMap((c) => nums(c.new)).sort(),
      deleted: find(cmp, (c) => c.kind === 'deleted').flatMap((c) => nums(c.old)).sort(),
    };
    expect(got).toEqual(lines);
    expect(cmp.changes.filter((c) => c.kind === 'split' || c.kind === 'merged')).toEqual([]);
    for (const c of find(cmp, (x) => x.kind === 'matched' && !isUnchanged(x))) {
      expect({ kind: c.kind, textChanged: c.textChanged, renumbered: c.renumbered, moved: c.moved }, changeKey(c)).toEqual({ kind: 'matched', textChanged: true, renumbered: false, moved: false });
    }
    expect(cmp.stats.matched - cmp.stats.textChanged).toBe(listArticles(oldDoc).length - lines.changed.length - lines.deleted.length);
    expect(cmp.divisions.every((d) => d.kind === 'matched' && !d.renamed && !d.renumbered)).toBe(true);
  });
});

describe('repealed placeholders are paired with their article by number', () => {
  describe('BGB 2013-01-11 → 2022-03-03: articles that became (weggefallen), and one that came back', () => {
    const oldDoc = importCorpus('de-bgb/2013-01-11.md');
    const newDoc = importCorpus('de-bgb/2022-03-03.md');
    const t = performance.now();
    const cmp = compareVersions(oldDoc, newDoc);
    const ms = performance.now() - t;
    const olds = byNum(oldDoc);
    const news = byNum(newDoc);

    it('satisfies the invariants of every comparison', () => {
      checkComparison(cmp, oldDoc, newDoc);
      console.log(`BGB 2013-01-11→2022-03-03: ${listArticles(oldDoc).length} → ${listArticles(newDoc).length} §§ compared in ${ms.toFixed(0)} ms`);
    });

    // Read in the files: text in 2013, `(weggefallen)` in 2022 (§ 1633 Personensorge für verheirateten Minderjährigen, …).
    it.each(['509', '1458', '1633', '2369'])('§ %s: text → (weggefallen) is one matched pair with changed text', (num) => {
      expect(olds.get(num)!.repealed, 'a real article in 2013').not.toBe(true);
      expect(news.get(num)!.repealed, '(weggefallen) in 2022').toBe(true);
      const involved = cmp.changes.filter((c) => c.old.some((r) => r.num === num) || c.new.some((r) => r.num === num));
      expect(involved.map(changeKey)).toEqual([`matched ${num}→${num}`]);
      const c = involved[0]!;
      expect({ textChanged: c.textChanged, renumbered: c.renumbered, moved: c.moved }).toEqual({ textChanged: true, renumbered: false, moved: false });
      // The diff shows the old text going and the placeholder coming.
      expect(c.diff!.lines.some((l) => l.kind !== 'equal')).toBe(true);
      expect(c.diff!.lines.flatMap((l) => (l.new === undefined ? [] : [l.new])).join('\n')).toContain('weggefallen');
    });

    it('§ 361: (weggefallen) in 2013, text again in 2022: one matched pair', () => {
      expect(olds.get('361')!.repealed).toBe(true);
      expect(news.get('361')!.repealed).not.toBe(true);
      const involved = cmp.changes.filter((c) => c.old.some((r) => r.num === '361') || c.new.some((r) => r.num === '361'));
      expect(involved.map((c) => `${changeKey(c)} ${c.textChanged}`)).toEqual(['matched 361→361 true']);
    });

    it('a placeholder in both versions stays paired with its own number, unchanged', () => {
      const both = [...olds.keys()].filter((n) => olds.get(n)!.repealed && news.get(n)?.repealed);
      expect(both.length).toBeGreaterThan(10);
      for (const n of both) {
        const c = cmp.changes.find((x) => x.old.some((r) => r.num === n))!;
        expect(`${changeKey(c)} ${c.textChanged}`).toBe(`matched ${n}→${n} false`);
      }
    });
  });

  describe('Chinese （删除）', () => {
    /** PRC-style Markdown of real articles (PRC Company Law 2018, Chapter I), with some bodies replaced. */
    const source = importCorpus('cn-company-law/2018.md');
    const chapter1 = listArticles(source).filter((a) => a.divisions[0]?.num === '1');
    const markdown = (replace: Record<string, string>, order?: string[]): string => {
      const arts = order ? order.map((n) => chapter1.find((a) => a.article.num === n)!) : chapter1;
      const body = arts.map(({ article: a }, k) => {
        const label = order ? chapter1[k]!.article.label : a.label;
        const num = order ? chapter1[k]!.article.num : a.num;
        const lines = replace[num] !== undefined ? [replace[num]!] : articleLines(a);
        return `${label} ${lines.join('\n')}`;
      });
      return `# 中华人民共和国公司法\n\n## 第一章 总则\n\n${body.join('\n\n')}\n`;
    };
    const load = (md: string): VersionDoc => {
      const r = importSource(md, { format: 'cn' });
      expect(r.ok).toBe(true);
      return r.doc;
    };

    it('builds from real articles', () => {
      expect(chapter1.length, 'Articles 1–22 of Chapter I').toBe(22);
      const doc = load(markdown({ '6': '（删除）' }));
      expect(byNum(doc).get('6')!.repealed, 'the importer flags （删除）').toBe(true);
    });

    it('an article → （删除） is one matched pair with changed text, not deleted + inserted', () => {
      const oldDoc = load(markdown({}));
      const newDoc = load(markdown({ '6': '（删除）', '14': '（删除）' }));
      const cmp = compareVersions(oldDoc, newDoc);
      checkComparison(cmp, oldDoc, newDoc);
      expect(cmp.changes.filter((c) => !isUnchanged(c)).map((c) => `${changeKey(c)} ${c.textChanged}`)).toEqual(['matched 6→6 true', 'matched 14→14 true']);
    });

    it('（删除） → an article with the same number is one matched pair', () => {
      const oldDoc = load(markdown({ '6': '（删除）' }));
      const newDoc = load(markdown({}));
      const cmp = compareVersions(oldDoc, newDoc);
      checkComparison(cmp, oldDoc, newDoc);
      expect(cmp.changes.filter((c) => !isUnchanged(c)).map((c) => `${changeKey(c)} ${c.textChanged}`)).toEqual(['matched 6→6 true']);
    });

    it('two placeholders with the same text are each paired with their own number', () => {
      const oldDoc = load(markdown({ '6': '（删除）', '14': '（删除）' }));
      const newDoc = load(markdown({ '6': '（删除）', '14': '（删除）', '20': '（删除）' }));
      const cmp = compareVersions(oldDoc, newDoc);
      checkComparison(cmp, oldDoc, newDoc);
      expect(cmp.changes.filter((c) => !isUnchanged(c)).map(changeKey)).toEqual(['matched 20→20']);
      for (const n of ['6', '14']) expect(changeKey(cmp.changes.find((c) => c.old.some((r) => r.num === n))!)).toBe(`matched ${n}→${n}`);
    });

    it('when the text itself moved elsewhere, it is paired with its text and the placeholder is new', () => {
      // Old: 第六条 has its text, 第十条 is （删除）. New: 第六条 is （删除） and that text stands as 第十条.
      const chapterNums = chapter1.map((a) => a.article.num);
      const order = chapterNums.map((n) => (n === '10' ? '6' : n === '6' ? '10' : n));
      const oldDoc = load(markdown({ '10': '（删除）' }));
      const newDoc = load(markdown({ '6': '（删除）' }, order));
      const cmp = compareVersions(oldDoc, newDoc);
      checkComparison(cmp, oldDoc, newDoc);
      const c = cmp.changes.find((x) => x.old.some((r) => r.num === '6'))!;
      expect(`${changeKey(c)} ${c.textChanged} ${c.moved}`).toBe('matched 6→10 false true');
    });
  });
});
