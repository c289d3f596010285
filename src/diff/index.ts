/**
 * The comparison engine's public face: everything outside src/diff imports
 * from here. Pure functions over the law model, no DOM and no Node, so the
 * engine runs the same in a Web Worker, in Node for the CLI and in unit tests.
 *
 * - {@link compareVersions} pairs the articles of two readings and diffs each pair;
 *   {@link buildHistory} follows every article through all readings.
 * - {@link classifyChange} says what one change is, in one word (the one definition of
 *   "renumbered only"); `Comparison.stats` counts them.
 * - The text diffs ({@link diffText}, {@link diffArticle}, {@link applyOps}) and the
 *   tokenizer, for callers that diff text themselves.
 * - {@link explainReport} links the paragraphs of an explanation report to the changes they name.
 */
export { compareVersions, type CompareOptions } from './compare.js';
export { buildHistory, concordance, lineageOf, resolveKey, type Arrival, type History, type Lineage, type LineageCell } from './history.js';
export { ChangeClass, classifyChange, classifyIgnoringMove } from './classify.js';
export { divisionRefs } from './divisions.js';
export { explainJson, explainReport, selfNames, type ExplainedParagraph, type ExplainJson, type ExplainOptions, type ReadingName, type ReportLink, type Side } from './explain.js';
export { findReferences, maskReferences, type Reference } from './references.js';
export { alignLines, applyOps, diffArticle, diffText, diffTokens } from './textdiff.js';
export { isCjkLanguage, isCjkText, sentences, Tokenizer, type Granularity } from './tokens.js';
export type { CacheInfo, CompareResult, HistoryUpdate } from './result.js';
export type {
  ArticleDiff,
  ArticleRef,
  BrokenReference,
  Change,
  ChangeFlags,
  Comparison,
  ComparisonStats,
  DiffOp,
  DivisionChange,
  DivisionRef,
  LineDiff,
  LinePlace,
  PassageMove,
  TextCounts,
} from './types.js';
