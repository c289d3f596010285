/**
 * PDF with a text layer: the pieces of text a PDF places on its pages (read by pdf.js, see
 * pdf-read.ts) rebuilt into lines and paragraphs, then imported as a text (blocks.ts).
 *
 * - Lines: pieces on one baseline, left to right; a space where the gap between two pieces is
 *   wider than a space would be, none between Chinese characters.
 * - Dropped, each with a warning that says what and where: running headers and footers (a line at
 *   the top or bottom of the page that repeats, numbers aside, on other pages), page numbers,
 *   line numbers in the margin (German Drucksachen number every fifth line), rotated text
 *   (watermarks, margin notes).
 * - Paragraphs: a line continues the one before unless it starts like a new paragraph (an article,
 *   § or item marker), is set in another size, is further below than the lines around it, is
 *   indented as a first line, or the line before ended short although the next word would have
 *   fitted. Lines are joined with a space, without one between Chinese characters; a word hyphenated
 *   at the end of a line is joined again (`Telekommunikations-` + `dienste`), a compound with a
 *   real hyphen kept (`E-` + `Mail`, `Bundes-` + `und`).
 * - Headings: lines set larger than the body text, ranked by size.
 * - Refused: a page laid out in two columns side by side (a synopsis: the columns would be read
 *   into one text), and a PDF without text (scanned: no OCR here).
 *
 * Pure: pages in, blocks and problems out.
 */
import { hasErrors, problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import { emptyDoc } from '../doc.js';
import type { ImportOptions, ImportResult } from './index.js';
import { importBlocks, named, sortProblems, TEXT_FORMATS, wrongFormat, type TextBlock } from './blocks.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

/** One piece of text on a page, as pdf.js gives it: its baseline's start and its advance, in points from the bottom left. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** Not horizontal: a watermark, a margin note set sideways. */
  rotated?: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A PDF's pages as pdf.js read them, and what reading found (an unreadable file: an error). */
export interface PdfContent {
  pages: PdfPage[];
  problems: Problem[];
}

interface Piece {
  str: string;
  x: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  page: number;
  /** 1-based, among the page's lines with text, top to bottom. */
  n: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  pieces: Piece[];
  text: string;
}

/** Where a block starts: its page and line. */
export interface PdfPlace {
  page: number;
  line: number;
}

/** The blocks of a PDF's text, where each starts, and what was left out or refused. */
export interface PdfBlocks {
  blocks: TextBlock[];
  places: PdfPlace[];
  problems: Problem[];
}

const CJK_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const CJK_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]$/u;
/** Kangxi radicals and CJK radicals that fonts' Unicode maps give for ordinary characters (⼀ for 一, ⽹ for 网, ⺠ for 民). */
const RADICALS = /[\u2e80-\u2fdf]/gu;
/**
 * The CJK Radicals Supplement characters that Unicode normalization leaves alone, each with the
 * ideograph whose glyph it shares in the Noto CJK fonts (read from their character maps): what
 * a PDF printed with such a font says for 民, 门, 风 ….
 */
const SUPPLEMENT = new Map(
  '⺂乛 ⺃乚 ⺅亻 ⺉刂 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺘扌 ⺙攵 ⺛旡 ⺞歺 ⺠民 ⺡氵 ⺣灬 ⺤爫 ⺦丬 ⺨犭 ⺫罒 ⺭礻 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺹耂 ⺺肀 ⺾艹 ⺿艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀'.split(' ').map((pair): [string, string] => [pair[0]!, pair[1]!]),
);
/**
 * The ideograph a radical stands for. One Kangxi radical is drawn as a different character by
 * the Simplified Chinese fonts than its normalization says: ⼾ is 户 there, 戶 in Traditional text.
 */
