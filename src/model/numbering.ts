/**
 * The numbering check: articles should follow each other 1, 2, 3 … A jump (59 → 61), a step
 * back (12 → 11) or a repeat (12 → 12) usually means an importer did not recognise a heading
 * (stray markup before `第六十条` merges article 60 into 59) or the text itself is out of order,
 * so each is reported as a warning on the article after it. What laws do on purpose is not:
 * - inserted articles after their base number: `7 → 7-1 → 7-2 → 8` (第七條之一), `12 → 12a → 12b → 13`,
 *   `5 → 5bis → 5ter` (gaps inside such a series are not reported);
 * - a lettered series at the next number whose bare number is gone: `650v → 651a` (BGB § 651 was
 *   repealed in 2018 and is not printed);
 * - repealed articles printed as one entry: `§§ 5 bis 7 (weggefallen)` covers 5 to 7;
 * - numbering that restarts in another division: an article numbered 1, or 101, 201, 1001 …, after
 *   one in another division (US bills number sections by title: Sec. 108 in Title I, then Sec. 301
 *   in Title III);
 * - articles without a number (`u1`) or with one that is not a decimal number: the check starts
 *   again after them.
 */
import { problem, type Problem } from './problems.js';
import type { Article, BodyNode, RepealedRange, VersionDoc } from './types.js';
import './messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** Latin multiplicative suffixes (`5bis`, `5ter`) in their order. */
const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/** A normalized article number split into its decimal base and what follows it. */
interface Num {
  base: number;
  /** `''` none, `sub` for `7-1`, `latin` for `5bis`, `letter` for `12a`, `other` for anything else. */
  kind: '' | 'sub' | 'latin' | 'letter' | 'other';
  /** Order within the kind: the sub-number, the Latin rank, or the suffix itself. */
  rank: number | string;
}

/** Reads a normalized article number (`60`, `7-1`, `12a`, `5bis`); undefined when it does not start with digits (`u1`). */
export function splitArticleNum(num: string): Num | undefined {
  const m = /^(\d+)(.*)$/u.exec(num);
  if (!m) return undefined;
  const base = Number(m[1]);
  const rest = m[2]!.toLowerCase();
  if (rest === '') return { base, kind: '', rank: 0 };
  const sub = /^-(\d+)$/u.exec(rest);
  if (sub) return { base, kind: 'sub', rank: Number(sub[1]) };
  const latin = LATIN.indexOf(rest);
  if (latin >= 0) return { base, kind: 'latin', rank: latin };
  if (/^[a-z]+$/u.test(rest)) return { base, kind: 'letter', rank: rest };
  return { base, kind: 'other', rank: rest };
}

/** True when `b` comes after `a` in an inserted series on the same base (`12 → 12a`, `12a → 12b`, `7-1 → 7-2`). */
function laterInSeries(a: Num, b: Num): boolean {
  if (b.kind === '') return false;
  if (a.kind === '') return true;
  if (a.kind !== b.kind) return true; // mixed styles: not ours to judge
  if (typeof a.rank === 'number' && typeof b.rank === 'number') return b.rank > a.rank;
  const x = String(a.rank);
  const y = String(b.rank);
  return y.length !== x.length ? y.length > x.length : y > x; // z < aa
}

type Verdict = 'ok' | 'gap' | 'back' | 'repeat';

function verdict(a: Num, b: Num, newDivision: boolean): Verdict {
  if (newDivision && (b.base === 1 || b.base % 100 === 1) && b.kind === '') return 'ok';
  if (b.base === a.base) {
    if (laterInSeries(a, b)) return 'ok';
    return a.kind === b.kind && a.rank === b.rank ? 'repeat' : 'back';
  }
  if (b.base === a.base + 1) return b.kind === '' || b.kind === 'letter' || b.kind === 'latin' ? 'ok' : 'gap';
  return b.base > a.base ? 'gap' : 'back';
}

/** One numbered entry of the body in order: an article, or either end of a repealed range. */
interface Entry {
  num: Num;
  /** As printed, for messages. */
  label: string;
  node: Article | RepealedRange;
  /** The list of nodes the entry is in (its division's children, or the body). */
  container: readonly BodyNode[];
}

