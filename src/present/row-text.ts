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
import type { ArticleDiff, Change, DiffOp } from '../diff/index.js';
import { strings } from './strings.js';
import type { ArticleRow, RowArticle } from './compare-model.js';
import type { MoveLink, SideMoves } from './passage-moves.js';

/** Which text a line list shows: the older reading, the newer, or both merged (redline). */
export type Side = 'old' | 'new' | 'both';

/**
 * A run of text: kept (`''`), deleted or inserted, or a passage moved to
 * another article (`moved-out`, at its old place) or from one (`moved-in`,
 * the words it kept at its new place; the words an edited move changed are
 * `del` and `ins` beside them).
 */
export interface Span {
  mark: '' | 'del' | 'ins' | 'moved-out' | 'moved-in';
  text: string;
}

/**
 * A line of an article (paragraph or item), with the other end when it is a
 * moved passage; or the label of an article starting inside a split or merge,
 * with a note when that part shares little with the other side ("new text",
 * "mostly deleted").
 */
export type Block =
  | { kind: 'label'; text: string; note: string | undefined }
  | { kind: 'line'; depth: number; state: '' | 'changed' | 'deleted' | 'inserted'; spans: Span[]; move: MoveLink | undefined };

/** What marks a row's lines beyond its diff: the ends of moved passages, and the parts of a split or merge that share little. */
export interface BlockMarks {
  moves: SideMoves;
  /** Indices of the old (merge) or new (split) parts that share little with the other side (`Change.unsharedParts`). */
  unshared: { old: readonly number[]; new: readonly number[] };
}

/** The marks of a change whose sides hold these move ends. */
export function blockMarks(change: Change, moves: SideMoves): BlockMarks {
  // unsharedParts may be missing in a comparison cached before the engine reported it.
  const parts = change.kind === 'split' || change.kind === 'merged' ? (change.unsharedParts ?? []) : [];
  return { moves, unshared: { old: change.kind === 'merged' ? parts : [], new: change.kind === 'split' ? parts : [] } };
}

const noMarks: BlockMarks = { moves: { old: new Map(), new: new Map() }, unshared: { old: [], new: [] } };

/** A line's spans at one end of a move: the whole line moved out (old place), or moved in with an edited move's word diff (new place). */
function movedSpans(text: string, move: MoveLink): Span[] {
  if (move.dir === 'to') return [{ mark: 'moved-out', text }];
  if (!move.ops) return [{ mark: 'moved-in', text }];
  return move.ops.map((op) => ({ mark: op.op === 'equal' ? 'moved-in' : op.op === 'delete' ? 'del' : 'ins', text: op.text }));
}

/** A deleted or inserted line, marked as a moved passage when it is one end of a move. */
function lineBlock(depth: number, state: 'deleted' | 'inserted', text: string, move: MoveLink | undefined): Block {
  const spans = move ? movedSpans(text, move) : [{ mark: state === 'deleted' ? ('del' as const) : ('ins' as const), text }];
  return { kind: 'line', depth, state, spans, move };
}

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

/** Line index → label of the article starting there (with its note when it shares little: `unshared` parts), when a side has several articles (a split or merge). */
function starts(articles: readonly Article[], unshared: readonly number[], note: string): Map<number, Block & { kind: 'label' }> {
  const m = new Map<number, Block & { kind: 'label' }>();
  if (articles.length < 2) return m;
  let at = 0;
  articles.forEach((a, i) => {
    // Two parts starting at one line (an article with no lines): the later one is labelled.
    m.set(at, { kind: 'label', text: a.label, note: unshared.includes(i) ? note : undefined });
    at += lineDepths([a]).length;
  });
  return m;
}

/**
 * The lines of one side (or both, for redline) of a diff, each at its item
 * depth. In a split or merge each article's lines start with a label block
 * holding its printed number ("" for an unnumbered article). A line that is
 * one end of a moved passage (`marks.moves`) is marked moved instead of
 * deleted or inserted.
 */