const ideograph = (c: string, traditional: boolean): string => (c === '\u2f3e' ? (traditional ? '戶' : '户') : SUPPLEMENT.get(c) ?? c.normalize('NFKC'));
/** Lines that start a paragraph by their first words. */
const PARAGRAPH_START = new RegExp(
  [
    '^第\\s*[〇零一二三四五六七八九十百千万两兩0-9０-９]+\\s*[条條章节節编編]',
    '^[（(][〇零一二三四五六七八九十百千万0-9０-９]{1,4}[）)]',
    '^[〇零一二三四五六七八九十百]{1,4}、',
    '^§§?\\s*\\d',
    '^\\(\\d{1,3}[a-z]?\\)\\s',
    '^\\([a-zA-Z]{1,4}\\)\\s',
    '^\\d{1,3}[a-z]?\\.\\s',
    '^[a-z]{1,2}\\)\\s',
    '^(Art\\.|Artikel|Article|ARTICLE|Section|SECTION|Sec\\.|SEC\\.)\\s*\\d',
    '^(Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel|Chapter|CHAPTER|Part|PART|TITLE|Title)\\s+([0-9]+|[IVXLC]+)\\b',
  ].join('|'),
  'u',
);
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|(?:Seite|Page|page|S\.)\s*\d{1,4}(?:\s*(?:von|of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:\/|von|of)\s*\d{1,4}|第\s*\d{1,4}\s*[页頁](?:\s*[，,]?\s*共\s*\d{1,4}\s*[页頁])?|[-–—]?\s*[〇零一二三四五六七八九十百]+\s*[-–—]?)$/u;
const LIST_MARKER = /^(?:\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?\.|[a-z]{1,2}\)|\([a-z]{1,4}\)|[（(][〇零一二三四五六七八九十百]{1,4}[）)]|[〇零一二三四五六七八九十百]{1,4}、)/u;
/** Words after which a hyphen at a line's end is a real one (`Bundes- und Landesrecht`), by the document's language: German, or English. */
const CONJUNCTIONS_DE = new Set(['und', 'oder', 'bis', 'sowie', 'noch', 'als', 'bzw', 'beziehungsweise']);
const CONJUNCTIONS_EN = new Set(['and', 'or', 'nor', 'to']);

const round = (v: number, step = 0.5): number => Math.round(v / step) * step;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))]!;
}

/** The most frequent value, weighted. */
function mode(pairs: Iterable<[number, number]>): number {
  const counts = new Map<number, number>();
  for (const [v, weight] of pairs) counts.set(v, (counts.get(v) ?? 0) + weight);
  let best = 0;
  let most = -1;
  for (const [v, c] of counts) if (c > most) [best, most] = [v, c];
  return best;
}

/** Pages numbered as a list for a message: `page 3`, `pages 1–12`, `pages 2, 5, 7–9` (src/model/messages/document.ts). */
export { pageList } from '../messages/document.js';

/**
 * Joins a line's pieces by where they sit, not by the spaces a PDF may or may not carry: a space
 * where the gap is wider than a space would be, and between Chinese characters only where it is
 * as wide as a full-width space (`第一条　为了`) — justified Chinese text spreads its characters,
 * and a space inside `第十五條第二款` would make an article of a reference.
 */
function joinPieces(pieces: readonly Piece[]): string {
  let out = '';
  let prev: Piece | undefined;
  for (const p of pieces) {
    const str = p.str.trim();
    if (!str) continue;
    if (prev) {
      const gap = p.x - prev.x1;
      const cjk = CJK_END.test(out) && CJK_START.test(str);
      if (gap > (cjk ? 0.8 : 0.12) * Math.max(p.size, prev.size)) out += ' ';
    }
    out += str;
    prev = p;
  }
  return out.replace(/\s+/gu, ' ');
}

/** The size most of a line's characters are set in. */
function lineSize(pieces: readonly Piece[]): number {
  return mode(pieces.filter((p) => p.str.trim()).map((p): [number, number] => [round(p.size), p.str.trim().length]));
}

