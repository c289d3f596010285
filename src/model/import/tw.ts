/**
 * Taiwan laws as the national law database publishes them, in two shapes:
 * - Markdown: setext headings (`第一章 總則` over `===`, `第七條 之一` over `---`),
 *   body lines indented with full-width spaces, `>` lines are the generator's
 *   notes — `> 理由：` blocks carry the legislature's reason and become
 *   annotations, the rest (`> 被引用條文`) is dropped;
 * - structured JSON (`law_data` articles and chapter names, `law_reasons`
 *   reason per article) → annotations.
 */
import { para } from '../doc.js';
import { cnArticleNum, CN_NUMERAL_CHARS } from '../numerals.js';
import type { Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { jsonErrorLine } from '../validate.js';
import { jsonPathLines } from '../json-lines.js';
import { BodyBuilder, collapse, collapseCjk, PROGRESS_LINE_MASK, splitLines, type ProgressCallback } from './builder.js';
import '../messages/text.js'; // the text group's sentences (registers them: src/model/messages/registry.ts)

const N = `[${CN_NUMERAL_CHARS}]+`;
const ARTICLE = new RegExp(`^第\\s*(${N})\\s*條(?:\\s*之\\s*(${N}))?$`, 'u');
const ARTICLE_LIKE = /^第\s*\S{1,8}?\s*條/u;
/** `第四章 heading`, and a division inserted after it: `第四章之一 heading`. */
const DIVISION = new RegExp(`^第\\s*(${N})\\s*(編|编|章|節|节|款|目)(?:\\s*之\\s*(${N}))?(?:[\\s\\u3000]+(.*))?$`, 'u');
const DIV_TYPES: Record<string, [string, number]> = {
  編: ['book', 1], 编: ['book', 1], 章: ['chapter', 2], 節: ['section', 3], 节: ['section', 3], 款: ['subsection', 4], 目: ['subsubsection', 5],
};
const ITEM_COMMA = new RegExp(`^(${N})、\\s*(.*)$`, 'u');
const ITEM_PAREN = new RegExp(`^[（(](${N})[）)]\\s*(.*)$`, 'u');
const ITEM_DIGIT = /^(\d{1,3})[.．、]\s*(.*)$/u;
const REASON_SOURCE = '立法院 異動條文及理由';
const REPEALED = /^[（(]?刪除[）)]?[。.]?$|^[（(]?删除[）)]?[。.]?$/u;

/** Label as printed without inner spaces: `第七條 之一` → `第七條之一`. */
function compactLabel(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}

function openDivision(b: BodyBuilder, text: string, line: number, raw: string): void {
  const m = DIVISION.exec(text);
  if (!m) {
    b.report('error', line, raw, 'tw.divisionForm', {});
    return;
  }
  const [type, rank] = DIV_TYPES[m[2]!]!;
  const heading = m[4] ?? '';
  const num = cnArticleNum(m[1]!, m[3]) ?? (m[3] === undefined ? m[1]! : `${m[1]!}-${m[3]}`);
  b.openDivision({ type, label: compactLabel(text.slice(0, text.length - heading.length)), num, heading: collapseCjk(heading), line }, [rank]);
}

function openArticle(b: BodyBuilder, text: string, line: number, raw: string): boolean {
  const m = ARTICLE.exec(text);
  const num = m ? cnArticleNum(m[1]!, m[2]) : undefined;
  if (!m || num === undefined) {
    b.report('error', line, raw, 'tw.articleForm', {});
    return false;
  }
  b.openArticle(compactLabel(text), num, '', line, raw);
  return true;
}

/** One body line (`　　一、…`): paragraph or item; indentation is ignored, the marker decides. */
function addBodyLine(b: BodyBuilder, line: string): void {
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

/** Imports the Markdown of a Taiwan law; `onProgress` gets the fraction of lines read every 2,048 lines. */
export function importTwMarkdown(text: string, language = 'zh-Hant', onProgress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  const b = new BodyBuilder(language);
  const lines = splitLines(text);
  let inReason = false;
  for (let i = 0; i < lines.length; i++) {
    if (onProgress !== undefined && (i & PROGRESS_LINE_MASK) === 0) onProgress(i / lines.length);
    const raw = lines[i]!;
    const lineNo = i + 1;
    const t = raw.replace(/\s+$/u, '');
    const next = lines[i + 1]?.trim() ?? '';
    if (t.trim() === '') continue;

    if (/^=+$/.test(next) && !t.startsWith('>')) {
      inReason = false;
      if (!b.doc.title && !DIVISION.test(collapse(t)) && b.beforeFirstArticle && b.doc.body.length === 0) {
        b.doc.title = collapse(t);
      } else {
        openDivision(b, collapse(t), lineNo, raw);
      }
      i++;
      continue;
    }
    if (/^-+$/.test(next) && !t.startsWith('>')) {
      inReason = false;
      openArticle(b, collapse(t), lineNo, raw);
      i++;
      continue;
    }
    if (/^#{1,6}\s/.test(t)) {
      inReason = false;
      const h = collapse(t.replace(/^#+/, ''));
      if (ARTICLE_LIKE.test(h)) openArticle(b, h, lineNo, raw);
      else if (DIVISION.test(h)) openDivision(b, h, lineNo, raw);
      else if (!b.doc.title) b.doc.title = h;
      else b.report('warning', lineNo, raw, 'tw.otherHeading', {});
      continue;
    }
    if (t.startsWith('>')) {
      const note = t.replace(/^>\s?/u, '');
      const reason = /^理由[:：]\s*(.*)$/su.exec(note.trim());
      if (reason) {
        inReason = b.annotate('explanation', reason[1]!.trim(), REASON_SOURCE);
        if (!inReason) b.report('warning', lineNo, raw, 'tw.reasonBeforeFirstArticle', {});
      } else if (inReason && /^[\s\u3000]/u.test(note)) {
        b.continueAnnotation(note.trim());
      } else {
        inReason = false; // another generator note (被引用條文, 引用條文 …): not law text.
      }
      continue;
    }
    inReason = false;
    if (ARTICLE_LIKE.test(t.trim()) && t.trim().length <= 12) {
      b.report('error', lineNo, raw, 'tw.notUnderlined', {});
      continue;
    }
    if (!b.currentArticle && b.beforeFirstArticle && b.doc.body.length === 0) {
      const prev = b.doc.metadata.text;
      b.doc.metadata.text = prev ? `${prev}\n${collapse(t)}` : collapse(t);
      continue;
    }
    addBodyLine(b, t);
  }
  if (b.beforeFirstArticle) b.report('error', 0, '', 'tw.noArticle', {});
  return { doc: b.doc, problems: b.problems };
}

interface TwRecord {
  title?: unknown;
  versions?: unknown;
  law_data?: unknown;
  law_reasons?: unknown;
}

/** The 1-based lines of the JSON key `"key":` in `text` from offset `from`, in order. */
function keyLines(text: string, key: string, from: number): number[] {
  const out: number[] = [];
  const needle = `"${key}"`;
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    if (!/^\s*:/u.test(text.slice(at + needle.length, at + needle.length + 20))) continue; // the same word as a value
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) line++;
    out.push(line);
  }
  return out;
}

/** Imports Taiwan's structured JSON record (`law_data`, `law_reasons`). */
export function importTwJson(text: string, language = 'zh-Hant'): { doc: VersionDoc; problems: Problem[] } {
  const b = new BodyBuilder(language);
  let data: TwRecord;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as TwRecord;
  } catch (e) {
    const line = jsonErrorLine(text.replace(/^\uFEFF/, ''));
    b.report('error', line, splitLines(text)[line - 1] ?? '', 'tw.invalidJson', { detail: (e as Error).message });
    return { doc: b.doc, problems: b.problems };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray(data.law_data)) {
    b.report('error', 0, 'law_data', 'tw.noLawData', {});
    return { doc: b.doc, problems: b.problems };
  }
  if (typeof data.title === 'string') b.doc.title = data.title;
  if (Array.isArray(data.versions)) b.doc.metadata.text = data.versions.filter((v) => typeof v === 'string').join('\n');
  // Lines of the entries' keys, in order, so that articles, chapters and problems name their line.
  const start = Math.max(0, text.indexOf('"law_data"'));
  const sectionLines = keyLines(text, 'section_name', start);
  const ruleLines = keyLines(text, 'rule_no', start);
  let sections = 0;
  let rules = 0;
  data.law_data.forEach((entry: unknown, index) => {
    const where = `law_data[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      b.report('error', 0, where, 'tw.entryNotObject', {});
      return;
    }
    const e = entry as Record<string, unknown>;
    const sectionLine = 'section_name' in e ? (sectionLines[sections++] ?? 0) : 0;
    const ruleLine = 'rule_no' in e ? (ruleLines[rules++] ?? 0) : 0;
    if (typeof e.section_name === 'string') {
      openDivision(b, collapse(e.section_name), sectionLine, `${where}.section_name: ${e.section_name}`);
    } else if (typeof e.rule_no === 'string' && typeof e.content === 'string') {
      if (!openArticle(b, collapse(e.rule_no), ruleLine, `${where}.rule_no: ${e.rule_no}`)) return;
      for (const line of e.content.split('\n')) addBodyLine(b, line);
    } else {
      b.report('error', ruleLine || sectionLine, where, 'tw.entryFields', {});
    }
  });
  if (typeof data.law_reasons === 'object' && data.law_reasons !== null) {
    for (const [ruleNo, reason] of Object.entries(data.law_reasons as Record<string, unknown>)) {
      const m = ARTICLE.exec(collapse(ruleNo));
      const num = m ? cnArticleNum(m[1]!, m[2]) : undefined;
      if (num === undefined || typeof reason !== 'string') {
        b.report('warning', 0, `law_reasons["${ruleNo}"]`, 'tw.reasonKey', {});
        continue;
      }
      const text = reason
        .split('\n')
        .map((l) => l.replace(/^[\s\u3000]+/u, '').trimEnd())
        .filter((l) => l !== '')
        .join('\n');
      b.doc.annotations.push({ article: num, kind: 'explanation', text, source: REASON_SOURCE });
    }
  }
  entryLines(text, b.problems);
  return { doc: b.doc, problems: b.problems };
}

/** Gives the problems about an entry with no line of its own (`law_data[3]`, `law_reasons["…"]`) the line where that entry begins. */
function entryLines(text: string, problems: Problem[]): void {
  const paths = new Map<Problem, string>();
  for (const p of problems) {
    if (p.line !== 0) continue;
    const reason = /^law_reasons\["(.*)"\]$/su.exec(p.text);
    if (reason) paths.set(p, `$.law_reasons.${reason[1]!}`);
    else if (/^law_data(\[\d+\])?$/u.test(p.text)) paths.set(p, `$.${p.text}`);
  }
  if (paths.size === 0) return;
  const lines = jsonPathLines(text, [...paths.values()]);
  for (const [p, path] of paths) p.line = lines.get(path) ?? 0;
}
