/**
 * A place in the source (src/model/messages: a line of a text, a paragraph of a Word document
 * or web page, a page and line of a PDF) in each language; the English is the model's
 * `placeText`. The problem sentences use these, and the problem list shows a PDF's place with them.
 */
import type { Place } from '../../../model/messages/index.js';
import { formatCount } from '../../i18n.js';

const n = (x: number, lang: string): string => formatCount(x, lang);

export function zhHansPlace(p: Place): string {
  if (p.page !== undefined) return p.line !== undefined ? `第 ${n(p.page, 'zh-Hans')} 页第 ${n(p.line, 'zh-Hans')} 行` : `第 ${n(p.page, 'zh-Hans')} 页`;
  return p.paragraph !== undefined ? `第 ${n(p.paragraph, 'zh-Hans')} 段` : `第 ${n(p.line, 'zh-Hans')} 行`;
}

export function zhHantPlace(p: Place): string {
  if (p.page !== undefined) return p.line !== undefined ? `第 ${n(p.page, 'zh-Hant')} 頁第 ${n(p.line, 'zh-Hant')} 行` : `第 ${n(p.page, 'zh-Hant')} 頁`;
  return p.paragraph !== undefined ? `第 ${n(p.paragraph, 'zh-Hant')} 段` : `第 ${n(p.line, 'zh-Hant')} 行`;
}

export function dePlace(p: Place): string {
  if (p.page !== undefined) return p.line !== undefined ? `Seite ${n(p.page, 'de')}, Zeile ${n(p.line, 'de')}` : `Seite ${n(p.page, 'de')}`;
  return p.paragraph !== undefined ? `Absatz ${n(p.paragraph, 'de')}` : `Zeile ${n(p.line, 'de')}`;
}