/** The page's pieces grouped into lines by baseline, top to bottom, each left to right. */
function linesOf(items: readonly PdfItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g.y - it.y) <= 0.5 * Math.max(g.size, it.size)) {
      g.items.push(it);
      g.size = Math.max(g.size, it.size);
    } else groups.push({ y: it.y, size: it.size, items: [it] });
  }
  return groups.map((g, k) => {
    const pieces = g.items.sort((a, b) => a.x - b.x).map((i) => ({ str: i.str, x: i.x, x1: i.x + i.w, y: i.y, size: i.size }));
    return { page, n: k + 1, y: g.y, x0: pieces[0]!.x, x1: Math.max(...pieces.map((p) => p.x1)), size: lineSize(pieces) || round(g.size), pieces, text: '' };
  });
}

/** A number in a page's margin, beside the text: a line number, if there are enough of them. */
interface MarginNumber {
  line: Line;
  piece: Piece;
  side: 'left' | 'right';
}

/** The numbers standing in a page's left or right margin, apart from its text. */
function marginNumbers(lines: readonly Line[]): MarginNumber[] {
  const textStarts: number[] = [];
  const textEnds: number[] = [];
  for (const l of lines) {
    const text = l.pieces.filter((p) => p.str.trim() && !/^\s*\d{1,5}\s*$/u.test(p.str));
    if (text.length > 0) {
      textStarts.push(text[0]!.x);
      textEnds.push(Math.max(...text.map((p) => p.x1)));
    }
  }
  if (textStarts.length === 0) return [];
  const left = quantile(textStarts, 0.1);
  const right = quantile(textEnds, 0.9);
  const out: MarginNumber[] = [];
  for (const l of lines) {
    const shown = l.pieces.filter((p) => p.str.trim());
    const first = shown[0];
    const last = shown[shown.length - 1];
    if (first && /^\d{1,5}$/u.test(first.str.trim()) && first.x1 <= left - 0.3 * first.size) out.push({ line: l, piece: first, side: 'left' });
    else if (last && last !== first && /^\d{1,5}$/u.test(last.str.trim()) && last.x >= right + 0.3 * last.size) out.push({ line: l, piece: last, side: 'right' });
  }
  return out;
}

/**
 * Line numbers: margin numbers on one side that stand in one column (aligned to within a quarter
 * of their size), count up down the pages, and are at least three — a lone `1` ending a line of
 * ragged text is not one. Taken out of their lines; the page of each one taken out.
 */
function dropLineNumbers(pages: readonly MarginNumber[][]): number[] {
  const dropped: number[] = [];
  for (const side of ['left', 'right'] as const) {
    const edge = (m: MarginNumber): number => (side === 'left' ? m.piece.x1 : m.piece.x);
    const all = pages.flatMap((c) => c.filter((x) => x.side === side));
    if (all.length < 3) continue;
    const column = quantile(all.map(edge), 0.5);
    const inColumn = (m: MarginNumber): boolean => Math.abs(edge(m) - column) <= 0.25 * m.piece.size + 0.5;
    const found = pages.map((c) => c.filter((x) => x.side === side && inColumn(x)));
    const total = found.reduce((n, c) => n + c.length, 0);
    if (total < 3 || total < all.length * 0.8) continue;
    let pairs = 0;
    let increasing = 0;
    for (const c of found) {
      for (let i = 1; i < c.length; i++) {
        pairs++;
        if (Number(c[i]!.piece.str) > Number(c[i - 1]!.piece.str)) increasing++;
      }
    }
    if (pairs < 2 || increasing < pairs * 0.8) continue;
    found.forEach((c, p) => {
      for (const { line, piece } of c) {
        line.pieces = line.pieces.filter((x) => x !== piece);
        dropped.push(p + 1);
      }
    });
  }
  return dropped;
}

interface Dropped {
  headers: Map<string, { text: string; pages: number[]; top: boolean }>;
  pageNumbers: number[];
  lineNumbers: { pages: number[]; count: number };
  rotated: number[];
  hyphens: { count: number; example?: string };
  empty: number[];
}

