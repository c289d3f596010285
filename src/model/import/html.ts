/**
 * Web pages (a saved page, or rich text pasted from one): the main text's paragraphs and
 * headings as blocks (blocks.ts), read from a parsed document — parse5 (html-parse5.ts), in Node
 * and in the import worker, never the page (docs/decisions/011-document-readers.md); never a
 * regular expression over HTML, and nothing read here is ever put into a page. The walk takes
 * any tree through {@link HtmlTree}.
 *
 * - The main text: `<main>`, else the one `<article>`, else `role="main"`, else the body.
 * - Left out, and counted in a warning: scripts, styles and other non-text (never read), navigation,
 *   banners, footers, asides, forms and hidden elements; runs of links with little text (menus).
 * - Blocks: paragraphs, list items (an ordered list's numbers written out), headings (`<h1>` the
 *   title), table rows (one line each, with a warning), preformatted text line by line; `<br>` a
 *   line break inside a paragraph. Spaces collapse as a browser shows them.
 *
 * The walk is iterative: a page nested a million deep cannot overflow the stack.
 */
import { hasErrors, problem, type Problem } from '../problems.js';
import { emptyDoc } from '../doc.js';
import type { ImportOptions, ImportResult } from './index.js';
import { importBlocks, named, sortProblems, TEXT_FORMATS, wrongFormat, type TextBlock } from './blocks.js';
import '../messages/document.js'; // the document group's sentences (registers them: src/model/messages/registry.ts)

/** How the walk sees a parsed document's nodes: the browser's DOM and parse5's tree both fit. */
export interface HtmlTree<N> {
  kind(n: N): 'element' | 'text' | 'other';
  /** An element's name, lower case (`p`, `h2`). */
  name(n: N): string;
  attr(n: N, name: string): string | undefined;
  children(n: N): readonly N[] | ArrayLike<N>;
  /** A text node's text. */
  text(n: N): string;
}

/** The largest page read, in characters. */
export const MAX_HTML_LENGTH = 64 * 1024 * 1024;

/** Never text: not read at all. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'head', 'select', 'textarea', 'input', 'button', 'option', 'datalist', 'link', 'meta']);
/** Around the text: left out, and said. */
const AROUND = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const AROUND_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'toolbar', 'dialog']);
/** Elements that make a block of their own. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'body', 'blockquote', 'li', 'dt', 'dd', 'dl', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'pre', 'address', 'figure', 'figcaption', 'hr', 'center', 'details', 'summary', 'fieldset', 'legend', 'hgroup']);
const HEADING = /^h([1-6])$/u;

/** What {@link htmlBlocks} read from a page. */
export interface HtmlBlocks {
  blocks: TextBlock[];
  /** The page's `<title>`, when it has one. */
  title?: string;
  problems: Problem[];
}

/** An ordered list's number in its `type` (1, a, A, i, I). */
function listNumber(n: number, type: string): string {
  // Letters and Roman numerals for 1–3999, as browsers write them; a number beyond (or below 1) in digits.
  if (n < 1 || n > 3999) return String(n);
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return type === 'A' ? s.toUpperCase() : s;
  }
  if (type === 'i' || type === 'I') {
    const romans: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let s = '';
    let k = n;
    for (const [v, r] of romans) while (k >= v) [s, k] = [s + r, k - v];
    return type === 'I' ? s.toUpperCase() : s;
  }
  return String(n);
}

/** A list item's text already starts with its number (`（一）`, `1.`, `(a)`, `一、`). */
const HAS_MARKER = /^\s*(?:[（(][^）)\s]{1,6}[）)]|\d{1,3}[a-z]?[.)．、]|[a-z]{1,3}[.)]|[〇零一二三四五六七八九十百]{1,4}、|§)/u;

/**
 * The blocks of a parsed page's main text, and what was left out (warnings). `root` is the
 * document (or a fragment: pasted rich text).
 */
