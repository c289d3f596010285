/**
 * The inputs of issue 12 that took minutes (points 13 and 14), built
 * deterministically from corpus text (read where it is, never copied):
 *
 * - one Chinese article on one long line: the PRC Civil Code's article texts
 *   joined and repeated to a size in UTF-8 bytes, with or without punctuation,
 *   against the same line with one character in 2,000 changed;
 * - an English law of N short articles (about 180 bytes each, words of a US
 *   bill) in which every article is rewritten: about a third of its words
 *   replaced, nothing left identical.
 *
 * Plain JavaScript over the corpus files: no engine code, so the same inputs
 * serve the engine of any commit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, mulberry32 } from './cases.mjs';

/** The long-input cases: `kind` cjk-line (bytes of the line, punctuation or not) or rewrite (articles). */
export const LONG_CASES = [
  { id: 'cjk-line-238k', title: 'one Chinese article of 238 KB on one line', kind: 'cjk-line', bytes: 238_000, punctuation: true },
  { id: 'cjk-line-450k-bare', title: 'one Chinese article of 450 KB, no punctuation', kind: 'cjk-line', bytes: 450_000, punctuation: false },
  { id: 'cjk-line-1200k', title: 'one Chinese article of 1.2 MB on one line', kind: 'cjk-line', bytes: 1_200_000, punctuation: true },
  { id: 'cjk-line-2000k', title: 'one Chinese article of 2 MB on one line', kind: 'cjk-line', bytes: 2_000_000, punctuation: true },
  { id: 'rewrite-en-5000', title: 'English, 5,000 articles, a third of each rewritten', kind: 'rewrite', articles: 5000, share: 1 / 3 },
  { id: 'rewrite-en-10000', title: 'English, 10,000 articles (1.8 MB), a third of each rewritten', kind: 'rewrite', articles: 10000, share: 1 / 3 },
  { id: 'replace-en-5000', title: 'English, 5,000 articles, all replaced', kind: 'rewrite', articles: 5000, share: 1 },
  { id: 'replace-en-10000', title: 'English, 10,000 articles, all replaced', kind: 'rewrite', articles: 10000, share: 1 },
  { id: 'replace-en-20000-short', title: 'English, 20,000 short articles (1.8 MB), all replaced', kind: 'rewrite', articles: 20000, share: 1, words: 13 },
  { id: 'rewrite-en-20000-short', title: 'English, 20,000 short articles (1.8 MB), a third of each rewritten', kind: 'rewrite', articles: 20000, share: 1 / 3, words: 13 },
];

const read = (rel) => readFileSync(join(corpusDir(), rel), 'utf8');

/** The Civil Code's article bodies joined into one string (optionally without punctuation and spaces). */
function civilText(punctuation) {
  const bodies = read('cn-civil-code/2020.md')
    .split('\n')
    .filter((l) => /^第[一二三四五六七八九十百千零]+条/u.test(l))
    .map((l) => l.replace(/^第\S+条\s*/u, ''));
  const all = bodies.join('');
  return punctuation ? all : all.replace(/[\p{P}\s]/gu, '');
}

/** A line of Civil Code text of `bytes` UTF-8 bytes (at most). */
export function cjkLine(bytes, punctuation) {
  const base = civilText(punctuation);
  let text = base;
  while (Buffer.byteLength(text) < bytes) text += base;
  let chars = Math.floor(bytes / 3);
  while (Buffer.byteLength(text.slice(0, chars)) > bytes) chars -= 100;
  return text.slice(0, chars);
}

/** The line with one character in `every` replaced by another Han character (seeded). */
export function editLine(line, every, seed) {
  const rnd = mulberry32(seed);
  const out = line.split('');
  for (let k = 0; k < line.length / every; k++) {
    const at = Math.floor(rnd() * out.length);
    if (/[\u4e00-\u9fff]/u.test(out[at])) out[at] = String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x5000));
  }
  return out.join('');
}

/** A version document in the lawdiff JSON format. */
function version(title, language, articles) {
  return {
    format: 'lawdiff-version/1',
    title,
    language,
    metadata: {},
    preamble: [],
    body: articles.map((a) => ({ kind: 'article', label: a.label, num: a.num, heading: '', paragraphs: a.paragraphs.map((text) => ({ num: '', text, items: [] })) })),
    annexes: [],
    annotations: [],
  };
}

/** Words of the US bill (tags stripped), in text order. */
function billWords() {
  const xml = read('us-116-hr2157/enr.xml') + read('us-116-hr2157/ih.xml');
  return xml
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&[a-z#0-9]+;/gu, ' ')
    .split(/\s+/u)
    .filter((w) => /^[A-Za-z][A-Za-z,.;()-]*$/u.test(w));
}

/**
 * An English law of `n` articles and its rewrite: each article is `words`
 * to 4/3 × `words` consecutive words of the bill from a random place; in the
 * new version a `share` of its words are replaced by random words of the bill.
 */
export function rewrittenLaw(n, share = 1 / 3, words = 26, seed = 14) {
  const bill = billWords();
  const rnd = mulberry32(seed);
  const olds = [];
  const news = [];
  for (let k = 1; k <= n; k++) {
    const len = words + Math.floor(rnd() * (words / 3));
    const at = Math.floor(rnd() * (bill.length - len));
    const text = bill.slice(at, at + len);
    const rewritten = text.map((w) => (rnd() < share ? bill[Math.floor(rnd() * bill.length)] : w));
    olds.push({ label: `Article ${k}`, num: String(k), paragraphs: [text.join(' ')] });
    news.push({ label: `Article ${k}`, num: String(k), paragraphs: [rewritten.join(' ')] });
  }
  return { old: version(`Rewritten Law (${n} articles)`, 'en', olds), new: version(`Rewritten Law (${n} articles), rewritten`, 'en', news) };
}

/** The two documents of a long case. */
export function loadLongCase(id) {
  const c = LONG_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown long case ${id}`);
  if (c.kind === 'rewrite') return { ...c, ...rewrittenLaw(c.articles, c.share, c.words) };
  const line = cjkLine(c.bytes, c.punctuation);
  const article = (text) => [{ label: '第一条', num: '1', paragraphs: [text] }];
  return { ...c, old: version('长条文测试', 'zh-Hans', article(line)), new: version('长条文测试', 'zh-Hans', article(editLine(line, 2000, c.bytes))) };
}