/** The key under which a header repeats: digits do not count (`Drucksache 19/1234 – 3 –`). */
const headerKey = (text: string): string => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** Running headers, footers and page numbers: lines at a page's top or bottom that repeat or number the page. */
function dropHeaders(pages: Line[][], heights: number[], dropped: Dropped): void {
  const edge = (lines: Line[], top: boolean): Line[] => {
    const out: Line[] = [];
    const ordered = top ? lines : [...lines].reverse();
    for (let i = 0; i < Math.min(2, ordered.length - 1); i++) out.push(ordered[i]!);
    return out;
  };
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const top of [true, false]) {
      for (const l of edge(lines, top)) {
        const key = `${top ? 'top' : 'bottom'} ${headerKey(l.text)}`;
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(p);
      }
    }
  });
  const textPages = pages.filter((l) => l.length > 0).length;
  const repeats = (key: string): boolean => textPages >= 2 && (seen.get(key)?.size ?? 0) >= Math.max(2, Math.ceil(textPages * 0.4));
  pages.forEach((lines, p) => {
    const height = heights[p]!;
    for (const top of [true, false]) {
      for (const l of edge(lines, top)) {
        // In the top or bottom fifth of the page only.
        if (top ? l.y < height * 0.8 : l.y > height * 0.2) continue;
        const page = p + 1;
        if (PAGE_NUMBER.test(l.text)) {
          dropped.pageNumbers.push(page);
        } else if (repeats(`${top ? 'top' : 'bottom'} ${headerKey(l.text)}`)) {
          const key = `${top ? 'top' : 'bottom'} ${headerKey(l.text)}`;
          const entry = dropped.headers.get(key) ?? { text: l.text, pages: [], top };
          entry.pages.push(page);
          dropped.headers.set(key, entry);
        } else continue;
        lines.splice(lines.indexOf(l), 1);
      }
    }
  });
}

/** The first page laid out in two columns side by side, if any page with text enough is. */
function twoColumnPage(pages: Line[][], widths: number[]): number | undefined {
  let found: number | undefined;
  let count = 0;
  let withText = 0;
  pages.forEach((lines, p) => {
    if (lines.length < 8) return;
    withText++;
    const w = widths[p]!;
    let both = 0;
    let leftOnly = 0;
    let rightOnly = 0;
    for (const l of lines) {
      // Segments: pieces apart by more than three characters' width.
      const segs: { x0: number; x1: number }[] = [];
      for (const piece of l.pieces) {
        if (!piece.str.trim()) continue;
        const s = segs[segs.length - 1];
        if (s && piece.x - s.x1 <= 3 * piece.size) s.x1 = Math.max(s.x1, piece.x1);
        else segs.push({ x0: piece.x, x1: piece.x1 });
      }
      const left = segs.some((s) => s.x1 < 0.55 * w && s.x1 - s.x0 > 0.08 * w);
      const right = segs.some((s) => s.x0 > 0.45 * w && s.x1 - s.x0 > 0.08 * w);
      const across = segs.some((s) => s.x0 < 0.4 * w && s.x1 > 0.6 * w);
      if (across) continue;
      if (left && right) both++;
      else if (left) leftOnly++;
      else if (right) rightOnly++;
    }
    const n = lines.length;
    if (both >= 4 && both >= 0.3 * n || (leftOnly >= 0.25 * n && rightOnly >= 0.25 * n)) {
      count++;
      found ??= p + 1;
    }
  });
  return count > 0 && count >= Math.max(1, withText * 0.25) ? found : undefined;
}

