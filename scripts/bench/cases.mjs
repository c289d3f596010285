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
