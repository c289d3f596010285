/**
 * The importers' and validators' problems in each language: every group's
 * translation merged, typed against the English sentences (src/model/messages),
 * so a code left untranslated is a compile error. Each locale module imports
 * its own; a bundle carries only the language it loads.
 */
import type { ProblemTranslation } from '../../strings.js';
import * as document from './document.js';
import * as json from './json.js';
import * as text from './text.js';
import * as xml from './xml.js';

export const zhHansProblems: ProblemTranslation = { ...json.zhHans, ...xml.zhHans, ...text.zhHans, ...document.zhHans };
export const zhHantProblems: ProblemTranslation = { ...json.zhHant, ...xml.zhHant, ...text.zhHant, ...document.zhHant };
export const deProblems: ProblemTranslation = { ...json.de, ...xml.de, ...text.de, ...document.de };
