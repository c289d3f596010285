/**
 * English plain text in the convention of English translations of Chinese and
 * EU legislation: `Article 1` / `Article 1:` / `Art. 1` / `Section 1` /
 * `Sec. 1.` articles, `Part`/`Chapter`/`Section`/`Title` divisions (with or
 * without `#`), paragraphs separated by blank lines, items `(1)`, `1.`,
 * `(a)`, `(i)`, and `> Explanation: …` notes after an article.
 */
import { para } from '../doc.js';
import { normalizeDivisionNum } from '../numerals.js';
import type { Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { BodyBuilder, collapse, PROGRESS_LINE_MASK, splitLines, splitNoteLabel, type ProgressCallback } from './builder.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

const ARTICLE_WORDS = /^(Article|Art\.|ARTICLE|Section|Sec\.|SECTION|SEC\.|§)\s+/u;
const NUMBER = /^(\d+[A-Za-z]{0,2}(?:-\d+)?)(?![\w-])\.?(?::)?/u;
/** `Chapter 3`, `Part II`, and divisions inserted after one: `Chapter 3A`, `Subchapter IVA`. */
const DIVISION = /^(Part|Chapter|Section|Title|Division|Book|Subpart|Subchapter|PART|CHAPTER|SECTION|TITLE|DIVISION|BOOK)\s+([IVXLC]+[A-Z]?|\d+[A-Za-z]?|[A-Z])\b\.?:?\s*(?:[-–—:.]\s*)?(.*)$/u;
const DIV_RANK: Record<string, number> = { book: 0, part: 1, title: 2, division: 2, chapter: 3, subpart: 3, subchapter: 4, section: 5 };
const ITEMS: [RegExp, string][] = [
  [/^(\(\d{1,3}\))\s*(.*)$/su, 'paren-digit'],
  [/^(\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\))\s+(.*)$/su, 'paren-roman'],
  [/^(\([a-z]{1,2}\))\s+(.*)$/su, 'paren-letter'],
  [/^([a-z]\))\s+(.*)$/su, 'letter-paren'],
  [/^(\d{1,3}\.)\s+(.*)$/su, 'digit-dot'],
];

type Scheme = 'article' | 'section';

/** Which word numbers the articles: documents that use `Article` treat `Section` as a division. */
function detectScheme(lines: readonly string[]): Scheme {
  return lines.some((l) => /^(#{1,6}\s+)?(Article|Art\.|ARTICLE)\s+\d/u.test(l.trim())) ? 'article' : 'section';
}

/** Is the rest of an article line a caption ("Purpose", "(Purpose)") rather than the start of its text? */
function splitCaption(rest: string): { heading: string; text: string } {
  const r = rest.trim();
  if (!r) return { heading: '', text: '' };
  const bracket = /^[([【]([^)\]】]{1,120})[)\]】]\s*(.*)$/u.exec(r);
  if (bracket) return { heading: bracket[1]!.trim(), text: bracket[2]!.trim() };
  const dash = /^[-–—:]\s*(.*)$/u.exec(r);
  const candidate = dash ? dash[1]!.trim() : r;
  const words = candidate.split(/\s+/u).length;
  if (!/[.;:,]$/u.test(candidate) && words <= 14) return { heading: candidate, text: '' };
  // US style: `SEC. 2. DEFINITIONS.`
  if (words <= 14 && !/\p{Ll}/u.test(candidate)) return { heading: candidate.replace(/\.$/u, ''), text: '' };
  return { heading: '', text: candidate };
}

