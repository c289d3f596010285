/**
 * Every sentence an importer or validator can report, in English, by code
 * (`text.duplicateNumber`, `xml.malformed`…). A problem carries its code and
 * arguments beside the English `message`, so the interface says it in the
 * reader's language (each locale translates them in
 * src/present/locales/problems) and the CLI prints the English.
 *
 * One module per group, each code prefixed by its group; a code defined twice is a
 * unit-test failure (tests/unit/i18n/problem-messages.test.ts).
 */
import type { MessageArg } from './types.js';
import type { documentMessages } from './document.js';
import type { jsonMessages } from './json.js';
import type { textMessages } from './text.js';
import type { xmlMessages } from './xml.js';
import { englishSentence } from './registry.js';

export { isPlace, placeText, type MessageArg, type MessageTemplates, type NoArgs, type Place, type Translation } from './types.js';
export type { documentMessages, jsonMessages, textMessages, xmlMessages };

/** Every problem's English sentence, by code (the type; the sentences themselves are in ./all.ts and each group's module). */
export type ProblemMessages = typeof jsonMessages & typeof xmlMessages & typeof textMessages & typeof documentMessages;
export type ProblemCode = keyof ProblemMessages;
export type ProblemArgs<K extends ProblemCode> = Parameters<ProblemMessages[K]>[0];

/** A sentence as a code and its arguments, with its English. */
export interface Said {
  /** Which sentence (src/model/messages). */
  code: ProblemCode;
  /** Its arguments: data and counts, never English words. */
  args: Readonly<Record<string, MessageArg>>;
  /** The sentence in English (what the CLI prints). */
  message: string;
}

/** The sentence `code` with `args`, with its English. */
export function say<K extends ProblemCode>(code: K, args: ProblemArgs<K>): Said {
  return { code, args, message: (englishSentence(code) as (a: ProblemArgs<K>) => string)(args) };
}
