/**
 * The newer reading as a Word document whose differences from the older one are tracked changes
 * (issue 18): `w:ins` and `w:del` runs by "lawdiff" on the comparison's date, so Review → Accept
 * All in Word or LibreOffice gives the newer reading's text ({@link plainParagraphs}) and Reject
 * All the older one's.
 *
 * How the two readings are laid over each other: both are flattened into units (division
 * headings, articles, repealed ranges) in document order; the units the engine paired and did not
 * move (matched divisions, matched articles not flagged moved, splits and merges whose articles
 * stand together) are anchors, and the longest chain of them in order on both sides is kept in
 * place with the engine's word diffs inside. Everything else is deleted where it stood and
 * inserted where it stands now, a moved article included. A whole paragraph deleted or inserted
 * has its paragraph mark deleted or inserted too (`w:pPr/w:rPr/w:del|w:ins`), so rejecting an
 * inserted paragraph removes it rather than leaving an empty one. Pure: no DOM.
 */
import { DeletedTextRun, Document, InsertedTextRun, Paragraph, TextRun, AlignmentType, type IParagraphStyleOptions } from 'docx';
import { applyOps, diffArticle, diffText, divisionRefs, Tokenizer, type ArticleDiff, type Comparison, type DiffOp, type LineDiff } from '../../diff/index.js';
import type { Article, BodyNode, Division, Law, RepealedRange, VersionDoc, VersionInfo } from '../../model/types.js';
import { strings, uiLanguage } from '../strings.js';
import { lawTitle } from '../titles.js';
import { a4Section, cjkFont, defaultStyles, latinFont, packDocx, pageHeader, wordLanguage } from './docx-common.js';
import { annexParagraphs, articleParagraphs, blank, divisionParagraphs, engineLines, headLine, lines, type PlainKind, type PlainParagraph } from './plain-text.js';

/** What the tracked-changes document is made from. */
export interface TrackedInput {
  law: Law;
  oldVersion: VersionInfo;
  newVersion: VersionInfo;
  oldDoc: VersionDoc;
  newDoc: VersionDoc;
  /** The engine's comparison of `oldDoc` with `newDoc` (`compareVersions`, with its word diffs). */
  comparison: Comparison;
  /** The date of the comparison: every revision's date (given, so the file is reproducible). */
  date: Date;
}

/** The author of every revision. */
export const REVISION_AUTHOR = 'lawdiff';

/** A run of a tracked paragraph: kept, deleted or inserted text. */
export interface TrackedSpan {
  mark: '' | 'del' | 'ins';
  text: string;
}

/** A paragraph of the document: its runs, and whether its paragraph mark is kept, deleted or inserted (a paragraph deleted or inserted whole has its mark deleted or inserted too). */
export interface TrackedParagraph {
  kind: PlainKind;
  depth: number;
  /** The paragraph mark's revision. */
  state: '' | 'del' | 'ins';
  spans: TrackedSpan[];
}

/**
 * The text a reader gets from the paragraphs after accepting (`new`) or rejecting (`old`) every
 * change: one string a paragraph, blank ones left out. A paragraph whose mark goes joins the next
 * one, as in Word.
 */
export function projectTracked(paras: readonly TrackedParagraph[], side: 'old' | 'new'): string[] {
  const gone = side === 'old' ? 'ins' : 'del';
  let text = '';
  for (const p of paras) {
    for (const s of p.spans) if (s.mark !== gone) text += s.text;
    if (p.state !== gone) text += '\n';
  }
  return text.split('\n').filter((t) => !blank(t));
}

/**
 * A paragraph from spans, settled: one that shows nothing on a side becomes an inserted (or
 * deleted) paragraph, one that shows nothing on either side is dropped, so neither reading gets
 * an empty paragraph the plain text does not have.
 */
function settle(kind: PlainKind, depth: number, spans: TrackedSpan[], out: TrackedParagraph[]): void {
  const oldText = spans.filter((s) => s.mark !== 'ins').map((s) => s.text).join('');
  const newText = spans.filter((s) => s.mark !== 'del').map((s) => s.text).join('');
  const noOld = blank(oldText);
  const noNew = blank(newText);
  if (noOld && noNew) return;
  if (noOld) out.push({ kind, depth, state: 'ins', spans: [{ mark: 'ins', text: newText }] });
  else if (noNew) out.push({ kind, depth, state: 'del', spans: [{ mark: 'del', text: oldText }] });
  else out.push({ kind, depth, state: '', spans: spans.filter((s) => s.text !== '') });
}

