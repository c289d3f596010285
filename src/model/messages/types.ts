/**
 * How a problem's sentence is written down: a code and its arguments, so that
 * the interface can say it in the reader's language (src/present/locales/problems)
 * while the CLI prints the English one. Each group of importers or validators
 * keeps its English sentences in one module of this folder.
 */

/**
 * An argument of a problem's sentence: data from the input (a path, a file
 * name, an article number as printed, a parser's own message), a count, or a
 * code from a small vocabulary that each language words itself.
 */
export type MessageArg = string | number | boolean | readonly string[] | readonly number[] | Place | undefined;

/**
 * A place in the source a sentence refers to ("first at line 12"): a line of a text; once a
 * Word document or web page is read, a paragraph; in a PDF, a page and the line on it. The
 * importers write `{ line }`; the document readers turn it into theirs (src/model/import/blocks.ts).
 */
export type Place = { readonly line: number; readonly page?: undefined; readonly paragraph?: undefined } | { readonly paragraph: number; readonly line?: undefined; readonly page?: undefined } | { readonly page: number; readonly line?: number; readonly paragraph?: undefined };

/** True for a {@link Place} argument. */
export function isPlace(x: unknown): x is Place {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && ('line' in x || 'paragraph' in x || 'page' in x);
}

/** A place in English: `line 12`, `paragraph 12`, `page 3, line 14`, `page 3`. */
export function placeText(p: Place): string {
  if (p.page !== undefined) return p.line !== undefined ? `page ${p.page}, line ${p.line}` : `page ${p.page}`;
  return p.paragraph !== undefined ? `paragraph ${p.paragraph}` : `line ${p.line}`;
}

/** A group's English sentences: one function per code, from an object of arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry's own argument type is kept by `satisfies`
export type MessageTemplates = Readonly<Record<string, (args: any) => string>>;

/** A sentence without arguments takes `{}`. */
export type NoArgs = Readonly<Record<string, never>>;

/** A group's sentences in another language: the same codes, each taking the same arguments. */
export type Translation<T extends MessageTemplates> = { readonly [K in keyof T]: (args: Parameters<T[K]>[0]) => string };
