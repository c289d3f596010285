/** The passage picture and per-reading statistics in English (the reference; see ../en.ts). */
import { bidi, formatCount, plural } from '../../i18n.js';

export const pictureEn = {
  heading: 'Where the law changed, reading by reading',
  hint: 'One mark per article and reading, the articles in the order of the newest reading. Each mark says what that reading did to the article.',
  /** The numbered list of readings the picture's lines are labelled with. */
  readings: 'Readings',
  /** A gap reading in that list. */
  readingGap: (label: string): string => `${bidi(label)} (no text)`,
  legend: 'Legend',
  /** A legend entry: a kind and how many cells show it. */
  legendEntry: (kind: string, n: number): string => `${kind}: ${formatCount(n)}`,
  /** Legend entries for the links drawn between readings. */
  linkSplitMerge: 'Split or merged: line to the other part',
  linkMove: 'Moved: line from its old place',
  /** The picture's name for assistive technology, with what changed. */
  summary: (articles: number, readings: number, changes: string): string =>
    `Picture of ${plural(articles, { one: '# article', other: '# articles' })} in ${plural(readings, { one: '# reading', other: '# readings' })}. ${changes}`,
  /** One kind's count in that summary (joined with `; `). */
  summaryCount: (kind: string, n: number): string => `${kind}: ${formatCount(n)}`,
  noChanges: 'No article changed.',
  keys: 'Arrow keys: ← → articles, ↑ ↓ readings; Page Up/Down and Home/End: by line of the picture (Ctrl+Home/End: to the first or last article); Enter opens the article’s history.',
  /** The caption before a cell is pointed at. */
  idle: 'Point at a mark, or focus the picture and use the arrow keys, to see what it is.',
  /** The caption of a cell: the article, the reading, what happened there. */
  cell: (label: string, reading: string, what: string): string => `${bidi(label)} in ${bidi(reading)}: ${what}`,
  /** Added to it: the number the article had in the reading before. */
  was: (label: string, reading: string): string => `was ${bidi(label)} in ${bidi(reading)}`,
  /** A caption with a note after it. */
  withNote: (text: string, note: string): string => `${text} (${note})`,
  /** A moved article's caption: moved, and its status otherwise (reworded, renumbered…). */
  movedAnd: (status: string): string => `Moved, ${status.toLowerCase()}`,
  /** The caption with the article's top division (chapter, Part) after it. */
  inDivision: (text: string, title: string): string => `${text} · in ${bidi(title)}`,

  /** The statistics of each step. */
  statsHeading: 'Changes in each step',
  stepColumn: 'Step',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  /** Under a step that spans readings without a text. */
  across: (labels: readonly string[]): string => `across ${labels.map(bidi).join(', ')} (no text)`,
  splitMerged: 'Split or merged',
  wordsInserted: 'Words added',
  wordsDeleted: 'Words removed',
  charsInserted: 'Characters added',
  charsDeleted: 'Characters removed',
  noSteps: 'These readings have fewer than two texts to compare.',
} as const;
