/**
 * What every importer of a source text shares, whatever its format: detection, the language, the
 * lines too long to read, the warnings about numbering and U+FFFD, problems sorted, progress. The
 * format's own reader is handed in ({@link importSourceWith}), so that `importSource` (index.ts)
 * can hold every reader at once and the command line load only the one a file needs (lazy.ts).
 */
import { hasErrors, problem, type Problem } from '../problems.js';
import { FORMAT_NAMES, SourceFormats, type SourceFormat, type VersionDoc } from '../types.js';
import type { ProgressCallback } from './builder.js';
import { emptyDoc } from '../doc.js';
import { numberingProblems } from '../numbering.js';
import { canonicalLanguage, shownTag } from '../language.js';
import { replacementProblems } from './decode.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

/** What an import produced: the version (possibly partial) and every problem, errors first. */
export interface ImportResult {
  /** False when any problem is an error: the version should not be saved as is. */
  ok: boolean;
  format: SourceFormat;
  doc: VersionDoc;
  problems: Problem[];
}

export interface ImportOptions {
  /** Skip detection and use this importer. */
  format?: SourceFormat;
  /** The file name, for detection by extension and for problem reports. */
  fileName?: string;
  /** Language of the text when the format does not say (`zh-Hans`, `de`, …). */
  language?: string;
  /**
   * Called with the fraction (0..1) of the input read so far, for a progress bar: once with 0
   * at the start, then at most every ~2,000 lines (Markdown and text formats) or 64 KB (XML),
   * always with a larger fraction than the call before, and once with 1 when the import is
   * done. JSON formats report only 0 and 1. Cheap enough to leave on; the result is the same
   * with or without it. Runs synchronously inside the import (post it from a worker as is).
   */
  onProgress?: (fraction: number) => void;
  /** The encoding the text was decoded from (`decodeBytes`), named in the warnings about U+FFFD in it. */
  encoding?: string;
}

/** Each format's name, as `--help` and messages give it (defined beside SourceFormats; the UI's are in its catalogues). */
export { FORMAT_NAMES };

/** True when `s` names a format lawdiff can import. */
export function isSourceFormat(s: string): s is SourceFormat {
  return (SourceFormats as readonly string[]).includes(s);
}

/**
 * Guesses the format of a source text from its content (and file name);
 * undefined when nothing fits.
 */
