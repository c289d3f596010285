/**
 * Article references in the paragraphs of an explanation report (issue 16, points 1–2): the
 * NPC's 说明 / 修改情况的汇报 / 审议结果的报告, their English translations, a Bundestag Begründung.
 * Pure: no DOM, no Node.
 *
 * `splitReport(text)` cuts a report into paragraphs. When the text has blank lines, a paragraph
 * is a block between them, and a line inside a block that starts with the document's own
 * numbering (一、 （一） 1. (1) I. A.) or a Markdown heading starts a new one; without blank
 * lines every line is a paragraph. Each keeps its text exactly as in the source (so offsets from
 * `findReferences` map back), its numbering as written, and a `heading` flag (a Markdown heading,
 * or a short line that does not end like a sentence).
 *
 * `findReferences(paragraph, options)` runs three small grammars and merges their matches
 * (longest first where two start at the same place):
 *
 * - Chinese: `第N条` / `第N條` (N in Chinese or Arabic numerals, `之M` for an inserted article),
 *   then up to two of `第N款` / `第N项` (PRC: 条 > 款 > 项; Taiwan's 條 > 項 > 款 is read the
 *   Taiwanese way), then `至第M条` (a range) or `、第M条` / `和` / `及` / `与` / `或者` (a list).
 *   `第N编/分编/章/节` is a division. A prefix names the reading: 草案 / 修订草案 / 修正草案 /
 *   原法 / 原 / 现行…法 → old; 二次审议稿 / 草案二次审议稿 / 修改稿 → named (label kept); 作为第N条
 *   (as in 增加一条作为第N条) → new; 本法 → this law, unspecified; 《…》 or a bare law name
 *   (…法 / …法典 / …条例) → external unless it is one of `selfNames` (a 《…（草案）》 title is
 *   a reading, not another law).
 * - English: `Article(s) N`, `Art. N`, `(2)` / `, paragraph 2` for a paragraph, `(a)` for an
 *   item, `to` / `through` / `-` ranges and `,` / `and` / `or` lists; `new Article 5` → new;
 *   `Draft Article N` / `original Article N` / `Article N of the Draft` → old; `Second Reading Draft Article N` /
 *   `… of the Second Reading Draft` → named; `… of the Cybersecurity Law` → external.
 *   `Chapter V`, `Part II`, `Section 3`, `Title`, `Book` are divisions.
 * - German: `§ N` (`§ 5a` keeps the letter), `§§ 5 bis 7`, `§§ 5, 6 und 8`, `Artikel N` /
 *   `Art. N`, then `Absatz`/`Abs.` (paragraph), `Satz`/`S.` (sentence), `Nummer`/`Nr.` (item),
 *   `Buchstabe`/`Buchst.` (letter). A law abbreviation after the number (`§ 823 BGB`) or
 *   `des/der …gesetzes/…gesetzbuchs/…ordnung/…vertrags/…richtlinie` makes it external unless
 *   the name is in `selfNames`. `a. F.` / `des Entwurfs` → old, `n. F.` / `neue` → new.
 *   A reference in a Begründung heading (`Zu § 5`, `Zu Nummer 3 (§ 12 Absatz 2)`) gets `heading`.
 *
 * Article numbers are normalized as the importers normalize `Article.num` (numerals.ts): `11`,
 * `7-1` for 第七條之一, `5a` for § 5a, English numbers lower-cased. A range lists every integer
 * between its ends and keeps the ends as written (`7-1` … `9` → 7-1, 8, 9). Divisions get their
 * number through `normalizeDivisionNum` (`Chapter V` → `5`).
 *
 * The action comes from the words around the reference in its clause: 删去/删除, deleted,
 * aufgehoben → delete; 增加…作为, added, eingefügt → insert; 移至, moved, verschoben → move;
 * 修改为, amended, geändert → amend.
 */
import { cnArticleNum, CN_NUMERAL_CHARS, normalizeDivisionNum } from './numerals.js';

export type ReferenceReading = 'old' | 'new' | 'named' | 'unspecified';
export type ReferenceAction = 'delete' | 'insert' | 'move' | 'amend';

