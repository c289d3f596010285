/**
 * The xml group's problem sentences (src/model/messages/xml.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 */
import type { xmlMessages, Translation } from '../../../model/messages/index.js';

type T = Translation<typeof xmlMessages>;

export const zhHans: T = {};

export const zhHant: T = {};

export const de: T = {};