export function detectFormat(text: string, fileName = ''): SourceFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4000);
  if (head.startsWith('<')) {
    if (/schemas\.gpo\.gov\/xml\/uslm|<(bill|resolution)\b[^>]*uslm/iu.test(head)) return 'uslm';
    if (/akomaNtoso|legaldocml/iu.test(head)) return 'akn';
    if (/<dokumente[\s>]/u.test(head) && /<norm[\s>]/u.test(head)) return 'gii';
    if (/<法規[\s>]/u.test(head) || /<LAWS[\s>][\s\S]*<法規/u.test(head)) return 'tw-moj';
    return undefined;
  }
  if (head.startsWith('{')) {
    if (/"law_data"\s*:/u.test(text)) return 'tw-json';
    if (/"LawArticles"\s*:/u.test(text)) return 'tw-moj';
    if (/"format"\s*:\s*"lawdiff-version\/1"/u.test(head)) return 'json';
    return undefined;
  }
  // Line ends normalized first: with CR-only line ends, `[^\n]*\n` below ran from every line start to the end (quadratic).
  const sample = text.slice(0, 200_000).replace(/\r\n?/g, '\n');
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const scores: [SourceFormat, number][] = [
    ['tw', count(/^第[^\n]{1,12}條[^\n]*\n-{3,}\s*$/gmu) * 3],
    ['cn', count(/^第[〇零一二三四五六七八九十百千万两0-9]+条[\s\u3000]/gmu)],
    ['de', count(/^#{1,6}\s+§\s*\d/gmu) * 2],
    ['en', count(/^(#{1,6}\s+)?(Article|Art\.|ARTICLE|Section|Sec\.|SECTION|SEC\.)\s+\d/gmu)],
  ];
  // 條 in running text written as plain lines (no setext) is still Taiwan/traditional.
  const twPlain = count(/^第[〇零一二三四五六七八九十百千万0-9]+條[\s\u3000]/gmu);
  if (twPlain > 0) scores.push(['cn', twPlain]);
  scores.sort((a, b) => b[1] - a[1]);
  const best = scores[0]!;
  if (best[1] > 0) return best[0];
  if (/\.json$/iu.test(fileName)) return 'json';
  return undefined;
}

/** One format's reader: the text (and its language) to a version and the problems found in it. */
export type FormatReader = (text: string, language: string, progress: ProgressCallback | undefined) => { doc: VersionDoc; problems: Problem[] };

/** The reader of a format that never comes as a text (a Word document, a PDF, a web page: their bytes go to their readers). */
export function notText(format: 'docx' | 'pdf' | 'html'): FormatReader {
  const code = format === 'docx' ? 'text.docxNotText' : format === 'pdf' ? 'text.pdfNotText' : 'text.htmlNotText';
  return (_text, language) => ({ doc: emptyDoc(language), problems: [problem('error', 0, '', code, {})] });
}

function defaultLanguage(format: SourceFormat, text: string): string {
  switch (format) {
    case 'cn':
      return /條/u.test(text.slice(0, 20000)) ? 'zh-Hant' : 'zh-Hans';
    case 'tw':
    case 'tw-json':
    case 'tw-moj':
      return 'zh-Hant';
    case 'de':
    case 'gii':
      return 'de';
    case 'en':
    case 'uslm':
    case 'akn':
    case 'json':
      return 'en';
    case 'docx':
    case 'pdf':
    case 'html':
      return 'und';
    default: {
      const never: never = format;
      return never;
    }
  }
}

/**
 * Imports a source text into a version with the reader `readerFor` gives for its format (see
 * `importSource`). Never throws for bad input: an unknown format, malformed file or unparsable line
 * comes back as problems.
 */
export function importSourceWith(text: string, options: ImportOptions, readerFor: (format: SourceFormat) => FormatReader): ImportResult {
  const format = options.format ?? detectFormat(text, options.fileName);
  if (!format) {
    // The first line with text is where a format shows itself: the problem names it and quotes it.
    const first = /\S/u.exec(text.slice(0, 100_000));
    const at = first ? first.index : 0;
    const lineNo = first ? text.slice(0, at).split(/\r\n|\r|\n/u).length : 1;
    const lineEnd = text.slice(at, at + 400).search(/[\r\n]/u);
    const p = problem(
      'error',
      lineNo,
      first ? text.slice(at, lineEnd < 0 ? at + 400 : at + lineEnd) : '',
      'text.unknownFormat',
      { name: options.fileName },
    );
    const problems = [p, ...replacementProblems(text, options.encoding)];
    if (options.fileName) for (const q of problems) q.file = options.fileName;
    options.onProgress?.(1);
    return { ok: false, format: 'en', doc: emptyDoc(options.language ?? 'und'), problems };
  }
  // A language tag Intl cannot read would make every later comparison fail: refused here, with the option named.
  if (options.language !== undefined && options.language !== '' && canonicalLanguage(options.language) === undefined) {
    const p = problem('error', 0, '', 'text.badLanguageOption', { tag: shownTag(options.language) });
    if (options.fileName) p.file = options.fileName;
    options.onProgress?.(1);
    return { ok: false, format, doc: emptyDoc('und'), problems: [p] };
  }
  const language = options.language ?? defaultLanguage(format, text);
  const progress = options.onProgress && increasing(options.onProgress);
  progress?.(0);
  // Line-based formats: a line over the limit is refused (and read as blank, so the others keep their numbers).
  const long = format === 'cn' || format === 'tw' || format === 'de' || format === 'en' ? longLines(text) : { text, problems: [] };
  const { doc, problems } = readerFor(format)(long.text, language, progress);
  problems.push(...long.problems, ...replacementProblems(text, options.encoding));
  // XML names its own language (xml:lang, FRBRlanguage): one that is not a tag is reported and replaced by `und`.
  if (format !== 'json' && doc.language !== '' && canonicalLanguage(doc.language) === undefined) {
    problems.push(problem('warning', 1, '', 'text.badDocumentLanguage', { tag: shownTag(doc.language) }));
    doc.language = 'und';
  }
  problems.push(...numberingProblems(doc, { lineText: sourceLines(format, text), hasLines: format !== 'json', known: problems }));
  if (options.fileName) for (const p of problems) p.file ??= options.fileName;
  problems.sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
  options.onProgress?.(1);
  return { ok: !hasErrors(problems), format, doc, problems };
}

/**
 * The longest line the text importers read, in UTF-16 code units. Their regular expressions
 * backtrack on the recursion stack: a line of ten million characters threw a RangeError. No
 * published law has a paragraph near this long (the longest in the corpus is under 10,000).
 */
export const MAX_LINE_LENGTH = 2_000_000;

/** The text with every line longer than {@link MAX_LINE_LENGTH} blanked, and an error naming each. */
function longLines(text: string): { text: string; problems: Problem[] } {
  if (text.length <= MAX_LINE_LENGTH) return { text, problems: [] };
  const problems: Problem[] = [];
  const kept: string[] = [];
  let line = 1;
  let start = 0;
  let from = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > MAX_LINE_LENGTH) {
      problems.push(
        problem('error', line, text.slice(start, start + 200), 'text.lineTooLong', { at: { line }, length: i - start, max: MAX_LINE_LENGTH }),
      );
      kept.push(text.slice(from, start));
      from = i;
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  if (problems.length === 0) return { text, problems };
  kept.push(text.slice(from));
  return { text: kept.join(''), problems };
}

/**
 * The text of a source line, for the numbering warnings of line-based formats; undefined for
 * XML (a line of markup says less than the article's label and heading) and version JSON (whose
 * line numbers belong to the text it was imported from). Splits the text only when asked.
 */
function sourceLines(format: SourceFormat, text: string): ((line: number) => string) | undefined {
  if (format === 'uslm' || format === 'akn' || format === 'json' || format === 'gii' || format === 'tw-moj') return undefined;
  let lines: string[] | undefined;
  return (line) => (lines ??= text.split(/\r\n|\r|\n/u))[line - 1] ?? '';
}

/** Passes on only fractions in [0, 1) larger than the last one passed, so the caller's bar never goes back and 1 comes once, at the end. */
function increasing(onProgress: ProgressCallback): ProgressCallback {
  let last = -1;
  return (fraction) => {
    if (fraction > last && fraction < 1) {
      last = fraction;
      onProgress(fraction);
    }
  };
}
