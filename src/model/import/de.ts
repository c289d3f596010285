/**
 * German federal law Markdown (the gesetze-im-internet conversions): YAML front
 * matter and a definition list of metadata, `§ N Heading` at any heading depth,
 * `Buch/Teil/Abschnitt/Titel/Untertitel/Kapitel …` division headings, `(1)`
 * paragraphs wrapped over several lines, `1.`/`a)`/`aa)` items, `(weggefallen)`
 * norms and `(XXXX) §§ 3 bis 6 (weggefallen)` repealed ranges.
 */
import { para } from '../doc.js';
import { normalizeDivisionNum } from '../numerals.js';
import type { Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { BodyBuilder, collapse, isSpaceCode, PROGRESS_LINE_MASK, splitLines, type ProgressCallback } from './builder.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** Division words, outermost first; the index breaks ties between headings of the same Markdown depth. */
const DIVISION_WORDS = ['Buch', 'Teil', 'Kapitel', 'Abschnitt', 'Unterabschnitt', 'Titel', 'Untertitel', 'Unterkapitel'] as const;
const DIVISION_TYPE: Record<(typeof DIVISION_WORDS)[number], string> = {
  Buch: 'book', Teil: 'part', Kapitel: 'chapter', Abschnitt: 'section', Unterabschnitt: 'subsection',
  Titel: 'title', Untertitel: 'subtitle', Unterkapitel: 'subchapter',
};
/** Same-depth tie breaking: Kapitel and Unterkapitel both sit at `######` in the BGB. */
const WORD_RANK: Record<string, number> = { Buch: 0, Teil: 1, Abschnitt: 2, Unterabschnitt: 3, Titel: 4, Untertitel: 5, Kapitel: 6, Unterkapitel: 7 };
const DIVISION = new RegExp(`^(${DIVISION_WORDS.join('|')})\\s+([0-9]+[a-z]?|[IVXLC]+)\\b\\.?\\s*(?:[-–—:]\\s*)?(.*)$`, 'u');
const ARTICLE = /^(§|Art\.?|Artikel)\s*(\d+[a-z]{0,3})\.?(?=\s|$)\s*(.*)$/u;
const ARTICLE_LIKE = /^(§(?!§)|Art\.\s|Artikel\s|Art\s+\S*\d)/u;
/** `(XXXX) §§ 3 bis 6 (weggefallen)`, `§§ 114, 115 (weggefallen)`, `(XXXX) §§ 707a bis 707c`: a range entry, not an article. */
const RANGE = /^(?:\(XXXX\)\s*(§§|Art\.|Artikel)\s*(\d+[a-z]{0,3})\s*(?:(?:bis|und|,)\s*(\d+[a-z]{0,3}))?.*|(§§|Art\.|Artikel)\s*(\d+[a-z]{0,3})\s*(?:(?:bis|und|,)\s*(\d+[a-z]{0,3}))?[^(]*\(weggefallen\)\s*)$/u;
const REPEALED = /^\(?weggefallen\)?$/u;
const PARA_NUM = /^(\(\d+[a-z]?\))\s*(.*)$/su;
const ITEMS: [RegExp, string][] = [
  [/^(\d{1,3}[a-z]?\.)\s+(.*)$/su, 'digit-dot'],
  [/^([a-z]{2}\))\s+(.*)$/su, 'letter2-paren'],
  [/^([a-z]\))\s+(.*)$/su, 'letter-paren'],
  [/^(\([a-z]{1,2}\))\s+(.*)$/su, 'paren-letter'],
];
const FOOTNOTE = /^\[\^[^\]\s]+\]:\s*(?:\*\*([^*]+?):?\*\*:?)?\s*(.*)$/su;
const PREAMBLE_HEADINGS = /^(Eingangsformel|Präambel|Praeambel)$/u;

