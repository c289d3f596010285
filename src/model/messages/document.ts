/**
 * The sentences of the readers of Word, PDF and web pages (src/model/import/docx.ts, zip.ts, pdf.ts, pdf-read.ts, html.ts, html-parse5.ts, file.ts, blocks.ts).
 */
import { FORMAT_NAMES, type SourceFormat } from '../types.js';
import type { MessageTemplates, NoArgs } from './types.js';
import { registerMessages } from './registry.js';

const count = (n: number): string => n.toLocaleString('en');
const s = (n: number, one: string, other: string): string => (n === 1 ? one : other);

/** Pages as runs for a sentence: `3`, `1–12`, `2, 5, 7–9` (at most 8 runs, then `…`); the same in every language. */
export function pageRuns(pages: readonly number[]): { runs: string[]; more: boolean; pages: number } {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return { runs: runs.slice(0, 8), more: runs.length > 8, pages: sorted.length };
}

/** Pages numbered as a list for a message: `page 3`, `pages 1–12`, `pages 2, 5, 7–9`. */
export function pageList(pages: readonly number[]): string {
  const r = pageRuns(pages);
  return `${r.pages === 1 ? 'page' : 'pages'} ${r.runs.join(', ')}${r.more ? ', …' : ''}`;
}

/** The text conventions a document can hold (src/model/import/blocks.ts TEXT_FORMATS). */
export const DOCUMENT_TEXT_FORMATS: readonly SourceFormat[] = ['cn', 'tw', 'de', 'en'];

/** The kinds of document, for a sentence that names one. */
export type DocumentKind = 'docx' | 'pdf' | 'html';

const docName: Record<DocumentKind, string> = { docx: 'the Word document', pdf: 'the PDF', html: 'the web page' };
const docKindName: Record<DocumentKind, string> = { docx: 'a Word document', pdf: 'a PDF', html: 'a web page' };

/** Why pdf.js could not read a file or a page: a password, a broken structure (with pdf.js's words), or pdf.js's own message. */
export type PdfReason = { reasonKind: 'password'; detail?: undefined } | { reasonKind: 'broken'; detail?: string | undefined } | { reasonKind: 'other'; detail: string };

function pdfWhy(a: PdfReason): string {
  switch (a.reasonKind) {
    case 'password':
      return 'it is protected by a password; open it in a PDF reader and save a copy without one';
    case 'broken':
      return `its structure is broken (${a.detail ?? 'invalid PDF'}) — was the download or copy interrupted?`;
    default:
      return a.detail;
  }
}

