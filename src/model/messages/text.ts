/**
 * The text importers' sentences (src/model/import: the body builder, cn, tw,
 * de, en, the numbering check, decoding, the import entry and its format check).
 */
import { FORMAT_NAMES } from '../types.js';
import { placeText, type MessageTemplates, type NoArgs, type Place } from './types.js';

export const textMessages = {
  /** An article number used twice; `label` as printed, `first` where the first is. */
  'text.duplicateNumber': (a: { label: string; first: Place }) => `article number ${a.label} appears twice (first at ${placeText(a.first)})`,
  'de.frontMatterOpen': (_: NoArgs) => 'front matter is not closed by a "---" line',
  'de.noNorm': (_: NoArgs) => 'no § found (expected headings like "## § 1 Heading")',
  'de.normWithoutNumber': (a: { heading: string }) => `norm heading "${a.heading}" has no readable number (expected "§ 12" or "§ 12a")`,
  'de.otherHeading': (_: NoArgs) => 'heading is neither a division nor a §; kept as an annex',
  /** No convention recognized; `name` is the file's, when there is one. */
  'text.unknownFormat': (a: { name?: string | undefined }) => `unknown format: could not recognize ${a.name ?? 'the text'} as any of ${Object.values(FORMAT_NAMES).join(', ')}; name one with --format`,
} as const satisfies MessageTemplates;
