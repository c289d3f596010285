/** Small helpers for building and walking a {@link VersionDoc}. */
import type { Article, BodyNode, Division, Item, Paragraph, VersionDoc } from './types.js';

/** A version with no content, in the given language. */
export function emptyDoc(language: string, title = ''): VersionDoc {
  return {
    format: 'lawdiff-version/1',
    title,
    language,
    metadata: {},
    preamble: [],
    body: [],
    annexes: [],
    annotations: [],
  };
}

/** A paragraph with no number and no items. */
export function para(text: string, num = ''): Paragraph {
  return { num, text, items: [] };
}

/** An article located in its version: the divisions above it, from the top. */
export interface LocatedArticle {
  article: Article;
  divisions: Division[];
  /** Position among all articles of the version, from 0. */
  index: number;
}

/** Every article of a version in document order, with the divisions above it. Repealed ranges are not articles and are skipped. */
export function listArticles(doc: Pick<VersionDoc, 'body'>): LocatedArticle[] {
  const out: LocatedArticle[] = [];
  collectArticles(doc.body, [], out);
  return out;
}

// A module-level function, not a closure made per call: the comparison engine calls this on every
// comparison, and V8 keeps a closure's optimized code only while a closure of it is alive.
function collectArticles(nodes: readonly BodyNode[], path: Division[], out: LocatedArticle[]): void {
  for (const node of nodes) {
    if (node.kind === 'article') out.push({ article: node, divisions: path, index: out.length });
    else if (node.kind === 'division') collectArticles(node.children, [...path, node], out);
  }
}

/** Every division of a version in document order (pre-order), with its depth from 0. */
export function listDivisions(doc: Pick<VersionDoc, 'body'>): { division: Division; depth: number }[] {
  const out: { division: Division; depth: number }[] = [];
  const walk = (nodes: readonly BodyNode[], depth: number): void => {
    for (const node of nodes) {
      if (node.kind !== 'division') continue;
      out.push({ division: node, depth });
      walk(node.children, depth + 1);
    }
  };
  walk(doc.body, 0);
  return out;
}

/** True for numbers that are written as a single CJK/full-width token, which takes no space after it. */
function joinsTight(num: string): boolean {
  return /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u.test(num);
}

/** `num text`, with no space after a CJK or full-width number (`（一）祖父母`, `一、個人資料`). */
export function numbered(num: string, text: string): string {
  if (!num) return text;
  if (!text) return num;
  return joinsTight(num) ? `${num}${text}` : `${num} ${text}`;
}

function itemLines(items: readonly Item[], out: string[]): void {
  for (const item of items) {
    out.push(numbered(item.num, item.text));
    itemLines(item.items, out);
  }
}

/** The lines of a paragraph: its own text, then one line per item (depth-first). */
export function paragraphLines(p: Paragraph): string[] {
  const out: string[] = [];
  pushParagraphLines(p, out);
  return out;
}

/** {@link paragraphLines}, appended to `out`. */
export function pushParagraphLines(p: Paragraph, out: string[]): void {
  if (p.num || p.text) out.push(numbered(p.num, p.text));
  itemLines(p.items, out);
}

/** An article's text as lines: paragraphs and items each on their own line. */
export function articleText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.flatMap(paragraphLines).join('\n');
}
