/** A version JSON file (`lawdiff import`'s output, format `json`) as a reader: validated, never trusted. */
import { emptyDoc } from '../doc.js';
import { parseVersionDoc } from '../validate.js';
import type { FormatReader } from './source.js';

export const readVersionJson: FormatReader = (text, language) => {
  const r = parseVersionDoc(text);
  return { doc: r.doc ?? emptyDoc(language), problems: r.problems };
};