/** Why a zip archive (under a Word document) could not be read (src/model/import/zip.ts). */
export const zipMessages = {
  'zip.cutShort': (_: NoArgs) => 'the zip archive is cut short: its central directory (the list of entries at its end) is missing — was the download or copy interrupted?',
  'zip.notZip': (_: NoArgs) => 'not a zip archive (expected a .docx, which is a zip)',
  'zip.zip64': (_: NoArgs) => 'the zip archive uses ZIP64 (for archives over 4 GiB), which lawdiff does not read',
  'zip.tooManyEntries': (a: { entries: number; max: number }) => `the zip archive lists ${count(a.entries)} entries; lawdiff reads at most ${count(a.max)} (a Word document has a few dozen)`,
  'zip.directoryDamaged': (a: { entry: number; total: number }) => `the zip archive's central directory is damaged at entry ${a.entry} of ${a.total}`,
  'zip.encrypted': (a: { name: string }) => `${a.name} in the zip archive is encrypted (a password-protected document): save it without a password`,
  /** `limitMib` in MiB, `size` in bytes. */
  'zip.tooBig': (a: { limitMib: number; name: string; size: number }) =>
    `the entries lawdiff reads unpack to more than ${a.limitMib} MiB (${a.name} declares ${count(a.size)} bytes); lawdiff reads documents up to ${a.limitMib} MiB unpacked — is it a zip bomb?`,
  'zip.misplaced': (a: { name: string }) => `the zip archive is damaged: the data of ${a.name} is not where its directory says`,
  'zip.entryCutShort': (a: { name: string; needed: number; present: number }) => `the zip archive is cut short: ${a.name} needs ${count(a.needed)} bytes, ${count(a.present)} are there`,
  'zip.storedSizeMismatch': (a: { name: string; stored: number; declared: number }) => `the zip archive is damaged: ${a.name} is stored with ${count(a.stored)} bytes but declares ${count(a.declared)}`,
  'zip.method': (a: { name: string; method: number }) => `${a.name} in the zip archive is compressed with method ${a.method}; lawdiff reads stored and deflated entries (what Word, LibreOffice and Google Docs write)`,
  /** `detail`: the inflater's own message. */
  'zip.entryUnpackFailed': (a: { name: string; detail: string }) => `${a.name} in the zip archive cannot be unpacked (${a.detail}): the file is damaged or cut short`,
  'zip.entryOverDeclared': (a: { name: string; declared: number; stoppedAt: number }) => `${a.name} in the zip archive unpacks to more than the ${count(a.declared)} bytes it declares — a zip bomb? (stopped at ${count(a.stoppedAt)} bytes)`,
  'zip.entryEndsEarly': (a: { name: string }) => `${a.name} in the zip archive cannot be unpacked (its compressed data ends too soon): the file is damaged or cut short`,
  'zip.entrySizeMismatch': (a: { name: string; length: number; declared: number }) => `${a.name} in the zip archive unpacks to ${count(a.length)} bytes but declares ${count(a.declared)}: the file is damaged`,
} as const satisfies MessageTemplates;

export type ZipMessages = typeof zipMessages;
export type ZipCode = keyof ZipMessages;
/** A zip failure as the arguments of `docx.zipUnreadable`: the zip sentence's code as `reasonKind`, with its arguments. */
export type ZipFailure = { [K in ZipCode]: { reasonKind: K } & Parameters<ZipMessages[K]>[0] }[ZipCode];

/** A zip failure's sentence in English. */
export function zipText(a: ZipFailure): string {
  return (zipMessages[a.reasonKind] as (x: ZipFailure) => string)(a);
}

