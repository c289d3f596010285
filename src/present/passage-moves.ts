/**
 * Passages (paragraphs, items) moved from one article to another, as the
 * rows show them: each end of a move is a line of a row's side, marked "moved
 * to …" at the old place and "moved from …" at the new one, with the key of
 * the row (or article) holding the other end so the mark can go there. The
 * lookup is built once per comparison. Pure: no DOM.
 */
import type { ArticleRef, Change, DiffOp, PassageMove } from '../diff/index.js';
import type { Article } from '../model/types.js';
import { lineDepths } from './row-text.js';

/** One end of a move, as the line at that end shows it. */
export interface MoveLink {
  /** `to`: this line (old reading) moved to `label`; `from`: this line (new reading) came from `label`. */
  dir: 'to' | 'from';
  /** Key of the row (in the comparison) or article (in the history) that holds the other end. */
  key: string;
  /** Printed number of the other end's article. */
  label: string;
  /** Position of the other end's line among its article's lines, from 1. */
  line: number;
  /** At the new place of an edited move: the word diff from the old line; undefined when identical (and at the old place). */
  ops: DiffOp[] | undefined;
}

/** The move ends on a row's sides, by line index within the side (the side's articles' lines in order, as {@link lineDepths} counts them). */
export interface SideMoves {
  old: ReadonlyMap<number, MoveLink>;
  new: ReadonlyMap<number, MoveLink>;
}

/** No moves on either side. */
export const noMoves: SideMoves = { old: new Map(), new: new Map() };

/** Moves by the article index and line of each end, built once per comparison. */
export interface MoveLookup {
  /** Old article index → line → move leaving it. */
  from: ReadonlyMap<number, ReadonlyMap<number, PassageMove>>;
  /** New article index → line → move arriving there. */
  to: ReadonlyMap<number, ReadonlyMap<number, PassageMove>>;
  size: number;
}

/** Indexes a comparison's moves by both ends (`moves` may be missing in a comparison cached before the engine found them). */
export function moveLookup(moves: readonly PassageMove[] | undefined): MoveLookup {
  const from = new Map<number, Map<number, PassageMove>>();
  const to = new Map<number, Map<number, PassageMove>>();
  const put = (m: Map<number, Map<number, PassageMove>>, article: number, line: number, move: PassageMove): void => {
    let lines = m.get(article);
    if (!lines) m.set(article, (lines = new Map()));
    lines.set(line, move);
  };
  for (const move of moves ?? []) {
    put(from, move.from.article.index, move.from.line, move);
    put(to, move.to.article.index, move.to.line, move);
  }
  return { from, to, size: moves?.length ?? 0 };
}

/**
 * The move ends on the sides of a change: each side's articles' lines are
 * numbered in order, so a line of the second part of a split is offset by the
 * first part's lines. `keyOf` names the row or article that holds an article
 * of the other reading (`old` for a move's old end).
 */
export function sideMoves(
  lookup: MoveLookup,
  change: Pick<Change, 'old' | 'new'>,
  oldArts: readonly Article[],
  newArts: readonly Article[],
  keyOf: (side: 'old' | 'new', ref: ArticleRef) => string,
): SideMoves {
  if (lookup.size === 0) return noMoves;
  const collect = (refs: readonly ArticleRef[], arts: readonly Article[], dir: 'to' | 'from'): Map<number, MoveLink> => {
    const out = new Map<number, MoveLink>();
    let offset = 0;
    refs.forEach((ref, i) => {
      const lines = (dir === 'to' ? lookup.from : lookup.to).get(ref.index);
      for (const [line, move] of lines ?? []) {
        const other = dir === 'to' ? move.to : move.from;
        out.set(offset + line, {
          dir,
          key: keyOf(dir === 'to' ? 'new' : 'old', other.article),
          label: other.article.label,
          line: other.line + 1,
          ops: dir === 'from' ? move.ops : undefined,
        });
      }
      offset += lineDepths(arts[i] ? [arts[i]] : []).length;
    });
    return out;
  };
  return { old: collect(change.old, oldArts, 'to'), new: collect(change.new, newArts, 'from') };
}
