/**
 * The Taiwan law database's open-data exports (全國法規資料庫, law.moj.gov.tw), in both shapes:
 * - XML: `<LAWS UpdateDate="…"><法規><法規名稱>…</法規名稱>…<法規內容><編章節>第 一 章 總則</編章節>
 *   <條文><條號>第 1 條</條號><條文內容>…</條文內容></條文>…</法規內容></法規>…</LAWS>`;
 * - JSON: `{"UpdateDate": …, "Laws": [{"LawName": …, "LawArticles": [{"ArticleType": "C",
 *   "ArticleNo": "", "ArticleContent": "第 一 章 總則"}, {"ArticleType": "A", "ArticleNo":
 *   "第 7-1 條", "ArticleContent": "…"}]}]}`.
 * A bulk export holds many laws: the one named by `options.law` (its name or its pcode), else the
 * first, with a warning naming the others. Articles are numbered as the Markdown and JSON Taiwan
 * importers number them (`第 7-1 條` → num `7-1`, label `第七條之一`), so versions from either pair;
 * each line of an article's text is a paragraph or an item (`一、`, `（一）`, `1.`) as there.
 */
import { para } from '../doc.js';
import { cnArticleNum, CN_NUMERAL_CHARS, parseChineseNumeral } from '../numerals.js';
import type { JsonTypeKind, MojWhere } from '../messages/xml.js';
import { excerpt, problem, type Problem, type ProblemArgs, type ProblemCode } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { jsonErrorLine } from '../validate.js';
import { jsonPathLines } from '../json-lines.js';
import { firstChild, parseXml, textOf, type XmlElement } from '../xml.js';
import { BodyBuilder, collapse, collapseCjk } from './builder.js';
import '../messages/xml.js'; // the xml group's sentences (registers them: src/model/messages/registry.ts)

const N = `[${CN_NUMERAL_CHARS}]+`;
/** `第 7 條`, `第 7-1 條`, and the printed forms `第七條`, `第七條之一`. */
const ARTICLE_NO = new RegExp(`^第\\s*(${N})\\s*(?:[-－‐]\\s*(${N})\\s*)?條(?:\\s*之\\s*(${N}))?$`, 'u');
/** `第 一 章 總則`, and a division inserted after another: `第 四 章之一 …`. */
const DIVISION = new RegExp(`^第\\s*(${N})\\s*(編|编|章|節|节|款|目)(?:\\s*之\\s*(${N}))?(?:[\\s\\u3000]+(.*))?$`, 'u');
const DIV_TYPES: Record<string, [string, number]> = {
  編: ['book', 1], 编: ['book', 1], 章: ['chapter', 2], 節: ['section', 3], 节: ['section', 3], 款: ['subsection', 4], 目: ['subsubsection', 5],
};
const ITEM_COMMA = new RegExp(`^(${N})、\\s*(.*)$`, 'u');
const ITEM_PAREN = new RegExp(`^[（(](${N})[）)]\\s*(.*)$`, 'u');
const ITEM_DIGIT = /^(\d{1,3})[.．、]\s*(.*)$/u;
const REPEALED = /^[（(]?刪除[）)]?[。.]?$|^[（(]?删除[）)]?[。.]?$/u;

/** Which law of a bulk export to read. */
export interface TwMojOptions {
  /** The law's name (`個人資料保護法`) or its pcode (`I0050021`, from the law's address); default: the first law. */
  law?: string;
}

/** The fields of one law, the same for XML and JSON (the JSON names; the XML elements map onto them). */
interface MojLaw {
  name: string;
  url: string;
  metadata: Record<string, string>;
  foreword: string;
  attachments: number;
  entries: MojEntry[];
  /** Line of the law (its `<法規>` or its object in `Laws`). */
  line: number;
}

/** `where`: the entry's JSON path, or its place among the XML's `<法規內容>` children. */
type MojEntry =
  | { kind: 'division'; text: string; line: number; where: MojWhere }
  | { kind: 'article'; no: string; content: string; line: number; where: MojWhere };

