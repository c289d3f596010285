/**
 * Arguments for every sentence of the xml group (src/model/messages/xml.ts), for
 * tests/unit/i18n/problem-messages.test.ts: typed, so a sentence without a sample does not
 * compile. Strings are data the translations must pass through untouched, except arguments
 * named `kind` or ending in `Kind` (a vocabulary each language words itself).
 */
import type { xmlMessages } from '../../../../src/model/messages/index.js';

type M = typeof xmlMessages;

export const xmlSamples: { [K in keyof M]: Parameters<M[K]>[0] } = {
  'xml.tooLarge': { length: 812, limit: 640 },
  'xml.malformed': { detail: 'text data outside of root node' },
  'xml.entity': { detail: 'undefined entity', ref: '&nbsp;' },
  'xml.closeTagMismatch': { close: '</b>', open: '<a>', at: { line: 12 }, column: 7 },
  'xml.unclosed': { open: '<akn:body>', at: { line: 40 }, column: 3 },
  'xml.doctype': {},
  'xml.doctypeNotAccepted': { kind: 'internalSubset', root: 'dokumente' },
  'xml.tooManyElements': { limit: 500 },
  'xml.tooDeep': { limit: 200 },
  'xml.noRoot': {},
  'akn.noteOutsideArticle': {},
  'akn.outsideArticle': { element: 'blockList' },
  'akn.unattachedNote': { eId: 'not_3' },
  'akn.secondBody': { element: 'mainBody' },
  'akn.strayInDocument': { element: 'foo', document: 'act' },
  'akn.strayInPart': { element: 'chapter', part: 'preface' },
  'akn.notAkn': { root: 'html' },
  'akn.unexpectedNamespace': { ns: 'http://example.org/akn', akn: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0' },
  'akn.unsupportedType': { element: 'judgment' },
  'akn.emptyRoot': {},
  'akn.noBody': { element: 'bill' },
  'uslm.notUslm': { root: 'act', ns: 'http://example.org/ns', uslm: 'http://schemas.gpo.gov/xml/uslm' },
  'uslm.noMain': { kind: 'resolution' },
  'uslm.noSection': {},
  'uslm.duplicateSection': { num: '101' },
  'gii.dropped': { kind: 'otherElement', element: 'extra', count: 3 },
  'gii.normWithoutNumber': { enbez: '§ zwölf' },
  'gii.normNotArticle': { enbez: 'Schlussbestimmung' },
  'gii.normWithoutEnbez': {},
  'gii.notGii': { root: 'x:gesetz' },
  'gii.noNorm': {},
  'moj.chapterHeading': { path: 'Laws[0].LawArticles[4]', heading: '附則' },
  'moj.articleNumber': { entry: 17, number: '第十七 條' },
  'moj.attachments': { count: 2 },
  'moj.abolished': { note: '廢' },
  'moj.noArticle': {},
  'moj.notLaws': { root: 'Gesetze' },
  'moj.otherEntry': { entry: 5, element: '附表' },
  'moj.noContent': {},
  'moj.lawNotFound': { wanted: 'I0050099', count: 3, names: ['個人資料保護法', '民法', '刑法'] },
  'moj.manyLaws': { count: 3, first: '個人資料保護法', others: ['民法', '刑法'] },
  'moj.invalidJson': { detail: 'Unexpected token } in JSON at position 42' },
  'moj.jsonFieldNotString': { path: 'Laws[0].LawName', foundKind: 'number' },
  'moj.jsonArticlesNotArray': { path: 'Laws[0].LawArticles', foundKind: 'object' },
  'moj.jsonArticleNotObject': { path: 'Laws[0].LawArticles[2]', foundKind: 'string' },
  'moj.jsonContentNotString': { path: 'Laws[0].LawArticles[2].ArticleContent', foundKind: 'undefined' },
  'moj.jsonNumberNotString': { path: 'Laws[0].LawArticles[2].ArticleNo', foundKind: 'null' },
  'moj.jsonArticleType': { path: 'Laws[0].LawArticles[2].ArticleType', found: '"B"', foundKind: 'string' },
  'moj.jsonLawNotObject': { path: 'Laws[1]', foundKind: 'array' },
  'moj.jsonLawsNotArray': { path: 'Laws', foundKind: 'boolean' },
  'moj.jsonNotObject': { foundKind: 'array' },
  'moj.jsonNoLaw': { path: 'Laws' },
};