function opSpans(ops: readonly DiffOp[]): TrackedSpan[] {
  return ops.map((op) => ({ mark: op.op === 'equal' ? '' : op.op === 'delete' ? 'del' : 'ins', text: op.text }));
}

/** A line both readings have, as spans: the ops when they rebuild both texts, else the old text deleted and the new inserted. */
function pairSpans(oldText: string, newText: string, ops: readonly DiffOp[] | undefined): TrackedSpan[] {
  if (oldText === newText) return [{ mark: '', text: newText }];
  if (ops) {
    const back = applyOps(ops);
    if (back.old === oldText && back.new === newText) return opSpans(ops);
  }
  return [
    { mark: 'del', text: oldText },
    { mark: 'ins', text: newText },
  ];
}

function whole(p: PlainParagraph, state: 'del' | 'ins', out: TrackedParagraph[]): void {
  settle(p.kind, p.depth, [{ mark: state, text: p.text }], out);
}

/** Whether an article diff's lines rebuild exactly these old and new lines (a diff cached by an older engine may not). */
function fits(diffLines: readonly LineDiff[], oldLines: readonly string[], newLines: readonly string[]): boolean {
  let o = 0;
  let n = 0;
  for (const l of diffLines) {
    if (l.kind !== 'inserted' && l.old !== oldLines[o++]) return false;
    if (l.kind !== 'deleted' && l.new !== newLines[n++]) return false;
  }
  return o === oldLines.length && n === newLines.length;
}

/** One unit of a reading in document order. */
type Unit =
  | { kind: 'division'; node: Division; key: string; depth: number }
  | { kind: 'article'; node: Article; index: number }
  | { kind: 'range'; node: RepealedRange };

function units(doc: VersionDoc): Unit[] {
  const refs = divisionRefs(doc).byNode;
  const out: Unit[] = [];
  let index = 0;
  const walk = (nodes: readonly BodyNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.kind === 'division') {
        out.push({ kind: 'division', node: n, key: refs.get(n)!.key, depth });
        walk(n.children, depth + 1);
      } else if (n.kind === 'article') out.push({ kind: 'article', node: n, index: index++ });
      else out.push({ kind: 'range', node: n });
    }
  };
  walk(doc.body, 0);
  return out;
}

function unitParagraphs(u: Unit): PlainParagraph[] {
  if (u.kind === 'division') return divisionParagraphs(u.node, u.depth);
  if (u.kind === 'article') return articleParagraphs(u.node);
  return blank(u.node.label) ? [] : [{ kind: 'article', depth: 0, text: u.node.label }];
}

/** A pair of unit runs (first and last unit index on each side) kept in place, and how to draw it. */
interface Anchor {
  o: [number, number];
  n: [number, number];
  draw: (out: TrackedParagraph[]) => void;
}

/** The longest chain of anchors in order on both sides (patience sorting over the old starts, anchors taken in new order). */
function chain(anchors: Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.n[0] - b.n[0]);
  const tails: number[] = [];
  const prev = new Array<number>(sorted.length).fill(-1);
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i]!.o[0];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]!.o[0] < o) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: Anchor[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(sorted[i]!);
  return out.reverse();
}

/** Consecutive unit positions in the given order, as [first, last]; undefined when they do not stand together. */
function together(positions: readonly number[]): [number, number] | undefined {
  for (let k = 1; k < positions.length; k++) if (positions[k] !== positions[k - 1]! + 1) return undefined;
  return positions.length ? [positions[0]!, positions[positions.length - 1]!] : undefined;
}

