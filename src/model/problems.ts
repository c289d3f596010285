/**
 * Expected failures are values: importers and validators return problems
 * instead of throwing, each naming where in the input it was found.
 */

import { placeText, say, type Place, type ProblemArgs, type ProblemCode, type Said } from './messages/index.js';

export { isPlace, placeText, say, type Place, type ProblemArgs, type ProblemCode, type Said } from './messages/index.js';

export type Severity = 'error' | 'warning';

/** One thing an importer or validator could not accept, and where. */
export interface Problem extends Said {
  severity: Severity;
  /** What was wrong, in an English sentence a reader can act on (the CLI's); `code` and `args` say it in another language. */
  message: string;
  /** 1-based line in the source text (0 when not tied to a line). */
  line: number;
  /** 1-based column, when known (XML). */
  column?: number;
  /**
   * Where in a document without lines the problem is (`page 3, line 14` of a PDF); shown
   * instead of `line`, which then holds the page.
   */
  where?: Place;
  /** The offending line's text (trimmed, at most 200 characters), or a JSON path for validators. */
  text: string;
  /** File the problem was found in, when known. */
  file?: string;
}

/** Shortens a source line for a problem report. */
export function excerpt(text: string, max = 200): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Builds a problem saying `code` with `args` ({@link say}); `text` is excerpted. */
export function problem<K extends ProblemCode>(severity: Severity, line: number, text: string, code: K, args: ProblemArgs<K>): Problem {
  return { severity, line, text: excerpt(text), ...say(code, args) };
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `file:line: error: message — "text"`, the format the CLI prints. */
export function formatProblem(p: Problem): string {
  const where = p.where
    ? `${p.file ? `${p.file} ` : ''}(${placeText(p.where)})`
    : [p.file, p.line > 0 ? String(p.line) : undefined, p.column ? String(p.column) : undefined].filter((x) => x !== undefined).join(':');
  const quoted = p.text ? ` — ${JSON.stringify(p.text)}` : '';
  return `${where ? `${where}: ` : ''}${p.severity}: ${p.message}${quoted}`;
}
