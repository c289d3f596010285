/**
 * An explanation report linked to a comparison (issue 16, point 2): each of
 * the report's paragraphs ({@link splitReport}) with the articles it names
 * ({@link findReferences}), resolved to the older or the newer reading of the
 * pair the report explains, and through the comparison to the change each
 * article is part of — so "Article 11 of the Draft" lands on the change that
 * produced Article 4.
 *
 * Which reading a number means:
 * - the grammar's own word when it has one: 草案 / the Draft / a. F. → the
 *   older reading; 作为第N条 / new Article N / n. F. → the newer;
 * - a named reading (二次审议稿, Second Reading Draft) → the side of the pair
 *   whose stage or label it names; a reading outside the pair → unresolved;
 * - 本法第N条 / Article N of this Law → the newer reading (the law as the
 *   step leaves it: the one the report accompanies);
 * - a bare number: the reading of the nearest reference
 *   before it in the same paragraph that had one; else the reading where the
 *   number exists, and where both have it, the one where that article
 *   changed; else `bareReading` (default: the older, the text a report on a
 *   draft speaks about).
 *
 * A number that names no article of its reading is kept as unresolved, as
 * written (a misnumbered reference is common in real reports). References to
 * other laws and to divisions (第五章) link nothing and are not unresolved.
 * Pure: no DOM, no I/O.
 */
import { findReferences, splitReport, type ArticleReference, type ReportParagraph } from '../model/references.js';
import type { VersionDoc } from '../model/types.js';
import { listArticles } from '../model/doc.js';
import { classifyChange } from './classify.js';
import type { Comparison } from './types.js';

/** Which side of the pair a link is on. */
export type Side = 'old' | 'new';

/** An article a paragraph is about. */
export interface ReportLink {
  reading: Side;
  /** Normalized number ({@link Article.num}) in that reading. */
  article: string;
  /** Index in `comparison.changes` of the change the article is part of. */
  change: number;
}

/** A paragraph of a report with what it was linked to. */
export interface ExplainedParagraph extends ReportParagraph {
  links: ReportLink[];
  /** References (as written) that name no article of the reading they point at. */
  unresolved: string[];
  /** Every reference found, in text order (article and division references, other laws included). */
  references: ArticleReference[];
}

/** A reading of the pair: its stage (`draft`, `second-reading`, …) and label, to match named readings. */
export interface ReadingName {
  stage?: string;
  label?: string;
}

export interface ExplainOptions {
  /** The law's names (`公司法`, `BGB`): a reference naming one is not to another law. */
  selfNames?: string[];
  /** The pair's readings, to tell which one a named reading (二次审议稿) is. */
  old?: ReadingName;
  new?: ReadingName;
  /** The reading of a bare number that context does not decide (default `old`). */
  bareReading?: Side;
}

/** Stages a reading's name can speak of, by the words used for them. */
const STAGE_WORDS: [RegExp, string][] = [
  [/二次审议|二次審議|二审|二審|second[- ]reading/iu, 'second-reading'],
  [/三次审议|三次審議|三审|三審|third[- ]reading/iu, 'third-reading'],
  [/四次审议|四次審議|fourth[- ]reading/iu, 'fourth-reading'],
  [/征求意见|徵求意見|consultation|for comment/iu, 'consultation'],
  [/修改稿|revised draft/iu, 'revised-draft'],
];

/** The side a named reading is, if it is one of the pair. */
function namedSide(label: string, options: ExplainOptions): Side | undefined {
  const l = label.replace(/\s+/gu, ' ').trim();
  const stage = STAGE_WORDS.find(([re]) => re.test(l))?.[1];
  for (const side of ['new', 'old'] as const) {
    const r = options[side];
    if (!r) continue;
    if (stage && r.stage && r.stage.toLowerCase() === stage) return side;
    if (r.label && (r.label.toLowerCase() === l.toLowerCase() || (stage && STAGE_WORDS.find(([, s]) => s === stage)![0].test(r.label)))) return side;
  }
  return undefined;
}

/** 本法 / this Law: the law as the report's step leaves it — the newer reading, which the report accompanies. */
const THIS_LAW = /^(?:本法|本条例|本條例|this Law)$/iu;

/** Where each article of a side is among the changes. */
function changeIndex(comparison: Comparison, side: Side): Map<string, number> {
  const m = new Map<string, number>();
  comparison.changes.forEach((c, k) => {
    for (const r of c[side]) if (!m.has(r.num)) m.set(r.num, k);
  });
  return m;
}

