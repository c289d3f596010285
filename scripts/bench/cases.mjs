/**
 * Benchmark cases: real laws read from the shared corpus, and generated laws
 * built from real article texts with a seeded, deterministic edit script.
 *
 * Nothing here is copied into the repository: the corpus is read where it is
 * (`../shared/corpus` next to the repository, or `LAWDIFF_CORPUS`).
 *
 * A generated case comes with its ground truth: which new article came from
 * which old one, which were reworded and with how many edits, so the driver
 * can say how close the engine's output is to the edits actually made.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from '../../dist-cli/model/import/index.js';
import { listArticles, paragraphLines } from '../../dist-cli/model/doc.js';
import { toRoman } from '../../dist-cli/model/numerals.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the corpus is: `LAWDIFF_CORPUS`, else `../shared/corpus` relative to the repository root. */
export function corpusDir() {
  return process.env.LAWDIFF_CORPUS ? resolve(process.env.LAWDIFF_CORPUS) : resolve(repoRoot, '../shared/corpus');
}

/** The cases, smallest first within each family (the driver relies on that order to skip baselines known to be too slow). */
export const CASES = [
  { id: 'de-bgb', title: 'BGB 2012-07-02 → 2022-03-03', kind: 'real', family: 'de' },
  { id: 'cn-company', title: 'PRC Company Law 2018 → 2023', kind: 'real', family: 'cn-real' },
  { id: 'cn-civil-edit', title: 'PRC Civil Code 2020 → generated edits', kind: 'edited', family: 'cn-civil' },
  { id: 'gen-en-1000', title: 'generated English, 1,000 articles', kind: 'generated', family: 'en', size: 1000 },
  { id: 'gen-en-5000', title: 'generated English, 5,000 articles', kind: 'generated', family: 'en', size: 5000 },
  { id: 'gen-zh-1000', title: 'generated Chinese, 1,000 articles', kind: 'generated', family: 'zh', size: 1000 },
  { id: 'gen-zh-5000', title: 'generated Chinese, 5,000 articles', kind: 'generated', family: 'zh', size: 5000 },
  // The same Chinese laws diffed character by character (CompareOptions.granularity 'char'): the same texts, so the
  // same whole-text baselines.
  { id: 'cn-company-chars', title: 'PRC Company Law 2018 → 2023, by characters', kind: 'real', family: 'cn-real', base: 'cn-company', granularity: 'char' },
  { id: 'gen-zh-1000-chars', title: 'generated Chinese, 1,000 articles, by characters', kind: 'generated', family: 'zh', size: 1000, base: 'gen-zh-1000', granularity: 'char' },
  { id: 'gen-zh-5000-chars', title: 'generated Chinese, 5,000 articles, by characters', kind: 'generated', family: 'zh', size: 5000, base: 'gen-zh-5000', granularity: 'char' },
  // Issue 14: passages moved between far articles and short articles rewritten in place (applyPassageScript), on a
  // real law per language (English: H.R. 2157 and the sample law's final reading as one law of 74 articles; the generated
  // English laws reuse their paragraphs, so a passage there has no single origin). Measured for what the
  // engine finds, so no whole-text baselines.
  { id: 'moves-zh', title: 'PRC Civil Code 2020 → passages moved, rewrites in place', kind: 'passages', family: 'moves-zh', lang: 'zh', baselines: false },
  { id: 'moves-de', title: 'BGB 2012-07-02 → passages moved, rewrites in place', kind: 'passages', family: 'moves-de', lang: 'de', baselines: false },
  { id: 'moves-en', title: 'H.R. 2157 enr + sample law (en) final → passages moved, rewrites in place', kind: 'passages', family: 'moves-en', lang: 'en', baselines: false },
];

