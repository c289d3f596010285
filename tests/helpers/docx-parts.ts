/**
 * Small Word documents written part by part (fflate's `zipSync` over hand-written XML), for
 * what the `docx` library does not write (moves, a deleted paragraph mark, styles named in
 * Chinese) and for broken ones: cut short, bombs, a zip that is not Word. See docx-fixtures.ts
 * for whole laws.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml } from '../../src/model/xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface PartsParagraph {
  text: string;
  /** [numId, ilvl] */
  num?: [number, number];
  style?: string;
  /** Raw runs after the text's run. */
  xml?: string;
  /** The paragraph mark is a tracked deletion. */
  deletedMark?: boolean;
}

export interface PartsDocument {
  body: PartsParagraph[];
  numbering?: { id: number; levels: { fmt: string; text: string; suff?: string; start?: number }[] }[];
  styles?: { id: string; name: string }[];
  /** Changes document.xml after it is written. */
  raw?: (xml: string) => string;
  /** Extra or replaced entries. */
  entries?: Record<string, string>;
  /** Entries left out (`[Content_Types].xml`, `word/document.xml`). */
  without?: string[];
}

const CONTENT_TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The XML of one paragraph. */
export function paragraphXml(p: PartsParagraph): string {
  const pPr = [p.style ? `<w:pStyle w:val="${escapeXml(p.style, true)}"/>` : '', p.num ? `<w:numPr><w:ilvl w:val="${p.num[1]}"/><w:numId w:val="${p.num[0]}"/></w:numPr>` : '', p.deletedMark ? '<w:rPr><w:del w:id="90" w:author="a"/></w:rPr>' : ''].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r>${p.xml ?? ''}</w:p>`;
}

/** The entries of a small Word document. */
export function docxEntries(d: PartsDocument): Record<string, string> {
  const document = `${DECL}<w:document xmlns:w="${W}"><w:body>${d.body.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`;
  const entries: Record<string, string> = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': d.raw ? d.raw(document) : document };
  if (d.numbering) {
    entries['word/numbering.xml'] = `${DECL}<w:numbering xmlns:w="${W}">${d.numbering
      .map(
        (n) =>
          `<w:abstractNum w:abstractNumId="${n.id}">${n.levels.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>${l.suff ? `<w:suff w:val="${l.suff}"/>` : ''}<w:lvlText w:val="${escapeXml(l.text, true)}"/></w:lvl>`).join('')}</w:abstractNum>`,
      )
      .join('')}${d.numbering.map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.id}"/></w:num>`).join('')}</w:numbering>`;
  }
  if (d.styles) {
    entries['word/styles.xml'] = `${DECL}<w:styles xmlns:w="${W}">${d.styles.map((s) => `<w:style w:type="paragraph" w:styleId="${escapeXml(s.id, true)}"><w:name w:val="${escapeXml(s.name, true)}"/></w:style>`).join('')}</w:styles>`;
  }
  Object.assign(entries, d.entries ?? {});
  for (const name of d.without ?? []) delete entries[name];
  return entries;
}

/** A small Word document as bytes. */
export async function docxOf(d: PartsDocument): Promise<Uint8Array> {
  return zipOf(docxEntries(d));
}

/** A zip of text entries (deflated). */
export function zipOf(entries: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(entries)) z[name] = [typeof data === 'string' ? strToU8(data) : data, { level }];
  return zipSync(z);
}
