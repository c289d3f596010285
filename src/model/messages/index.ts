/**
 * Every sentence an importer or validator can report, in English, by code
 * (`text.duplicateNumber`, `xml.malformed`…). A problem carries its code and
 * arguments beside the English `message`, so the interface says it in the
 * reader's language (each locale translates {@link problemMessages} in
 * src/present/locales/problems) and the CLI prints the English.
 *
 * One module per group, each code prefixed by its group; a code defined twice is a
 * unit-test failure (tests/unit/i18n/problem-messages.test.ts).
 */
import type { MessageArg } from './types.js';
import { documentMessages } from './document.js';
import { jsonMessages } from './json.js';
import { textMessages } from './text.js';
import { xmlMessages } from './xml.js';

export { isPlace, placeText, type MessageArg, type MessageTemplates, type NoArgs, type Place, type Translation } from './types.js';
export { documentMessages, jsonMessages, textMessages, xmlMessages };

/** The groups, for a test that no code is defined twice. */
export const messageGroups = { json: jsonMessages, xml: xmlMessages, text: textMessages, document: documentMessages } as const;

/** Every problem's English sentence, by code. */
export const problemMessages = { ...jsonMessages, ...xmlMessages, ...textMessages, ...documentMessages } as const;

export type ProblemMessages = typeof problemMessages;
export type ProblemCode = keyof ProblemMessages;
export type ProblemArgs<K extends ProblemCode> = Parameters<ProblemMessages[K]>[0];

/** A sentence as a code and its arguments, with its English. */
export interface Said {
  /** Which sentence ({@link problemMessages}). */
  code: ProblemCode;
  /** Its arguments: data and counts, never English words. */
  args: Readonly<Record<string, MessageArg>>;
  /** The sentence in English (what the CLI prints). */
  message: string;
}

/** The sentence `code` with `args`, with its English. */
export function say<K extends ProblemCode>(code: K, args: ProblemArgs<K>): Said {
  return { code, args, message: (problemMessages[code] as (a: ProblemArgs<K>) => string)(args) };
}
