/**
 * The document group's problem sentences (src/model/messages/document.ts) in
 * 简体中文, 繁體中文 and Deutsch, in the glossary's terms (docs/decisions/013).
 * Data in the arguments (paths, file names, numbers as printed, quoted text)
 * is passed through untouched; counts go through `plural`/`formatCount`; places
 * (`Place` arguments) through `zhHansPlace`, `zhHantPlace`, `dePlace` (./place.ts).
 */
import type { documentMessages, Translation } from '../../../model/messages/index.js';

type T = Translation<typeof documentMessages>;

export const zhHans: T = {
  'document.noLawFound': (a) => `“${a.name}”中未找到法律：其文本中没有 lawdiff 能识别的条文标题（第X条、第X條、§ N、Article N、Section N）`,
};

export const zhHant: T = {
  'document.noLawFound': (a) => `「${a.name}」中找不到法規：其文字中沒有 lawdiff 能辨識的條文標題（第X条、第X條、§ N、Article N、Section N）`,
};

export const de: T = {
  'document.noLawFound': (a) => `In ${a.name} wurde kein Gesetz gefunden: Der Text hat keine Überschriften, die lawdiff als Vorschriften erkennt (第X条, 第X條, § N, Article N, Section N)`,
};