/** What {@link numberingProblems} knows of the source the version was read from. */
export interface NumberingSource {
  /** The text of a source line, to quote it; without it a warning quotes the article's label and heading. */
  lineText?: (line: number) => string;
  /** False when the articles' `line` is not a line of this source (a version JSON keeps its original's): warnings then name none. */
  hasLines?: boolean;
  /** Problems the importer already reported: no warning is added between two articles with one of these in between. */
  known?: readonly Problem[];
}

/**
 * Warnings for every jump, step back or repeat in the article numbering of `doc`, each on the
 * article after it: its line and the text of that line (or its label and heading), the message
 * naming both numbers and the lines to look between. A warning is left out when the importer
 * already said what went wrong there (a duplicate number, an unreadable heading).
 */
export function numberingProblems(doc: Pick<VersionDoc, 'body'>, source: NumberingSource = {}): Problem[] {
  const out: Problem[] = [];
  const known = knownLines(source.known ?? []);
  const lines = source.hasLines !== false;
  let prev: Entry | undefined;
  const visit = (entry: Entry | undefined, check: boolean): void => {
    if (check && entry && prev) {
      const v = verdict(prev.num, entry.num, entry.container !== prev.container);
      if (v !== 'ok' && !(lines && explained(known, prev.node.line ?? 0, entry.node.line ?? 0))) {
        out.push(report(v, prev, entry, lines, source.lineText));
      }
    }
    prev = entry;
  };
  walk(doc.body, visit);
  return out;
}

/**
 * Visits the body's numbered entries in order (undefined for an article without a decimal number);
 * `check` is false for the end of a repealed range, which only sets what the next article follows.
 */
function walk(nodes: readonly BodyNode[], visit: (e: Entry | undefined, check: boolean) => void): void {
  for (const node of nodes) {
    if (node.kind === 'division') {
      walk(node.children, visit);
    } else if (node.kind === 'article') {
      const num = splitArticleNum(node.num);
      visit(num && { num, label: node.label, node, container: nodes }, true);
    } else {
      const from = splitArticleNum(node.from);
      const to = splitArticleNum(node.to);
      visit(from && { num: from, label: node.label, node, container: nodes }, true);
      if (from && to) visit({ num: to, label: node.label, node, container: nodes }, false);
    }
  }
}

/** The lines of the problems already reported, sorted, for {@link explained}. */
function knownLines(known: readonly Problem[]): Float64Array {
  return Float64Array.from(known, (p) => p.line).sort();
}

/**
 * True when a problem already reported lies after line `from` and up to line `to`: a binary
 * search, as a text of 60,000 repeated numbers has as many problems as articles (a scan per
 * article took 35 s there).
 */
function explained(known: Float64Array, from: number, to: number): boolean {
  if (to <= 0) return false;
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (known[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < known.length && known[lo]! <= to;
}

function report(v: Exclude<Verdict, 'ok'>, a: Entry, b: Entry, lines: boolean, lineText: ((line: number) => string) | undefined): Problem {
  const aNum = a.node.kind === 'article' ? a.node.num : a.node.to;
  const bNum = b.node.kind === 'article' ? b.node.num : b.node.from;
  const aLine = lines ? (a.node.line ?? 0) : 0;
  const bLine = lines ? (b.node.line ?? 0) : 0;
  // Places, not words: a document reader turns the lines into its paragraphs or pages.
  const args = {
    from: aNum,
    fromLabel: unspelled(aNum, a.label),
    to: bNum,
    toLabel: unspelled(bNum, b.label),
    prevAt: aLine > 0 && bLine > 0 ? { line: aLine } : undefined,
    at: bLine > 0 ? { line: bLine } : undefined,
  };
  const own = b.node.kind === 'article' ? [b.node.label, b.node.heading].filter((s) => s !== '').join(' ') : b.label;
  const text = (bLine > 0 && lineText ? lineText(bLine) : '') || own;
  return problem('warning', bLine, text, v === 'gap' ? 'numbering.gap' : v === 'back' ? 'numbering.back' : 'numbering.repeat', args);
}

/** The printed label when it does not spell the number (`第六十条` for 60), to show beside it; else undefined. */
function unspelled(num: string, label: string): string | undefined {
  return label === '' || label.includes(num) ? undefined : label;
}
