/**
 * The Taiwan law database's exports (law.moj.gov.tw, XML and JSON). Being written (issue 15):
 * today it refuses the file with a message.
 */
import { problem, type Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { emptyDoc } from '../doc.js';

export function importTwMoj(_text: string, language: string): { doc: VersionDoc; problems: Problem[] } {
  return { doc: emptyDoc(language), problems: [problem('error', 0, '', 'the Taiwan law database format cannot be read yet')] };
}