/** Imports English plain text; `onProgress` gets the fraction of lines read every 2,048 lines. */
export function importEn(text: string, language = 'en', onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const b = new BodyBuilder(language);
  const lines = splitLines(text);
  const scheme = detectScheme(lines);
  const metadata: string[] = [];
  let block: { start: number; lines: string[] } | undefined;
  let noteOpen = false;

  const flush = (): void => {
    if (!block) return;
    const t = collapse(block.lines.join(' '));
    if (b.beforeFirstArticle && b.doc.body.length === 0) metadata.push(t);
    else addBodyText(b, t);
    block = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    if (onProgress !== undefined && (i & PROGRESS_LINE_MASK) === 0) onProgress(i / lines.length);
    const raw = lines[i]!;
    const lineNo = i + 1;
    const t = raw.trim();
    if (t === '') {
      flush();
      noteOpen = false;
      continue;
    }
    if (t.startsWith('>')) {
      flush();
      const note = t.replace(/^>\s?/u, '').trim();
      if (!note) continue;
      if (noteOpen) {
        b.continueAnnotation(note);
        continue;
      }
      const { label, text: body } = splitNoteLabel(note, 'Note');
      noteOpen = b.annotate(/explanation|reason/iu.test(label) ? 'explanation' : 'note', body, label);
      if (!noteOpen) b.report('warning', lineNo, raw, 'text.noteBeforeFirstArticle', {});
      continue;
    }
    noteOpen = false;
    const hashes = /^(#{1,6})\s+(.*)$/u.exec(t);
    const line = hashes ? hashes[2]!.trim() : t;
    if (hashes && hashes[1]!.length === 1 && !b.doc.title) {
      flush();
      b.doc.title = collapse(line);
      continue;
    }

    const word = ARTICLE_WORDS.exec(line);
    const isArticleWord = word && (scheme === 'article' ? /^(Article|Art\.|ARTICLE)/u.test(word[1]!) : true);
    if (word && isArticleWord) {
      flush();
      const after = line.slice(word[0].length);
      const num = NUMBER.exec(after);
      if (!num) {
        b.report('error', lineNo, raw, 'en.noNumber', { word: word[1]! });
        continue;
      }
      const label = `${word[1]} ${num[1]}`.trim();
      let { heading, text: body } = splitCaption(after.slice(num[0].length));
      // EU style: the caption on the line under `Article 5`.
      const next = lines[i + 1]?.trim() ?? '';
      if (!heading && !body && isCaptionLine(next)) {
        heading = next;
        i++;
      }
      b.openArticle(label, num[1]!.toLowerCase(), heading, lineNo, raw);
      if (body) block = { start: lineNo, lines: [body] };
      continue;
    }

    const div = DIVISION.exec(line);
    if (div && line.length <= 160 && !/[.;,]$/u.test(line)) {
      flush();
      const type = div[1]!.toLowerCase();
      b.openDivision(
        { type, label: `${div[1]} ${div[2]}`, num: normalizeDivisionNum(div[2]!), heading: collapse(div[3] ?? ''), line: lineNo },
        [DIV_RANK[type] ?? 5],
      );
      continue;
    }
    if (hashes && !b.beforeFirstArticle) {
      flush();
      b.report('warning', lineNo, raw, 'en.otherHeading', {});
      b.openAnnex(collapse(line), lineNo);
      continue;
    }
    if (!block) block = { start: lineNo, lines: [] };
    block.lines.push(line);
  }
  flush();
  if (metadata.length > 0) b.doc.metadata.text = metadata.join('\n');
  if (b.beforeFirstArticle) b.report('error', 0, '', 'en.noArticle', {});
  return { doc: b.doc, problems: b.problems };
}

/** A short line with no closing punctuation and no item marker: a caption. */
function isCaptionLine(line: string): boolean {
  if (!line || line.startsWith('>') || line.startsWith('#') || /[.;:,]$/u.test(line)) return false;
  if (ITEMS.some(([re]) => re.test(line)) || ARTICLE_WORDS.test(line) || DIVISION.test(line)) return false;
  return line.split(/\s+/u).length <= 14;
}

function addBodyText(b: BodyBuilder, text: string): void {
  if (b.currentArticle) {
    for (const [re, style] of ITEMS) {
      const m = re.exec(text);
      if (!m) continue;
      if (style === 'digit-dot' && b.currentArticle.paragraphs.every((p) => p.num !== '') ) {
        // EU style: numbered paragraphs `1.`, `2.`.
        b.addParagraph(para(m[2]!.trim(), m[1]!));
        return;
      }
      b.addItem(style, m[1]!, m[2]!.trim());
      return;
    }
  }
  b.addParagraph(para(text));
}