export const documentMessages = {
  /** A document whose text has no article heading of any convention. */
  'document.noLawFound': (a: { name: string }) => `no law found in ${a.name}: its text has no article headings lawdiff recognizes (第X条, 第X條, § N, Article N, Section N)`,
  /** `--format uslm` for a PDF: `name` the file's (when known), `docKind` what it is, `formatKind` the format asked for. */
  'document.wrongFormat': (a: { name?: string | undefined; docKind: DocumentKind; formatKind: SourceFormat }) =>
    `${a.name ?? docName[a.docKind]} is ${docKindName[a.docKind]}: it can be read as ${DOCUMENT_TEXT_FORMATS.map((f) => FORMAT_NAMES[f]).join(', ')}, not as ${FORMAT_NAMES[a.formatKind]}`,

  ...zipMessages,

  'docx.notZip': (_: NoArgs) => 'not a Word document: a .docx is a zip archive, and this file does not start like one (expected the bytes "PK")',
  /** The zip under the document could not be read: the zip's sentence (`reasonKind`) after this one's start. */
  'docx.zipUnreadable': (a: ZipFailure) => `not readable as a Word document: ${zipText(a)}`,
  /** `entries`: the first five of the archive's entries (none when it has a word/ folder); `more` when it has more. */
  'docx.noContentTypes': (a: { entries?: readonly string[] | undefined; more?: boolean | undefined }) =>
    `not a Word document: the zip archive has no [Content_Types].xml${a.entries ? ` (its entries: ${a.entries.join(', ')}${a.more ? ', …' : ''})` : ''} — expected a .docx saved by Word, LibreOffice or Google Docs`,
  'docx.otherOffice': (a: { officeKind: 'spreadsheet' | 'presentation' }) =>
    `not a Word document: it is ${a.officeKind === 'spreadsheet' ? 'a spreadsheet (Excel)' : 'a presentation (PowerPoint)'}; lawdiff reads .docx word-processing documents`,
  'docx.mainMissing': (a: { part: string }) => `not a Word document: ${a.part} (the document's text) is missing from the zip archive`,
  'docx.noBody': (a: { part: string; root: string }) => `not a Word document: ${a.part} has no <w:body> (its root is <${a.root}>) — expected a WordprocessingML document`,
  /**
   * A part that is not well-formed XML: `paragraph` of the body it is in (0: before the first), when
   * known; `line` and `column` in the part, when known; `detail` the XML reader's message.
   */
  'docx.partUnreadable': (a: { part: string; paragraph?: number | undefined; line?: number | undefined; column?: number | undefined; detail: string }) =>
    `${a.part}${a.paragraph === undefined ? '' : a.paragraph > 0 ? ` in paragraph ${a.paragraph}` : ' before the first paragraph'} cannot be read${a.line !== undefined ? ` (line ${a.line}${a.column ? `, column ${a.column}` : ''} of the part)` : ''}: ${a.detail} — expected well-formed XML as Word writes it`,
  'docx.unknownList': (a: { paragraph: number; list: string }) => `paragraph ${a.paragraph} is numbered by list ${a.list}, which word/numbering.xml does not define: read without its number`,
  'docx.tableAsText': (a: { table: number; first: number; last: number; rows: number }) =>
    `table ${a.table} (${a.first < a.last ? `paragraphs ${a.first}–${a.last}` : `paragraph ${a.first}`}, ${a.rows} ${s(a.rows, 'row', 'rows')}) read as text: one line per row, its cells joined by " | "`,
  /** Counts of tracked changes; a count of 0 is not said. */
  'docx.trackedChanges': (a: { insertions: number; deletions: number; moves: number }) =>
    `the document has tracked changes (${[a.insertions && `${a.insertions} ${s(a.insertions, 'insertion', 'insertions')}`, a.deletions && `${a.deletions} ${s(a.deletions, 'deletion', 'deletions')}`, a.moves && `${a.moves} ${s(a.moves, 'move', 'moves')}`].filter(Boolean).join(', ')}): read as if all were accepted — inserted and moved text kept, deleted text and the old place of moved text left out`,
  'docx.hiddenRuns': (a: { count: number }) => `${a.count} hidden ${s(a.count, 'run', 'runs')} of text (formatted as hidden in Word) left out`,
  'docx.boxes': (a: { count: number }) => `${a.count} ${s(a.count, 'drawing or text box', 'drawings or text boxes')} left out (only the document's paragraphs and tables are read)`,
  'docx.contents': (a: { count: number }) => `the table of contents (${a.count} ${s(a.count, 'paragraph', 'paragraphs')} in the styles "toc 1" …) left out: it repeats the headings`,
  'docx.endnotes': (a: { count: number }) => `${a.count} ${s(a.count, 'endnote', 'endnotes')} left out (footnotes are read as notes; endnotes are not)`,
  /** `formats`: Word's names of the number formats (`ideographTraditional`). */
  'docx.unknownNumberFormats': (a: { formats: readonly string[] }) => `automatic numbers in ${a.formats.join(', ')} format written as 1, 2, 3`,
  'docx.footnoteBeforeArticles': (a: { footnote: number; paragraph: number }) => `footnote ${a.footnote} (paragraph ${a.paragraph}) comes before the first article: not kept`,

  'pdf.notPdf': (a: { name?: string | undefined }) => `${a.name ?? 'the PDF'} is not a PDF: it does not start with "%PDF-"`,
  'pdf.tooBig': (a: { name?: string | undefined; mb: number; max: number }) => `${a.name ?? 'the PDF'} has ${a.mb} MB; lawdiff reads PDFs of at most ${a.max} MB`,
  'pdf.readerUnavailable': (a: PdfReason) => `the PDF reader could not be loaded (${pdfWhy(a)}); are you offline with a copy of lawdiff that never read a PDF?`,
  'pdf.unreadable': (a: PdfReason & { name?: string | undefined }) => `${a.name ?? 'the PDF'} could not be read as a PDF: ${pdfWhy(a)}`,
  'pdf.tooManyPages': (a: { name?: string | undefined; pages: number; max: number }) => `${a.name ?? 'the PDF'} has ${count(a.pages)} pages; only the first ${count(a.max)} were read`,
  'pdf.pageUnreadable': (a: PdfReason & { page: number }) => `page ${a.page} could not be read (${pdfWhy(a)}) and was skipped`,
  'pdf.noTextLayer': (a: { name?: string | undefined; pages: number }) =>
    `${a.name ?? 'the PDF'} has no text layer: its ${a.pages === 1 ? 'page is an image' : `${a.pages} pages are images`} (a scanned document?). lawdiff reads the text a PDF carries and does not recognize text in images (OCR): use a PDF saved from a word processor or a web page, or the Word file`,
  'pdf.twoColumns': (a: { name?: string | undefined; page: number }) =>
    `${a.name ?? 'the PDF'} is laid out in two columns side by side from page ${a.page} on (a synopsis, 对照表 or Gegenüberstellung?): read as one text, its columns would mix. Import each version from its own file — a synopsis's columns are two readings lawdiff compares for you`,
  /** A line repeated at the top (`header`) or bottom (`footer`) of pages. */
  'pdf.runningText': (a: { kind: 'header' | 'footer'; text: string; pages: readonly number[] }) => `running ${a.kind} “${a.text}” left out on ${pageList(a.pages)}`,
  'pdf.pageNumbers': (a: { pages: readonly number[] }) => `page numbers left out on ${pageList(a.pages)}`,
  'pdf.lineNumbers': (a: { count: number; pages: readonly number[] }) => `${a.count} line numbers in the margin left out on ${pageList(a.pages)}`,
  'pdf.hyphens': (a: { count: number; example?: string | undefined }) => `${a.count} ${s(a.count, 'word', 'words')} hyphenated at the end of a line joined again${a.example ? ` (e.g. “${a.example}”)` : ''}`,
  'pdf.rotated': (a: { pages: readonly number[] }) => `text set sideways or rotated (a watermark, a margin note?) left out on ${pageList(a.pages)}`,
  'pdf.emptyPages': (a: { pages: readonly number[] }) => {
    const one = a.pages.length === 1;
    return `${pageList(a.pages)} ${one ? 'has' : 'have'} no text (blank, or a scanned image) and ${one ? 'was' : 'were'} skipped`;
  },

  /** Only the page's `<main>` (or `role="main"`) was read: `element` its name. */
  'html.mainOnly': (a: { element: string; roleMain: boolean }) => `only the page's main text read (its <${a.element}>${a.roleMain ? ' with role="main"' : ''}): everything around it left out`,
  'html.around': (a: { count: number }) => `${a.count} ${s(a.count, 'part', 'parts')} around the text (navigation, banner, footer, aside or form) left out`,
  'html.menus': (a: { count: number }) => `${a.count} ${s(a.count, 'block', 'blocks')} made mostly of links (a menu?) left out`,
  'html.hidden': (a: { count: number }) => `${a.count} hidden ${s(a.count, 'element', 'elements')} left out`,
  'html.tables': (a: { count: number }) => `${a.count} ${s(a.count, 'table', 'tables')} read as text, one line per row`,
  'html.tooLong': (a: { length: number; max: number }) => `the page has ${count(a.length)} characters; lawdiff reads pages of at most ${count(a.max)}`,
} as const satisfies MessageTemplates;

registerMessages(documentMessages);