export function diffBlocks(diff: ArticleDiff, oldArts: readonly Article[], newArts: readonly Article[], side: Side, marks: BlockMarks = noMarks): Block[] {
  const out: Block[] = [];
  for (const row of alignedBlocks(diff, oldArts, newArts, marks)) {
    // Redline: a kept or changed line once, with both sides' words; a split's label before a merge's.
    const block = side === 'old' ? row.old : side === 'new' ? row.new : (row.both ?? row.new ?? row.old);
    if (block) out.push(block);
  }
  return out;
}

/** A row of an article laid out in aligned lines: what each reading has there (nothing: a blank facing an inserted or deleted line, or a label). */
export interface AlignedRow {
  old: Block | undefined;
  new: Block | undefined;
  /** A kept or changed line as redline shows it (both sides' words); undefined for a label or a line only one side has. */
  both: Block | undefined;
}

/**
 * An article's lines in aligned rows, from its diff's lines: a kept or
 * changed line faces its counterpart, an inserted line faces a blank on the
 * old side and a deleted one a blank on the new side. A part of a split or
 * merge starts with a row holding its label on its side. Moved passages are
 * marked as in {@link diffBlocks}.
 */
export function alignedBlocks(diff: ArticleDiff, oldArts: readonly Article[], newArts: readonly Article[], marks: BlockMarks = noMarks): AlignedRow[] {
  const oldDepth = lineDepths(oldArts);
  const newDepth = lineDepths(newArts);
  const oldStarts = starts(oldArts, marks.unshared.old, strings.partMostlyDeleted);
  const newStarts = starts(newArts, marks.unshared.new, strings.partNewText);
  let o = 0;
  let n = 0;
  const out: AlignedRow[] = [];
  const line = (depth: number, state: '' | 'changed', spans: Span[]): Block => ({ kind: 'line', depth, state, spans, move: undefined });
  for (const l of diff.lines) {
    const oldLabel = l.kind !== 'inserted' ? oldStarts.get(o) : undefined;
    const newLabel = l.kind !== 'deleted' ? newStarts.get(n) : undefined;
    if (oldLabel || newLabel) out.push({ old: oldLabel, new: newLabel, both: undefined });
    if (oldLabel) oldStarts.delete(o);
    if (newLabel) newStarts.delete(n);
    switch (l.kind) {
      case 'equal': {
        const spans: Span[] = [{ mark: '', text: l.new }];
        out.push({ old: line(oldDepth[o] ?? 0, '', spans), new: line(newDepth[n] ?? 0, '', spans), both: line(newDepth[n] ?? 0, '', spans) });
        o++;
        n++;
        break;
      }
      case 'changed':
        out.push({
          old: line(oldDepth[o] ?? 0, 'changed', opSpans(l.ops, 'old')),
          new: line(newDepth[n] ?? 0, 'changed', opSpans(l.ops, 'new')),
          both: line(newDepth[n] ?? 0, 'changed', opSpans(l.ops, 'both')),
        });
        o++;
        n++;
        break;
      case 'deleted':
        out.push({ old: lineBlock(oldDepth[o] ?? 0, 'deleted', l.old, marks.moves.old.get(o)), new: undefined, both: undefined });
        o++;
        break;
      case 'inserted':
        out.push({ old: undefined, new: lineBlock(newDepth[n] ?? 0, 'inserted', l.new, marks.moves.new.get(n)), both: undefined });
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

/**
 * The lines of articles without a diff, optionally all marked deleted or
 * inserted; a deleted or inserted line that is one end of a moved passage
 * (`moves`, by line index over all the articles) is marked moved.
 */
export function plainBlocks(articles: readonly Article[], mark: '' | 'del' | 'ins', moves: ReadonlyMap<number, MoveLink> = new Map()): Block[] {
  const out: Block[] = [];
  const state = mark === 'del' ? 'deleted' : mark === 'ins' ? 'inserted' : '';
  let at = 0;
  for (const article of articles) {
    const depths = lineDepths([article]);
    let k = 0;
    const line = (text: string): void => {
      const depth = depths[k++] ?? 0;
      const move = state ? moves.get(at) : undefined;
      at++;
      out.push(state ? lineBlock(depth, state, text, move) : { kind: 'line', depth, state, spans: [{ mark, text }], move: undefined });
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
