/**
 * The text of an article row as plain data: its caption (number, former
 * number, where it came from, what kind of change), and its lines at their
 * item depth, each a list of spans marked kept, deleted or inserted, with part
 * labels where a split or merge joins several articles. The comparison rows
 * (lit templates), the article history and the HTML export all draw these, so
 * they never disagree about what changed. Pure: no DOM.
 */
import { numbered } from '../model/doc.js';
import type { Article, Item } from '../model/types.js';
import type { ArticleDiff, DiffOp } from '../diff/index.js';
import { strings } from './strings.js';
import type { ArticleRow, RowArticle } from './compare-model.js';

/** Which text a line list shows: the older reading, the newer, or both merged (redline). */
export type Side = 'old' | 'new' | 'both';

/** A run of text: kept (`''`), deleted or inserted. */
export interface Span {
  mark: '' | 'del' | 'ins';
  text: string;
}

/** A line of an article (paragraph or item) or the label of an article starting inside a split or merge. */
export type Block =
  | { kind: 'label'; text: string }
  | { kind: 'line'; depth: number; state: '' | 'changed' | 'deleted' | 'inserted'; spans: Span[] };

/** Diff ops as spans of one side: the old side keeps equal + deleted, the new side equal + inserted, redline all. */
export function opSpans(ops: readonly DiffOp[], side: Side): Span[] {
  const out: Span[] = [];
  for (const op of ops) {
    if (op.op === 'equal') out.push({ mark: '', text: op.text });
    else if (op.op === 'delete' && side !== 'new') out.push({ mark: 'del', text: op.text });
    else if (op.op === 'insert' && side !== 'old') out.push({ mark: 'ins', text: op.text });
  }
  return out;
}

/** The depth of each line of some articles (0 paragraph, 1 item, 2 sub-item …), in `paragraphLines` order. */
export function lineDepths(articles: readonly Article[]): number[] {
  const out: number[] = [];
  const items = (list: readonly Item[], depth: number): void => {
    for (const i of list) {
      out.push(depth);
      items(i.items, depth + 1);
    }
  };
  for (const a of articles) {
    for (const p of a.paragraphs) {
      if (p.num || p.text) out.push(0);
      items(p.items, 1);
    }
  }
  return out;
}

/** Line index → printed number of the article starting there, when a side has several articles (a split or merge). */
function starts(articles: readonly Article[]): Map<number, string> {
  const m = new Map<number, string>();
  if (articles.length < 2) return m;
  let at = 0;
  for (const a of articles) {
    m.set(at, a.label);
    at += lineDepths([a]).length;
  }
  return m;
}

/**
 * The lines of one side (or both, for redline) of a diff, each at its item
 * depth. In a split or merge each article's lines start with a label block
 * holding its printed number ("" for an unnumbered article).
 */
export function diffBlocks(diff: ArticleDiff, oldArts: readonly Article[], newArts: readonly Article[], side: Side): Block[] {
  const oldDepth = lineDepths(oldArts);
  const newDepth = lineDepths(newArts);
  const oldStarts = starts(oldArts);
  const newStarts = starts(newArts);
  let o = 0;
  let n = 0;
  const out: Block[] = [];
  const boundary = (): void => {
    const label = side === 'old' ? oldStarts.get(o) : (newStarts.get(n) ?? (side === 'both' ? oldStarts.get(o) : undefined));
    if (label !== undefined) out.push({ kind: 'label', text: label });
  };
  for (const l of diff.lines) {
    if (side === 'old' ? l.kind !== 'inserted' : l.kind !== 'deleted') boundary();
    switch (l.kind) {
      case 'equal':
        out.push({ kind: 'line', depth: (side === 'old' ? oldDepth[o] : newDepth[n]) ?? 0, state: '', spans: [{ mark: '', text: l.new }] });
        o++;
        n++;
        break;
      case 'changed':
        out.push({ kind: 'line', depth: (side === 'old' ? oldDepth[o] : newDepth[n]) ?? 0, state: 'changed', spans: opSpans(l.ops, side) });
        o++;
        n++;
        break;
      case 'deleted':
        if (side !== 'new') out.push({ kind: 'line', depth: oldDepth[o] ?? 0, state: 'deleted', spans: [{ mark: 'del', text: l.old }] });
        o++;
        break;
      case 'inserted':
        if (side !== 'old') out.push({ kind: 'line', depth: newDepth[n] ?? 0, state: 'inserted', spans: [{ mark: 'ins', text: l.new }] });
        n++;
        break;
      default: {
        const never: never = l;
        return never;
      }
    }
  }
  return out;
}

/** The lines of articles without a diff, optionally all marked deleted or inserted. */
export function plainBlocks(articles: readonly Article[], mark: '' | 'del' | 'ins'): Block[] {
  const out: Block[] = [];
  const state = mark === 'del' ? 'deleted' : mark === 'ins' ? 'inserted' : '';
  for (const article of articles) {
    const depths = lineDepths([article]);
    let k = 0;
    const line = (text: string): void => {
      out.push({ kind: 'line', depth: depths[k++] ?? 0, state, spans: [{ mark, text }] });
    };
    const items = (list: readonly Item[]): void => {
      for (const i of list) {
        line(numbered(i.num, i.text));
        items(i.items);
      }
    };
    for (const p of article.paragraphs) {
      if (p.num || p.text) line(numbered(p.num, p.text));
      items(p.items);
    }
  }
  return out;
}

/** The heading of a side as spans: the heading diff when the heading changed, else the articles' headings joined; [] when there is none. */
export function headingSpans(articles: readonly Article[], diff: ArticleDiff | undefined, side: Side): Span[] {
  if (diff && diff.heading.some((op) => op.op !== 'equal')) return opSpans(diff.heading, side);
  const h = articles.map((a) => a.heading).filter(Boolean).join(' / ');
  return h ? [{ mark: '', text: h }] : [];
}

/** The printed numbers of a side, joined (`第二十九条 + 第三十条`). */
export function sideLabels(arts: readonly RowArticle[]): string {
  return arts.map((a) => a.article.label || strings.unnumbered).join(' + ');
}

/** What a row's head says, in the UI language. */
export interface RowCaption {
  /** Printed number(s) in the newer reading (the older one for a deletion). */
  title: string;
  /** "was Art. 11" when a matched article was renumbered. */
  was: string | undefined;
  /** "moved from Art. 11, Chapter II", "split from …", "merged from …". */
  note: string | undefined;
  /** The kind of change, as a word (never colour alone), with its qualifiers. */
  badge: string;
}

/** The caption of an article row. */
export function rowCaption(row: ArticleRow): RowCaption {
  const c = row.change;
  const newL = sideLabels(row.new);
  const oldL = sideLabels(row.old);
  let note: string | undefined;
  if (row.kind === 'moved') note = strings.movedFrom(oldL, row.old[0]?.path.join(' · ') ?? '');
  else if (row.kind === 'split') note = strings.splitFrom(oldL);
  else if (row.kind === 'merged') note = strings.mergedFrom(oldL);
  const extra: string[] = [];
  if (row.kind === 'moved' && c.textChanged) extra.push(strings.kinds.reworded!.toLowerCase());
  if (c.kind === 'matched' && c.divisionChanged && row.kind !== 'moved') extra.push(strings.otherDivision);
  return {
    title: row.new.length > 0 ? newL : oldL,
    was: c.kind === 'matched' && c.renumbered ? strings.was(oldL) : undefined,
    note,
    badge: `${strings.kinds[row.kind]}${extra.length ? ` · ${extra.join(' · ')}` : ''}`,
  };
}
