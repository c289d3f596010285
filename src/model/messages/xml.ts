/**
 * The sentences of the XML parser (src/model/xml.ts) and the XML and JSON importers: Akoma Ntoso (src/model/akn), USLM, gesetze-im-internet.de, the Taiwan law database (src/model/import/uslm.ts, gii.ts, tw-moj.ts).
 */
import { placeText, type MessageTemplates, type NoArgs, type Place } from './types.js';
import { registerMessages } from './registry.js';

/** Why a DOCTYPE other than the one accepted was refused: it has an internal subset (`[…]`), or another shape or root. */
export type DoctypeKind = 'internalSubset' | 'other';

/** What the gesetze-im-internet.de importer leaves out, counted in one warning per kind. */
export type GiiDroppedKind = 'sentenceNumbers' | 'images' | 'tables' | 'divisionFootnotes' | 'repealedText' | 'otherElement';

/** A JSON value's type, as the Taiwan law database importer names what it found. */
export type JsonTypeKind = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'undefined';

/** The kind of a USLM document. */
export type UslmRootKind = 'bill' | 'resolution';

/**
 * Where an entry of a Taiwan law database export is: its JSON path (`Laws[0].LawArticles[3]`),
 * or in the XML its 1-based position among the children of `<法規內容>`.
 */
export type MojWhere = { readonly path: string; readonly entry?: undefined } | { readonly entry: number; readonly path?: undefined };

/** A JSON type as the English sentences name it: `a string`, `an array`, `null`. */
export function jsonTypeText(k: JsonTypeKind): string {
  return k === 'null' ? 'null' : k === 'array' ? 'an array' : k === 'object' ? 'an object' : `a ${k}`;
}

function mojWhere(w: MojWhere): string {
  return w.path ?? `<法規內容> entry ${w.entry}`;
}

function giiDropped(a: { kind: GiiDroppedKind; element?: string | undefined }): string {
  switch (a.kind) {
    case 'sentenceNumbers':
      return 'sentence numbers (<SUP class="Rec">) dropped';
    case 'images':
      return 'images (<IMG>) dropped: lawdiff compares text';
    case 'tables':
      return 'tables read as text: one paragraph per row, cells separated by " | "';
    case 'divisionFootnotes':
      return 'footnotes of divisions dropped (they have no article to attach to)';
    case 'repealedText':
      return 'text of repealed ranges (§§ … bis …) dropped';
    case 'otherElement':
      return `elements other than <norm> under <dokumente> ignored (<${a.element ?? ''}>)`;
  }
}

