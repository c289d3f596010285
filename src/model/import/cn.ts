/**
 * PRC Markdown / plain text: `第X条` articles (Chinese numerals of any size),
 * `第X编/分编/章/节` divisions (as `#` headings or bare lines), items `（一）`,
 * `1.`; the header before the first article is version metadata; `>` lines
 * after an article are notes on it (`> 说明：…`). See docs/format.md.
 */
import { para } from '../doc.js';
import { cnArticleNum, CN_NUMERAL_CHARS, parseChineseNumeral } from '../numerals.js';
import type { Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { BodyBuilder, collapse, collapseCjk, PROGRESS_LINE_MASK, splitLines, splitNoteLabel, type ProgressCallback } from './builder.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

const N = `[${CN_NUMERAL_CHARS}]+`;
/** `第一百零六条 text`, `第七条之一 text`; the designation is followed by white space or the end of line. */
const ARTICLE = new RegExp(`^第\\s*(${N})\\s*[条條](?:\\s*之\\s*(${N}))?(?=[\\s\\u3000]|$)[\\s\\u3000]*(.*)$`, 'u');
/** Anything shaped like an article designation, to catch garbled ones. */
const ARTICLE_LIKE = /^第\s*([^\s\u3000条條]{1,8})\s*[条條](?:\s*之\s*(\S{1,4}))?(?=[\s\u3000]|$)/u;
/** `第四章 heading`, and a division inserted after it: `第四章之一 heading`. */
const DIVISION = new RegExp(`^第\\s*(${N})\\s*(分编|分編|编|編|章|节|節)(?:\\s*之\\s*(${N}))?(?:[\\s\\u3000]+(.*))?$`, 'u');
const DIVISION_LIKE = /^第\s*(\S{1,8}?)\s*(分编|分編|编|編|章|节|節)(?:\s*之\s*(\S{1,4}?))?(?:[\s\u3000]+|$)/u;
const ITEM_CN = new RegExp(`^[（(](${N})[）)][\\s\\u3000]*(.*)$`, 'u');
const ITEM_CN_COMMA = new RegExp(`^(${N})、[\\s\\u3000]*(.*)$`, 'u');
const ITEM_DIGIT = /^(\d{1,3})[.．、][\s\u3000]*(.*)$/u;
/** HTML-like tags at the start of a line (`<html><body>`, `</p>`), with the spaces after them. */
const LEADING_TAGS = /^(?:<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>[\s\u3000]*)+/u;
const REPEALED = /^[（(]?删除[）)]?[。.]?$|^[（(]?刪除[）)]?[。.]?$/u;

/** Division word → [normalized type, rank]. */
const DIVISION_TYPES: Record<string, [string, number]> = {
  编: ['book', 1], 編: ['book', 1], 分编: ['subbook', 2], 分編: ['subbook', 2],
  章: ['chapter', 3], 节: ['section', 4], 節: ['section', 4],
};

/** Markdown heading level (1–6) → rank, for headings that are not `第X章`-style (`# 物权编`). */
const LEVEL_RANK = [0, 1, 3, 4, 5, 5, 5];

/** Imports a PRC-style text; `onProgress` gets the fraction of lines read every 2,048 lines. */
export function importCn(text: string, language = 'zh-Hans', onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const b = new BodyBuilder(language);
  const lines = splitLines(text).map((t, i) => ({ t, n: i + 1 }));
  const hasInfoEnd = lines.some((l) => /<!--\s*INFO END\s*-->/.test(l.t));
  let metadataMode = true;
  const metadataLines: string[] = [];
  // Seen header lines: a Set, since a long text without articles is header to its end (a list's includes() was quadratic).
  const metadataSeen = new Set<string>();
  let title = '';

  const addMetadata = (t: string): void => {
    if (metadataSeen.has(t)) return;
    metadataSeen.add(t);
    metadataLines.push(t);
  };

  for (let i = 0; i < lines.length; i++) {
    if (onProgress !== undefined && (i & PROGRESS_LINE_MASK) === 0) onProgress(i / lines.length);
    let raw = lines[i]!.t;
    const lineNo = lines[i]!.n;
    // A book file glued to the end of the previous one: `…除外。# 中华人民共和国民法典`.
    if (title) {
      const glued = raw.indexOf(`# ${title}`);
      if (glued > 0 && !/^#+\s/.test(raw)) {
        lines.splice(i + 1, 0, { t: raw.slice(glued), n: lineNo });
        raw = raw.slice(0, glued);
      }
    }
    const line = raw.replace(/\s+$/u, '');
    let trimmed = line.replace(/^[\s\u3000]+/u, '');
    if (trimmed === '') continue;

    if (trimmed.charCodeAt(0) === 0x3c /* < */) {
      if (/^<!--.*-->$/.test(trimmed)) {
        if (/INFO END/.test(trimmed)) metadataMode = false;
        continue;
      }
      // Leftovers of a web page: `<html><body>第六十条 …` would otherwise merge article 60 into 59.
      const tags = LEADING_TAGS.exec(trimmed);
      if (tags) {
        const rest = trimmed.slice(tags[0].length);
        if (rest === '') {
          b.report('warning', lineNo, line, 'cn.strayMarkup', { markup: tags[0].trim() });
          continue;
        }
        if (ARTICLE.test(rest) || DIVISION.test(rest)) {
          b.report('warning', lineNo, line, 'cn.strayMarkupBeforeHeading', { markup: tags[0].trim() });
          trimmed = rest;
        }
      }
    }

    const heading = /^(#{1,6})(?:\s+(.*))?$/u.exec(trimmed);
    if (heading) {
      const level = heading[1]!.length;
      const htext = collapse(heading[2] ?? '');
      if (htext === '') {
        b.report('warning', lineNo, line, 'cn.emptyHeading', {});
        continue;
      }
      if (level === 1 && !title) {
        title = htext;
        b.doc.title = htext;
        continue;
      }
      if (level === 1 && htext === title) {
        // The title repeated where a book file was appended: its header is metadata again.
        b.closeArticle();
        if (hasInfoEnd) metadataMode = true;
        continue;
      }
      if (!hasInfoEnd) metadataMode = false;
      openHeading(b, htext, level, lineNo, line);
      continue;
    }

    const article = ARTICLE.exec(trimmed);
    if (article) {
      metadataMode = false;
      const num = cnArticleNum(article[1]!, article[2]);
      if (num === undefined) {
        b.report('error', lineNo, line, 'cn.articleNotNumeral', {});
        continue;
      }
      const label = trimmed.slice(0, trimmed.length - article[3]!.length).trim().replace(/\s+/gu, '');
      const a = b.openArticle(label, num, '', lineNo, line);
      const body = article[3]!.trim();
      if (body) {
        if (REPEALED.test(body)) a.repealed = true;
        addBodyLine(b, body);
      }
      continue;
    }
    const garbled = ARTICLE_LIKE.exec(trimmed);
    if (garbled && /[一二三四五六七八九十百千0-9０-９]/u.test(garbled[1]!)) {
      b.report('error', lineNo, line, 'cn.articleUnreadable', { heading: garbled[0].trim() });
      continue;
    }

    const division = DIVISION.exec(trimmed);
    if (division && trimmed.length <= 60 && !/[。；;]$/u.test(trimmed)) {
      if (!hasInfoEnd) metadataMode = false;
      openHeading(b, trimmed, 0, lineNo, line);
      continue;
    }
    const divLike = DIVISION_LIKE.exec(trimmed);
    const unreadable = divLike && (parseChineseNumeral(divLike[1]!) === undefined || (divLike[3] !== undefined && parseChineseNumeral(divLike[3]) === undefined));
    if (divLike && unreadable && trimmed.length <= 60 && !/[。；;，,]/u.test(trimmed)) {
      b.report('error', lineNo, line, 'cn.divisionUnreadable', { heading: divLike[0].trim() });
      continue;
    }

    if (trimmed.startsWith('>')) {
      const note = trimmed.replace(/^>\s?/u, '').trim();
      if (note === '') continue;
      const prev = lines[i - 1]?.t.trim() ?? '';
      if (prev.startsWith('>') && b.currentArticle) {
        b.continueAnnotation(note);
        continue;
      }
      const { label, text: noteText } = splitNoteLabel(note, '说明');
      const kind = /说明|說明|理由|explanation/iu.test(label) ? 'explanation' : 'note';
      if (!b.annotate(kind, noteText, label)) {
        b.report('warning', lineNo, line, 'text.noteBeforeFirstArticle', {});
      }
      continue;
    }

    if (metadataMode && b.beforeFirstArticle) {
      addMetadata(collapse(trimmed));
      continue;
    }
    if (metadataMode && hasInfoEnd) {
      // Header of an appended book file: the same metadata again.
      addMetadata(collapse(trimmed));
      continue;
    }
    addBodyLine(b, trimmed);
  }

  if (metadataLines.length > 0) b.doc.metadata.text = metadataLines.join('\n');
  if (b.beforeFirstArticle) b.report('error', 0, '', 'cn.noArticle', {});
  return { doc: b.doc, problems: b.problems };
}

function openHeading(b: BodyBuilder, htext: string, level: number, lineNo: number, line: string): void {
  const m = DIVISION.exec(htext);
  if (m) {
    const [type, rank] = DIVISION_TYPES[m[2]!]!;
    const heading = m[4] ?? '';
    const label = htext.slice(0, htext.length - heading.length).trim().replace(/\s+/gu, '');
    const num = cnArticleNum(m[1]!, m[3]) ?? (m[3] === undefined ? m[1]! : `${m[1]!}-${m[3]}`);
    b.openDivision({ type, label, num, heading: collapseCjk(heading), line: lineNo }, [rank]);
    return;
  }
  const like = DIVISION_LIKE.exec(htext);
  if (like) {
    b.report('error', lineNo, line, 'cn.divisionUnreadable', { heading: like[0].trim() });
    return;
  }
  // An unnumbered heading: a book of the Civil Code (`# 物权编`), or `附则`.
  const type = /编$|編$/u.test(htext) || level === 1 ? 'book' : 'division';
  b.openDivision({ type, label: '', num: '', heading: collapseCjk(htext), line: lineNo }, [LEVEL_RANK[level] ?? 5]);
}

/** A line of article text: a paragraph or an item. */
function addBodyLine(b: BodyBuilder, text: string): void {
  const t = text.replace(/\s+$/u, '');
  let m = ITEM_CN.exec(t);
  if (m && b.currentArticle) {
    b.addItem('cn-paren', t.slice(0, t.length - m[2]!.length).trim(), m[2]!.trim());
    return;
  }
  m = ITEM_CN_COMMA.exec(t);
  if (m && b.currentArticle) {
    b.addItem('cn-comma', `${m[1]}、`, m[2]!.trim());
    return;
  }
  m = ITEM_DIGIT.exec(t);
  if (m && b.currentArticle) {
    b.addItem('digit', t.slice(0, t.length - m[2]!.length).trim(), m[2]!.trim());
    return;
  }
  b.addParagraph(para(t.trim()));
}