/** 1 → 一, 10 → 十, 15 → 十五, 106 → 一百零六, 110 → 一百十, 1225 → 一千二百二十五: numerals as Taiwan's laws print them. */
export function twNumeral(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n >= 100_000) return String(n);
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  const units: [number, string][] = [[10_000, '萬'], [1000, '千'], [100, '百'], [10, '十']];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (d > 0) {
      if (zero) out += '零';
      // 一百十八, not 一百一十八: a lone ten after a higher unit is written without its one.
      out += u === 10 && d === 1 && out !== '' ? name : `${digits[d]}${name}`;
      zero = false;
    } else if (out !== '') zero = true;
  }
  if (rest > 0) out += `${zero ? '零' : ''}${digits[rest]}`;
  return out;
}

/** The label of an article as the law prints it: `第七條之一`. */
function articleLabel(main: string, sub: string | undefined): string {
  const cn = (s: string): string => {
    const n = parseChineseNumeral(s);
    return n === undefined ? s : twNumeral(n);
  };
  return `第${cn(main)}條${sub === undefined ? '' : `之${cn(sub)}`}`;
}

class MojReader {
  readonly b: BodyBuilder;
  private lines: string[] | null = null;

  constructor(private readonly source: string, language: string) {
    this.b = new BodyBuilder(language);
  }

  lineText(line: number): string {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    return this.lines[line - 1] ?? '';
  }

  /** A problem at a line: the sentence `code` with `args` (src/model/messages). */
  report<K extends ProblemCode>(severity: 'error' | 'warning', line: number, code: K, args: ProblemArgs<K>): void {
    this.b.problems.push(problem(severity, line, this.lineText(line), code, args));
  }

  /** One line of an article's text: a paragraph or an item, as the Taiwan importers read it. */
  bodyLine(line: string): void {
    const b = this.b;
    const t = line.replace(/^[\s\u3000]+/u, '').replace(/\s+$/u, '');
    if (!t) return;
    if (b.currentArticle && b.currentArticle.paragraphs.length === 0 && REPEALED.test(t)) b.currentArticle.repealed = true;
    let m = ITEM_COMMA.exec(t);
    if (m && b.currentArticle) return b.addItem('tw-comma', `${m[1]}、`, m[2]!);
    m = ITEM_PAREN.exec(t);
    if (m && b.currentArticle) return b.addItem('tw-paren', t.slice(0, t.length - m[2]!.length).trim(), m[2]!);
    m = ITEM_DIGIT.exec(t);
    if (m && b.currentArticle) return b.addItem('digit', t.slice(0, t.length - m[2]!.length).trim(), m[2]!);
    b.addParagraph(para(t));
  }

  division(e: Extract<MojEntry, { kind: 'division' }>): void {
    const text = collapse(e.text);
    if (text === '') return;
    const m = DIVISION.exec(text);
    if (!m) {
      // Not 第X章: kept as an unnumbered chapter, so its articles stay under it.
      this.report('warning', e.line, 'moj.chapterHeading', { ...e.where, heading: excerpt(text, 40) });
      this.b.openDivision({ type: 'chapter', label: '', num: '', heading: collapseCjk(text), line: e.line }, [2]);
      return;
    }
    const [type, rank] = DIV_TYPES[m[2]!]!;
    const heading = m[4] ?? '';
    const num = cnArticleNum(m[1]!, m[3]) ?? (m[3] === undefined ? m[1]! : `${m[1]!}-${m[3]}`);
    const label = text.slice(0, text.length - heading.length).replace(/[\s\u3000]+/gu, '');
    this.b.openDivision({ type, label, num, heading: collapseCjk(heading), line: e.line }, [rank]);
  }

  article(e: Extract<MojEntry, { kind: 'article' }>): void {
    const no = collapse(e.no);
    const m = ARTICLE_NO.exec(no);
    const sub = m?.[2] ?? m?.[3];
    const num = m ? cnArticleNum(m[1]!, sub) : undefined;
    if (!m || num === undefined) {
      this.b.closeArticle();
      this.report('error', e.line, 'moj.articleNumber', { ...e.where, number: excerpt(no, 40) });
      return;
    }
    this.b.openArticle(articleLabel(m[1]!, sub), num, '', e.line, this.lineText(e.line));
    for (const line of e.content.split(/\r\n|\r|\n/u)) this.bodyLine(line);
  }