export interface ArticleReference {
  /** The reference as written, reading prefix/suffix and law name included. */
  text: string;
  /** Offsets in the paragraph: text === paragraph.slice(start, end). */
  start: number;
  end: number;
  kind: 'article' | 'division';
  /** Normalized numbers (Article.num, or a division's num); a range is expanded. */
  articles: string[];
  /** For divisions: book, subbook, chapter, section, part, title. */
  divisionType?: string;
  /** 款 / Absatz / paragraph of the (first) article. */
  paragraph?: string;
  /** 项 / Nummer / item. */
  item?: string;
  /** Satz. */
  sentence?: string;
  /** Buchstabe. */
  letter?: string;
  reading: ReferenceReading;
  /** The reading's name as written, for `named` (二次审议稿, Second Reading Draft) and the others when printed. */
  readingLabel?: string;
  action?: ReferenceAction;
  /** A reference to another law. */
  external?: true;
  /** The other law's name as written, when external. */
  law?: string;
  /** The reference heads a Begründung paragraph (`Zu § 5`). */
  heading?: true;
}

export interface FindReferencesOptions {
  /** The law's own names and abbreviations (`BGB`, `公司法`, `中华人民共和国公司法`): a reference naming one of them is not external. */
  selfNames?: string[];
}

const N = `[${CN_NUMERAL_CHARS}]+`;
const MAX_RANGE = 500;

