/**
 * Arguments for every sentence of the text group (src/model/messages/text.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { textMessages } from '../../../../src/model/messages/index.js';

type M = typeof textMessages;

export const textSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'text.duplicateNumber': { label: '第二条', first: { line: 12 } },
  'de.frontMatterOpen': {},
  'de.noNorm': {},
  'de.normWithoutNumber': { heading: '§ zwölf Heading' },
  'de.otherHeading': {},
  'text.unknownFormat': { name: 'draft.txt' },
  'text.noteBeforeFirstArticle': {},
  'text.docxNotText': {},
  'text.pdfNotText': {},
  'text.htmlNotText': {},
  'text.badLanguageOption': { tag: 'chinese please' },
  'text.badDocumentLanguage': { tag: 'zh_CN!' },
  'text.lineTooLong': { at: { line: 3 }, length: 950, max: 900 },
  'cn.strayMarkup': { markup: '<html><body>' },
  'cn.strayMarkupBeforeHeading': { markup: '</p>' },
  'cn.emptyHeading': {},
  'cn.articleNotNumeral': {},
  'cn.articleUnreadable': { heading: '第一O条' },
  'cn.divisionUnreadable': { heading: '第X章' },
  'cn.noArticle': {},
  'tw.divisionForm': {},
  'tw.articleForm': {},
  'tw.otherHeading': {},
  'tw.reasonBeforeFirstArticle': {},
  'tw.notUnderlined': {},
  'tw.noArticle': {},
  'tw.invalidJson': { detail: 'Unexpected token } in JSON at position 12' },
  'tw.noLawData': {},
  'tw.entryNotObject': {},
  'tw.entryFields': {},
  'tw.reasonKey': {},
  'en.noNumber': { word: 'Section' },
  'en.otherHeading': {},
  'en.noArticle': {},
  'numbering.gap': { from: '59', fromLabel: '第五十九条', to: '61', toLabel: '第六十一条', prevAt: { line: 120 }, at: { line: 131 } },
  'numbering.back': { from: '12', to: '11', at: { line: 40 } },
  'numbering.repeat': { from: '7-1', fromLabel: '第七條之一', to: '7-1', toLabel: '第七條之一' },
  'decode.unknownEncoding': { byKind: 'meta', label: 'x-mac-klingon' },
  'decode.declaredButUtf8': { byKind: 'http', label: 'iso-8859-1', encoding: 'Windows-1252 (Latin-1)' },
  'decode.declaredUtf8ButLegacy': { byKind: 'xml', label: 'utf-8', encoding: 'GB18030' },
  'decode.unreadable': { count: 3, encoding: 'Big5' },
  'decode.replacement': { count: 2 },
  'decode.moreReplacements': { chars: 42, lines: 17 },
};
