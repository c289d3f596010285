/**
 * Every group of sentences at once: for what needs them all (the CLI, the tests, the pseudo-locale).
 * The app's pages import only the groups of what they run (see registry.ts).
 */
import { documentMessages } from './document.js';
import { jsonMessages } from './json.js';
import { textMessages } from './text.js';
import { xmlMessages } from './xml.js';

/** The groups, for a test that no code is defined twice. */
export const messageGroups = { json: jsonMessages, xml: xmlMessages, text: textMessages, document: documentMessages } as const;

/** Every problem's English sentence, by code. */
export const problemMessages = { ...jsonMessages, ...xmlMessages, ...textMessages, ...documentMessages } as const;
