/** The synopsis of three readings and more in English (the reference; see ../en.ts). */
import { formatCount, plural } from '../../i18n.js';

export const readingsEn = {
  /** The page's heading. */
  title: (n: number): string => plural(n, { one: '# reading side by side', other: '# readings side by side' }),
  /** The picker: every reading of the law at once. */
  all: (n: number): string => `All ${formatCount(n)} readings side by side`,
  choose: 'Several readings side by side',
  chooseHint: 'Tick three readings or more: each column is compared with the one before it.',
  chooseGo: 'Show side by side',
  chooseMore: 'Tick at least three readings.',
  /** On a comparison of two readings that are not consecutive. */
  spansReadings: (n: number): string =>
    plural(n, {
      one: 'One reading lies between these two: this comparison does not say which of them made each change.',
      other: '# readings lie between these two: this comparison does not say which of them made each change.',
    }),
  seeEachStep: 'See every step side by side',
} as const;