export const xmlMessages = {
  // ------------------------------------------------------------ the XML parser
  'xml.tooLarge': (a: { length: number; limit: number }) => `The XML document is too large (${a.length} characters; the limit is ${a.limit}).`,
  /** The parser's own message (`detail`, in English, from saxes or the runtime). */
  'xml.malformed': (a: { detail: string }) => `Malformed XML: ${a.detail}.`,
  /** An entity other than the five predefined; `ref` is the reference as written, when found on the line. */
  'xml.entity': (a: { detail: string; ref?: string | undefined }) =>
    `Malformed XML: ${a.detail}${a.ref !== undefined ? ` ${a.ref}` : ''} (only &lt; &gt; &amp; &quot; &apos; and numeric character references are allowed).`,
  /** `close` is the close tag as written (`</b>`), when found; `open` the element last closed (`<a>`), opened at `at`, `column`. */
  'xml.closeTagMismatch': (a: { close?: string | undefined; open: string; at: Place; column: number }) =>
    `Malformed XML: ${a.close !== undefined ? `close tag ${a.close}` : 'a close tag'} does not match ${a.open} opened at ${placeText(a.at)}, column ${a.column}.`,
  'xml.unclosed': (a: { open: string; at: Place; column: number }) => `Malformed XML: the document ends before ${a.open} opened at ${placeText(a.at)}, column ${a.column} is closed.`,
  'xml.doctype': (_: NoArgs) => 'A DOCTYPE declaration is not allowed: DTDs and external entities are not processed.',
  /** `root` is the one root whose external DOCTYPE is accepted. */
  'xml.doctypeNotAccepted': (a: { kind: DoctypeKind; root: string }) =>
    `${a.kind === 'internalSubset' ? 'A DOCTYPE with an internal subset ([…]: entity or other declarations) is not allowed' : 'This DOCTYPE declaration is not allowed'}: only <!DOCTYPE ${a.root} SYSTEM "…"> is accepted, and its DTD is never read; DTDs and entities are not processed.`,
  'xml.tooManyElements': (a: { limit: number }) => `Too many XML elements (the limit is ${a.limit}).`,
  'xml.tooDeep': (a: { limit: number }) => `XML elements are nested too deeply (the limit is ${a.limit} levels).`,
  'xml.noRoot': (_: NoArgs) => 'The document has no root element.',

  // ------------------------------------------------------------ Akoma Ntoso
  'akn.noteOutsideArticle': (_: NoArgs) => 'A note outside any article was skipped: annotations belong to articles.',
  'akn.outsideArticle': (a: { element: string }) => `<${a.element}> outside any article was skipped: only articles and their divisions are read from the body.`,
  /** `eId` is the note's, or "" when it has none. */
  'akn.unattachedNote': (a: { eId: string }) => `Note ${a.eId ? `"${a.eId}" ` : ''}is not attached to any article (no placementBase, no noteRef in an article) and was skipped.`,
  'akn.secondBody': (a: { element: string }) => `A second <${a.element}> was skipped: only the first is read.`,
  'akn.strayInDocument': (a: { element: string; document: string }) => `<${a.element}> directly in the <${a.document}> was skipped: articles are read from its <body>.`,
  'akn.strayInPart': (a: { element: string; part: string }) => `<${a.element}> in the <${a.part}> was skipped: articles are read from the <body> only.`,
  'akn.notAkn': (a: { root: string }) => `Not an Akoma Ntoso document: the root element is <${a.root}>, expected <akomaNtoso>.`,
  /** `ns` as found, `akn` the Akoma Ntoso 3.0 namespace. */
  'akn.unexpectedNamespace': (a: { ns: string; akn: string }) => `Unexpected namespace ${a.ns}; reading it as Akoma Ntoso 3.0 (${a.akn}).`,
  'akn.unsupportedType': (a: { element: string }) => `Unsupported Akoma Ntoso document type <${a.element}>: lawdiff reads <act>, <bill> and <doc>.`,
  'akn.emptyRoot': (_: NoArgs) => 'The <akomaNtoso> element is empty: expected an <act>, <bill> or <doc>.',
  'akn.noBody': (a: { element: string }) => `The <${a.element}> has no <body> or <mainBody>: nothing to import.`,

  // ------------------------------------------------------------ USLM
  /** `root` and `ns` as found (`ns` "" for no namespace); `uslm` the USLM namespace. */
  'uslm.notUslm': (a: { root: string; ns: string; uslm: string }) =>
    `Not a USLM bill or resolution: the root element is <${a.root}>${a.ns ? ` in namespace ${a.ns}` : ' in no namespace'}; expected <bill> or <resolution> in ${a.uslm}.`,
  'uslm.noMain': (a: { kind: UslmRootKind }) => `The ${a.kind} has no <main> element, so it has no sections to import.`,
  'uslm.noSection': (_: NoArgs) => 'No <section> found in <main>: the version has no articles.',
  'uslm.duplicateSection': (a: { num: string }) => `Section number ${a.num} appears more than once; sections are matched across versions by number.`,

  // ------------------------------------------------------------ gesetze-im-internet.de
  /** `count` of this kind in the file; `element` the name of an element other than <norm> (kind `otherElement`). */
  'gii.dropped': (a: { kind: GiiDroppedKind; element?: string | undefined; count: number }) => `${giiDropped(a)} (${a.count} in this file; the first on this line)`,
  /** `enbez` as printed (at most 40 characters). */
  'gii.normWithoutNumber': (a: { enbez: string }) => `norm "${a.enbez}" has no readable number (expected "§ 12", "§ 12a" or "Art 3")`,
  'gii.normNotArticle': (a: { enbez: string }) => `norm "${a.enbez}" is neither a § nor an article; kept as an annex`,
  'gii.normWithoutEnbez': (_: NoArgs) => 'norm with neither <enbez> nor <gliederungseinheit>: its text is kept as an annex',
  /** `root` the root element's qualified name. */
  'gii.notGii': (a: { root: string }) => `expected <dokumente> as the root element (gesetze-im-internet.de XML, gii-norm.dtd), found <${a.root}>`,
  'gii.noNorm': (_: NoArgs) => 'no § found: no <norm> has an <enbez> like "§ 1" or "Art 1"',

  // ------------------------------------------------------------ Taiwan law database (law.moj.gov.tw)
  /** `heading` as printed (at most 40 characters). */
  'moj.chapterHeading': (a: MojWhere & { heading: string }) =>
    `${mojWhere(a)}: chapter heading "${a.heading}" is not of the form 第X章 (or 編/節/款/目); read as an unnumbered chapter`,
  /** `number` as printed (at most 40 characters). */
  'moj.articleNumber': (a: MojWhere & { number: string }) => `${mojWhere(a)}: article number "${a.number}" is not of the form 第 N 條 or 第 N-M 條`,
  'moj.attachments': (a: { count: number }) =>
    `the law lists ${a.count} attachment${a.count === 1 ? '' : 's'} (附件, files on law.moj.gov.tw): not read, only the law's text is compared`,
  /** `note` is the law's 廢止註記. */
  'moj.abolished': (a: { note: string }) => `the law is marked as abolished (廢止註記: ${a.note})`,
  'moj.noArticle': (_: NoArgs) => 'no article found in this law (expected 條文 with 條號 like 第 1 條)',
  'moj.notLaws': (a: { root: string }) => `expected <LAWS> holding <法規> elements (the Taiwan law database's XML export), found <${a.root}> with no <法規> in it`,
  'moj.otherEntry': (a: { entry: number; element: string }) => `<法規內容> entry ${a.entry}: <${a.element}> is neither <編章節> nor <條文>; ignored`,
  'moj.noContent': (_: NoArgs) => '<法規> has no <法規內容> (the articles)',
  /** `wanted` as given; the file holds `count` laws, `names` the first eight. */
  'moj.lawNotFound': (a: { wanted: string; count: number; names: readonly string[] }) =>
    `no law named or with pcode "${a.wanted}" in this file (it holds ${a.count}: ${a.names.map((n) => `「${n}」`).join('、')}${a.count > 8 ? ' …' : ''})`,
  /** The file holds `count` laws: `first` is read; `others` names the next eight. */
  'moj.manyLaws': (a: { count: number; first: string; others: readonly string[] }) =>
    `this file holds ${a.count} laws: read the first, 「${a.first}」; ${a.count - 1} other${a.count - 1 === 1 ? '' : 's'} not read: ${a.others.map((n) => `「${n}」`).join('、')}${a.count - 1 > 8 ? ' …' : ''} (name one with the law option to read it)`,
  /** `detail` is the JSON parser's own message. */
  'moj.invalidJson': (a: { detail: string }) => `not valid JSON: ${a.detail}`,
  // The JSON export's fields: `path` is the field's JSON path without its leading `$.`.
  'moj.jsonFieldNotString': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected a string, found ${jsonTypeText(a.foundKind)}; ignored`,
  'moj.jsonArticlesNotArray': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected an array of articles, found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonArticleNotObject': (a: { path: string; foundKind: JsonTypeKind }) =>
    `${a.path}: expected an object with "ArticleType", "ArticleNo" and "ArticleContent", found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonContentNotString': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected a string, found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonNumberNotString': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected a string like "第 1 條", found ${jsonTypeText(a.foundKind)}`,
  /** `found` is the value as JSON (at most 40 characters), when it has one; else `foundKind` names what was found. */
  'moj.jsonArticleType': (a: { path: string; found?: string | undefined; foundKind: JsonTypeKind }) =>
    `${a.path}: expected "A" (article) or "C" (chapter heading), found ${a.found ?? jsonTypeText(a.foundKind)}; entry ignored`,
  'moj.jsonLawNotObject': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected a law object, found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonLawsNotArray': (a: { path: string; foundKind: JsonTypeKind }) => `${a.path}: expected an array of laws, found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonNotObject': (a: { foundKind: JsonTypeKind }) =>
    `the file: expected an object with a "Laws" array (the Taiwan law database's JSON export), found ${jsonTypeText(a.foundKind)}`,
  'moj.jsonNoLaw': (a: { path: string }) => `${a.path}: the file holds no law`,
} as const satisfies MessageTemplates;

registerMessages(xmlMessages);