/** Whether the change holding this article is a change (not an article kept as it was). */
function changed(comparison: Comparison, k: number | undefined): boolean {
  if (k === undefined) return false;
  return classifyChange(comparison.changes[k]!) !== 'unchanged';
}

/**
 * Links a report's paragraphs to the comparison of the two readings it
 * explains. `report` is the report's text or its paragraphs.
 */
export function explainReport(report: string | readonly ReportParagraph[], oldDoc: VersionDoc, newDoc: VersionDoc, comparison: Comparison, options: ExplainOptions = {}): ExplainedParagraph[] {
  const paragraphs = typeof report === 'string' ? splitReport(report) : report;
  const at = { old: changeIndex(comparison, 'old'), new: changeIndex(comparison, 'new') };
  const exists = {
    old: new Set(listArticles(oldDoc).map((l) => l.article.num)),
    new: new Set(listArticles(newDoc).map((l) => l.article.num)),
  };
  const bare = options.bareReading ?? 'old';
  const findOptions = options.selfNames ? { selfNames: options.selfNames } : {};
  return paragraphs.map((p) => {
    const references = findReferences(p.text, findOptions);
    const links: ReportLink[] = [];
    const unresolved: string[] = [];
    const seen = new Set<string>();
    let context: Side | undefined;
    for (const ref of references) {
      if (ref.external) continue;
      let side: Side | undefined;
      if (ref.reading === 'old' || ref.reading === 'new') side = ref.reading;
      else if (ref.reading === 'unspecified' && ref.readingLabel && THIS_LAW.test(ref.readingLabel)) side = 'new';
      else if (ref.reading === 'named') {
        side = namedSide(ref.readingLabel ?? '', options);
        if (!side) {
          // A reading outside the pair (the unpublished third reading draft): nothing here to link to.
          if (ref.kind === 'article') unresolved.push(ref.text);
          continue;
        }
      }
      if (ref.kind === 'division') {
        if (side) context = side;
        continue;
      }
      if (!side) side = context ?? bareSide(ref.articles, comparison, at, exists, bare);
      context = side;
      let missing = false;
      for (const num of ref.articles) {
        const k = at[side].get(num);
        if (k === undefined || !exists[side].has(num)) {
          missing = true;
          continue;
        }
        const id = `${side}|${num}`;
        if (seen.has(id)) continue;
        seen.add(id);
        links.push({ reading: side, article: num, change: k });
      }
      if (missing) unresolved.push(ref.text);
    }
    return { ...p, links, unresolved, references };
  });
}

/** The reading of a bare number with no context: where it exists; where both have it, where it changed; else `fallback`. */
function bareSide(nums: readonly string[], comparison: Comparison, at: Record<Side, Map<string, number>>, exists: Record<Side, Set<string>>, fallback: Side): Side {
  const inOld = nums.every((n) => exists.old.has(n));
  const inNew = nums.every((n) => exists.new.has(n));
  if (inOld !== inNew) return inOld ? 'old' : 'new';
  if (!inOld) return fallback;
  const oldChanged = nums.some((n) => changed(comparison, at.old.get(n)));
  const newChanged = nums.some((n) => changed(comparison, at.new.get(n)));
  if (oldChanged !== newChanged) return oldChanged ? 'old' : 'new';
  return fallback;
}

/** A report's links in the JSON contract of `lawdiff explain --json` (docs/format.md). */
export interface ExplainJson {
  paragraphs: { index: number; text: string; links: { reading: Side; article: string }[]; unresolved: string[] }[];
}

export function explainJson(paragraphs: readonly ExplainedParagraph[]): ExplainJson {
  return {
    paragraphs: paragraphs.map((p) => ({
      index: p.index,
      text: p.text,
      links: p.links.map((l) => ({ reading: l.reading, article: l.article })),
      unresolved: p.unresolved,
    })),
  };
}

/**
 * The names a law's title gives it, for {@link ExplainOptions.selfNames}: the title without
 * bracketed additions (（草案）, (Fictional Example)) and, for a PRC or Taiwan law, without
 * 中华人民共和国 / 中華民國 (reports say 公司法 for 中华人民共和国公司法).
 */
export function selfNames(title: string): string[] {
  const plain = title
    .replace(/[（(][^（）()]*[）)]/gu, '')
    .replace(/[《》]/gu, '')
    .trim();
  if (!plain) return [];
  const out = new Set([plain]);
  const short = plain.replace(/^中华人民共和国|^中華民國/u, '');
  if (short) out.add(short);
  return [...out];
}