/** Every article or division reference in one paragraph, in text order. */
export function findReferences(paragraph: string, options: FindReferencesOptions = {}): ArticleReference[] {
  const self = new Set((options.selfNames ?? []).map(normName));
  const all = [...findChinese(paragraph, self), ...findEnglish(paragraph, self), ...findGerman(paragraph, self)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ArticleReference[] = [];
  let end = -1;
  for (const r of all) {
    if (r.start < end) continue;
    out.push(r);
    end = r.end;
  }
  return out;
}

function normName(s: string): string {
  return s.replace(/[《》\s]/gu, '').replace(/^中华人民共和国|^中華民國/u, '').toLowerCase();
}

function isSelf(name: string, self: Set<string>): boolean {
  const n = normName(name);
  if (self.has(n)) return true;
  for (const s of self) if (s && n.endsWith(s) && /^[\u4e00-\u9fff]/u.test(s)) return true;
  return false;
}

/** Expands a range between two normalized numbers: the integers between them, the ends as written. */
function expandRange(from: string, to: string): string[] {
  const a = /^(\d+)/.exec(from);
  const b = /^(\d+)/.exec(to);
  if (!a || !b) return [from, to];
  const lo = Number(a[1]);
  const hi = Number(b[1]);
  if (hi < lo || hi - lo > MAX_RANGE) return [from, to];
  const out = [from];
  for (let n = lo + 1; n < hi; n++) out.push(String(n));
  if (to !== from) out.push(to);
  return out;
}

function sticky(source: string, flags = 'u'): RegExp {
  return new RegExp(source, `${flags}y`);
}

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function clauseAfter(s: string, end: number, boundary: RegExp): string {
  const rest = s.slice(end, end + 80);
  const m = boundary.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

function clauseBefore(s: string, start: number, boundary: RegExp): string {
  const before = s.slice(Math.max(0, start - 40), start);
  let cut = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (boundary.test(before[i]!)) {
      cut = i + 1;
      break;
    }
  }
  return before.slice(cut);
}

// ---------------------------------------------------------------- Chinese

const CN_DIVISIONS: Record<string, string> = { 编: 'book', 編: 'book', 分编: 'subbook', 分編: 'subbook', 章: 'chapter', 节: 'section', 節: 'section' };
const CN_ARTICLE = sticky(`第\\s*(${N})\\s*(?:[至到]\\s*第?\\s*(${N})\\s*)?([条條])(?:\\s*之\\s*(${N}))?`);
const CN_DIVISION = sticky(`第\\s*(${N})\\s*(分编|分編|编|編|章|节|節)(?:\\s*之\\s*(${N}))?`);
const CN_SUB = sticky(`\\s*第\\s*(${N})\\s*([款项項])`);
const CN_CONT = sticky(`\\s*(至|到|、|以及|和|及|与|與|或者|或)\\s*(?=第)`);
const CN_SUB_LIST = sticky(`\\s*(?:、|和|及|或者|或|至)\\s*第\\s*(${N})\\s*[款项項](?:\\s*第\\s*(${N})\\s*[款项項])?`);
/** Reading / law prefixes, leftmost (longest) first. */
const CN_PREFIX =
  /(草案[一二三四五]次审议稿|修订草案[一二三四五]次审议稿|[一二三四五]次审议稿|[一二三四五]审稿|草案征求意见稿|征求意见稿|草案修改稿|修改稿|修订草案|修正草案|草案|原法|原|现行[\u4e00-\u9fff]{0,10}?法|修[订改正]后的[\u4e00-\u9fff]{0,10}?法|本法|本條例|本条例|《[^《》]{1,80}》)\s*$/u;
/** A law named without brackets (民法典第…, 刑法第…), tried when no reading or 《…》 stands before the number. */
const CN_BARE_LAW = /((?:中华人民共和国|中華民國)?(?:(?![的了和依照据將将把在由是即])[\u4e00-\u9fff]){1,20}?(?:法典|法|条例|條例))\s*$/u;
const CN_NOT_LAWS = new Set(['依法', '立法', '执法', '違法', '违法', '合法', '非法', '方法', '办法', '做法', '说法', '看法', '想法', '用法', '司法', '守法', '该法', '此法', '修法', '本法', '其法', '依照法', '根据法']);
const CN_LEAD = /^(?:根据|依照|按照|依据|参照|适用|违反|对于|对|与|和|及|在|将|把|由|同|即|如|是|了|的|为|从|以|并|或)+/u;
const CN_BOUNDARY = /[，。；：,;:\n（）()]/u;
const CN_BOUNDARY_BEFORE = /[，。；：,;:\n（）()]/u;

function findChinese(s: string, self: Set<string>): ArticleReference[] {
  const out: ArticleReference[] = [];
  for (let i = s.indexOf('第'); i >= 0 && i < s.length; i = s.indexOf('第', i + 1)) {
    const r = parseCnAt(s, i, self);
    if (!r) continue;
    out.push(r);
    i = r.end - 1;
  }
  return out;
}

function parseCnAt(s: string, pos: number, self: Set<string>): ArticleReference | undefined {
  let kind: 'article' | 'division' = 'article';
  let divisionType: string | undefined;
  let articles: string[] = [];
  let paragraph: string | undefined;
  let item: string | undefined;
  let end: number;
  let taiwan = false;
  const art = matchAt(CN_ARTICLE, s, pos);
  if (art) {
    taiwan = art[3] === '條';
    const first = cnArticleNum(art[1]!, art[2] === undefined ? art[4] : undefined);
    if (first === undefined) return undefined;
    if (art[2] !== undefined) {
      const last = cnArticleNum(art[2], art[4]);
      if (last === undefined) return undefined;
      articles = expandRange(first, last);
    } else {
      articles = [first];
    }
    end = pos + art[0].length;
    // 第N条第M款第K项
    for (let k = 0; k < 2; k++) {
      const sub = matchAt(CN_SUB, s, end);
      if (!sub) break;
      const n = cnArticleNum(sub[1]!);
      if (n === undefined) break;
      const isPara = taiwan ? sub[2] === '項' : sub[2] === '款';
      if (isPara && paragraph === undefined && item === undefined) paragraph = n;
      else if (!isPara && item === undefined) item = n;
      else break;
      end += sub[0].length;
    }
    // 第一款、第二款: a list of paragraphs of the same article; kept in the text, the first is the one recorded.
    const subList = paragraph !== undefined ? matchAt(CN_SUB_LIST, s, end) : null;
    if (subList) end += subList[0].length;
    // Lists and ranges of articles.
    for (;;) {
      const cont = matchAt(CN_CONT, s, end);
      if (!cont) break;
      const nextPos = end + cont[0].length;
      const next = matchAt(CN_ARTICLE, s, nextPos);
      if (!next || next[2] !== undefined) break;
      const num = cnArticleNum(next[1]!, next[4]);
      if (num === undefined) break;
      let nextEnd = nextPos + next[0].length;
      for (let k = 0; k < 2; k++) {
        const sub = matchAt(CN_SUB, s, nextEnd);
        if (!sub) break;
        nextEnd += sub[0].length;
      }
      if (cont[1] === '至' || cont[1] === '到') {
        const from = articles.pop()!;
        articles.push(...expandRange(from, num));
      } else {
        articles.push(num);
      }
      end = nextEnd;
    }
    if (articles.length > 1) {
      paragraph = undefined;
      item = undefined;
    }
  } else {
    const div = matchAt(CN_DIVISION, s, pos);
    if (!div) return undefined;
    const num = cnArticleNum(div[1]!, div[3]);
    if (num === undefined) return undefined;
    kind = 'division';
    divisionType = CN_DIVISIONS[div[2]!];
    articles = [num];
    end = pos + div[0].length;
  }

  const ref: ArticleReference = { text: '', start: pos, end, kind, articles, reading: 'unspecified' };
  if (divisionType) ref.divisionType = divisionType;
  if (paragraph !== undefined) ref.paragraph = paragraph;
  if (item !== undefined) ref.item = item;

  // The prefix: a reading, this law, or another law.
  const window = s.slice(Math.max(0, pos - 90), pos);
  const pre = CN_PREFIX.exec(window) ?? CN_BARE_LAW.exec(window);
  if (pre) {
    let label = pre[1]!;
    let labelStart = pos - window.length + pre.index;
    if (label.startsWith('《')) {
      const title = label.slice(1, -1);
      if (/草案|审议稿|審議稿|修改稿/u.test(title)) {
        ref.start = labelStart;
        Object.assign(ref, cnReading(/[一二三四五]次审议稿|修改稿/u.exec(title)?.[0] ?? '草案'));
        ref.readingLabel = label;
      } else {
        ref.start = labelStart;
        if (!isSelf(title, self)) {
          ref.external = true;
          ref.law = title;
        }
      }
    } else if (/(?:法典|法|条例|條例)$/u.test(label) && !/^(?:本法|本条例|本條例|原法|现行|修[订改正]后的)/u.test(label)) {
      const lead = CN_LEAD.exec(label)?.[0].length ?? 0;
      label = label.slice(lead);
      labelStart += lead;
      if (label.length >= 2 && !CN_NOT_LAWS.has(label)) {
        ref.start = labelStart;
        if (!isSelf(label, self)) {
          ref.external = true;
          ref.law = label;
        }
      }
    } else {
      ref.start = labelStart;
      Object.assign(ref, cnReading(label));
    }
  }
  if (ref.reading === 'unspecified' && !ref.external) {
    const before = s.slice(Math.max(0, ref.start - 4), ref.start);
    if (/作为\s*$/u.test(before)) ref.reading = 'new';
  }

  // The action: the words before the reference in its clause, then after it.
  const before = clauseBefore(s, ref.start, CN_BOUNDARY_BEFORE);
  const wideBefore = s.slice(Math.max(0, ref.start - 20), ref.start);
  const after = clauseAfter(s, end, CN_BOUNDARY);
  if (/(?:增加|新增|增写|增設|增设)[^。；]{0,16}作为\s*$/u.test(wideBefore)) {
    ref.action = 'insert';
    ref.reading = 'new';
  } else if (/(?:删去|删除|刪除)\s*$/u.test(before) || /^[^第]{0,6}(?:删去|删除|刪除)/u.test(after)) ref.action = 'delete';
  else if (/移至|移到|移作|移入|调整至|调至|调整到/u.test(after)) ref.action = 'move';
  else if (/修改为|改为|修改|修正为/u.test(after)) ref.action = 'amend';
  ref.text = s.slice(ref.start, ref.end);
  return ref;
}

function cnReading(label: string): Pick<ArticleReference, 'reading' | 'readingLabel'> {
  if (label === '本法' || label === '本条例' || label === '本條例') return { reading: 'unspecified', readingLabel: label };
  if (/^修[订改正]后的/u.test(label)) return { reading: 'new', readingLabel: label };
  if (/审议稿|審議稿|审稿|修改稿|征求意见稿/u.test(label)) return { reading: 'named', readingLabel: label };
  return { reading: 'old', readingLabel: label };
}

// ---------------------------------------------------------------- English

const EN_NUM = String.raw`(\d+[A-Za-z]?)(?![\w.]\d)`;
const EN_ARTICLE = new RegExp(String.raw`\b(?:(new)\s+)?(Articles?|Arts?\.)\s*${EN_NUM}(?:\((\d+[a-z]?)\))?(?:\(([a-z]{1,2}|[ivx]+)\))?`, 'gu');
const EN_CONT = sticky(String.raw`(?:\s*(to|through|–|-)\s*|\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:Articles?\s+|Arts?\.\s*)?${EN_NUM}(?:\((\d+[a-z]?)\))?`);
const EN_PARAGRAPH = sticky(String.raw`,?\s+paragraph\s+(\d+)`);
const EN_READING_LABEL = String.raw`(?:First|Second|Third|Fourth|Fifth)\s+Reading\s+Draft|Revised\s+Draft|Draft(?:\s+Law)?|original(?:\s+(?:Law|text))?|current\s+Law`;
const EN_PREFIX = new RegExp(String.raw`(?:^|[^\w])((?:${EN_READING_LABEL}))\s+$`, 'iu');
const EN_SUFFIX = sticky(
  String.raw`\s+of\s+(?:the\s+)?(?:(${EN_READING_LABEL})\b|(this\s+Law|the\s+Law)\b|((?:[A-Z][\w'’-]*\s+)*?(?:[A-Z][\w'’-]*\s+)?(?:Law|Act|Code|Regulations?|Convention|Directive|Constitution)(?:\s+of\s+the\s+People['’]s\s+Republic\s+of\s+China)?)\b)`,
  'u',
);
const EN_DIVISION = /\b(Chapter|Part|Section|Title|Book|Subchapter)\s+([IVXLC]+[A-Z]?|\d+[A-Za-z]?)\b/gu;
const EN_BOUNDARY = /[,;.:()\n]/u;

function enReading(label: string): Pick<ArticleReference, 'reading' | 'readingLabel'> {
  const l = label.replace(/\s+/gu, ' ');
  if (/reading/iu.test(l)) return { reading: 'named', readingLabel: l };
  return { reading: 'old', readingLabel: l };
}

function findEnglish(s: string, self: Set<string>): ArticleReference[] {
  const out: ArticleReference[] = [];
  EN_ARTICLE.lastIndex = 0;
  for (let m = EN_ARTICLE.exec(s); m; m = EN_ARTICLE.exec(s)) {
    let articles = [m[3]!.toLowerCase()];
    let paragraph = m[4];
    let item = m[5];
    let end = m.index + m[0].length;
    for (; /s\.?$/u.test(m[2]!); ) {
      const c = matchAt(EN_CONT, s, end);
      if (!c) break;
      const num = c[2]!.toLowerCase();
      if (c[1]) articles.push(...expandRange(articles.pop()!, num).slice(0));
      else articles.push(num);
      end += c[0].length;
    }
    if (articles.length === 1 && paragraph === undefined) {
      const p = matchAt(EN_PARAGRAPH, s, end);
      if (p) {
        paragraph = p[1];
        end += p[0].length;
      }
    }
    if (articles.length > 1) {
      paragraph = undefined;
      item = undefined;
    }
    articles = [...new Set(articles)];
    const ref: ArticleReference = { text: '', start: m.index, end, kind: 'article', articles, reading: 'unspecified' };
    if (paragraph !== undefined) ref.paragraph = paragraph;
    if (item !== undefined) ref.item = item;
    if (m[1]) ref.reading = 'new';
    enQualify(s, ref, self);
    out.push(ref);
    EN_ARTICLE.lastIndex = ref.end;
  }
  EN_DIVISION.lastIndex = 0;
  for (let m = EN_DIVISION.exec(s); m; m = EN_DIVISION.exec(s)) {
    const ref: ArticleReference = {
      text: '', start: m.index, end: m.index + m[0].length, kind: 'division', divisionType: m[1]!.toLowerCase(),
      articles: [normalizeDivisionNum(m[2]!)], reading: 'unspecified',
    };
    enQualify(s, ref, self);
    out.push(ref);
  }
  return out;
}

function enQualify(s: string, ref: ArticleReference, self: Set<string>): void {
  if (ref.reading === 'unspecified') {
    const windowStart = Math.max(0, ref.start - 40);
    const pre = EN_PREFIX.exec(s.slice(windowStart, ref.start));
    if (pre) {
      ref.start = windowStart + pre.index + pre[0].indexOf(pre[1]!);
      Object.assign(ref, enReading(pre[1]!));
    }
  }
  const suf = matchAt(EN_SUFFIX, s, ref.end);
  if (suf) {
    if (suf[1]) {
      if (ref.reading === 'unspecified') Object.assign(ref, enReading(suf[1]));
      ref.end += suf[0].length;
    } else if (suf[2]) {
      ref.end += suf[0].length;
      if (ref.reading === 'unspecified') ref.readingLabel = 'this Law';
    } else if (suf[3]) {
      ref.end += suf[0].length;
      if (!isSelf(suf[3], self)) {
        ref.external = true;
        ref.law = suf[3];
      }
    }
  }
  const after = clauseAfter(s, ref.end, EN_BOUNDARY);
  const before = clauseBefore(s, ref.start, EN_BOUNDARY);
  // "… moved to the General Principles as Article 4", "becoming Article 39", "renumbered Article 12": the number it has after the step.
  if (ref.reading === 'unspecified' && !ref.external && /(?:(?<!such\s)\bas|\bbecoming|\bbecomes|\bbecame|\brenumbered(?:\s+as)?)\s+$/iu.test(s.slice(Math.max(0, ref.start - 16), ref.start))) ref.reading = 'new';
  if (/\b(?:delete|deleting|remove|removing|strike)\s+(?:the\s+)?$/iu.test(before) || /\b(?:deleted|removed|struck|repealed)\b/iu.test(after)) ref.action = 'delete';
  else if (/\b(?:add|adding|insert|inserting)\b.*\bas\s+$/iu.test(before) || /\b(?:added|inserted)\b/iu.test(after)) {
    ref.action = 'insert';
    if (ref.reading === 'unspecified') ref.reading = 'new';
  } else if (/\b(?:moved|relocated|transferred)\b/iu.test(after)) ref.action = 'move';
  else if (/\b(?:amended|revised|modified|changed|reworded)\b/iu.test(after)) ref.action = 'amend';
  ref.text = s.slice(ref.start, ref.end);
}

// ---------------------------------------------------------------- German

const DE_NUM = String.raw`(\d+[a-z]{0,3})(?![\w])`;
const DE_ARTICLE = new RegExp(String.raw`(§§?|Artikels?|Art\.)\s*${DE_NUM}`, 'gu');
const DE_CONT = sticky(String.raw`\s*(bis|–|-|,|und|sowie|oder)\s*(?:§\s*)?${DE_NUM}`);
const DE_SUBS: [RegExp, 'paragraph' | 'sentence' | 'item' | 'letter'][] = [
  [sticky(String.raw`\s*(?:Absatz|Abs\.)\s*(\d+[a-z]?)(?![\w])`), 'paragraph'],
  [sticky(String.raw`\s*(?:Satz|S\.)\s*(\d+)(?![\w])`), 'sentence'],
  [sticky(String.raw`\s*(?:Nummer|Nr\.)\s*(\d+[a-z]?)(?![\w])`), 'item'],
  [sticky(String.raw`\s*(?:Buchstabe|Buchst\.|lit\.)\s*([a-z]{1,2})(?![\w])`), 'letter'],
];
/** More paragraphs, items and norms between a reference and the law it belongs to. */
const DE_TAIL = sticky(
  String.raw`(?:\s*(?:,|und|bis|oder|sowie)?\s*(?:§§?\s*)?(?:(?:Absatz|Abs\.|Satz|S\.|Nummer|Nr\.)\s*)?\d+[a-z]{0,3}(?![\w]))*`,
);
const DE_ABBREV = sticky(String.raw`\s+([A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{0,10})(?![\wäöüß])`);
const DE_NAMED_LAW = sticky(
  String.raw`\s+(?:des|der|dem)\s+((?:[A-ZÄÖÜ][\wäöüß-]*(?:en|er|es)\s+)?(?:Buch(?:es|s)?\s+)?(?:[A-ZÄÖÜ]+-\s?)?(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Gg]esetz|[Gg]esetzes|[Gg]esetzbuch|[Gg]esetzbuchs|[Gg]esetzbuches|[Gg]esetzbuche|[Oo]rdnung|[Vv]ertrag|[Vv]ertrages|[Vv]ertrags|[Rr]ichtlinie|[Aa]bkommens|[Üü]bereinkommens|[Vv]erordnung|[Ss]tatut|[Ss]tatuts|[Kk]onvention)(?:\s+\(EU\)\s*(?:Nr\.\s*)?\d+\/\d+|\s+(?:über|zur|zum|betreffend|gegen)(?:\s+(?:den|die|das|dem|der|des|von|und|[A-ZÄÖÜ][^\s,;.()]*)){1,4})?)(?![\wäöüß])`,
);
const DE_OLD = sticky(String.raw`\s+(?:a\.\s?F\.|alte[rn]?\s+Fassung|des\s+(?:Gesetz)?[Ee]ntwurfs|des\s+Regierungsentwurfs|des\s+Referentenentwurfs)`, 'u');
const DE_NEW = sticky(String.raw`\s+(?:n\.\s?F\.|neue[rn]?\s+Fassung|neu)(?![\wäöüß])`, 'u');
const DE_SELF_WORDS = new Set(['Gesetzes', 'Gesetz']);
const DE_BOUNDARY = /[,;:()\n]|\.(?=\s+[A-ZÄÖÜ])/u;

function findGerman(s: string, self: Set<string>): ArticleReference[] {
  const out: ArticleReference[] = [];
  DE_ARTICLE.lastIndex = 0;
  for (let m = DE_ARTICLE.exec(s); m; m = DE_ARTICLE.exec(s)) {
    const plural = m[1] === '§§';
    let articles = [m[2]!];
    let end = m.index + m[0].length;
    const subs: Partial<Record<'paragraph' | 'sentence' | 'item' | 'letter', string>> = {};
    for (const [re, key] of DE_SUBS) {
      const sub = matchAt(re, s, end);
      if (sub) {
        subs[key] = sub[1]!;
        end += sub[0].length;
      }
    }
    if (plural) {
      for (;;) {
        const c = matchAt(DE_CONT, s, end);
        if (!c) break;
        if (c[1] === 'bis' || c[1] === '–' || c[1] === '-') articles.push(...expandRange(articles.pop()!, c[2]!));
        else articles.push(c[2]!);
        end += c[0].length;
      }
    }
    articles = [...new Set(articles)];
    const ref: ArticleReference = { text: '', start: m.index, end, kind: 'article', articles, reading: 'unspecified' };
    if (articles.length === 1) Object.assign(ref, subs);
    // Another law after the number, possibly after more paragraphs and norms of it
    // (`Artikel 250 § 3 Nummer 1, 3 bis 5 und 7 des Einführungsgesetzes …`).
    const tail = matchAt(DE_TAIL, s, end);
    const lawAt = end + (tail?.[0].length ?? 0);
    const abbr = matchAt(DE_ABBREV, s, lawAt);
    const named = matchAt(DE_NAMED_LAW, s, lawAt);
    if (abbr && /[A-ZÄÖÜ].*[A-ZÄÖÜ]|^GG$/u.test(abbr[1]!) && !/^(?:EU|EG)$/u.test(abbr[1]!)) {
      ref.end = lawAt + abbr[0].length;
      if (!isSelf(abbr[1]!, self)) {
        ref.external = true;
        ref.law = abbr[1]!;
      }
    } else if (named && !DE_SELF_WORDS.has(named[1]!)) {
      ref.end = lawAt + named[0].length;
      if (!isSelf(named[1]!, self)) {
        ref.external = true;
        ref.law = named[1]!;
      }
    } else {
      const old = matchAt(DE_OLD, s, end);
      const neu = matchAt(DE_NEW, s, end);
      if (old) {
        ref.reading = 'old';
        ref.readingLabel = old[0].trim();
        ref.end += old[0].length;
      } else if (neu) {
        ref.reading = 'new';
        ref.readingLabel = neu[0].trim();
        ref.end += neu[0].length;
      }
    }
    const before = s.slice(Math.max(0, ref.start - 40), ref.start);
    if (ref.reading === 'unspecified' && /\b(?:neue[nmr]?|eingefügte[nmr]?)\s+$/u.test(before)) ref.reading = 'new';
    else if (ref.reading === 'unspecified' && /\b(?:bisherige[nmr]?|alte[nmr]?)\s+$/u.test(before)) ref.reading = 'old';
    const lineStart = s.lastIndexOf('\n', ref.start - 1) + 1;
    if (/^\s*Zu\s+(?:(?:Artikel|Nummer|Buchstabe|Doppelbuchstabe)\s+\S+\s*)*\(?\s*$/u.test(s.slice(lineStart, ref.start))) ref.heading = true;
    const after = clauseAfter(s, ref.end, DE_BOUNDARY);
    if (/\b(?:aufgehoben|gestrichen|entfällt|wegfällt|weggefallen)\b/u.test(after)) ref.action = 'delete';
    else if (/\b(?:eingefügt|angefügt)\b/u.test(after)) {
      ref.action = 'insert';
      if (ref.reading === 'unspecified') ref.reading = 'new';
    } else if (/\b(?:verschoben|verlagert|übernommen)\b/u.test(after)) ref.action = 'move';
    else if (/\b(?:geändert|neu gefasst|ersetzt)\b/u.test(after)) ref.action = 'amend';
    ref.text = s.slice(ref.start, ref.end);
    out.push(ref);
    DE_ARTICLE.lastIndex = Math.max(ref.end, m.index + m[0].length);
  }
  return out;
}

// ---------------------------------------------------------------- Report paragraphs

export interface ReportParagraph {
  /** 1-based position in the report. */
  index: number;
  /** The paragraph exactly as in the source (trimmed), line breaks inside it kept. */
  text: string;
  /** Offsets of `text` in the report. */
  start: number;
  end: number;
  /** The document's own numbering as written (`一、`, `（一）`, `1.`, `(1)`, `I.`, `A.`), if the paragraph starts with one. */
  number?: string;
  /** The numbering's depth as the NPC uses it: 一、 = 1, （一） = 2, 1. = 3, (1) = 4; I. = 1, A. = 2 in Latin reports. */
  level?: number;
  /** A heading: a Markdown heading, or a short line that does not end like a sentence. */
  heading: boolean;
}

const NUMBERINGS: [RegExp, number][] = [
  [/^[一二三四五六七八九十百]+、/u, 1],
  [/^[（(][一二三四五六七八九十百]+[）)]\s*/u, 2],
  [/^\d{1,3}[.．、](?!\d)\s*/u, 3],
  [/^[（(]\d{1,3}[）)]\s*/u, 4],
  [/^(?:[IVXLC]+)\.\s+/u, 1],
  [/^[A-H]\.\s+/u, 2],
];

function numbering(line: string): { number: string; level: number } | undefined {
  for (const [re, level] of NUMBERINGS) {
    const m = re.exec(line);
    if (m) return { number: m[0].trim(), level };
  }
  return undefined;
}

/** Splits a report into paragraphs, keeping headings and the document's own numbering. */
export function splitReport(text: string): ReportParagraph[] {
  const lines: { start: number; end: number; t: string }[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/u, '');
    lines.push({ start: m.index, end: m.index + raw.length, t: raw });
    if (re.lastIndex >= text.length) break;
  }
  const blank = (t: string) => /^[\s\u3000]*$/u.test(t);
  const blocky = lines.some((l) => blank(l.t)) && lines.filter((l) => !blank(l.t)).length > 1;
  const groups: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | undefined;
  let openHeading = false;
  for (const l of lines) {
    if (blank(l.t)) {
      open = undefined;
      continue;
    }
    const trimmed = l.t.trim();
    const isMd = /^#{1,6}\s/u.test(trimmed);
    const startsNew = !blocky || !open || openHeading || isMd || numbering(trimmed) !== undefined;
    if (startsNew) {
      open = { start: l.start, end: l.end };
      groups.push(open);
    } else {
      open!.end = l.end;
    }
    openHeading = isMd;
  }
  const out: ReportParagraph[] = [];
  for (const g of groups) {
    const raw = text.slice(g.start, g.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = g.start + lead;
    const p: ReportParagraph = { index: out.length + 1, text: body, start, end: start + body.length, heading: false };
    const md = /^(#{1,6})\s+(.*)$/su.exec(body);
    const content = md ? md[2]!.trim() : body;
    const num = numbering(content);
    if (num) {
      p.number = num.number;
      p.level = num.level;
    }
    if (md) {
      p.heading = true;
      p.level ??= md[1]!.length;
    } else {
      const rest = num ? content.slice(num.number.length).trim() : content;
      const cjk = /[\u3400-\u9fff]/u.test(rest);
      const short = cjk ? rest.length <= 40 : rest.length <= 100;
      p.heading = short && !/\n/u.test(rest) && rest !== '' && !/[。；！？.;!?:：，,]$/u.test(rest);
    }
    out.push(p);
  }
  return out;
}
