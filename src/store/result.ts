/**
 * The outcome of an operation that can fail in an expected way (storage
 * full, switched off, unreadable): a value, or the problem with a technical
 * detail. Every store module returns these; none rejects for such failures.
 */

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
