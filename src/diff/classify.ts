/**
 * What one change is, in one word: the single classification the viewer's
 * rows and filters, the history, the summary counts and the CLI read. "Renumbered
 * only" is decided here (docs/decisions/001-article-pairing.md, "Renumbered only").
 */
import type { Change } from './types.js';

/** The classes of a change. A set of names, not an enum (it crosses the Worker boundary and JSON as plain strings). */
export const ChangeClass = {
  inserted: 'inserted',
  deleted: 'deleted',
  /** Text changed beyond cross-reference numbers. */
  reworded: 'reworded',
  /** Text changed only in cross-reference numbers that follow the renumbering. */
  references: 'references',
  /** Out of order among the matched articles, whatever else happened to it (its flags say the rest). */
  moved: 'moved',
  /** Same text, new number, same place: "renumbered only". */
  renumbered: 'renumbered',
  split: 'split',
  merged: 'merged',
  unchanged: 'unchanged',
} as const;
export type ChangeClass = (typeof ChangeClass)[keyof typeof ChangeClass];

/**
 * A change's class with its place left aside: a matched article is `reworded`, `references`,
 * `renumbered` or `unchanged` by its text and number, moved or not (the history records the
 * move as a flag of its own); the other kinds are their kind. Never `moved`.
 */
export function classifyIgnoringMove(c: Change): Exclude<ChangeClass, 'moved'> {
  switch (c.kind) {
    case 'inserted':
    case 'deleted':
    case 'split':
    case 'merged':
      return c.kind;
    case 'matched':
      if (c.textChanged) return c.referencesOnly ? 'references' : 'reworded';
      return c.renumbered ? 'renumbered' : 'unchanged';
    default: {
      const never: never = c;
      return never;
    }
  }
}

/**
 * A change's class: a moved article is `moved` even when it was also reworded or renumbered
 * (its flags say the rest), so `renumbered` means renumbered only — same text, same place.
 */
export function classifyChange(c: Change): ChangeClass {
  return c.kind === 'matched' && c.moved ? 'moved' : classifyIgnoringMove(c);
}
