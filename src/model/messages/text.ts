/**
 * The text importers' sentences (src/model/import: the body builder, cn, tw,
 * de, en, the numbering check, decoding, the import entry and its format check).
 */
import { FORMAT_NAMES } from '../types.js';
import { placeText, type MessageTemplates, type NoArgs, type Place } from './types.js';
import { registerMessages } from './registry.js';

/** Who named an encoding: the server's Content-Type, the XML declaration, or a `<meta charset>`. */
export type EncodingClaimKind = 'http' | 'xml' | 'meta';

function claimedBy(kind: EncodingClaimKind, label: string): string {
  return kind === 'http' ? `the server's Content-Type (charset=${label})` : kind === 'xml' ? `the XML declaration (encoding="${label}")` : `<meta charset="${label}">`;
}

/** Two places in English: `lines 3 and 5`, `paragraphs 3 and 5`, `page 1, line 2 and page 2, line 4`. */
function placesText(a: Place, b: Place): string {
  if (a.page === undefined && b.page === undefined) {
    if (a.paragraph === undefined && b.paragraph === undefined) return `lines ${a.line} and ${b.line}`;
    if (a.paragraph !== undefined && b.paragraph !== undefined) return `paragraphs ${a.paragraph} and ${b.paragraph}`;
  }
  return `${placeText(a)} and ${placeText(b)}`;
}

/** An article number in a numbering warning: `59`, or `60 (第六十条)` when the printed label does not spell it. */
function shown(num: string, label: string | undefined): string {
  return label === undefined ? num : `${num} (${label})`;
}

/** Where to look in a numbering warning: between the two articles' places, or near the second's. */
function look(a: { prevAt?: Place | undefined; at?: Place | undefined }): string {
  return a.prevAt !== undefined && a.at !== undefined ? ` (look between ${placesText(a.prevAt, a.at)})` : a.at !== undefined ? ` (look near ${placeText(a.at)})` : '';
}

/** The numbers of a numbering warning: the article before (`from`) and after (`to`), each with its label when the label does not spell it. */
type NumberingArgs = { from: string; fromLabel?: string | undefined; to: string; toLabel?: string | undefined; prevAt?: Place | undefined; at?: Place | undefined };

