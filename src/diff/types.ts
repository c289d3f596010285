/**
 * What the comparison engine reports. Plain, serializable objects keyed on
 * `kind`, so they cross a Worker boundary and go into IndexedDB unchanged.
 */

/** An article as the engine refers to it. */
export interface ArticleRef {
  /** Normalized number (`106`, `7-1`, `12a`). */
  num: string;
  /** Number as printed. */
  label: string;
  /** Position among the version's articles, from 0. */
  index: number;
  /** Keys of the divisions above it, from the top ({@link DivisionRef.key}). */
  divisions: string[];
}

/** A span of a word-level diff: text kept, removed or added. */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One line of an article (a paragraph or an item) in a text diff. */
export type LineDiff =
  | { kind: 'equal'; old: string; new: string; ops: undefined }
  | { kind: 'changed'; old: string; new: string; ops: DiffOp[] }
  | { kind: 'deleted'; old: string; new: undefined; ops: undefined }
  | { kind: 'inserted'; old: undefined; new: string; ops: undefined };

/** Words and characters (white space not counted) inserted and deleted. Words: as the segmenter cuts them in CJK text, runs of letters and digits otherwise. */
export interface TextCounts {
  wordsInserted: number;
  wordsDeleted: number;
  charsInserted: number;
  charsDeleted: number;
}

/** The text diff of a pair of articles: heading and lines, with how precise it is. */
export interface ArticleDiff {
  heading: DiffOp[];
  lines: LineDiff[];
  /** `word` normally; `sentence` when the article was too large for the word-level work budget. */
  granularity: 'word' | 'sentence';
  /** What the diff inserts and deletes. */
  counts: TextCounts;
}

/** A line of an article's text: the article, and the line's index among its lines (paragraphs and items in document order, from 0; the heading is not a line). */
export interface LinePlace {
  article: ArticleRef;
  line: number;
}

/**
 * A passage — a paragraph or an item — that left one article and arrived in
 * another, identical or edited: deleted at `from` (old version) and inserted
 * at `to` (new version). The lines at both ends are in the articles' diffs
 * (or the deleted and inserted articles) as deleted and inserted lines; a move
 * says they are one passage.
 */
export interface PassageMove {
  from: LinePlace;
  to: LinePlace;
  /** 0..1: how alike the two lines are (1 for identical). */
  similarity: number;
  /** The word diff from the old line to the new one; undefined when identical. */
  ops: DiffOp[] | undefined;
}

/** Flags of a pair (or group) of articles. */
export interface ChangeFlags {
  /** The text (heading or body) differs. */
  textChanged: boolean;
  /** Its number differs. */
  renumbered: boolean;
  /** Its position relative to the other matched articles changed (not merely shifted). */
  moved: boolean;
  /** It now sits under a different (aligned) division. */
  divisionChanged: boolean;
  /** The text differs only in cross-reference numbers that follow the renumbering. */
  referencesOnly: boolean;
  /** 0..1: how alike the texts are (1 for identical). */
  similarity: number;
}

/**
 * How an article of the old version relates to the new version. Every article
 * of both versions is in exactly one change. A split's or merge's
 * `unsharedParts` are the indices (into its `new` for a split, its `old` for a
 * merge) of the parts that share little with the other side: a new article
 * mostly of new text, an old article mostly dropped.
 */
export type Change =
  | ({ kind: 'matched'; old: [ArticleRef]; new: [ArticleRef]; diff: ArticleDiff | undefined } & ChangeFlags)
  | ({ kind: 'split'; old: [ArticleRef]; new: ArticleRef[]; diff: ArticleDiff; unsharedParts: number[] } & ChangeFlags)
  | ({ kind: 'merged'; old: ArticleRef[]; new: [ArticleRef]; diff: ArticleDiff; unsharedParts: number[] } & ChangeFlags)
  | ({ kind: 'inserted'; old: []; new: [ArticleRef]; diff: undefined } & ChangeFlags)
  | ({ kind: 'deleted'; old: [ArticleRef]; new: []; diff: undefined } & ChangeFlags);

/** A division as the engine refers to it. */
export interface DivisionRef {
  /** Unique within its version: the path of normalized type:num (or heading) from the top. */
  key: string;
  type: string;
  label: string;
  num: string;
  heading: string;
  depth: number;
}

/** How a division of the old version relates to the new one. */
export type DivisionChange =
  | { kind: 'matched'; old: DivisionRef; new: DivisionRef; renamed: boolean; renumbered: boolean }
  | { kind: 'inserted'; old: undefined; new: DivisionRef; renamed: false; renumbered: false }
  | { kind: 'deleted'; old: DivisionRef; new: undefined; renamed: false; renumbered: false };

/** A reference in the new text that still points at an article's old number. */
export interface BrokenReference {
  /** The new article that contains the reference. */
  in: ArticleRef;
  /** The reference as written (`第二十条`, `§ 21`, `Article 21`). */
  text: string;
  /** Normalized number it points to. */
  points: string;
  /** The new number of the article it pointed to before the renumbering. */
  probablyMeant: string;
}

/** Counts for a comparison. */
export interface ComparisonStats {
  matched: number;
  textChanged: number;
  /** Matched articles flagged renumbered (moved or not, reworded or not). */
  renumbered: number;
  /** Matched articles renumbered only: same text, not moved (`classifyChange` says `renumbered`; a moved one counts as moved). */
  renumberedOnly: number;
  moved: number;
  inserted: number;
  deleted: number;
  split: number;
  merged: number;
  referencesOnly: number;
  divisionChanged: number;
  /** Words (CJK: segmented words; otherwise runs of letters and digits) inserted and deleted: diffs, inserted and deleted articles. */
  wordsInserted: number;
  wordsDeleted: number;
  charsInserted: number;
  charsDeleted: number;
  /** Passages (paragraphs, items) moved from one article to another ({@link Comparison.moves}). */
  movedPassages: number;
}

/** The result of comparing two versions. */
export interface Comparison {
  /** Changes in the order of the new version (deleted articles where they stood in the old one). */
  changes: Change[];
  divisions: DivisionChange[];
  brokenReferences: BrokenReference[];
  /** Paragraphs and items that moved between articles, in the order of the new version. */
  moves: PassageMove[];
  stats: ComparisonStats;
}