/** How a line break between `prev` and `next` is read: join with nothing, a space, or a hyphenated word put together again. */
function junction(prev: string, next: string, dropped: Dropped, lexicon: Lexicon): string {
  if (prev.endsWith('\u00ad')) {
    dropped.hyphens.count++;
    return prev.slice(0, -1) + next;
  }
  const hyphen = /(\p{L})[-\u2010]$/u.exec(prev);
  if (hyphen) {
    const word = /^\S+/u.exec(next)?.[0] ?? '';
    if (lexicon.conjunctions.has(word.replace(/[,;.]$/u, '')) || !/^\p{L}/u.test(word)) return `${prev} ${next}`;
    if (/^\p{Ll}/u.test(word)) {
      // A compound the document writes with its hyphen elsewhere keeps it (`data-` + `opening`).
      const tail = /(\p{L}+)[-\u2010]$/u.exec(prev)?.[1] ?? '';
      const head = /^\p{L}+/u.exec(next)?.[0] ?? '';
      const t = tail.toLowerCase();
      const h = head.toLowerCase();
      if (!lexicon.words.has(t + h) && (lexicon.hyphenated.has(`${t}-${h}`) || lexicon.hyphenated.has(`${t}-${h.slice(0, 4)}…`))) return prev + next;
      dropped.hyphens.count++;
      if (!dropped.hyphens.example) dropped.hyphens.example = `${/\S+$/u.exec(prev)?.[0] ?? ''} ${word}`;
      return prev.slice(0, -1) + next;
    }
    return prev + next;
  }
  if (CJK_END.test(prev) || CJK_START.test(next)) return prev + next;
  return `${prev} ${next}`;
}

/** The words of a document, and its compounds written with a hyphen inside a line. */
interface Lexicon {
  words: Set<string>;
  hyphenated: Set<string>;
  /** The conjunctions of the document's language (`und` or `and`, whichever it uses more). */
  conjunctions: Set<string>;
}

function lexiconOf(lines: readonly Line[]): Lexicon {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  let und = 0;
  let and = 0;
  for (const l of lines) {
    for (const m of l.text.matchAll(/\p{L}+(?:[-\u2010]\p{L}+)+|\p{L}+/gu)) {
      const w = m[0].toLowerCase();
      if (w === 'und') und++;
      else if (w === 'and') and++;
      if (/[-\u2010]/u.test(w)) {
        const parts = w.split(/[-\u2010]/u);
        for (let i = 1; i < parts.length; i++) {
          hyphenated.add(`${parts[i - 1]}-${parts[i]}`);
          hyphenated.add(`${parts[i - 1]}-${parts[i]!.slice(0, 4)}…`);
        }
      } else words.add(w);
    }
  }
  return { words, hyphenated, conjunctions: and > und ? CONJUNCTIONS_EN : CONJUNCTIONS_DE };
}

/** The width the next line's first word takes (one character of Chinese). */
function firstWordWidth(l: Line): number {
  const p = l.pieces.find((x) => x.str.trim());
  if (!p) return 0;
  const s = p.str.trimStart();
  if (CJK_START.test(s)) return p.size;
  const word = /^\S+/u.exec(s)?.[0] ?? s;
  return ((p.x1 - p.x) * word.length) / Math.max(1, p.str.length);
}

/**
 * A PDF's pages as blocks of text: lines rebuilt, headers, footers and numbers dropped (each
 * said), paragraphs joined. An error when the PDF has no text or is laid out in two columns.
 */
