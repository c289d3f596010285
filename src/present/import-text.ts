/**
 * The import page's measures and messages that need no page: how large a
 * text is, what to say about how it was decoded, and what is missing from
 * the fields a version is saved with.
 */
import { encodingLabel, type Decoded } from '../model/import/decode.js';
import { canonicalLanguage } from '../model/language.js';
import { problemText, strings } from './strings.js';

/**
 * Characters above which a text is not put into the text box: Chromium lays out a
 * textarea's whole value, so 0.5 million characters take about a second to show and
 * make every keystroke slow, and 15 million froze the tab for minutes.
 */
export const BOX_MAX = 500_000;
/** Bytes above which a text is larger than any law we know (the German Civil Code is 1.6 MB): said up front. More than 3 × {@link BOX_MAX}. */
export const LARGE_BYTES = 5_000_000;

/** The tags offered in the language field (any valid BCP 47 tag may be typed). */
export const COMMON_LANGUAGES = ['zh-Hans', 'zh-Hant', 'de', 'en', 'fr', 'ja', 'ko', 'es', 'it', 'nl', 'pt', 'ru', 'pl'] as const;

/** UTF-8 bytes of a text, without encoding it. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 above, 4 for a surrogate pair (2 per half).
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
  }
  return n;
}

/** Lines of a text (a last line without a line end counts). */
export function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** What to say about how a text was decoded: its encoding unless UTF-8, and any warning about the choice. */
export function decodedNote(d: Pick<Decoded, 'encoding' | 'problems'>): string {
  return [d.encoding === 'utf-8' ? '' : strings.readAs(encodingLabel(d.encoding)), ...d.problems.map((p) => strings.sentence(problemText(p)))].filter(Boolean).join(' ');
}

/** Why a typed language tag cannot be used ("" when it can, or none is typed): a tag Intl cannot read would make every later comparison of the text fail. */
export function languageProblem(typed: string): string {
  const tag = typed.trim();
  return tag && !canonicalLanguage(tag) ? strings.badLanguage(tag) : '';
}

/** What is missing or wrong in the fields a version is saved with ("" when nothing); `newLaw`: a new law's title is asked for too. */
export function versionFieldsProblem(fields: { newLaw: boolean; title: string; label: string; date: string }): string {
  if (fields.newLaw && !fields.title.trim()) return strings.needTitle;
  if (!fields.label.trim()) return strings.needLabel;
  if (fields.date && !/^\d{4}-\d{2}-\d{2}$/u.test(fields.date)) return strings.badDate;
  return '';
}