  read(law: MojLaw): void {
    const doc = this.b.doc;
    doc.title = collapse(law.name);
    for (const [k, v] of Object.entries(law.metadata)) if (v.trim() !== '') doc.metadata[k] = v.trim();
    for (const line of law.foreword.split(/\r\n|\r|\n/u)) {
      const t = collapse(line);
      if (t !== '') doc.preamble.push(para(t));
    }
    if (law.attachments > 0) {
      this.report('warning', law.line, 'moj.attachments', { count: law.attachments });
    }
    if (law.metadata.LawAbandonNote) this.report('warning', law.line, 'moj.abolished', { note: law.metadata.LawAbandonNote });
    for (const e of law.entries) {
      if (e.kind === 'division') this.division(e);
      else this.article(e);
    }
    if (this.b.beforeFirstArticle) this.report('error', law.line, 'moj.noArticle', {});
  }
}

// ---------------------------------------------------------------- XML

/** The XML elements of a law and the JSON field each stands for. */
const XML_FIELDS: Record<string, string> = {
  法規性質: 'LawLevel', 法規類別: 'LawCategory', 法規網址: 'LawURL', 最新異動日期: 'LawModifiedDate', 生效日期: 'LawEffectiveDate',
  生效內容: 'LawEffectiveNote', 廢止註記: 'LawAbandonNote', 是否英譯註記: 'LawHasEngVersion', 英文法規名稱: 'EngLawName', 沿革內容: 'LawHistories',
};

/** Raw text of an element with line ends kept (CDATA bodies carry CRLF between paragraphs). */
function rawOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.kind === 'text') out += c.text;
      else walk(c);
    }
  };
  walk(el);
  return out;
}

function xmlLaws(reader: MojReader, root: XmlElement): { laws: XmlElement[]; problems: Problem[] } {
  if (root.name === '法規') return { laws: [root], problems: [] };
  const laws = root.children.filter((c): c is XmlElement => c.kind === 'element' && c.name === '法規');
  if (laws.length > 0) return { laws, problems: [] };
  const p = problem('error', root.line, reader.lineText(root.line), 'moj.notLaws', { root: root.name });
  p.column = root.column;
  return { laws: [], problems: [p] };
}

function xmlLaw(reader: MojReader, el: XmlElement): MojLaw {
  const metadata: Record<string, string> = {};
  let attachments = 0;
  const entries: MojEntry[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    const field = XML_FIELDS[c.name];
    if (field) metadata[field] = rawOf(c).trim();
    else if (c.name === '附件') attachments += c.children.filter((x) => x.kind === 'element').length;
  }
  const content = firstChild(el, '法規內容');
  let index = 0;
  for (const c of content?.children ?? []) {
    if (c.kind !== 'element') continue;
    const where = { entry: ++index };
    if (c.name === '編章節') entries.push({ kind: 'division', text: rawOf(c), line: c.line, where });
    else if (c.name === '條文') {
      const no = firstChild(c, '條號');
      entries.push({ kind: 'article', no: textOf(no), content: rawOf(firstChild(c, '條文內容')), line: no?.line ?? c.line, where });
    } else reader.report('warning', c.line, 'moj.otherEntry', { entry: where.entry, element: c.name });
  }
  if (!content) reader.report('error', el.line, 'moj.noContent', {});
  return { name: textOf(firstChild(el, '法規名稱')), url: metadata.LawURL ?? '', metadata, foreword: rawOf(firstChild(el, '前言')), attachments, entries, line: el.line };
}

// ---------------------------------------------------------------- JSON

/** A wrong-typed or missing field, named by its JSON path, on the line where it (or its nearest parent) is. */
class JsonProblems {
  readonly wanted: { path: string; severity: 'error' | 'warning'; problem: (line: number) => Problem }[] = [];
  /** A problem at the JSON path `path` (`$.Laws[0]`): the sentence `code` with `args`, whose `path` is the path without `$.`. */
  add<K extends ProblemCode>(severity: 'error' | 'warning', path: string, code: K, args: ProblemArgs<K>): void {
    this.wanted.push({ path, severity, problem: (line) => problem(severity, line, path === '$' ? '$' : path.slice(2), code, args) });
  }
}