/** The paragraphs of the document: the newer reading with the older one's text tracked in (see the module's comment). */
export function trackedParagraphs(input: Pick<TrackedInput, 'oldDoc' | 'newDoc' | 'comparison'>): TrackedParagraph[] {
  const { oldDoc, newDoc, comparison } = input;
  const tokenizer = new Tokenizer(newDoc.language);
  const out: TrackedParagraph[] = [];

  /** Plain paragraphs of both sides aligned line by line with the engine's line and word diff. */
  const aligned = (olds: readonly PlainParagraph[], news: readonly PlainParagraph[]): void => {
    if (olds.length === 0 && news.length === 0) return;
    const d = diffArticle('', olds.map((p) => p.text), '', news.map((p) => p.text), tokenizer);
    let o = 0;
    let n = 0;
    for (const l of d.lines) {
      if (l.kind === 'deleted') whole(olds[o++]!, 'del', out);
      else if (l.kind === 'inserted') whole(news[n++]!, 'ins', out);
      else {
        const p = news[n++]!;
        o++;
        settle(p.kind, p.depth, pairSpans(l.old, l.new, l.ops), out);
      }
    }
  };
  const headPair = (kind: PlainKind, depth: number, oldText: string, newText: string, ops?: readonly DiffOp[]): void =>
    settle(kind, depth, pairSpans(oldText, newText, ops ?? diffText(oldText, newText, tokenizer).ops), out);

  // The title and the preamble.
  headPair('title', 0, oldDoc.title, newDoc.title);
  aligned(
    lines(oldDoc.preamble).map((l) => ({ kind: 'line', ...l })),
    lines(newDoc.preamble).map((l) => ({ kind: 'line', ...l })),
  );

  const oldUnits = units(oldDoc);
  const newUnits = units(newDoc);
  const at = (list: Unit[]) => {
    const articles: number[] = [];
    const divisions = new Map<string, number>();
    const ranges = new Map<string, number[]>();
    list.forEach((u, i) => {
      if (u.kind === 'article') articles[u.index] = i;
      else if (u.kind === 'division') divisions.set(u.key, i);
      else ranges.set(u.node.label, [...(ranges.get(u.node.label) ?? []), i]);
    });
    return { articles, divisions, ranges };
  };
  const oldAt = at(oldUnits);
  const newAt = at(newUnits);

  const anchors: Anchor[] = [];
  for (const d of comparison.divisions) {
    if (d.kind !== 'matched') continue;
    const o = oldAt.divisions.get(d.old.key);
    const n = newAt.divisions.get(d.new.key);
    if (o === undefined || n === undefined) continue;
    const ou = oldUnits[o] as Unit & { kind: 'division' };
    const nu = newUnits[n] as Unit & { kind: 'division' };
    anchors.push({
      o: [o, o],
      n: [n, n],
      draw: () => {
        headPair('division', nu.depth, headLine(ou.node), headLine(nu.node));
        aligned(lines(ou.node.text).map((l) => ({ kind: 'line', ...l })), lines(nu.node.text).map((l) => ({ kind: 'line', ...l })));
      },
    });
  }
  for (const c of comparison.changes) {
    if (c.kind === 'inserted' || c.kind === 'deleted' || (c.kind === 'matched' && c.moved)) continue;
    const o = together(c.old.map((r) => oldAt.articles[r.index] ?? -2));
    const n = together(c.new.map((r) => newAt.articles[r.index] ?? -2));
    if (!o || !n) continue;
    const olds = c.old.map((r) => (oldUnits[oldAt.articles[r.index]!] as Unit & { kind: 'article' }).node);
    const news = c.new.map((r) => (newUnits[newAt.articles[r.index]!] as Unit & { kind: 'article' }).node);
    anchors.push({ o, n, draw: () => articles(olds, news, c.diff) });
  }
  for (const [label, list] of oldAt.ranges) {
    const other = newAt.ranges.get(label);
    if (list.length === 1 && other?.length === 1) {
      const text = label;
      anchors.push({ o: [list[0]!, list[0]!], n: [other[0]!, other[0]!], draw: () => settle('article', 0, [{ mark: '', text }], out) });
    }
  }

  /** Paired articles (one and one, or a split or merge) with the engine's line and word diff. */
  function articles(olds: readonly Article[], news: readonly Article[], diff: ArticleDiff | undefined): void {
    const oldLines = olds.map((a) => engineLines(a.paragraphs));
    const newLines = news.map((a) => engineLines(a.paragraphs));
    const oldFlat = oldLines.flat();
    const newFlat = newLines.flat();
    const oldTexts = oldFlat.map((l) => l.text);
    const newTexts = newFlat.map((l) => l.text);
    const diffLines = diff && fits(diff.lines, oldTexts, newTexts) ? diff.lines : diffArticle('', oldTexts, '', newTexts, tokenizer).lines;
    const single = olds.length === 1 && news.length === 1;
    // Where each article's heading line goes: before its first line (for a split or merge each side's own).
    const starts = (lists: { text: string }[][]): number[] => {
      let k = 0;
      return lists.map((l) => ((k += l.length), k - l.length));
    };
    const oldStarts = starts(oldLines);
    const newStarts = starts(newLines);
    let nextOld = 0;
    let nextNew = 0;
    const heads = (o: number, n: number): void => {
      while (nextOld < olds.length && oldStarts[nextOld]! <= o) whole({ kind: 'article', depth: 0, text: headLine(olds[nextOld++]!) }, 'del', out);
      while (nextNew < news.length && newStarts[nextNew]! <= n) whole({ kind: 'article', depth: 0, text: headLine(news[nextNew++]!) }, 'ins', out);
    };
    if (single) {
      headPair('article', 0, headLine(olds[0]!), headLine(news[0]!));
      nextOld = nextNew = 1;
    }
    let o = 0;
    let n = 0;
    for (const l of diffLines) {
      heads(l.kind === 'inserted' ? -1 : o, l.kind === 'deleted' ? -1 : n);
      if (l.kind === 'deleted') whole({ kind: 'line', ...oldFlat[o++]! }, 'del', out);
      else if (l.kind === 'inserted') whole({ kind: 'line', ...newFlat[n++]! }, 'ins', out);
      else {
        const depth = newFlat[n]!.depth;
        o++;
        n++;
        settle('line', depth, pairSpans(l.old, l.new, l.ops), out);
      }
    }
    heads(Infinity, Infinity);
  }

  let i = 0;
  let j = 0;
  const gap = (oEnd: number, nEnd: number): void => {
    for (; i < oEnd; i++) for (const p of unitParagraphs(oldUnits[i]!)) whole(p, 'del', out);
    for (; j < nEnd; j++) for (const p of unitParagraphs(newUnits[j]!)) whole(p, 'ins', out);
  };
  for (const a of chain(anchors)) {
    gap(a.o[0], a.n[0]);
    a.draw(out);
    i = a.o[1] + 1;
    j = a.n[1] + 1;
  }
  gap(oldUnits.length, newUnits.length);

  // The annexes, aligned as one run of lines.
  aligned(oldDoc.annexes.flatMap(annexParagraphs), newDoc.annexes.flatMap(annexParagraphs));
  return separateInsertions(joinInsertions(out));
}

