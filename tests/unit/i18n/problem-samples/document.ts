/**
 * Arguments for every sentence of the document group (src/model/messages/document.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { documentMessages } from '../../../../src/model/messages/index.js';

type M = typeof documentMessages;

export const documentSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'document.noLawFound': { name: 'draft.docx' },
  'document.wrongFormat': { name: 'draft.pdf', docKind: 'pdf', formatKind: 'uslm' },

  'zip.cutShort': {},
  'zip.notZip': {},
  'zip.zip64': {},
  'zip.tooManyEntries': { entries: 904, max: 900 },
  'zip.directoryDamaged': { entry: 3, total: 17 },
  'zip.encrypted': { name: 'word/document.xml' },
  'zip.tooBig': { limitMib: 64, name: 'word/document.xml', size: 987 },
  'zip.misplaced': { name: 'word/styles.xml' },
  'zip.entryCutShort': { name: 'word/document.xml', needed: 812, present: 405 },
  'zip.storedSizeMismatch': { name: 'word/document.xml', stored: 310, declared: 320 },
  'zip.method': { name: 'word/document.xml', method: 12 },
  'zip.entryUnpackFailed': { name: 'word/document.xml', detail: 'invalid distance' },
  'zip.entryOverDeclared': { name: 'word/document.xml', declared: 500, stoppedAt: 516 },
  'zip.entryEndsEarly': { name: 'word/document.xml' },
  'zip.entrySizeMismatch': { name: 'word/document.xml', length: 630, declared: 640 },

  'docx.notZip': {},
  'docx.zipUnreadable': { reasonKind: 'zip.encrypted', name: 'word/document.xml' },
  'docx.noContentTypes': { entries: ['notes.txt', 'photo.jpg', 'a.xml', 'b.xml', 'c.xml'], more: true },
  'docx.otherOffice': { officeKind: 'spreadsheet' },
  'docx.mainMissing': { part: 'word/document.xml' },
  'docx.noBody': { part: 'word/document.xml', root: 'w:hdr' },
  'docx.partUnreadable': { part: 'word/document.xml', paragraph: 41, line: 2, column: 77, detail: 'closing tag </w:t> does not match <w:r>' },
  'docx.unknownList': { paragraph: 12, list: '7' },
  'docx.tableAsText': { table: 2, first: 30, last: 44, rows: 15 },
  'docx.trackedChanges': { insertions: 3, deletions: 1, moves: 2 },
  'docx.hiddenRuns': { count: 4 },
  'docx.boxes': { count: 1 },
  'docx.contents': { count: 36 },
  'docx.endnotes': { count: 5 },
  'docx.unknownNumberFormats': { formats: ['ideographTraditional', 'thaiLetters'] },
  'docx.footnoteBeforeArticles': { footnote: 2, paragraph: 6 },

  'pdf.notPdf': { name: 'law.pdf' },
  'pdf.tooBig': { name: 'law.pdf', mb: 312, max: 200 },
  'pdf.readerUnavailable': { reasonKind: 'other', detail: 'Failed to fetch dynamically imported module' },
  'pdf.unreadable': { name: 'law.pdf', reasonKind: 'broken', detail: 'Invalid PDF structure' },
  'pdf.tooManyPages': { name: 'law.pdf', pages: 812, max: 500 },
  'pdf.pageUnreadable': { page: 7, reasonKind: 'other', detail: 'Bad FCHECK in flate stream' },
  'pdf.noTextLayer': { name: 'scan.pdf', pages: 12 },
  'pdf.twoColumns': { name: 'synopsis.pdf', page: 3 },
  'pdf.runningText': { kind: 'header', text: 'Entwurf – Stand 3. Mai', pages: [2, 5, 9] },
  'pdf.pageNumbers': { pages: [1, 3, 8] },
  'pdf.lineNumbers': { count: 240, pages: [2, 4] },
  'pdf.hyphens': { count: 17, example: 'Datenschutz' },
  'pdf.rotated': { pages: [6] },
  'pdf.emptyPages': { pages: [4, 11] },

  'html.mainOnly': { element: 'main', roleMain: false },
  'html.around': { count: 3 },
  'html.menus': { count: 2 },
  'html.hidden': { count: 9 },
  'html.tables': { count: 1 },
  'html.tooLong': { length: 980, max: 900 },
};