/** Imports a German law in Markdown; `onProgress` gets the fraction of lines read every 2,048 lines. */
export function importDe(text: string, language = 'de', onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const b = new BodyBuilder(language);
  const lines = splitLines(text);
  let i = 0;
  // YAML front matter.
  if (lines[0]?.trim() === '---') {
    let j = 1;
    for (; j < lines.length && lines[j]!.trim() !== '---'; j++) {
      const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(lines[j]!);
      if (m && m[2]!.trim()) b.doc.metadata[m[1]!] = m[2]!.trim();
    }
    if (j >= lines.length) b.report('error', 1, '---', 'de.frontMatterOpen', {});
    i = j + 1;
  }

  let block: { start: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (block) addBlock(b, block.lines, block.start);
    block = undefined;
  };

  for (; i < lines.length; i++) {
    if (onProgress !== undefined && (i & PROGRESS_LINE_MASK) === 0) onProgress(i / lines.length);
    const raw = lines[i]!;
    const lineNo = i + 1;
    // trimEnd removes what /\s+$/u would (WhiteSpace and LineTerminator); what is left is blank only when empty.
    const t = raw.trimEnd();
    if (t === '') {
      flush();
      continue;
    }
    const first = t.charCodeAt(0);
    const h = first === 0x23 /* # */ ? /^(#{1,6})\s+(.*)$/u.exec(t) : null;
    if (h) {
      flush();
      heading(b, h[1]!.length, collapse(h[2]!), lineNo, raw);
      continue;
    }
    // Definition list of metadata before the first norm: `Ausfertigungsdatum` / `:   2017-09-01`.
    const def = first === 0x3a /* : */ ? /^:\s+(.*)$/u.exec(t) : null;
    if (def && b.beforeFirstArticle && block && block.lines.length === 1) {
      b.doc.metadata[collapse(block.lines[0]!)] = collapse(def[1]!);
      block = undefined;
      continue;
    }
    if (!block) block = { start: lineNo, lines: [] };
    block.lines.push(t);
  }
  flush();
  if (b.beforeFirstArticle) b.report('error', 0, '', 'de.noNorm', {});
  return { doc: b.doc, problems: b.problems };
}

function heading(b: BodyBuilder, level: number, h: string, lineNo: number, raw: string): void {
  if (level === 1 && !b.doc.title) {
    b.doc.title = h;
    return;
  }
  const range = RANGE.exec(h);
  if (range) {
    const from = range[2] ?? range[5]!;
    b.addRepealedRange(h.replace(/^\(XXXX\)\s*/u, ''), from, range[3] ?? range[6] ?? from, lineNo);
    return;
  }
  const art = ARTICLE.exec(h);
  if (art) {
    let rest = art[3]!.trim();
    const repealed = /\(weggefallen\)\s*$/u.test(rest) || REPEALED.test(rest);
    if (repealed) rest = rest.replace(/\(?weggefallen\)?\s*$/u, '').trim();
    const label = `${art[1] === '§' ? '§' : 'Art.'} ${art[2]!}`;
    const a = b.openArticle(label, art[2]!, rest, lineNo, raw);
    if (repealed) {
      a.repealed = true;
      a.paragraphs.push(para('(weggefallen)'));
    }
    return;
  }
  const like = ARTICLE_LIKE.exec(h);
  if (like) {
    b.report('error', lineNo, raw, 'de.normWithoutNumber', { heading: h.slice(0, 40) });
    return;
  }
  const div = DIVISION.exec(h);
  if (div) {
    const word = div[1] as (typeof DIVISION_WORDS)[number];
    b.openDivision(
      { type: DIVISION_TYPE[word], label: `${word} ${div[2]!}`, num: normalizeDivisionNum(div[2]!), heading: div[3]!.trim(), line: lineNo },
      [level, WORD_RANK[word] ?? 0],
    );
    return;
  }
  if (PREAMBLE_HEADINGS.test(h)) {
    b.toPreamble();
    return;
  }
  if (/^(Anlage|Anhang|Schlussformel|Inhaltsübersicht)\b/u.test(h)) {
    b.openAnnex(h, lineNo);
    return;
  }
  b.report('warning', lineNo, raw, 'de.otherHeading', {});
  b.openAnnex(h, lineNo);
}

/** A block of lines separated by blank lines: a paragraph, an item, or a continuation of the previous item. */
function addBlock(b: BodyBuilder, lines: string[], start: number): void {
  const first = lines[0]!;
  const indented = isSpaceCode(first.charCodeAt(0)) && isSpaceCode(first.charCodeAt(1)); // /^\s{2,}/
  const joined = collapse(lines.join(' '));
  // Footnotes: `[^id]` marks where one applies, `[^id]: **Amtlicher Hinweis:** …` is its text — a note, not law text.
  const footnote = FOOTNOTE.exec(joined);
  if (footnote) {
    const label = footnote[1] ?? 'Fußnote';
    if (!b.annotate('note', footnote[2]!.trim(), label.trim())) b.addParagraph(para(joined));
    return;
  }
  // Footnote marks removed (and the spaces around them collapsed again); `joined` is already collapsed when it has none.
  const text = joined.includes('[^') ? collapse(joined.replace(/\[\^[^\]\s]+\](?!:)/gu, '')) : joined;
  if (text === '') return;
  if (!b.currentArticle) {
    // Preamble / division text / annex: keep as plain paragraphs.
    b.addParagraph(para(text));
    return;
  }
  // A repealed norm's body is printed as "-" or "(weggefallen)": the flag says it all.
  if (b.currentArticle.repealed && (REPEALED.test(text) || text === '-')) return;
  const c = text.charCodeAt(0);
  const pn = c === 0x28 /* ( */ ? PARA_NUM.exec(text) : null;
  if (pn && !indented) {
    b.addParagraph(para(pn[2]!.trim(), pn[1]!));
    return;
  }
  // Every item marker begins with a digit, a small letter or `(`.
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x28) {
    for (let k = 0; k < ITEMS.length; k++) {
      const m = ITEMS[k]![0].exec(text);
      if (m) {
        b.addItem(ITEMS[k]![1], m[1]!, m[2]!.trim());
        return;
      }
    }
  }
  if (indented && start > 0) {
    // An indented block after an item continues it (a second sentence of a Nummer).
    b.continueText(text);
    return;
  }
  b.addParagraph(para(text));
}