export function htmlBlocks<N>(root: N, tree: HtmlTree<N>): HtmlBlocks {
  const left = { around: 0, menus: 0, hidden: 0, tables: 0 };
  let title: string | undefined;
  const kids = (n: N): N[] => Array.from(tree.children(n) as ArrayLike<N>);

  // The title, and the main element: found by a walk of their own (iterative).
  let main: N | undefined;
  let articles: N[] = [];
  let roleMain: N | undefined;
  let body: N | undefined;
  for (const stack: N[] = [root]; stack.length > 0; ) {
    const n = stack.pop()!;
    if (tree.kind(n) !== 'element' && n !== root) continue;
    const name = n === root ? '' : tree.name(n);
    if (name === 'title' && title === undefined) title = collapse(kids(n).map((c) => (tree.kind(c) === 'text' ? tree.text(c) : '')).join(''));
    if (name === 'template' || SKIPPED.has(name) && name !== 'head') continue;
    if (AROUND.has(name) || AROUND_ROLES.has(tree.attr(n, 'role') ?? '')) left.around++;
    if (name === 'main') main ??= n;
    else if (name === 'article') articles.push(n);
    else if (name === 'body') body ??= n;
    if (tree.attr(n, 'role') === 'main') roleMain ??= n;
    const c = kids(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  if (articles.length !== 1) articles = [];
  const start = main ?? articles[0] ?? roleMain ?? body ?? root;
  const partial = start !== body && start !== root;

  const blocks: TextBlock[] = [];
  let text = '';
  let heading: number | undefined;
  let linked = 0;
  let rowCells = 0;
  const flush = (): void => {
    const t = text
      .split('\n')
      .map((l) => l.replace(/[ \t\r\f]+/gu, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    const plain = t.replace(/\s/gu, '').length;
    if (t && linked > 0 && linked >= plain * 0.7 && heading === undefined && plain < 200) left.menus++;
    else if (t) blocks.push({ text: t, ...(heading !== undefined ? { heading } : {}), at: blocks.length + 1 });
    text = '';
    heading = undefined;
    linked = 0;
  };

  // Work items: a node to enter, or the end of a block element (to close its block).
  type Step = { node: N; pre: boolean; link: boolean } | { end: string };
  const stack: Step[] = [{ node: start, pre: false, link: false }];
  const olCounters: { n: number; type: string }[] = [];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('end' in step) {
      if (step.end === 'ol') olCounters.pop();
      if (step.end === 'tr') rowCells = 0;
      flush();
      continue;
    }
    const { node, pre, link } = step;
    const kind = tree.kind(node);
    if (kind === 'text') {
      const t = tree.text(node);
      const s = pre ? t : t.replace(/[\n\r\t\f ]+/gu, ' ');
      text += s;
      if (link) linked += s.replace(/\s/gu, '').length;
      continue;
    }
    if (kind !== 'element' && node !== start) continue;
    const name = node === start && kind !== 'element' ? '' : tree.name(node);
    if (SKIPPED.has(name)) continue;
    const role = tree.attr(node, 'role') ?? '';
    if (node !== start && (AROUND.has(name) || AROUND_ROLES.has(role))) continue;
    if (tree.attr(node, 'hidden') !== undefined || tree.attr(node, 'aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(tree.attr(node, 'style') ?? '')) {
      left.hidden++;
      continue;
    }
    if (name === 'br') {
      text += '\n';
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push({ end: name });
      const h = HEADING.exec(name);
      if (h) heading = Number(h[1]) - 1;
      if (name === 'ol') {
        const startAt = Number.parseInt(tree.attr(node, 'start') ?? '1', 10);
        olCounters.push({ n: (Number.isFinite(startAt) ? startAt : 1) - 1, type: tree.attr(node, 'type') ?? '1' });
      }
      if (name === 'li') {
        const counter = olCounters[olCounters.length - 1];
        if (counter) {
          const value = Number.parseInt(tree.attr(node, 'value') ?? '', 10);
          counter.n = Number.isFinite(value) ? value : counter.n + 1;
          // Written out unless the item's text already carries its number.
          const first = firstText(node, tree);
          if (!HAS_MARKER.test(first)) text += `${listNumber(counter.n, counter.type)}. `;
        }
      }
      if (name === 'table') left.tables++;
    }
    if ((name === 'td' || name === 'th') && rowCells++ > 0) {
      // Cells of a row: one line, tab-separated where the row goes on.
      text += '\t';
    }
    const c = kids(node);
    const inPre = pre || name === 'pre';
    const inLink = link || (name === 'a' && tree.attr(node, 'href') !== undefined);
    for (let i = c.length - 1; i >= 0; i--) stack.push({ node: c[i]!, pre: inPre, link: inLink });
  }
  flush();

  const problems: Problem[] = [];
  if (partial) problems.push(problem('warning', 0, '', 'html.mainOnly', { element: tree.name(start), roleMain: start === roleMain }));
  if (left.around > 0) problems.push(problem('warning', 0, '', 'html.around', { count: left.around }));
  if (left.menus > 0) problems.push(problem('warning', 0, '', 'html.menus', { count: left.menus }));
  if (left.hidden > 0) problems.push(problem('warning', 0, '', 'html.hidden', { count: left.hidden }));
  if (left.tables > 0) problems.push(problem('warning', 0, '', 'html.tables', { count: left.tables }));
  return { blocks, ...(title ? { title } : {}), problems };
}

/** The first text under a node (for a list item's own number), up to 40 characters. */
function firstText<N>(node: N, tree: HtmlTree<N>): string {
  const stack: N[] = [node];
  let out = '';
  while (stack.length > 0 && out.length < 40) {
    const n = stack.pop()!;
    if (tree.kind(n) === 'text') out += tree.text(n);
    else if (tree.kind(n) === 'element' && !SKIPPED.has(tree.name(n))) {
      const c = Array.from(tree.children(n) as ArrayLike<N>);
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
    }
  }
  return out.trimStart();
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Imports the blocks of a page ({@link htmlBlocks}) as a law: its convention detected as for a
 * text (or `options.format`: cn, tw, de or en). Problems name paragraphs (the page's blocks, from 1).
 */
export function importHtmlBlocks(read: HtmlBlocks, options: ImportOptions = {}): ImportResult {
  const name = options.fileName ?? 'the web page';
  if (options.format && options.format !== 'html' && !TEXT_FORMATS.includes(options.format)) {
    options.onProgress?.(1);
    return { ok: false, format: 'html', doc: emptyDoc(options.language ?? 'und'), problems: named([wrongFormat(options.fileName, 'html', options.format)], options.fileName) };
  }
  const r = importBlocks(read.blocks, { format: 'html', name, places: { line: (at) => at, place: (at) => ({ paragraph: at }) } }, options);
  if (!r.doc.title && read.title) r.doc.title = read.title;
  const problems = named(sortProblems([...read.problems, ...r.problems]), options.fileName);
  options.onProgress?.(1);
  return { ...r, ok: !hasErrors(problems), problems };
}