/** The edit script: shares of the old articles. */
export const EDIT_SHARES = { reworded: 0.1, deleted: 0.03, inserted: 0.03, moved: 0.02 };

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
/** Picks from [[value, weight], …]. */
function weighted(rnd, table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}
function shuffle(rnd, list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------------
// Reading the corpus

function readCorpus(rel) {
  const file = join(corpusDir(), rel);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file} (set LAWDIFF_CORPUS to the corpus folder): ${e.message}`);
  }
}

/** Imports a corpus file with the project's importers. */
export function loadVersion(rel) {
  const name = rel.split('/').pop();
  return importSource(readCorpus(rel), { fileName: name }).doc;
}

function docLines(doc) {
  const out = [];
  for (const { article } of listArticles(doc)) for (const p of article.paragraphs) out.push(...paragraphLines(p));
  return out;
}

function divisionHeadings(doc) {
  const out = [];
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.kind !== 'division') continue;
      if (n.heading) out.push(n.heading);
      walk(n.children);
    }
  };
  walk(doc.body);
  return out;
}

const uniq = (xs) => [...new Set(xs)];

/** Text pools for the generated laws: paragraphs for the base version, unrelated paragraphs for inserted articles, words for rewording. */
function pools(lang) {
  if (lang === 'en') {
    const sources = [loadVersion('us-116-hr2157/ih.xml'), loadVersion('us-116-hr2157/enr.xml')];
    for (const v of ['first-draft', 'second-reading', 'final']) {
      sources.push(JSON.parse(readFileSync(join(repoRoot, 'versions/fictional-open-data-law-en', `${v}.json`), 'utf8')));
    }
    const lines = uniq(sources.flatMap(docLines)).filter((l) => l.split(/\s+/).length >= 6);
    // Hold out every 8th paragraph (and the text of another bill) for inserted articles, so "new" text is new.
    const base = lines.filter((_, i) => i % 8 !== 0);
    const fresh = uniq([...lines.filter((_, i) => i % 8 === 0), ...docLines(loadVersion('us-116-sconres13/es.xml'))]).filter((l) => l.split(/\s+/).length >= 6);
    return { base, fresh: unlike(fresh, base, 'en'), headings: uniq(sources.flatMap(divisionHeadings)), lang: 'en' };
  }
  const civil = loadVersion('cn-civil-code/2020.md');
  const base = uniq(docLines(civil)).filter((l) => [...l].length >= 8);
  const others = ['cn-cybersecurity-law/2016.md', 'cn-data-security-law/2021.md', 'cn-personal-information-protection-law/2021.md'];
  const fresh = uniq(others.map(loadVersion).flatMap(docLines)).filter((l) => [...l].length >= 8);
  return { base, fresh: unlike(fresh, base, 'zh'), headings: uniq(divisionHeadings(civil)), lang: 'zh', civil };
}

/** Word (English) or character-bigram (Chinese) set of a line. */
function features(line, lang) {
  if (lang === 'en') return new Set(line.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const chars = [...line.replace(/[^\u4e00-\u9fff]/gu, '')];
  return new Set(chars.slice(1).map((ch, i) => chars[i] + ch));
}

/**
 * The lines of `fresh` that are not near-copies of a `base` line (Jaccard of
 * their feature sets < 0.4): the versions of one bill repeat paragraphs with
 * small changes, and an "inserted" article must not be a reworded old one.
 */
function unlike(fresh, base, lang) {
  const sizes = [];
  const postings = new Map();
  base.forEach((l, i) => {
    const f = features(l, lang);
    sizes.push(f.size);
    for (const x of f) {
      const list = postings.get(x);
      if (list) list.push(i);
      else postings.set(x, [i]);
    }
  });
  return fresh.filter((l) => {
    const f = features(l, lang);
    const shared = new Map();
    for (const x of f) for (const i of postings.get(x) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (n / (f.size + sizes[i] - n) >= 0.4) return false;
    return true;
  });
}

// ---------------------------------------------------------------------------
// Numbering

const CN_DIGIT = '零一二三四五六七八九';
/** 1260 → 一千二百六十, 106 → 一百零六, 15 → 十五 (up to 99,999). */
export function chineseNumeral(n) {
  if (n === 0) return '零';
  const units = [
    [10000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  for (const [u, name] of units) {
    const d = Math.floor(n / u) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && u === 10 && out === '' ? '' : CN_DIGIT[d]) + name;
  }
  return out;
}

function articleLabel(lang, n) {
  return lang === 'zh' ? `第${chineseNumeral(n)}条` : `Article ${n}`;
}

function chapterLabel(lang, n) {
  return lang === 'zh' ? `第${chineseNumeral(n)}章` : `Chapter ${toRoman(n)}`;
}

// ---------------------------------------------------------------------------
// Building a generated law

function makeParagraphs(rnd, pool, lang) {
  const count = lang === 'zh' ? weighted(rnd, [[1, 50], [2, 35], [3, 15]]) : weighted(rnd, [[1, 35], [2, 35], [3, 20], [4, 10]]);
  const chosen = new Set();
  while (chosen.size < Math.min(count, pool.length)) chosen.add(pick(rnd, pool));
  return [...chosen].map((text) => ({ num: '', text, items: [] }));
}

/** A law of `size` articles built from real paragraphs, in chapters of 15–25 articles. */
function generateLaw(rnd, size, p) {
  const seen = new Set();
  const body = [];
  let chapter;
  let left = 0;
  for (let k = 1; k <= size; k++) {
    if (left === 0) {
      const n = body.length + 1;
      chapter = { kind: 'division', type: 'chapter', label: chapterLabel(p.lang, n), num: String(n), heading: pick(rnd, p.headings), text: [], children: [] };
      body.push(chapter);
      left = int(rnd, 15, 25);
    }
    let paragraphs;
    do paragraphs = makeParagraphs(rnd, p.base, p.lang);
    while (seen.has(paragraphs.map((x) => x.text).join('\n')));
    seen.add(paragraphs.map((x) => x.text).join('\n'));
    chapter.children.push({ kind: 'article', label: articleLabel(p.lang, k), num: String(k), heading: '', paragraphs });
    left--;
  }
  return {
    format: 'lawdiff-version/1',
    title: p.lang === 'zh' ? `生成的法律（${size}条）` : `Generated Law (${size} articles)`,
    language: p.lang === 'zh' ? 'zh-Hans' : 'en',
    metadata: {},
    preamble: [],
    body,
    annexes: [],
    annotations: [],
  };
}

// ---------------------------------------------------------------------------
// The edit script

const segmenters = new Map();
function segmenter(lang) {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'word' })));
  return s;
}

/** Words to reword with, taken from the pool so replacements look like law text. */
function vocabulary(p) {
  const seg = segmenter(p.lang);
  const words = new Set();
  for (const line of p.base.slice(0, 400)) {
    for (const s of seg.segment(line)) {
      if (!s.isWordLike) continue;
      if (p.lang === 'zh' ? [...s.segment].length >= 2 && /^[\u4e00-\u9fff]+$/u.test(s.segment) : /^[a-z]{3,}$/.test(s.segment)) words.add(s.segment);
    }
  }
  return [...words];
}

/** Every text line of an article (paragraph texts and item texts) as get/set slots. */
function lineSlots(article) {
  const slots = [];
  const items = (list) => {
    for (const it of list) {
      if (it.text) slots.push({ get: () => it.text, set: (t) => (it.text = t) });
      items(it.items);
    }
  };
  for (const para of article.paragraphs) {
    if (para.text) slots.push({ get: () => para.text, set: (t) => (para.text = t) });
    items(para.items);
  }
  return slots;
}

const MIN_GAP = 4; // unchanged words between two edits of one line

/**
 * Applies `wanted` edits to one line: each replaces, inserts or deletes a run
 * of 1–2 words, at least {@link MIN_GAP} words away from the next. Returns
 * the new line and the number of edits applied.
 */
function editLine(rnd, line, wanted, p, vocab) {
  const segs = [...segmenter(p.lang).segment(line)].map((s) => ({ text: s.segment, word: s.isWordLike }));
  const words = segs.map((s, i) => (s.word ? i : -1)).filter((i) => i >= 0);
  const sep = p.lang === 'zh' ? '' : ' ';
  for (let e = wanted; e > 0; e--) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const plan = Array.from({ length: e }, () => ({ kind: weighted(rnd, [['replace', 50], ['insert', 25], ['delete', 25]]), span: int(rnd, 1, 2), at: int(rnd, 0, words.length - 1) })).sort((a, b) => a.at - b.at);
      let ok = true;
      for (let k = 0; k < plan.length; k++) {
        const end = plan[k].at + (plan[k].kind === 'insert' ? 0 : plan[k].span);
        if (end > words.length) ok = false;
        if (k + 1 < plan.length && plan[k + 1].at - end < MIN_GAP) ok = false;
        // Keep at least a few words of the line.
        if (plan[k].kind === 'delete' && words.length - plan[k].span < MIN_GAP) ok = false;
      }
      if (!ok) continue;
      // Apply right to left so earlier segment indices stay valid.
      const out = segs.map((s) => s.text);
      for (const step of [...plan].reverse()) {
        const first = words[step.at];
        const fresh = () => {
          const chosen = [];
          while (chosen.length < step.span) {
            const w = pick(rnd, vocab);
            const near = [out[first], out[words[step.at + step.span - 1]], out[words[step.at - 1]]];
            if (!near.includes(w) && !chosen.includes(w)) chosen.push(w);
          }
          return chosen.join(sep);
        };
        if (step.kind === 'insert') {
          out[first] = fresh() + sep + out[first];
        } else {
          const last = words[step.at + step.span - 1];
          const replacement = step.kind === 'replace' ? fresh() : '';
          for (let i = first; i <= last; i++) out[i] = '';
          out[first] = replacement;
          // A deleted English word takes one space with it.
          if (step.kind === 'delete' && sep) {
            if (segs[last + 1] && /^\s+$/.test(segs[last + 1].text)) out[last + 1] = '';
            else if (segs[first - 1] && /^\s+$/.test(segs[first - 1].text)) out[first - 1] = '';
          }
        }
      }
      const text = out.join('');
      if (text !== line) return { text, edits: e };
    }
  }
  return { text: line, edits: 0 };
}

/** Rewords an article in place: 1–3 edits spread over its lines. Returns the number of edits (the minimum hunks). */
function reword(rnd, article, p, vocab) {
  const slots = lineSlots(article).filter((s) => {
    const n = [...segmenter(p.lang).segment(s.get())].filter((x) => x.isWordLike).length;
    return n >= 2 * MIN_GAP;
  });
  if (slots.length === 0) return 0;
  const want = weighted(rnd, [[1, 45], [2, 35], [3, 20]]);
  const perSlot = new Map();
  for (let k = 0; k < want; k++) {
    const s = pick(rnd, slots);
    perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
  }
  let edits = 0;
  for (const s of slots) {
    const n = perSlot.get(s);
    if (!n) continue;
    const r = editLine(rnd, s.get(), n, p, vocab);
    s.set(r.text);
    edits += r.edits;
  }
  return edits;
}

const clone = (x) => structuredClone(x);

/**
 * Derives a new version: ~10 % of the articles reworded, 3 % deleted, 3 %
 * inserted (text from the `fresh` pool), 2 % moved to a chapter at least
 * three chapters away; then every article renumbered 1, 2, 3 … in order.
 * Returns the new version and the truth about each article.
 */
export function applyEditScript(oldDoc, p, seed) {
  const rnd = mulberry32(seed);
  const vocab = vocabulary(p);
  const olds = listArticles(oldDoc);
  const n = olds.length;
  const count = (share) => Math.round(share * n);
  const order = shuffle(
    rnd,
    olds.map((_, i) => i),
  ).filter((i) => lineSlots(olds[i].article).length > 0);
  // Reworded articles need a line long enough for an edit.
  const longEnough = (i) => lineSlots(olds[i].article).some((s) => [...segmenter(p.lang).segment(s.get())].filter((x) => x.isWordLike).length >= 2 * MIN_GAP);
  const reworded = new Set();
  for (const i of order) {
    if (reworded.size === count(EDIT_SHARES.reworded)) break;
    if (longEnough(i)) reworded.add(i);
  }
  let at = 0;
  const rest = order.filter((i) => !reworded.has(i));
  const take = (k) => new Set(rest.slice(at, (at += k)));
  const deleted = take(count(EDIT_SHARES.deleted));
  const moved = take(count(EDIT_SHARES.moved));
  const insertAfter = new Set(shuffle(rnd, olds.map((_, i) => i)).slice(0, count(EDIT_SHARES.inserted)));

  const newDoc = { ...clone({ ...oldDoc, body: [] }), body: [] };
  /** New article object → truth. */
  const truth = new Map();
  const containers = []; // divisions (or the top) that hold articles directly, in document order
  const pending = []; // moved articles: [article, source container index]
  let minimumHunks = 0;
  let freshAt = 0;
  const freshArticle = () => {
    const paragraphs = [];
    const k = p.lang === 'zh' ? weighted(rnd, [[1, 50], [2, 35], [3, 15]]) : weighted(rnd, [[1, 40], [2, 40], [3, 20]]);
    for (let j = 0; j < k; j++) paragraphs.push({ num: '', text: p.fresh[freshAt++ % p.fresh.length], items: [] });
    return { kind: 'article', label: '', num: '', heading: '', paragraphs };
  };
  let index = 0;
  const walk = (nodes, into) => {
    let holder = -1;
    for (const node of nodes) {
      if (node.kind === 'division') {
        const d = { ...node, text: clone(node.text), children: [] };
        into.push(d);
        walk(node.children, d.children);
        continue;
      }
      if (node.kind !== 'article') {
        into.push(clone(node));
        continue;
      }
      if (holder < 0) {
        holder = containers.length;
        containers.push(into);
      }
      const i = index++;
      const a = clone(node);
      if (deleted.has(i)) {
        minimumHunks++;
      } else if (moved.has(i)) {
        pending.push([a, holder]);
        truth.set(a, { old: i, fate: 'moved', edits: 0 });
      } else {
        let edits = 0;
        if (reworded.has(i)) edits = reword(rnd, a, p, vocab);
        minimumHunks += edits;
        truth.set(a, { old: i, fate: edits > 0 ? 'reworded' : 'kept', edits });
        into.push(a);
      }
      if (insertAfter.has(i)) {
        const f = freshArticle();
        truth.set(f, { old: -1, fate: 'inserted', edits: 0 });
        minimumHunks++;
        into.push(f);
      }
    }
  };
  walk(oldDoc.body, newDoc.body);
  for (const [a, from] of pending) {
    const far = containers.map((_, c) => c).filter((c) => Math.abs(c - from) >= 3);
    const target = containers[pick(rnd, far.length ? far : containers.map((_, c) => c))];
    const arts = target.map((x, k) => (x.kind === 'article' ? k : -1)).filter((k) => k >= 0);
    const pos = arts.length ? arts[int(rnd, 0, arts.length - 1)] : target.length;
    target.splice(pos, 0, a);
  }
  // Renumber sequentially, in document order.
  const news = listArticles(newDoc);
  news.forEach(({ article }, j) => {
    article.num = String(j + 1);
    article.label = articleLabel(p.lang, j + 1);
  });
  const pairs = [];
  for (const { article, index: j } of news) {
    const t = truth.get(article);
    if (t) pairs.push({ ...t, new: j });
  }
  return {
    doc: newDoc,
    truth: {
      pairs, // { old, new, fate: kept|reworded|moved|inserted, edits }
      deleted: [...deleted].sort((x, y) => x - y),
      minimumHunks,
      counts: {
        reworded: pairs.filter((x) => x.fate === 'reworded').length,
        deleted: deleted.size,
        inserted: pairs.filter((x) => x.fate === 'inserted').length,
        moved: moved.size,
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Issue 14: passages moved between articles, rewrites in place

/** Passages moved and short articles rewritten per passage case (at most; and at most one of each per 5 articles). */
export const PASSAGE_EDITS = { moves: 60, rewrites: 60 };
/** Lines shorter than this are not moved (the engine leaves formula-length lines alone): characters (zh) or words. */
const MOVABLE = { zh: 30, other: 12 };
/** The short articles rewritten in place: characters of their one line. */
const SHORT = { zh: [14, 90], other: [40, 260] };
/** A sentence some rewrites append (the shape 「本法所称主管部门为国务院电信主管部门。」 → 「本法的主管部门为国家网信部门。前款工作，由国家网信部门统筹协调。」). */
const APPENDED = { zh: '前款工作，由国家网信部门统筹协调。', de: 'Das Nähere regelt die Bundesnetzagentur durch Verfügung.', en: 'The Secretary shall coordinate the work under this section.' };

/** An article's lines as the engine numbers them: paragraphs with a number or text, then their items depth-first. */
function lineNodes(article) {
  const out = [];
  const items = (list) => {
    for (const it of list) {
      out.push(it);
      items(it.items);
    }
  };
  for (const p of article.paragraphs) {
    if (p.num || p.text) out.push(p);
    items(p.items);
  }
  return out;
}

/** Share of the characters (white space not counted) changed from a to b: (deleted + inserted) / (old + new), over a longest common subsequence. */
export function changedShare(a, b) {
  const x = [...a.replace(/\s+/gu, '')];
  const y = [...b.replace(/\s+/gu, '')];
  if (x.length + y.length === 0) return 0;
  let prev = new Array(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return (x.length + y.length - 2 * prev[y.length]) / (x.length + y.length);
}

/** Words of a line (Intl.Segmenter), with which of them may be replaced (letters only, no numerals). */
function wordsOf(text, lang) {
  const segs = [...segmenter(lang).segment(text)].map((x) => x.segment);
  const editable = segs.map((t, i) => (/^[\p{L}]+$/u.test(t) && !/[〇零一二三四五六七八九十百千万两]/u.test(t) && [...t].length >= (lang === 'zh' ? 2 : 3) ? i : -1)).filter((i) => i >= 0);
  return { segs, editable };
}

const size = (text, lang) => (lang === 'zh' ? text.replace(/\s/gu, '').length : wordsOf(text, lang).editable.length + (text.match(/\d+/g)?.length ?? 0));

/** The next number of a list whose last item is numbered `last` (`（五）` → `（六）`, `4.` → `5.`). */
function nextItemNum(last) {
  const d = /^(\D*)(\d+)(\D*)$/u.exec(last);
  if (d) return `${d[1]}${Number(d[2]) + 1}${d[3]}`;
  const cn = /^([（(]?)([一二三四五六七八九十]+)([）)]?)$/u.exec(last);
  if (cn) {
    const digit = (ch) => (ch ? '〇一二三四五六七八九'.indexOf(ch) : 0);
    const [tens, ones] = cn[2].includes('十') ? cn[2].split('十') : ['', cn[2]];
    const value = cn[2].includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
    return `${cn[1]}${chineseNumeral(value + 1)}${cn[3]}`;
  }
  return last;
}

/** H.R. 2157 (enrolled) and the sample law's final English reading as one law, articles numbered 1, 2, 3 … through both. */
function englishLaw() {
  const hr = loadVersion('us-116-hr2157/enr.xml');
  const sample = JSON.parse(readFileSync(join(repoRoot, 'versions/fictional-open-data-law-en/final.json'), 'utf8'));
  const doc = { ...hr, body: [...hr.body, ...sample.body] };
  listArticles(doc).forEach(({ article }, j) => {
    article.num = String(j + 1);
    article.label = `Section ${j + 1}`;
  });
  return doc;
}

/**
 * Issue 14's edits on a whole law, numbers unchanged: PASSAGE_EDITS.moves
 * passages moved between articles of far divisions (a third verbatim, a third
 * with one or two words replaced, a third items moved into another article's
 * list where the law has lists, else paragraphs), and PASSAGE_EDITS.rewrites
 * short one-line articles rewritten in place (words replaced, half of them with
 * a sentence appended, until 25–40 % of the characters changed). Returns the
 * new version and the truth: moves (article index, 0-based line at both ends),
 * rewrites (article index) and the articles touched.
 */
export function applyPassageScript(oldDoc, lang, seed) {
  const rnd = mulberry32(seed);
  const newDoc = clone(oldDoc);
  const arts = listArticles(newDoc);
  // The top-level division each article sits in, to move passages between far ones.
  const tops = [...new Set(arts.map((a) => a.divisions[0]))];
  const topOf = arts.map((a) => tops.indexOf(a.divisions[0]));
  const far = (i, j) => Math.abs(topOf[i] - topOf[j]) >= Math.min(2, tops.length - 1) && Math.abs(i - j) >= 20;
  const used = new Set();
  // Only articles whose every line is found once in the law take part (a generated law reuses its paragraphs, so a
  // passage found in several articles would have no single true origin).
  const seen = new Map();
  for (const a of arts) for (const n of lineNodes(a.article)) seen.set(n.text, (seen.get(n.text) ?? 0) + 1);
  for (let i = 0; i < arts.length; i++) if (lineNodes(arts[i].article).some((n) => seen.get(n.text) !== 1)) used.add(i);
  const blocked = new Set(used);
  const text = (a) => lineNodes(a).map((n) => n.text).join('');
  const movable = (t) => size(t, lang) >= (lang === 'zh' ? MOVABLE.zh : MOVABLE.other);
  const order = shuffle(rnd, arts.map((_, i) => i));
  const moves = [];
  const vocab = [...new Set(arts.slice(0, 600).flatMap((a) => lineNodes(a.article).flatMap((n) => { const w = wordsOf(n.text, lang); return w.editable.map((i) => w.segs[i]); })))];
  const replaceWords = (t, n) => {
    const w = wordsOf(t, lang);
    if (w.editable.length === 0) return t;
    for (let k = 0; k < n; k++) w.segs[w.editable[Math.floor(((k + rnd()) / n) * w.editable.length)]] = pick(rnd, vocab);
    return w.segs.join('');
  };
  const hasList = (a) => a.paragraphs.find((p) => p.items.length >= 2);
  let tries = 0;
  const most = (n) => Math.min(n, Math.floor(arts.length / 5));
  while (moves.length < most(PASSAGE_EDITS.moves) && tries++ < 20_000) {
    const kind = ['identical', 'edited', 'item'][moves.length % 3];
    const i = pick(rnd, order);
    if (used.has(i)) continue;
    const a = arts[i].article;
    let node;
    let list;
    if (kind === 'item' && tries < 15_000) {
      list = a.paragraphs.find((p) => p.items.length >= 3 && p.items.some((it) => it.items.length === 0 && movable(it.text)));
      node = list?.items.find((it) => it.items.length === 0 && movable(it.text));
    } else {
      if (a.paragraphs.length < 2) continue;
      const total = text(a).replace(/\s/gu, '').length;
      node = pick(rnd, a.paragraphs.filter((p) => p.items.length === 0 && p.text && movable(p.text) && p.text.replace(/\s/gu, '').length <= 0.5 * total));
    }
    if (!node) continue;
    const isItem = kind === 'item' && list !== undefined;
    const targets = order.filter((j) => !used.has(j) && far(i, j) && (isItem ? hasList(arts[j].article) : arts[j].article.paragraphs.length > 0));
    if (targets.length === 0) continue;
    const j = pick(rnd, targets);
    const b = arts[j].article;
    const fromLine = lineNodes(a).indexOf(node);
    const before = node.text;
    if (isItem) {
      list.items.splice(list.items.indexOf(node), 1);
      const into = hasList(b);
      node.num = nextItemNum(into.items[into.items.length - 1].num);
      into.items.push(node);
    } else {
      a.paragraphs.splice(a.paragraphs.indexOf(node), 1);
      if (kind === 'edited') node.text = replaceWords(before, size(before, lang) >= (lang === 'zh' ? 60 : 25) ? 2 : 1);
      b.paragraphs.splice(int(rnd, 1, b.paragraphs.length), 0, node);
    }
    used.add(i);
    used.add(j);
    moves.push({ kind: isItem ? 'item' : kind, from: { article: i, line: fromLine }, to: { article: j, node }, before, after: node.text });
  }
  for (const m of moves) m.to = { article: m.to.article, line: lineNodes(arts[m.to.article].article).indexOf(m.to.node) };

  const rewrites = [];
  const [lo, hi] = SHORT[lang === 'zh' ? 'zh' : 'other'];
  for (const i of order) {
    if (rewrites.length >= most(PASSAGE_EDITS.rewrites)) break;
    const a = arts[i].article;
    const lines = lineNodes(a);
    if (used.has(i) || used.has(i - 1) || used.has(i + 1) || a.repealed || lines.length !== 1 || !lines[0].text) continue;
    const before = lines[0].text;
    const chars = before.replace(/\s/gu, '').length;
    if (chars < lo || chars > hi) continue;
    const want = 0.25 + 0.15 * rnd();
    const tail = rnd() < 0.5 ? `${lang === 'zh' ? '' : ' '}${APPENDED[lang]}` : '';
    let core = before;
    if (changedShare(before, core + tail) > 0.4) continue;
    for (let k = 0; k < 60 && changedShare(before, core + tail) < want; k++) {
      const next = replaceWords(core, 1);
      if (changedShare(before, next + tail) <= 0.4) core = next;
    }
    const share = changedShare(before, core + tail);
    if (share < 0.25 || share > 0.4) continue;
    lines[0].text = core + tail;
    used.add(i);
    rewrites.push({ article: i, before, after: core + tail, share });
  }
  return { doc: newDoc, truth: { kind: 'passages', moves, rewrites, touched: [...used].filter((i) => !blocked.has(i)).sort((x, y) => x - y), articles: arts.length } };
}

// ---------------------------------------------------------------------------

/**
 * Loads a case: `{ old, new, truth? }` (truth only for generated edits).
 * Deterministic: the same id gives the same documents on every run.
 */
export function loadCase(id) {
  const c = CASES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown case ${id}`);
  // A variant (another granularity) compares the documents of its base case.
  if (c.base) return { ...loadCase(c.base), ...c };
  if (id === 'de-bgb') return { ...c, old: loadVersion('de-bgb/2012-07-02.md'), new: loadVersion('de-bgb/2022-03-03.md') };
  if (id === 'cn-company') return { ...c, old: loadVersion('cn-company-law/2018.md'), new: loadVersion('cn-company-law/2023.md') };
  if (c.kind === 'passages') {
    const old = c.lang === 'zh' ? loadVersion('cn-civil-code/2020.md') : c.lang === 'de' ? loadVersion('de-bgb/2012-07-02.md') : englishLaw();
    const edited = applyPassageScript(old, c.lang, seedOf(id));
    return { ...c, old, new: edited.doc, truth: edited.truth };
  }
  if (id === 'cn-civil-edit') {
    const p = pools('zh');
    const edited = applyEditScript(p.civil, p, seedOf(id));
    return { ...c, old: p.civil, new: edited.doc, truth: edited.truth };
  }
  const p = pools(c.family);
  const rnd = mulberry32(seedOf(`${id}/base`));
  const old = generateLaw(rnd, c.size, p);
  const edited = applyEditScript(old, p, seedOf(id));
  return { ...c, old, new: edited.doc, truth: edited.truth };
}
