/**
 * The `lawdiff articles` contract: one entry per article in document order.
 * Other tools read this; keep its shape stable.
 */
import { articleText, listArticles } from './doc.js';
import type { Division, VersionDoc } from './types.js';
import { isolate } from './bidi.js';

/** One article as `lawdiff articles` prints it. */
export interface ArticleEntry {
  /** Number as printed (`第一百零六条`, `§ 12a`, `Article 7`). */
  num: string;
  /** Normalized number as a string (`106`, `12a`, `7-1`). */
  ordinal: string;
  /** Division headings from the top (`["第二章 有限责任公司的设立和组织机构", "第一节 设立"]`). */
  path: string[];
  /** Paragraphs and items, one per line, joined by "\n". */
  text: string;
}

/** `第一章 总则`, `Buch 1 Allgemeiner Teil`, or just the heading of an unnumbered division. */
export function divisionTitle(d: Pick<Division, 'label' | 'heading'>): string {
  return [d.label, d.heading]
    .filter((s) => s !== '')
    .map(isolate)
    .join(' ');
}

/** The articles of a version as `lawdiff articles` prints them. */
export function articleEntries(doc: VersionDoc): ArticleEntry[] {
  return listArticles(doc).map(({ article, divisions }) => ({
    num: article.label,
    ordinal: article.num,
    path: divisions.map(divisionTitle),
    text: articleText(article),
  }));
}
