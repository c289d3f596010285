/**
 * A small SpreadsheetML (.xlsx) writer: one sheet of a bold, frozen header row and data rows,
 * with column widths, numbers as numbers, links as hyperlinks and an autofilter over the
 * table; printed landscape, one page wide, the header on every page. Strings are written inline (`t="inlineStr"`), never as formulas, so no cell text is
 * ever evaluated. The parts are zipped with fflate's `zipSync` at a fixed time, so the same
 * table gives the same bytes. Pure: bytes out, no DOM, no Node.
 */
import { zipSync } from 'fflate';
import { escapeXml } from '../../model/xml.js';

/** A cell: text, a number (with a number format of `0.00` when `fixed2`), a link, or empty. */
export type Cell = string | number | { number: number; fixed2: true } | { text: string; href: string } | undefined;

/** A column: its heading and width in characters. */
export interface Column {
  header: string;
  width: number;
}

/** One sheet's table. */
export interface SheetTable {
  /** The sheet's name (cut to Excel's 31 characters, `[]:*?/\` replaced). */
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The zip entries' time: fixed, so the file depends only on the table. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Text made safe for XML 1.0 character data or attributes (characters XML cannot carry dropped). */
const xmlText = escapeXml;

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Styles: 0 plain, 1 bold (header), 2 link (blue, underlined), 3 number `0.00`. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/gu, '-').replace(/^'+|'+$/gu, '').slice(0, 31) || 'Sheet1';
}

function cellXml(ref: string, cell: Cell, header: boolean): { xml: string; link?: { ref: string; href: string } } {
  if (cell === undefined || cell === '') return { xml: '' };
  if (typeof cell === 'number') return { xml: Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : '' };
  if (typeof cell === 'string') return { xml: `<c r="${ref}"${header ? ' s="1"' : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>` };
  if ('number' in cell) return { xml: Number.isFinite(cell.number) ? `<c r="${ref}" s="3"><v>${cell.number}</v></c>` : '' };
  const xml = `<c r="${ref}" s="2" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.text)}</t></is></c>`;
  return /^https?:\/\//iu.test(cell.href) ? { xml, link: { ref, href: cell.href } } : { xml };
}

/** The sheet as an .xlsx file (Office Open XML SpreadsheetML, one worksheet). */
export function writeXlsx(table: SheetTable): Uint8Array {
  const cols = table.columns;
  const lastCol = columnName(Math.max(cols.length - 1, 0));
  const lastRow = table.rows.length + 1;
  const links: { ref: string; href: string }[] = [];
  const rowXml = (cells: readonly Cell[], r: number, header: boolean): string => {
    const parts = cells.map((c, i) => {
      const out = cellXml(`${columnName(i)}${r}`, c, header);
      if (out.link) links.push(out.link);
      return out.xml;
    });
    return `<row r="${r}">${parts.join('')}</row>`;
  };
  const sheetData = [rowXml(cols.map((c) => c.header), 1, true), ...table.rows.map((cells, i) => rowXml(cells, i + 2, false))].join('');
  const range = `A1:${lastCol}${lastRow}`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${range}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('')}</cols><sheetData>${sheetData}</sheetData><autoFilter ref="${range}"/>${
    links.length > 0 ? `<hyperlinks>${links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>` : ''
  }<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
  const name = sheetName(table.name);
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${xmlText(name, true)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xmlText(
      name.replace(/'/gu, "''"),
    )}'!$A$1:$${lastCol}$${lastRow}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'${xmlText(name.replace(/'/gu, "''"))}'!$1:$1</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (links.length > 0) {
    files['xl/worksheets/_rels/sheet1.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL}">${links.map((l, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/hyperlink" Target="${xmlText(l.href, true)}" TargetMode="External"/>`).join('')}</Relationships>`;
  }
  const enc = new TextEncoder();
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [enc.encode(text), { mtime: MTIME }]])), { level: 6 });
}