export function pdfBlocks(content: PdfContent, name?: string): PdfBlocks {
  const problems: Problem[] = [...content.problems];
  const dropped: Dropped = { headers: new Map(), pageNumbers: [], lineNumbers: { pages: [], count: 0 }, rotated: [], hyphens: { count: 0 }, empty: [] };
  // Traditional characters in the text: ⼾ is 戶 (see ideograph).
  let traditional = false;
  for (const page of content.pages) {
    if (traditional) break;
    for (const it of page.items) if (/[條國與們]/u.test(it.str)) traditional = true;
  }
  const pages: Line[][] = content.pages.map((page, p): Line[] => {
    const items: PdfItem[] = [];
    for (const it of page.items) {
      if (!it.str || !Number.isFinite(it.x) || !Number.isFinite(it.y) || !(it.size > 0)) continue;
      if (it.rotated) {
        if (it.str.trim()) dropped.rotated.push(p + 1);
        continue;
      }
      items.push({ ...it, str: it.str.replace(RADICALS, (c) => ideograph(c, traditional)) });
    }
    if (!items.some((i) => i.str.trim())) {
      dropped.empty.push(p + 1);
      return [];
    }
    return linesOf(items, p + 1);
  });
  const numbered = dropLineNumbers(pages.map(marginNumbers));
  dropped.lineNumbers = { pages: numbered, count: numbered.length };
  pages.forEach((lines, p) => {
    const kept = lines.filter((l) => l.pieces.some((x) => x.str.trim()));
    for (const l of kept) {
      // The line's baseline and size are its text's, not those of a line number or a footnote mark grouped with it.
      l.y = l.pieces.reduce((best, x) => (x.str.trim().length > best.str.trim().length ? x : best)).y;
      l.size = lineSize(l.pieces);
      l.text = joinPieces(l.pieces);
      l.x0 = l.pieces.find((x) => x.str.trim())!.x;
      l.x1 = Math.max(...l.pieces.filter((x) => x.str.trim()).map((x) => x.x1));
    }
    pages[p] = kept;
  });
  if (content.pages.length > 0 && dropped.empty.length === content.pages.length) {
    problems.push(
      problem('error', 1, '', 'pdf.noTextLayer', { name, pages: content.pages.length }),
    );
    return { blocks: [], places: [], problems };
  }
  const twoColumns = twoColumnPage(pages, content.pages.map((p) => p.width));
  if (twoColumns !== undefined) {
    problems.push({
      ...problem('error', twoColumns, '', 'pdf.twoColumns', { name, page: twoColumns }),
      where: { page: twoColumns },
    });
    return { blocks: [], places: [], problems };
  }
  dropHeaders(pages, content.pages.map((p) => p.height), dropped);

  // The body text's size, and each page's left and right edges.
  const all = pages.flat();
  const body = mode(all.map((l): [number, number] => [l.size, l.text.length]));
  const edges = pages.map((lines) => {
    const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.6);
    const use = bodyLines.length > 0 ? bodyLines : lines;
    return { left: quantile(use.map((l) => l.x0), 0.1), right: quantile(use.map((l) => l.x1), 0.9) };
  });
  // Line spacing: the usual gap between body lines on a page.
  const gaps: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) if (lines[i]!.size === body && lines[i - 1]!.size === body) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  const spacing = quantile(gaps.filter((g) => g > 0), 0.5) || body * 1.2;
  const headingSizes = [...new Set(all.map((l) => l.size).filter((s) => s > body * 1.08))].sort((a, b) => b - a);

  const lexicon = lexiconOf(all);
  const blocks: TextBlock[] = [];
  const places: PdfPlace[] = [];
  let current: { text: string; size: number; line: Line; last: Line } | undefined;
  const flush = (): void => {
    if (!current) return;
    const rank = headingSizes.indexOf(current.size);
    const block: TextBlock = { text: current.text, at: places.length };
    if (rank >= 0) block.heading = blocks.length === 0 && rank === 0 ? 0 : rank + 1;
    blocks.push(block);
    places.push({ page: current.line.page, line: current.line.n });
    current = undefined;
  };
  for (const l of all) {
    const prev = current?.last;
    let starts = !prev || l.size !== prev.size;
    if (!starts && prev) {
      const edge = edges[l.page - 1]!;
      const prevEdge = edges[prev.page - 1]!;
      const below = l.page === prev.page ? prev.y - l.y : 0;
      // The line before ended short although the next word would have fitted: a paragraph ended there.
      const short = !/[-\u2010\u00ad]$/u.test(prev.text) && prevEdge.right - prev.x1 > firstWordWidth(l) + 0.6 * l.size;
      if (prev.size !== body) {
        // A heading goes on over lines set close together (or over a page break), unless the next starts like a heading of its own.
        starts = below > prev.size * 1.6 || PARAGRAPH_START.test(l.text);
      } else if (below > spacing * 1.45) starts = true;
      // A marker starts a paragraph after a line that ended one (`第十五條` or `§ 5` inside a sentence do not).
      else if (PARAGRAPH_START.test(l.text) && (short || /[。；：！？.;:!?）)」]$/u.test(prev.text))) starts = true;
      else if (l.x0 >= edge.left + 1.5 * l.size && prev.x0 - prevEdge.left < 0.5 * prev.size && !LIST_MARKER.test(prev.text)) starts = true;
      else if (short) starts = true;
    }
    if (starts) {
      flush();
      current = { text: l.text, size: l.size, line: l, last: l };
    } else {
      current!.text = junction(current!.text, l.text, dropped, lexicon);
      current!.last = l;
    }
  }
  flush();

  /** A warning on page `page` (0: on none), at `where` there. */
  const warn = <K extends ProblemCode>(page: number, code: K, args: ProblemArgs<K>): void => {
    problems.push(page > 0 ? { ...problem('warning', page, '', code, args), where: { page } } : problem('warning', 0, '', code, args));
  };
  for (const h of dropped.headers.values()) warn(h.pages[0]!, 'pdf.runningText', { kind: h.top ? 'header' : 'footer', text: h.text, pages: h.pages });
  if (dropped.pageNumbers.length > 0) warn(dropped.pageNumbers[0]!, 'pdf.pageNumbers', { pages: dropped.pageNumbers });
  if (dropped.lineNumbers.count > 0) warn(dropped.lineNumbers.pages[0]!, 'pdf.lineNumbers', { count: dropped.lineNumbers.count, pages: dropped.lineNumbers.pages });
  if (dropped.hyphens.count > 0) warn(0, 'pdf.hyphens', { count: dropped.hyphens.count, ...(dropped.hyphens.example ? { example: dropped.hyphens.example } : {}) });
  if (dropped.rotated.length > 0) warn(dropped.rotated[0]!, 'pdf.rotated', { pages: dropped.rotated });
  if (dropped.empty.length > 0) warn(dropped.empty[0]!, 'pdf.emptyPages', { pages: dropped.empty });
  return { blocks, places, problems };
}