/** What a JSON value is, for a sentence naming what was found. */
function typeName(v: unknown): JsonTypeKind {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonTypeKind);
}

function jsonLaw(v: Record<string, unknown>, base: string, jp: JsonProblems): Omit<MojLaw, 'line'> & { paths: string[] } {
  const str = (key: string): string => {
    const x = v[key];
    if (x === undefined || x === null) return '';
    if (typeof x === 'string') return x;
    jp.add('warning', `${base}.${key}`, 'moj.jsonFieldNotString', { path: `${base}.${key}`.slice(2), foundKind: typeName(x) });
    return '';
  };
  const metadata: Record<string, string> = {};
  for (const key of Object.values(XML_FIELDS)) metadata[key] = str(key);
  const entries: MojEntry[] = [];
  const paths: string[] = [];
  const articles = v.LawArticles;
  if (!Array.isArray(articles)) jp.add('error', `${base}.LawArticles`, 'moj.jsonArticlesNotArray', { path: `${base}.LawArticles`.slice(2), foundKind: typeName(articles) });
  else {
    articles.forEach((a: unknown, i) => {
      const path = `${base}.LawArticles[${i}]`;
      paths.push(path);
      const where = { path: path.slice(2) };
      if (typeof a !== 'object' || a === null || Array.isArray(a)) {
        jp.add('error', path, 'moj.jsonArticleNotObject', { path: where.path, foundKind: typeName(a) });
        return;
      }
      const r = a as Record<string, unknown>;
      const type = r.ArticleType;
      const content = r.ArticleContent;
      if (typeof content !== 'string') {
        jp.add('error', `${path}.ArticleContent`, 'moj.jsonContentNotString', { path: `${where.path}.ArticleContent`, foundKind: typeName(content) });
        return;
      }
      if (type === 'C') entries.push({ kind: 'division', text: content, line: i, where });
      else if (type === 'A') {
        if (typeof r.ArticleNo !== 'string') {
          jp.add('error', `${path}.ArticleNo`, 'moj.jsonNumberNotString', { path: `${where.path}.ArticleNo`, foundKind: typeName(r.ArticleNo) });
          return;
        }
        entries.push({ kind: 'article', no: r.ArticleNo, content, line: i, where });
      } else jp.add('warning', `${path}.ArticleType`, 'moj.jsonArticleType', {
          path: `${where.path}.ArticleType`,
          found: (JSON.stringify(type) as string | undefined)?.slice(0, 40),
          foundKind: typeName(type),
        });
    });
  }
  const attachments = Array.isArray(v.LawAttachements) ? v.LawAttachements.length : 0;
  return { name: str('LawName'), url: metadata.LawURL ?? '', metadata, foreword: str('LawForeword'), attachments, entries, paths };
}

// ---------------------------------------------------------------- the importer

/** The pcode in a law's address (`…LawAll.aspx?pcode=I0050021`). */
function pcode(url: string): string {
  return /[?&]pcode=([A-Za-z0-9]+)/u.exec(url)?.[1] ?? '';
}

/** Picks the law to read; warns about the others (or errs when the named one is not there). */
function pick<T>(reader: MojReader, laws: T[], name: (l: T) => string, url: (l: T) => string, line: (l: T, i: number) => number, wanted: string | undefined): T | undefined {
  if (wanted !== undefined && wanted !== '') {
    const found = laws.find((l) => collapse(name(l)) === wanted.trim() || pcode(url(l)) === wanted.trim());
    if (!found) {
      reader.report('error', line(laws[0]!, 0), 'moj.lawNotFound', { wanted, count: laws.length, names: laws.slice(0, 8).map((l) => collapse(name(l))) });
    }
    return found;
  }
  if (laws.length > 1) {
    const others = laws.slice(1, 9).map((l) => collapse(name(l)));
    reader.report('warning', line(laws[1]!, 1), 'moj.manyLaws', { count: laws.length, first: collapse(name(laws[0]!)), others });
  }
  return laws[0];
}

