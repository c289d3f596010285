/**
 * The outcome of an operation that can fail in an expected way (storage
 * full, switched off, unreadable): a value, or the problem with a technical
 * detail. Every store module returns these; none rejects for such failures.
 */

/**
 * Why browser storage failed: the problems the database (db.ts) reports, and
 * that every store passes on (the notes stores add their own, notes.ts).
 */
export const DbProblem = {
  /** Storage is missing or switched off (old browser, private mode, policy), or the connection is closed. */
  unavailable: 'unavailable',
  /** Another tab keeps an older version of the database open; retry once it is closed or reloaded. */
  blocked: 'blocked',
  /** The storage quota is used up. */
  full: 'full',
  /** What is stored is not what the schema promises; it is left untouched. */
  corrupt: 'corrupt',
  /** A newer lawdiff (in another tab, or a later visit) upgraded the database past this page's schema: reload the page. */
  outdated: 'outdated',
} as const;
/** One of the {@link DbProblem} values. */
export type DbProblem = (typeof DbProblem)[keyof typeof DbProblem];

/** A failure: `problem` names it (the UI has a message for each); `detail` is technical (the browser's message), for logs and tooltips. */
export interface Failure<P extends string> {
  ok: false;
  problem: P;
  detail: string;
}

/** A value, or a {@link Failure} whose problem is one of `P`. */
export type Result<T, P extends string> = { ok: true; value: T } | Failure<P>;

/** The failure `problem` (with `detail`, empty unless given): fits any {@link Result} whose problems include `problem`. */
export function fail<P extends string>(problem: P, detail = ''): Failure<P> {
  return { ok: false, problem, detail };
}