/**
 * Imports a PDF's text ({@link pdfBlocks}) as a law: its convention detected as for a text (or
 * `options.format`: cn, tw, de or en). Problems name pages and lines (`Problem.where`), with the
 * page as `line`.
 */
export function importPdfContent(content: PdfContent, options: ImportOptions = {}): ImportResult {
  const name = options.fileName ?? 'the PDF';
  const fail = (ps: Problem[]): ImportResult => {
    options.onProgress?.(1);
    return { ok: false, format: 'pdf', doc: emptyDoc(options.language ?? 'und'), problems: named(sortProblems(ps), options.fileName) };
  };
  if (options.format && options.format !== 'pdf' && !TEXT_FORMATS.includes(options.format)) return fail([wrongFormat(options.fileName, 'pdf', options.format)]);
  if (hasErrors(content.problems)) return fail(content.problems);
  const read = pdfBlocks(content, options.fileName);
  if (hasErrors(read.problems)) return fail(read.problems);
  const r = importBlocks(read.blocks, {
    format: 'pdf',
    name,
    places: {
      line: (at) => read.places[at]?.page ?? 0,
      place: (at) => {
        const p = read.places[at];
        return p ? { page: p.page, line: p.line } : { page: 0 };
      },
      where: true,
    },
  }, options);
  const problems = named(sortProblems([...read.problems, ...r.problems]), options.fileName);
  options.onProgress?.(1);
  return { ...r, ok: !hasErrors(problems), problems };
}