/**
 * A kept paragraph mark between inserted words (the paragraph before it ends, the one after it
 * starts with an insertion; the one after may have its own mark inserted): LibreOffice
 * joins the two insertions into one across the paragraph break between them, and Reject All then
 * removes the break too. So the two are kept apart by a deletion, without changing either
 * reading's text: the second's insertion and a deletion after it swap places; else the first's
 * closing deletion and insertion swap; else the second's first kept character is deleted and
 * inserted again after its insertion.
 */
function separateInsertions(paras: TrackedParagraph[]): TrackedParagraph[] {
  for (let k = 0; k + 1 < paras.length; k++) {
    const a = paras[k]!;
    const b = paras[k + 1]!;
    if (a.state !== '' || a.spans[a.spans.length - 1]?.mark !== 'ins' || b.spans[0]?.mark !== 'ins') continue;
    const next = b.spans[1];
    const beforeLast = a.spans[a.spans.length - 2];
    if (next?.mark === 'del') b.spans.splice(0, 2, next, b.spans[0]!);
    else if (beforeLast?.mark === 'del') a.spans.splice(a.spans.length - 2, 2, a.spans[a.spans.length - 1]!, beforeLast);
    else if (next?.mark === '') {
      const c = String.fromCodePoint(next.text.codePointAt(0)!);
      const rest = next.text.slice(c.length);
      b.spans.splice(0, 2, { mark: 'del', text: c }, { mark: 'ins', text: b.spans[0]!.text + c }, ...(rest ? [{ mark: '' as const, text: rest }] : []));
    }
  }
  return paras;
}

/**
 * A kept paragraph ending in inserted words and followed by inserted paragraphs is written as
 * one insertion running from those words through the paragraphs: its mark inserted, and the last
 * inserted paragraph's mark kept (the same text either way). LibreOffice joins the words with the
 * paragraph insertion after them anyway, and rejecting the result as written the other way also
 * removed the kept paragraph's break (seen with LibreOffice 7 and 24).
 */
function joinInsertions(paras: TrackedParagraph[]): TrackedParagraph[] {
  for (let k = 0; k + 1 < paras.length; k++) {
    const p = paras[k]!;
    if (p.state !== '' || p.spans[p.spans.length - 1]?.mark !== 'ins' || paras[k + 1]!.state !== 'ins') continue;
    let last = k + 1;
    while (last + 1 < paras.length && paras[last + 1]!.state === 'ins') last++;
    p.state = 'ins';
    paras[last]!.state = '';
    k = last;
  }
  return paras;
}

