/**
 * The English sentences known in this bundle, by code: each group module registers its own when
 * it is loaded, and every module that reports a problem imports its group (`import
 * '../messages/text.js'`). So the app's first load carries only the sentences of what runs on the
 * page (the collection's validators: the json group), and the importers' sentences come with the
 * importers, in the import worker. `say` (index.ts) looks a code up here.
 */
import type { MessageTemplates } from './types.js';

const sentences = new Map<string, (args: never) => string>();

/** Makes a group's sentences known. */
export function registerMessages(group: MessageTemplates): void {
  for (const [code, sentence] of Object.entries(group)) sentences.set(code, sentence);
}

/** The English sentence of `code`; throws for a code whose group was not loaded (a programmer error: import the group). */
export function englishSentence(code: string): (args: never) => string {
  const s = sentences.get(code);
  if (!s) throw new Error(`no sentence for the problem code "${code}": the module reporting it must import its group from src/model/messages`);
  return s;
}
