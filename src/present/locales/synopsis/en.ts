/** The synopsis of several readings in English (the reference for the other languages). Loaded with the view, not in the first load (see ./index.ts). */
import { bidi, plural } from '../../i18n.js';

export const synopsisEn = {
  /** The two views of the page. */
  tabs: 'View of the readings',
  synopsis: 'Synopsis',
  picture: 'Passage of the law',
  /** What each column is compared with. */
  against: 'Compare each reading with',
  againstPrevious: 'the reading before it',
  /** A base reading in that choice. */
  againstBase: (label: string): string => bidi(label),
  /** The step a filter narrows to (or every step). */
  inStep: 'in',
  anyStep: 'any step',
  step: (from: string, to: string): string => `${bidi(from)} → ${bidi(to)}`,
  search: 'Search in all readings',
  /** A phone shows one pair of readings at a time. */
  stepSwitcher: 'Step shown',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  /** Under a column's heading. */
  comparedWith: (label: string): string => `compared with ${bidi(label)}`,
  baseColumn: 'base',
  /** In a cell. */
  sameAs: (label: string): string => `Same text as in ${bidi(label)}`,
  onlyNumber: (label: string): string => `Same text as ${bidi(label)} in the reading before; only the number changed`,
  notYet: 'Not yet in this reading',
  gone: 'No longer in this reading',
  deleted: 'Deleted in this reading',
  mergedInto: (label: string): string => `Merged into ${bidi(label)}`,
  gap: 'Text not published',
  unavailable: 'Text not loaded',
  /** The row's head: in which readings it changed. */
  changedIn: (labels: readonly string[]): string => `Changed in ${labels.map(bidi).join(', ')}`,
  neverChanged: 'Unchanged in every reading',
  legend: 'Each column is marked against the one before it: deletions struck through, insertions underlined.',
  legendBase: (label: string): string => `Each column is marked against ${bidi(label)}: deletions struck through, insertions underlined.`,
  fileTitle: (law: string, n: number): string => `${bidi(law)}: ${plural(n, { one: '# reading', other: '# readings' })} side by side`,
  needsTwoTexts: 'At least two of these readings need a published text to be compared.',
} as const;
