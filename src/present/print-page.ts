/**
 * The page of a printed comparison (Save as PDF): a running header with the law and the two
 * readings, and the page number with the number of pages, in the interface's language, as CSS
 * `@page` margin boxes. The text goes into CSS strings, escaped here: the law's title and the
 * readings' labels are data and never become CSS or markup. Pure: a style sheet's text out.
 */
import { strings } from './strings.js';

/** Placeholders a catalogue sentence is called with, replaced by CSS counters. */
const PAGE = '\uE000';
const PAGES = '\uE001';

/** `text` as a CSS string literal: quotes, backslashes, line breaks and other controls escaped as code points. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\' || c < 0x20 || c === 0x7f || (c >= 0x2028 && c <= 0x2029)) out += `\\${c.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/** A catalogue sentence with the page and the page count as CSS `content`: strings and counters. */
function pageContent(sentence: string): string {
  const parts: string[] = [];
  for (const piece of sentence.split(/(\uE000|\uE001)/u)) {
    if (piece === PAGE) parts.push('counter(page)');
    else if (piece === PAGES) parts.push('counter(pages)');
    else if (piece !== '') parts.push(cssString(piece));
  }
  return parts.join(' ');
}

/**
 * The `@page` rules of a printed comparison: A4, margins that leave room for the header and the
 * footer, the law's title and the readings at the top of every page, the page number at the
 * bottom. `title` and `readings` are shown as given (data).
 */
export function printPageStyle(title: string, readings: string): string {
  const header = cssString(`${title} — ${readings}`);
  return `@page {
  size: A4;
  margin: 18mm 14mm 16mm;
  @top-left { content: ${header}; font: 8pt system-ui, sans-serif; color: #444; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-right { content: ${pageContent(strings.printPageOf(PAGE, PAGES))}; font: 8pt system-ui, sans-serif; color: #444; vertical-align: top; padding-top: 3mm; }
}
`;
}
