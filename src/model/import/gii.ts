/**
 * gesetze-im-internet.de XML (the `dokumente`/`norm` format of German federal law). Being
 * written (issue 15): today it refuses the file with a message.
 */
import { problem, type Problem } from '../problems.js';
import type { VersionDoc } from '../types.js';
import { emptyDoc } from '../doc.js';
import type { ProgressCallback } from './builder.js';

export function importGii(_text: string, _progress?: ProgressCallback): { doc: VersionDoc; problems: Problem[] } {
  return { doc: emptyDoc('de'), problems: [problem('error', 0, '', 'gesetze-im-internet.de XML cannot be read yet')] };
}