/**
 * Imports one law of a Taiwan law database export (XML or JSON, told apart by the first character);
 * `options.law` picks a law of a bulk file by name or pcode.
 */
export function importTwMoj(text: string, language = 'zh-Hant', options: TwMojOptions = {}): { doc: VersionDoc; problems: Problem[] } {
  const reader = new MojReader(text, language);
  const b = reader.b;
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trimStart().startsWith('<')) {
    const parsed = parseXml(text);
    if (!parsed.root) return { doc: b.doc, problems: parsed.problems };
    const { laws, problems } = xmlLaws(reader, parsed.root);
    if (laws.length === 0) return { doc: b.doc, problems };
    const el = pick(reader, laws, (l) => textOf(firstChild(l, '法規名稱')), (l) => textOf(firstChild(l, '法規網址')), (l) => l.line, options.law);
    if (!el) return { doc: b.doc, problems: b.problems };
    const law = xmlLaw(reader, el);
    const update = parsed.root.attrs.UpdateDate;
    if (update) law.metadata.UpdateDate = update;
    reader.read(law);
    return { doc: b.doc, problems: b.problems };
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const line = jsonErrorLine(body);
    reader.report('error', line, 'moj.invalidJson', { detail: (e as Error).message });
    return { doc: b.doc, problems: b.problems };
  }
  const jp = new JsonProblems();
  const finish = (extra: Problem[] = []): { doc: VersionDoc; problems: Problem[] } => {
    const lines = jsonPathLines(body, jp.wanted.map((w) => w.path));
    for (const w of jp.wanted) b.problems.push(w.problem(lines.get(w.path) ?? 1));
    b.problems.push(...extra);
    return { doc: b.doc, problems: b.problems };
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    jp.add('error', '$', 'moj.jsonNotObject', { foundKind: typeName(data) });
    return finish();
  }
  const top = data as Record<string, unknown>;
  // A bulk export ({"Laws": [...]}), or one law on its own ({"LawName": …, "LawArticles": [...]}).
  let laws: { v: Record<string, unknown>; base: string }[];
  if ('LawArticles' in top && !('Laws' in top)) laws = [{ v: top, base: '$' }];
  else if (!Array.isArray(top.Laws)) {
    jp.add('error', '$.Laws', 'moj.jsonLawsNotArray', { path: 'Laws', foundKind: typeName(top.Laws) });
    return finish();
  } else {
    laws = [];
    top.Laws.forEach((l: unknown, i) => {
      if (typeof l === 'object' && l !== null && !Array.isArray(l)) laws.push({ v: l as Record<string, unknown>, base: `$.Laws[${i}]` });
      else jp.add('error', `$.Laws[${i}]`, 'moj.jsonLawNotObject', { path: `Laws[${i}]`, foundKind: typeName(l) });
    });
    if (laws.length === 0) {
      if (jp.wanted.length === 0) jp.add('error', '$.Laws', 'moj.jsonNoLaw', { path: 'Laws' });
      return finish();
    }
  }
  const lawLines = jsonPathLines(body, laws.slice(0, 2).map((l) => l.base));
  const chosen = pick(
    reader,
    laws,
    (l) => (typeof l.v.LawName === 'string' ? l.v.LawName : ''),
    (l) => (typeof l.v.LawURL === 'string' ? l.v.LawURL : ''),
    (l) => lawLines.get(l.base) ?? 1,
    options.law,
  );
  if (!chosen) return finish();
  const law = jsonLaw(chosen.v, chosen.base, jp);
  // Lines of the entries, in one pass over the text: entry i's line was stood in for by i.
  const entryLines = jsonPathLines(body, [...law.paths, chosen.base]);
  for (const e of law.entries) e.line = entryLines.get(law.paths[e.line]!) ?? 1;
  if (typeof top.UpdateDate === 'string') law.metadata.UpdateDate = top.UpdateDate;
  reader.read({ ...law, line: entryLines.get(chosen.base) ?? 1 });
  return finish();
}