export const textMessages = {
  /** An article number used twice; `label` as printed, `first` where the first is. */
  'text.duplicateNumber': (a: { label: string; first: Place }) => `article number ${a.label} appears twice (first at ${placeText(a.first)})`,
  'text.noteBeforeFirstArticle': (_: NoArgs) => 'note before the first article has nothing to attach to; ignored',
  'de.frontMatterOpen': (_: NoArgs) => 'front matter is not closed by a "---" line',
  'de.noNorm': (_: NoArgs) => 'no § found (expected headings like "## § 1 Heading")',
  'de.normWithoutNumber': (a: { heading: string }) => `norm heading "${a.heading}" has no readable number (expected "§ 12" or "§ 12a")`,
  'de.otherHeading': (_: NoArgs) => 'heading is neither a division nor a §; kept as an annex',
  /** No convention recognized; `name` is the file's, when there is one. */
  'text.unknownFormat': (a: { name?: string | undefined }) => `unknown format: could not recognize ${a.name ?? 'the text'} as any of ${Object.values(FORMAT_NAMES).join(', ')}; name one with --format`,
  'text.docxNotText': (_: NoArgs) => 'a Word document (.docx) is read from the file itself, not from text: open or upload the .docx file',
  'text.pdfNotText': (_: NoArgs) => 'a PDF is read from the file itself, not from text: open or upload the .pdf file',
  'text.htmlNotText': (_: NoArgs) => 'a web page is read by the HTML reader: open or upload the .html file',
  /** The language option is not a BCP 47 tag; `tag` as given (cut at 60 characters). */
  'text.badLanguageOption': (a: { tag: string }) => `the language option: ${JSON.stringify(a.tag)} is not a BCP 47 language tag (examples: zh-Hans, zh-Hant, de, en)`,
  /** The document names a language that is not a BCP 47 tag; `tag` as given (cut at 60 characters). */
  'text.badDocumentLanguage': (a: { tag: string }) =>
    `the document's language: ${JSON.stringify(a.tag)} is not a BCP 47 language tag (examples: zh-Hans, zh-Hant, de, en); read as "und" (no particular language)`,
  /** A line longer than the importers read: `at` is the line, `length` its characters, `max` the limit. */
  'text.lineTooLong': (a: { at: Place; length: number; max: number }) =>
    `${placeText(a.at)} has ${a.length.toLocaleString('en')} characters; lawdiff reads lines of at most ${a.max.toLocaleString('en')} (break the text into paragraphs)`,

  'cn.strayMarkup': (a: { markup: string }) => `stray markup ${JSON.stringify(a.markup)} ignored`,
  'cn.strayMarkupBeforeHeading': (a: { markup: string }) => `stray markup ${JSON.stringify(a.markup)} before a heading ignored`,
  'cn.emptyHeading': (_: NoArgs) => 'empty heading ignored',
  'cn.articleNotNumeral': (_: NoArgs) => 'article heading has a number that is not a Chinese numeral',
  'cn.articleUnreadable': (a: { heading: string }) => `article heading "${a.heading}" has an unreadable number`,
  'cn.divisionUnreadable': (a: { heading: string }) => `division heading "${a.heading}" has an unreadable number`,
  'cn.noArticle': (_: NoArgs) => 'no article found (expected lines starting with 第X条)',

  'tw.divisionForm': (_: NoArgs) => 'chapter heading is not of the form 第X章 or 第X章之Y (or 編/節/款/目)',
  'tw.articleForm': (_: NoArgs) => 'article heading is not of the form 第X條 or 第X條之Y',
  'tw.otherHeading': (_: NoArgs) => 'heading is neither a chapter nor an article; ignored',
  'tw.reasonBeforeFirstArticle': (_: NoArgs) => 'reason before the first article has nothing to attach to; ignored',
  'tw.notUnderlined': (_: NoArgs) => 'looks like an article heading but is not underlined with ---',
  'tw.noArticle': (_: NoArgs) => 'no article found (expected 第X條 headings underlined with ---)',
  /** The JSON parser's own message in `detail`. */
  'tw.invalidJson': (a: { detail: string }) => `not valid JSON: ${a.detail}`,
  'tw.noLawData': (_: NoArgs) => 'expected an object with a "law_data" array',
  'tw.entryNotObject': (_: NoArgs) => 'expected an object with "rule_no" and "content", or "section_name"',
  'tw.entryFields': (_: NoArgs) => 'expected "rule_no" and "content" strings, or "section_name"',
  'tw.reasonKey': (_: NoArgs) => 'reason is not keyed by an article number (第X條); ignored',

  /** `word` as printed (`Article`, `Section`, `Art.`). */
  'en.noNumber': (a: { word: string }) => `"${a.word}" is not followed by an article number (expected e.g. "${a.word} 12")`,
  'en.otherHeading': (_: NoArgs) => 'heading is neither a division nor an article; kept as an annex',
  'en.noArticle': (_: NoArgs) => 'no article found (expected lines starting with "Article 1" or "Section 1")',

  'numbering.gap': (a: NumberingArgs) =>
    `article numbering jumps from ${shown(a.from, a.fromLabel)} to ${shown(a.to, a.toLabel)}: an article heading may have been swallowed by the article before${look(a)}`,
  'numbering.back': (a: NumberingArgs) =>
    `article numbering goes back from ${shown(a.from, a.fromLabel)} to ${shown(a.to, a.toLabel)}: an article may be misnumbered or out of place${look(a)}`,
  'numbering.repeat': (a: NumberingArgs) => `article number ${shown(a.to, a.toLabel)} follows article ${shown(a.from, a.fromLabel)}: one of them may be misnumbered${look(a)}`,

  /** An encoding named by `byKind` (its `label` as written) that lawdiff does not know. */
  'decode.unknownEncoding': (a: { byKind: EncodingClaimKind; label: string }) => `${claimedBy(a.byKind, a.label)} names an encoding lawdiff does not know; ignored`,
  /** A legacy encoding declared (`encoding`, its name as shown) of bytes that are UTF-8. */
  'decode.declaredButUtf8': (a: { byKind: EncodingClaimKind; label: string; encoding: string }) =>
    `${claimedBy(a.byKind, a.label)} says ${a.encoding}, but the bytes are UTF-8: read as UTF-8`,
  /** UTF-8 declared of bytes that read as the legacy `encoding` (its name as shown). */
  'decode.declaredUtf8ButLegacy': (a: { byKind: EncodingClaimKind; label: string; encoding: string }) =>
    `${claimedBy(a.byKind, a.label)} says UTF-8, but the bytes are not UTF-8; they read as ${a.encoding}: read so`,
  /** `count` characters of a line not valid in the `encoding` the text was read in (its name as shown). */
  'decode.unreadable': (a: { count: number; encoding: string }) =>
    `${a.count === 1 ? 'A character' : `${a.count} characters`} could not be read as ${a.encoding} and became U+FFFD (�): the text is in another encoding, or damaged`,
  /** `count` U+FFFD in a line of a text whose encoding is not known. */
  'decode.replacement': (a: { count: number }) =>
    `${a.count === 1 ? 'A replacement character' : `${a.count} replacement characters`} (U+FFFD): bytes lost when the text was decoded (it was read in the wrong encoding, or damaged)`,
  /** `chars` more U+FFFD on `lines` more lines than the warnings name one by one. */
  'decode.moreReplacements': (a: { chars: number; lines: number }) =>
    `${a.chars} more replacement character${a.chars === 1 ? '' : 's'} (U+FFFD) on ${a.lines} more line${a.lines === 1 ? '' : 's'}, from this one on`,
} as const satisfies MessageTemplates;

registerMessages(textMessages);