/** Characters XML 1.0 cannot hold, taken out of run text (law text never needs them). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Paragraph styles of the law text: title, division headings by level, article heading lines, lines. */
const styles: IParagraphStyleOptions[] = [
  { id: 'LawTitle', name: 'Law title', basedOn: 'Normal', quickFormat: true, run: { bold: true, size: 32 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } } },
  ...[0, 1, 2, 3].map(
    (d): IParagraphStyleOptions => ({
      id: `LawDivision${d + 1}`,
      name: `Law division ${d + 1}`,
      basedOn: 'Normal',
      next: 'LawText',
      quickFormat: true,
      run: { bold: true, size: [28, 26, 24, 22][d]! },
      paragraph: { alignment: d < 2 ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: d },
    }),
  ),
  { id: 'LawArticle', name: 'Law article heading', basedOn: 'Normal', next: 'LawText', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 180, after: 60 }, keepNext: true } },
  { id: 'LawText', name: 'Law text', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 80 } } },
];

function styleOf(p: TrackedParagraph): string {
  switch (p.kind) {
    case 'title':
      return 'LawTitle';
    case 'division':
      return `LawDivision${Math.min(p.depth, 3) + 1}`;
    case 'article':
    case 'annex':
      return 'LawArticle';
    case 'line':
      return 'LawText';
    default: {
      const never: never = p.kind;
      return never;
    }
  }
}

/** The Word paragraphs: every deletion and insertion a revision with its own id, by {@link REVISION_AUTHOR} on `date`. */
function wordParagraphs(paras: readonly TrackedParagraph[], lang: string, date: Date): Paragraph[] {
  const when = `${date.toISOString().slice(0, 19)}Z`;
  let id = 0;
  const revision = () => ({ id: ++id, author: REVISION_AUTHOR, date: when });
  const wl = wordLanguage(lang);
  const look = {
    font: { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: cjkFont(lang) },
    language: /^(zh|ja|ko)/u.test(wl) ? { value: wl, eastAsia: wl } : { value: wl },
  };
  const out = paras.map((p) => {
    const children = p.spans.map((s) => {
      const text = s.text.replace(NOT_XML, '');
      if (s.mark === 'ins') return new InsertedTextRun({ text, ...look, ...revision() });
      if (s.mark === 'del') return new DeletedTextRun({ text, ...look, ...revision() });
      return new TextRun({ text, ...look });
    });
    const mark = p.state === 'ins' ? { insertion: revision() } : p.state === 'del' ? { deletion: revision() } : undefined;
    return new Paragraph({
      style: styleOf(p),
      children,
      ...(p.kind === 'line' && p.depth > 0 ? { indent: { left: 420 * p.depth } } : {}),
      ...(mark ? { run: mark } : {}),
    });
  });
  // The document's last paragraph mark cannot be deleted or inserted: end with a kept empty paragraph then.
  if (paras.length === 0 || paras[paras.length - 1]!.state !== '') out.push(new Paragraph({ style: 'LawText', children: [] }));
  return out;
}

/** What the document says about itself besides its paragraphs. */
export interface TrackedLook {
  /** The language of the law text. */
  lang: string;
  /** Every revision's date. */
  date: Date;
  /** The document's title (file properties). */
  title: string;
  /** The running header: the law's title and which readings are compared (UI language). */
  header: { title: { text: string; lang: string }; what: string };
}

/** Tracked paragraphs as .docx bytes; track changes stays on for the reader's own edits. */
export async function trackedParagraphsDocx(paras: readonly TrackedParagraph[], look: TrackedLook): Promise<Uint8Array> {
  const doc = new Document({
    creator: REVISION_AUTHOR,
    title: look.title,
    description: look.header.what,
    features: { trackRevisions: true },
    styles: { default: defaultStyles, paragraphStyles: styles },
    sections: [a4Section(false, pageHeader(look.header.title, look.header.what), wordParagraphs(paras, look.lang, look.date))],
  });
  return packDocx(doc);
}

/**
 * The newer reading as a .docx whose insertions and deletions against the older reading are
 * tracked changes (see the module's comment). A running header names the law and the two
 * readings (in the UI language).
 */
export async function trackedChangesDocx(input: TrackedInput): Promise<Uint8Array> {
  const title = lawTitle(input.law, uiLanguage);
  const what = strings.tracked.header(input.oldVersion.label, input.newVersion.label);
  return trackedParagraphsDocx(trackedParagraphs(input), {
    lang: input.newDoc.language || input.law.language,
    date: input.date,
    title: input.newDoc.title || title.text,
    header: { title, what },
  });
}
