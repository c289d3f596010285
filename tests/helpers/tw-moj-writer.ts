/**
 * Writes versions as the Taiwan law database (全國法規資料庫, law.moj.gov.tw) exports them, in
 * both open-data shapes: XML (`<LAWS UpdateDate="…"><法規>…<法規內容><編章節>…<條文><條號>第 1 條
 * </條號><條文內容><![CDATA[…]]></條文內容></條文>…`) and JSON (`{"UpdateDate": …, "Laws":
 * [{"LawName": …, "LawArticles": [{"ArticleType": "C"|"A", "ArticleNo", "ArticleContent"}]}]}`),
 * with the database's conventions: numbers in Arabic digits (`第 7-1 條`), chapter headings
 * spaced and indented (`   第 一 章 總則`), paragraphs and items one per line ending in CRLF.
 * For tests: the fixtures of the tw-moj importer are made from the corpus with this.
 */
import type { BodyNode, Item, VersionDoc } from '../../src/model/types.js';
import { escapeXml } from '../../src/model/xml.js';

/** One law of an export: the version and a made-up pcode for its address. */
export interface MojLawOut {
  doc: VersionDoc;
  pcode?: string;
}

type Entry = { type: 'C'; text: string } | { type: 'A'; no: string; content: string };

/** `第一章` + `總則` at depth 1 → `   第 一 章 總則`. */
function divisionText(label: string, heading: string, depth: number): string {
  const m = /^第(.+?)(編|编|章|節|节|款|目)(之.+)?$/u.exec(label);
  const spaced = m ? `第 ${m[1]!} ${m[2]!}${m[3] ?? ''}` : label;
  return `${' '.repeat(3 * depth)}${[spaced, heading].filter((t) => t !== '').join(' ')}`;
}

function itemLines(items: readonly Item[], out: string[]): void {
  for (const i of items) {
    out.push(`${i.num}${i.text}`);
    itemLines(i.items, out);
  }
}

function entries(doc: VersionDoc): Entry[] {
  const out: Entry[] = [];
  const walk = (nodes: readonly BodyNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.kind === 'division') {
        out.push({ type: 'C', text: divisionText(n.label, n.heading, depth) });
        walk(n.children, depth + 1);
      } else if (n.kind === 'article') {
        const lines: string[] = [];
        for (const p of n.paragraphs) {
          const t = [p.num, p.text].filter((s) => s !== '').join(' ');
          if (t !== '') lines.push(t);
          itemLines(p.items, lines);
        }
        out.push({ type: 'A', no: `第 ${n.num} 條`, content: lines.join('\r\n') });
      }
    }
  };
  walk(doc.body, 0);
  return out;
}

const url = (pcode: string): string => `https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=${pcode}`;
const cdata = (s: string): string => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The laws as the database's XML export (UTF-8, with the XML declaration). */
export function writeMojXml(laws: readonly MojLawOut[]): string {
  const x = (s: string): string => escapeXml(s);
  const body = laws.map(({ doc, pcode = 'I0050021' }) => {
    const content = entries(doc)
      .map((e) =>
        e.type === 'C'
          ? `      <編章節>${x(e.text)}</編章節>`
          : `      <條文>\n        <條號>${x(e.no)}</條號>\n        <條文內容>${cdata(e.content)}</條文內容>\n      </條文>`,
      )
      .join('\n');
    return [
      '  <法規>',
      '    <法規性質>法律</法規性質>',
      `    <法規名稱>${x(doc.title)}</法規名稱>`,
      `    <法規網址>${url(pcode)}</法規網址>`,
      '    <法規類別>行政＞國家發展委員會＞資訊管理目</法規類別>',
      '    <最新異動日期>20151230</最新異動日期>',
      '    <生效日期></生效日期>',
      `    <生效內容>${cdata('')}</生效內容>`,
      '    <廢止註記></廢止註記>',
      '    <是否英譯註記>Y</是否英譯註記>',
      '    <英文法規名稱>Personal Data Protection Act</英文法規名稱>',
      '    <附件></附件>',
      `    <沿革內容>${cdata((doc.metadata.text ?? '').replace(/\n/g, '\r\n'))}</沿革內容>`,
      `    <前言>${cdata(doc.preamble.map((p) => p.text).join('\r\n'))}</前言>`,
      '    <法規內容>',
      content,
      '    </法規內容>',
      '  </法規>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<LAWS UpdateDate="2026/9/24 上午 12:00:00">\n${body.join('\n')}\n</LAWS>\n`;
}

/** The laws as the database's JSON export (with the byte order mark the site's files begin with). */
export function writeMojJson(laws: readonly MojLawOut[], options: { bom?: boolean } = {}): string {
  const value = {
    UpdateDate: '2026/9/24 上午 12:00:00',
    Laws: laws.map(({ doc, pcode = 'I0050021' }) => ({
      LawLevel: '法律',
      LawName: doc.title,
      LawURL: url(pcode),
      LawCategory: '行政＞國家發展委員會＞資訊管理目',
      LawModifiedDate: '20151230',
      LawEffectiveDate: '',
      LawEffectiveNote: '',
      LawAbandonNote: '',
      LawHasEngVersion: 'Y',
      EngLawName: 'Personal Data Protection Act',
      LawAttachements: [],
      LawHistories: (doc.metadata.text ?? '').replace(/\n/g, '\r\n'),
      LawForeword: doc.preamble.map((p) => p.text).join('\r\n'),
      LawArticles: entries(doc).map((e) =>
        e.type === 'C' ? { ArticleType: 'C', ArticleNo: '', ArticleContent: e.text } : { ArticleType: 'A', ArticleNo: e.no, ArticleContent: e.content },
      ),
    })),
  };
  return `${options.bom === false ? '' : '\uFEFF'}${JSON.stringify(value, null, 2)}`;
}
